#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace rampart {

// Clause 6.1.3 d: for every control, whether it is needed. A new file starts with
// every control undecided, so that nobody can mistake a default for a decision.
enum class Applicability { Undecided, Applicable, NotApplicable };

// How far a control is put into practice. NotApplicable belongs to excluded controls
// only; the SoA keeps the two in step (see soaStatusAfterDecision).
enum class ImplementationStatus { NotStarted, Planned, Partial, Implemented, NotApplicable };

// Why a control is included (6.1.3 d asks for the justification of inclusion). A set:
// one control is often there for several reasons.
enum SoaReason {
    RiskTreatmentReason = 0x1,
    LegalReason = 0x2,
    ContractualReason = 0x4,
    BusinessReason = 0x8,
};
inline constexpr int AllSoaReasons[] = {RiskTreatmentReason, LegalReason, ContractualReason, BusinessReason};

// The stable keys below are what the file, the change log, JSON and CSV hold; they
// never change once released. Labels are translated for people.
QString applicabilityKey(Applicability value);
Applicability applicabilityFromKey(const QString &key, bool *ok = nullptr);
QString applicabilityLabel(Applicability value);
QList<Applicability> allApplicabilities();

QString statusKey(ImplementationStatus value);
ImplementationStatus statusFromKey(const QString &key, bool *ok = nullptr);
QString statusLabel(ImplementationStatus value);
QList<ImplementationStatus> allStatuses();

QString reasonKey(int reason);
QString reasonLabel(int reason);
QString reasonShortLabel(int reason);  // "Legal": for narrow table columns
// "risk_treatment,legal": always in the order of AllSoaReasons, so equal sets compare equal.
QString reasonsToKeys(int reasons);
int reasonsFromKeys(const QString &keys, bool *ok = nullptr);
QStringList reasonLabels(int reasons);

// The status an entry gets when its decision changes: excluding a control makes it
// "not applicable"; taking an excluded control back in starts it again from "not
// started"; anything else keeps what was recorded.
ImplementationStatus soaStatusAfterDecision(Applicability decision, ImplementationStatus current);
// Whether a status may stand beside a decision ("not applicable" only for excluded
// controls, and excluded controls only with "not applicable").
bool soaStatusFits(Applicability decision, ImplementationStatus status);

// One row of the Statement of Applicability: the decision about one control, either an
// Annex A control of the file's catalog or one of the organisation's own controls
// (6.1.3 c). The same type holds the rows frozen in an approved version.
struct SoaEntry
{
    // The fields a person edits, in the order of the store's columns.
    enum Field {
        ApplicabilityField,
        Reasons,
        ReasonNarrative,
        ExclusionJustification,
        Status,
        Implementation,
        Owner,
        TargetDate,
        References,
        LastReviewed,
        FieldCount
    };

    qint64 id = 0;
    QString uid;
    bool own = false;         // one of the organisation's own controls
    qint64 ownControlId = 0;  // its row in own_control (0 for Annex A and in frozen rows)

    // The control the row is about (copied into frozen rows, so that a version keeps
    // what the control was called when it was approved).
    QString controlRef;  // "5.23", "ORG-01"
    QString title;
    QString themeCode;  // "5".."8"
    QString controlDescription;  // own controls only; Annex A descriptions live in the catalog

    Applicability applicability = Applicability::Undecided;
    int reasons = 0;  // SoaReason flags
    QString reasonNarrative;
    QString exclusionJustification;
    ImplementationStatus status = ImplementationStatus::NotStarted;
    QString implementation;
    QString owner;
    QDate targetDate;
    QStringList references;  // documents and evidence, one per entry
    QDate lastReviewed;

    // What identifies the row across versions: the control code for Annex A (stable
    // across files), the entry's uid for own controls (whose reference may be renamed).
    QString comparisonKey() const;
};

// A control the organisation adds beyond Annex A (6.1.3 c). It has its own SoA entry.
struct OwnControl
{
    // Title first: the change log uses the first field as the row's summary.
    enum Field { Title, Reference, Theme, Description, FieldCount };

    qint64 id = 0;
    QString uid;
    QString title;
    QString reference;  // "ORG-01": how documents cite it
    QString themeCode;  // one of the catalog's themes, for grouping and filtering
    QString description;
};

// An approved, frozen Statement of Applicability: who approved which content when.
struct SoaVersion
{
    // Approver first: the change log uses the first field as the row's summary.
    enum Field { Approver, Number, ApprovedOn, Note, FieldCount };

    qint64 id = 0;
    QString uid;
    int number = 0;
    QDate approvedOn;
    QString approver;
    QString note;
    std::vector<SoaEntry> rows;  // the full content at approval, in SoA order
};

// Normalises a reference list: trimmed, no empty entries.
QStringList cleanReferences(const QStringList &references);
QStringList referencesFromText(const QString &text);

} // namespace rampart

Q_DECLARE_METATYPE(rampart::SoaEntry)
