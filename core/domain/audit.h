#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rampart {

// Field orders of the audit registers (clause 9.2) and the nonconformity register
// (clause 10.2). Stores, snapshots, JSON and models all use these numbers.

// The internal audit programme over a period, usually the certification cycle (9.2.2).
struct AuditProgramme
{
    enum Field {
        Title,
        PeriodStart,
        PeriodEnd,
        Objectives,
        Frequency,
        Methods,
        Responsibilities,
        Planning,
        Reporting,
        ProcessImportance,
        PreviousResults,
        FieldCount
    };
};

// One audit: internal, of a supplier, or by the certification body.
struct Audit
{
    enum Field {
        Programme,  // link to AuditProgramme (0: none)
        Reference,  // "IA-2026-01"
        Title,
        Type,
        Status,
        StartDate,
        EndDate,
        // The clauses and controls in scope, canonical text: "4.1, 9.2, A.5.15".
        Scope,
        Criteria,
        Objectives,
        LeadAuditor,
        Auditors,  // one per line
        Auditees,
        Conclusion,
        FieldCount
    };
};

// An organisational area or process in an audit's scope, with its owner. The owner
// list is what the impartiality check reads (9.2.2 b).
struct AuditArea
{
    enum Field { AuditLink, Area, Owner, FieldCount };
};

// One session of an audit's agenda.
struct AuditSession
{
    enum Field { AuditLink, Date, StartTime, EndTime, Topic, People, FieldCount };
};

struct ChecklistItem
{
    enum Field {
        AuditLink,
        Number,       // per audit, for the item key "IA-2026-01/07"
        Requirement,  // "9.2" or "A.5.15"; empty for an auditor's own question
        Question,
        Result,
        Evidence,
        Notes,
        Interviewed,
        // Raised by every write, so a worksheet can tell that an item changed in
        // Rampart after it was exported.
        Revision,
        FieldCount
    };
};

struct Nonconformity
{
    enum Field {
        Reference,  // "NC-004"
        Title,
        Source,
        Grade,
        RaisedOn,
        RaisedBy,
        AuditLink,
        ChecklistItemLink,
        Requirement,      // clause or control reference
        RequirementText,  // the requirement that was not met
        Description,
        Correction,
        RootCause,
        VerifiedBy,
        VerifiedOn,
        VerificationResult,
        VerificationNotes,
        ClosedOn,
        FieldCount
    };
};

struct CorrectiveAction
{
    enum Field { NonconformityLink, Action, Owner, DueDate, Status, CompletedOn, FieldCount };
};

// The closed lists some fields take. Files and exports hold the key; people see the
// translated name.
enum class ChoiceSet { AuditType, AuditStatus, Result, NcSource, Grade, Verification, ActionStatus };

class Choices
{
    Q_DECLARE_TR_FUNCTIONS(Choices)

public:
    // Keys in display order; the first is the default of a new row.
    static const QStringList &keys(ChoiceSet set);
    static QString name(ChoiceSet set, const QString &key);
    // The key for a key or a name typed by a person (any case, surrounding spaces
    // ignored); empty when it is neither.
    static QString keyFor(ChoiceSet set, const QString &keyOrName);
    // "conforming, major nonconformity, ..." for messages.
    static QString namesList(ChoiceSet set);
};

// Well-known keys, so that code never spells them twice.
namespace keys {
inline constexpr const char *Internal = "internal";
inline constexpr const char *NotAssessed = "not_assessed";
inline constexpr const char *Conforming = "conforming";
inline constexpr const char *Major = "major";
inline constexpr const char *Minor = "minor";
inline constexpr const char *Observation = "observation";
inline constexpr const char *Ofi = "ofi";
inline constexpr const char *Effective = "effective";
inline constexpr const char *NotEffective = "not_effective";
inline constexpr const char *NotVerified = "not_verified";
inline constexpr const char *Done = "done";
inline constexpr const char *InternalAuditSource = "internal_audit";
inline constexpr const char *ExternalAuditSource = "external_audit";
inline constexpr const char *Reported = "reported";
inline constexpr const char *Closed = "closed";
} // namespace keys

inline bool isKey(const QString &value, const char *key)
{
    return value == QLatin1String(key);
}

} // namespace rampart
