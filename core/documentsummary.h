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
    // Risk management (6.1.2, 6.1.3, 8.2, 8.3).
    QString riskMethod;  // RiskMethod::summary()
    int assets = 0;
    int risks = 0;
    std::vector<std::pair<QString, int>> risksPerLevel;  // current level name, count
    int risksNotRated = 0;
    int risksAboveThreshold = 0;
    int treatmentActions = 0;
    int overdueActions = 0;
    int acceptances = 0;
    int acceptancesNeedingRenewal = 0;

    static DocumentSummary of(Document &document);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace rampart
