#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace rampart {

class Document;

struct ReportOptions
{
    QString classification;  // empty: "Confidential"
    QString author;          // empty: the ISMS manager of the profile
    QString review;          // management-review: "MR-02" or "2"; empty: the latest review
    QString audit;           // the audit's reference, for the kinds that print one audit
};

struct ReportKindInfo
{
    QString key;  // what the CLI takes: "scope", "status", ...
    QString title;
    QString description;
    bool needsAudit = false;  // prints one audit, named by ReportOptions::audit
};

// The catalogue of printable reports. CLI and GUI both go through build(), so both
// produce the same document.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QList<ReportKindInfo> kinds();
    static bool needsAudit(const QString &kind);
    static bool build(Document &document, const QString &kind, const ReportOptions &options, ReportDocument *out,
                      QString *error);

private:
    static ReportDocument frame(Document &document, const QString &title, const ReportOptions &options);
    static void buildScope(Document &document, ReportDocument *report);
    static void buildStatus(Document &document, ReportDocument *report);
    static void buildSoa(Document &document, ReportDocument *report);
    static bool buildManagementReview(Document &document, const ReportOptions &options, ReportDocument *report,
                                      QString *error);
};

} // namespace rampart
