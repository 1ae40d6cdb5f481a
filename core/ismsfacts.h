#pragma once

#include "areafigures.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rampart {

class Document;
struct Organisation;

// What the records of clauses 4 to 10 say about the ISMS on a given day, read once
// from a Document. The requirements checklist, the documented-information list and the
// Overview figures are rules over these facts, so each rule can be tested on facts
// made up for it.
struct IsmsFacts
{
    QDate today;

    // 4.1 to 4.4
    bool scopeStatement = false;
    int exclusions = 0;
    int exclusionsUnjustified = 0;
    int issues = 0;
    QString climateDecision;  // "yes", "no" or empty
    bool climateReasoned = false;
    int parties = 0;
    int partiesUndecided = 0;  // no decision whether the ISMS addresses their requirements
    int processes = 0;
    int processesWithoutOwner = 0;

    // 5.2, 7.5: the document register
    struct DocumentState
    {
        QStringList references;    // documents that serve the clause
        QStringList current;       // of those, approved and not overdue for review
    };
    int documents = 0;
    int documentsOverdue = 0;      // next review before today
    int documentsDueSoon = 0;      // next review within 30 days
    QStringList overdueDocuments;  // "DOC-007 Acceptable use policy"
    int documentsUnapproved = 0;
    int documentsWithoutVersionOrOwner = 0;
    int documentsWithoutClassificationOrLocation = 0;
    int policies = 0;
    QHash<QString, DocumentState> documentsByClause;

    // 5.3
    int roles = 0;
    int rolesIncomplete = 0;  // without a person or responsibilities

    // 6.2, 6.3
    int objectives = 0;
    int objectivesIncomplete = 0;  // without a measure or an owner
    int objectivesAtRisk = 0;
    int objectivesOverdue = 0;
    int objectivesAchieved = 0;
    int changes = 0;
    int changesIncomplete = 0;  // purpose, consequences, resources or responsibilities missing

    // 7.2 to 7.4
    int competenceRecords = 0;
    int competenceWithoutEvidence = 0;
    int awarenessRecords = 0;
    int communications = 0;
    int communicationsIncomplete = 0;  // when, with whom or how missing

    // 9.1
    int metrics = 0;
    int metricsWithValues = 0;
    int metricsWithRecentValues = 0;  // a value within the last 12 months
    int measurements = 0;
    QDate lastMeasurement;

    // 9.3
    int reviewsHeld = 0;
    QString lastReview;  // reference of the latest held review
    QDate lastReviewDate;
    int lastReviewInputsMinuted = 0;  // of the seven inputs a) to g)
    int lastReviewResults = 0;        // decisions and actions recorded
    bool lastReviewConcluded = false;
    QString nextReview;  // reference of the next planned review
    QDate nextReviewDate;
    int openReviewActions = 0;
    int overdueReviewActions = 0;

    // 10.1
    int improvements = 0;
    int improvementsOpen = 0;  // open, planned or in progress
    int improvementsDecided = 0;

    // Registers of other branches
    RiskFigures risk;
    SoaFigures soa;
    AuditFigures audit;
    NonconformityFigures nonconformity;

    static IsmsFacts of(Document &document, const QDate &today);
    // The same, with the organisation's record already read by the caller.
    static IsmsFacts of(Document &document, const QDate &today, const Organisation &organisation);

    bool reviewHeldWithinYear() const { return lastReviewDate.isValid() && lastReviewDate.addYears(1) >= today; }
    QStringList documentsServing(const QString &clause) const { return documentsByClause.value(clause).references; }
};

} // namespace rampart
