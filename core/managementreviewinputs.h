#pragma once

#include "areafigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace rampart {

class Document;

// What Rampart assembles from the file for one management review (clause 9.3.2,
// inputs a to g): the status of earlier actions, what changed in the issues and the
// interested parties since the previous review (read from the change log), trends in
// measurement and objectives, improvement opportunities, and the figures of registers
// this file does not have yet, said plainly. The GUI shows it beside the minutes and
// the management review pack prints it.
struct ManagementReviewInputs
{
    Q_DECLARE_TR_FUNCTIONS(ManagementReviewInputs)

public:
    struct Action
    {
        QString review;  // reference of the review that decided it
        QString reference;
        QString kind;    // "decision" or "action"
        QString description;
        QString owner;
        QDate due;
        QString status;  // choice key
        bool overdue = false;
    };

    struct RecordChange
    {
        enum class Kind { Added, Changed, Removed };
        QString reference;
        QString name;            // the row's current title, or its last one when it was removed
        Kind kind = Kind::Changed;
        QStringList fields;      // for Changed: the labels of the fields that changed
        QDateTime lastChange;    // UTC
        QStringList who;
    };

    struct MetricTrend
    {
        enum class Direction { Improving, Worsening, Steady, Unknown };
        QString reference;
        QString name;
        QString unit;
        QString target;
        bool hasTarget = false;
        double targetValue = 0;
        bool higherIsBetter = true;
        std::vector<std::pair<QDate, double>> values;  // in the year up to the review, oldest first
        Direction direction = Direction::Unknown;
        bool onTarget = false;
        int onTargetCount = 0;  // values in the year that met the target

        bool hasValues() const { return !values.empty(); }
        double latest() const { return values.back().second; }
    };

    struct Objective
    {
        QString reference;
        QString objective;
        QString owner;
        QDate due;
        QString status;  // choice key
        QString attention;
    };

    struct Improvement
    {
        QString reference;
        QDate raised;
        QString opportunity;
        QString source;  // choice key
        QString status;  // choice key
        QString decision;
    };

    // The review itself (reference empty when the file has no review: the inputs are
    // then assembled as of today, to prepare the first one).
    qint64 reviewId = 0;
    QString reference;
    QDate date;
    QString status;
    QString chair;
    QString attendees;
    QString conclusions;
    QString minutes[7];  // a) to g)

    // The period the inputs cover: from the previous held review (or, without one, the
    // year before) to the review date.
    QDate periodStart;
    QString previousReview;          // reference, empty when there is none
    QDate historyStart;              // first day the file's change log covers
    QDateTime lastImport;            // the content was replaced in the period (UTC); invalid when not
    bool historyCoversPeriod = true;  // false when the change log starts after the period ended

    std::vector<Action> previousActions;      // a)
    std::vector<RecordChange> issueChanges;   // b)
    int issues = 0;                           // b) issues recorded now
    QString climateDecision;                  // b) "yes", "no" or empty, as the file says now
    QStringList climateChanges;               // b) changes to the climate change decision, as sentences
    std::vector<RecordChange> partyChanges;   // c)
    int parties = 0;                          // c) interested parties recorded now
    NonconformityFigures nonconformities;     // d) 1
    std::vector<MetricTrend> metrics;         // d) 2
    AuditFigures audits;                      // d) 3
    std::vector<Objective> objectives;        // d) 4
    RiskFigures risks;                        // f)
    std::vector<Improvement> improvements;    // g): raised in the period or still open
    std::vector<Action> results;              // 9.3.3: this review's decisions and actions

    // Assembles the inputs for a review (0: as of today, without a review).
    static ManagementReviewInputs assemble(Document &document, qint64 reviewId, const QDate &today);
    // The review with the latest date, held or planned (0 when there is none).
    static qint64 latestReview(Document &document);
    // A review by reference ("MR-02") or by its number ("2"); 0 when there is none.
    static qint64 findReview(Document &document, const QString &referenceOrNumber);

    // "a) Status of actions from previous management reviews"
    static QString heading(int input);
};

} // namespace rampart
