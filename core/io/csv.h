#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace rampart {

// A parsed CSV file: the first record is the header. Every record remembers the line
// it starts on, so importers can say where a problem is.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;  // 1-based line of each row's first character
    QChar delimiter = QLatin1Char(',');
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without BOM, comma, semicolon
// or tab delimiter (detected from the header line), quoted fields with embedded
// delimiters, quotes ("") and line breaks, CRLF or LF line ends.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // On failure error says "line L, column C: what".
    static bool parse(const QByteArray &data, CsvTable *out, QString *error);
    // The same, read from device a piece at a time.
    static bool parse(QIODevice *device, CsvTable *out, QString *error);

    // Reads device a piece of chunkSize bytes at a time and hands on each record as soon
    // as it is whole, keeping nothing: neither the file nor its rows are ever held
    // whole. The header comes first (trimmed), then every row with the line it starts
    // on. On failure (false, error as for parse) the records handed on so far are to
    // be thrown away: a later line may be the one that is wrong.
    using RecordHandler = std::function<void(QStringList &record, int line)>;
    static bool read(QIODevice *device, const RecordHandler &onRecord, QString *error, QChar *delimiter = nullptr,
                     qsizetype chunkSize = 1 << 20);

    // Writes rows (the first is the header) as UTF-8 with a BOM, comma-separated,
    // CRLF line ends, quoting where needed.
    static QByteArray write(const QList<QStringList> &rows);
    // The same bytes, written to out as they are made. False when out refuses a write.
    static bool writeTo(QIODevice *out, const QList<QStringList> &rows);

    // A text cell that a spreadsheet will show as text, never run as a formula: a
    // leading =, +, -, @, tab or carriage return gets an apostrophe in front.
    static QString safeText(const QString &text);
    // Undoes safeText for a cell read back from an export of ours.
    static QString unsafeText(const QString &text);
};

} // namespace rampart
