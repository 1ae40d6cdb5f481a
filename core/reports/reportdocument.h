#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace rampart {

struct ReportSection
{
    QString title;
    QString html;  // built with core/reports/html.h: every user value escaped
    bool newPage = false;
};

struct DocumentControlEntry
{
    QString version;
    QString date;
    QString author;
    QString description;
};

enum class Paper { A4, Letter };

// One printable document: what the cover page and the page furniture say, and the
// sections of the body. The same object feeds PDF export, printing and preview, so
// the CLI and the GUI print the same pages.
struct ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    QString title;
    QString subtitle;
    QString organisation;
    QString version;
    QDate date;
    QString classification;
    QString author;
    QString owner;
    QString approval;
    QString sourceFile;
    QList<DocumentControlEntry> history;
    bool landscape = false;
    QList<ReportSection> sections;

    // A4 everywhere but where the locale measures in inches.
    static Paper defaultPaper();
    static bool paperFromName(const QString &name, Paper *paper);

    // Lays the report out on device (a QPdfWriter, or a QPrinter in the GUI) and paints
    // every page: cover, contents, body, with header and footer on each. Returns the
    // number of pages.
    int render(QPagedPaintDevice *device, Paper paper) const;

    // Writes a PDF through QSaveFile: a failed report never leaves half a file.
    bool writePdf(const QString &path, Paper paper, QString *error, int *pages = nullptr) const;
};

} // namespace rampart
