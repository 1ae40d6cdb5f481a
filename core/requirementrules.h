#pragma once

#include "ismsfacts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace rampart {

struct Catalog;

enum class RequirementStatus { Unknown, NotStarted, InProgress, Done };

// What Rampart can tell about one sub-clause from the records in the file.
struct RequirementAssessment
{
    QString clause;
    RequirementStatus status = RequirementStatus::Unknown;  // Unknown: Rampart cannot tell
    QString basis;       // the sentence shown beside the status: what it was pre-filled from, or why not
    QStringList areas;   // where the records behind it are ("context.issues"), for links
};

// One of the sixteen items of documented information that clauses 4 to 10 require.
struct DocumentedItem
{
    enum class State { Present, Partial, Missing, NotTracked };

    int number = 0;
    QString clause;
    QString title;
    State state = State::Missing;
    QString detail;
    QString area;
};

// The rules that pre-fill the requirements checklist and decide which required
// documented information the file holds. Each is a small function of IsmsFacts. A
// status the user set always wins over Rampart's (effectiveStatus).
class RequirementRules
{
    Q_DECLARE_TR_FUNCTIONS(RequirementRules)

public:
    static RequirementAssessment assess(const QString &clause, const IsmsFacts &facts);
    // Every sub-clause of the catalog (level 2 and 3), in catalog order.
    static std::vector<RequirementAssessment> assessAll(const Catalog &catalog, const IsmsFacts &facts);
    static std::vector<DocumentedItem> documentedInformation(const IsmsFacts &facts);

    // The user's status (a choice key of the checklist) when set, else Rampart's.
    static RequirementStatus effectiveStatus(const QString &userStatus, const RequirementAssessment &assessment);
    static RequirementStatus statusFromKey(const QString &key);
    static QString statusKey(RequirementStatus status);
    static QString statusLabel(RequirementStatus status);
    static QString stateLabel(DocumentedItem::State state);
};

} // namespace rampart
