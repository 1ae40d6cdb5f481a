#include "csv.h"

#include <QBuffer>
#include <QHash>

namespace rampart {

namespace {

// Where the first invalid UTF-8 sequence starts, or -1.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

QChar detectDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

bool Csv::parse(const QByteArray &raw, CsvTable *out, QString *error)
{
    // Views, not copies: an import file can be tens of megabytes.
    QByteArrayView data(raw);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const qsizetype bad = firstInvalidUtf8(data);
    if (bad >= 0) {
        const QByteArray before = data.first(bad).toByteArray();
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        if (error)
            *error = tr("line %1, column %2: the file is not UTF-8 text (save it from the spreadsheet as "
                        "\"CSV UTF-8\")")
                         .arg(line)
                         .arg(column);
        return false;
    }
    const QString text = QString::fromUtf8(data);
    if (QStringView(text).trimmed().isEmpty()) {
        if (error)
            *error = tr("line 1: the file is empty");
        return false;
    }

    CsvTable table;
    table.delimiter = detectDelimiter(text);
    const QChar delimiter = table.delimiter;
    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString field;
    int line = 1;
    int column = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0, quoteColumn = 0;
    const qsizetype n = text.size();

    // Plain characters are not appended one by one: a run of them, [chunk, i), is
    // appended at once when something else comes (a quote, a delimiter, a line end).
    qsizetype chunk = -1;
    const QStringView all(text);
    auto flush = [&](qsizetype i) {
        if (chunk >= 0) {
            field.append(all.mid(chunk, i - chunk));
            chunk = -1;
        }
    };
    // Short plain fields repeat down a column (scores, levels, dates, owners): equal ones
    // share one string instead of each taking memory of its own. The keys are views
    // into text, which outlives the table.
    QHash<QStringView, QString> shared;
    constexpr qsizetype ShortField = 24;
    constexpr qsizetype SharedLimit = 20000;
    auto endField = [&](qsizetype i) {
        if (field.isEmpty() && chunk >= 0 && i - chunk <= ShortField) {
            const QStringView run = all.mid(chunk, i - chunk);
            chunk = -1;
            const auto found = shared.constFind(run);
            if (found != shared.constEnd()) {
                field = *found;
                return;
            }
            field = run.toString();
            if (shared.size() < SharedLimit)
                shared.insert(run, field);
            return;
        }
        flush(i);
    };
    auto endRecord = [&] {
        record << std::move(field);
        field = QString();
        fieldWasQuoted = false;
        // A line with nothing on it is not a record (blank lines between rows, a
        // trailing newline).
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records << std::move(record);
            recordLines << recordLine;
        }
        record = QStringList();
        record.reserve(records.isEmpty() ? 8 : records.first().size());
    };

    const QChar *chars = text.constData();
    const char16_t delimiterCode = delimiter.unicode();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        // A run of plain characters is taken at once: it only moves the column on.
        const char16_t u = c.unicode();
        if (inQuotes ? (u != u'"' && u != u'\n' && u != u'\r')
                     : (u != u'"' && u != u'\n' && u != u'\r' && u != delimiterCode)) {
            qsizetype j = i + 1;
            if (inQuotes) {
                while (j < n && chars[j].unicode() != u'"' && chars[j].unicode() != u'\n' && chars[j].unicode() != u'\r')
                    ++j;
            } else {
                while (j < n && chars[j].unicode() != u'"' && chars[j].unicode() != u'\n' && chars[j].unicode() != u'\r' && chars[j].unicode() != delimiterCode)
                    ++j;
            }
            if (chunk < 0)
                chunk = i;
            column += int(j - i);
            i = j - 1;
            continue;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                flush(i);
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                ++column;
                // After the closing quote only a delimiter or the end of the line may follow.
                if (i + 1 < n) {
                    const QChar next = text.at(i + 1);
                    if (next != delimiter && next != QLatin1Char('\n') && next != QLatin1Char('\r')) {
                        if (error)
                            *error = tr("line %1, column %2: unexpected text after a closing quote")
                                         .arg(line)
                                         .arg(column);
                        return false;
                    }
                }
                continue;
            }
            if (c == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else if (c != QLatin1Char('\r')) {
                ++column;
            }
            // Keep line breaks inside a field as plain \n.
            if (c == QLatin1Char('\r')) {
                flush(i);
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field += QLatin1Char('\n');
                continue;
            }
            if (chunk < 0)
                chunk = i;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && chunk < 0 && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
            continue;
        }
        if (c == delimiter) {
            endField(i);
            record << std::move(field);
            field = QString();
            fieldWasQuoted = false;
            ++column;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endField(i);
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            column = 1;
            recordLine = line;
            continue;
        }
        if (chunk < 0)
            chunk = i;
        ++column;
    }
    endField(n);
    if (inQuotes) {
        if (error)
            *error = tr("line %1, column %2: a quoted field is never closed").arg(quoteLine).arg(quoteColumn);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty()) {
        if (error)
            *error = tr("line 1: the file is empty");
        return false;
    }
    table.header = records.takeFirst();
    recordLines.removeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    table.rows = std::move(records);
    table.rowLines = std::move(recordLines);
    *out = std::move(table);
    return true;
}

QString Csv::safeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString Csv::unsafeText(const QString &text)
{
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'')) {
        const QChar second = text.at(1);
        if (second == QLatin1Char('=') || second == QLatin1Char('+') || second == QLatin1Char('-')
            || second == QLatin1Char('@') || second == QLatin1Char('\t') || second == QLatin1Char('\r'))
            return text.mid(1);
    }
    return text;
}

bool Csv::writeTo(QIODevice *out, const QList<QStringList> &rows)
{
    // UTF-8 straight from each cell, handed on a megabyte at a time: a register of
    // 100,000 risks is never held whole as text a second time.
    constexpr qsizetype Chunk = 1 << 20;
    QByteArray buffer("\xEF\xBB\xBF");
    buffer.reserve(Chunk + 64 * 1024);
    auto flush = [&] {
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString &cell = row.at(i);
            if (i > 0)
                buffer += ',';
            const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char(' '))
                || cell.endsWith(QLatin1Char(' '));
            if (quote) {
                QString escaped = cell;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                buffer += '"';
                buffer += escaped.toUtf8();
                buffer += '"';
            } else {
                buffer += cell.toUtf8();
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= Chunk && !flush())
            return false;
    }
    return flush();
}

QByteArray Csv::write(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, rows);
    return buffer.data();
}

} // namespace rampart
