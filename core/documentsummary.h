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

    static DocumentSummary of(Document &document);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace rampart
