#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace rampart {

class Document;

// The figures that describe an open file at a glance: what `rampart-cli info` prints
// and what the Overview shows. One place computes them, so both always agree.
struct DocumentSummary
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSummary)

public:
    QString path;
    int schemaVersion = 0;
    bool readOnly = false;
    QString readOnlyReason;
    QString catalogStandard;
    int catalogRevision = 0;
    QString createdAt;
    QString createdWith;
    QString organisation;
    int clauses = 0;
    int controls = 0;
    std::vector<std::pair<QString, int>> controlsPerTheme;  // theme name, count
    bool scopeStatementPresent = false;
    int scopeExclusions = 0;
    int exclusionsWithoutJustification = 0;
    qint64 changeLogEntries = 0;
    // Internal audits (9.2) and nonconformities (10.2), as of today.
    QString programme;  // the current audit programme's title; empty when there is none
    QString programmePeriod;
    int auditsDone = 0;     // internal audits of the programme reported or closed
    int auditsPlanned = 0;  // the others
    int coveragePercent = 0;  // applicable clauses and controls in scope of an audit of the cycle
    int auditedPercent = 0;   // ... of a completed one
    int notCovered = 0;
    QString nextAuditReference;
    QString nextAuditDate;
    int nonconformities = 0;
    int openNonconformities = 0;
    int overdueActions = 0;

    static DocumentSummary of(Document &document);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace rampart
