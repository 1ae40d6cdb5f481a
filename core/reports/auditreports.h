#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace rampart {

class Document;

// The printed documents of clauses 9.2 and 10.2: an audit's plan (with the checklist
// an auditor writes on), an audit's report, and the nonconformity register.
class AuditReports
{
    Q_DECLARE_TR_FUNCTIONS(AuditReports)

public:
    // kind "audit-plan" or "audit-report"; auditReference names the audit.
    static bool buildAudit(Document &document, const QString &kind, const QString &auditReference,
                           ReportDocument *report, QString *error);
    static void buildRegister(Document &document, ReportDocument *report);
};

} // namespace rampart
