#pragma once

#include "domain/change.h"
#include "ismsfacts.h"
#include "requirementrules.h"

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
    QString scopeStatement;  // as written, trimmed
    bool scopeStatementPresent = false;
    int scopeExclusions = 0;
    int exclusionsWithoutJustification = 0;
    qint64 changeLogEntries = 0;
    // The Statement of Applicability.
    int soaEntries = 0;  // Annex A and own controls
    int soaOwnControls = 0;
    int soaDecided = 0;
    int soaApplicable = 0;
    int soaExcluded = 0;
    int soaImplemented = 0;
    int soaFindings = 0;  // completeness findings (SoaCompleteness), as of today
    int soaLatestVersion = 0;  // 0 when no version was approved yet
    QString soaLatestApprovedOn;
    QString soaLatestApprover;
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
    // Risk management (6.1.2, 6.1.3, 8.2, 8.3).
    QString riskMethod;  // RiskMethod::summary()
    int assets = 0;
    int risks = 0;
    std::vector<std::pair<QString, int>> risksPerLevel;  // current level name, count
    int risksNotRated = 0;
    int risksAboveThreshold = 0;
    int treatmentActions = 0;
    int overdueTreatmentActions = 0;
    int acceptances = 0;
    int acceptancesNeedingRenewal = 0;

    // Clauses 4 to 10, as of the day the summary was made.
    IsmsFacts isms;
    std::vector<std::pair<Entity, int>> registerCounts;  // rows per register
    std::vector<DocumentedItem> documentedInformation;   // the sixteen required items
    int requirements = 0;  // sub-clauses on the checklist
    int requirementsDone = 0;
    int requirementsInProgress = 0;
    int requirementsNotStarted = 0;
    int requirementsNotAssessed = 0;

    static DocumentSummary of(Document &document, const QDate &today = QDate::currentDate());
    // Only what the Overview shows, each figure as of() has it: the path and schema, the
    // catalog, the organisation's name and scope statement, the change log's size, the ISMS facts with the
    // documented information, and the requirements checklist's counts. The rest stays
    // empty; the Overview's figures for other registers come from isms.
    static DocumentSummary overviewOf(Document &document, const QDate &today = QDate::currentDate());
    // Only the risk register's figures (assets, risks, levels, treatment actions,
    // acceptances): what the Risks page shows, without the rest of the ISMS.
    static DocumentSummary riskRegisterOf(Document &document, const QDate &today = QDate::currentDate());
    QJsonObject toJson() const;
    QString toText() const;

private:
    static void fillOverview(Document &document, const QDate &today, DocumentSummary *out);
    static void fillRiskRegister(Document &document, const QDate &today, DocumentSummary *out);
    QJsonObject ismsJson() const;
    QStringList ismsText() const;
};

} // namespace rampart
