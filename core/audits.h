#pragma once

#include "domain/record.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rampart {

class Document;
struct SoaEntry;

// How one requirement (a clause without sub-clauses, or an Annex A control) is covered
// by the internal audits of a programme.
struct CoverageEntry
{
    enum class State { Audited, Planned, NotCovered, NotApplicable };

    QString reference;  // "9.2.1", "A.5.15"
    QString title;
    State state = State::NotCovered;
    std::vector<qint64> audits;  // the internal audits of the programme whose scope has it, by date
};

struct Coverage
{
    std::optional<Record> programme;
    std::vector<Record> audits;  // the programme's internal audits, by date
    std::vector<CoverageEntry> entries;
    int required = 0;  // applicable requirements
    int covered = 0;   // in the scope of at least one audit (planned or done)
    int audited = 0;   // in the scope of a completed audit

    int coveredPercent() const { return required > 0 ? (covered * 100) / required : 0; }
    int auditedPercent() const { return required > 0 ? (audited * 100) / required : 0; }
};

// An auditor who would audit their own work (9.2.2 b).
struct ImpartialityIssue
{
    QString auditor;  // as written on the audit
    QString owned;    // what they own: an area, the management system, a control
    QString message;
};

// What the Statement of Applicability says about a control, for the checklist.
struct SoaControlContext
{
    QString applicability;
    QString implementationStatus;
    QString implementation;
};

// The state a nonconformity is in, derived from its fields and actions.
enum class NonconformityState { Open, ActionsInProgress, AwaitingVerification, NotEffective, ReadyToClose, Closed };

// The rules of the audit programme and of nonconformities, over a Document. Everything
// that writes goes through the Document's edit facade, as one command.
class Audits
{
    Q_DECLARE_TR_FUNCTIONS(Audits)

public:
    // --- Inputs that belong to the Statement of Applicability -------------------------
    // Until the SoA exists every control counts as applicable and has no owner; these
    // three functions are the only places that decide it, so re-pointing them at the
    // SoA store changes coverage, impartiality and the checklist together.
    static bool controlApplicable(const Document &document, const QString &controlCode);
    static QStringList controlOwners(const Document &document, const QString &controlCode);
    // Applicability, implementation status and description shown beside a control's
    // checklist item; nothing until there is an SoA to read them from.
    static std::optional<SoaControlContext> soaContext(const Document &document, const QString &controlCode);

    // --- The programme -------------------------------------------------------------------
    static bool isInternal(const Record &audit);
    static bool isCompleted(const Record &audit);  // reported or closed
    static Coverage coverage(const Document &document, qint64 programmeId);
    // The same, with the SoA's entries already read by the caller.
    static Coverage coverage(const Document &document, qint64 programmeId, const std::vector<SoaEntry> &soaEntries);
    // The programme whose period contains today, else the one that started last (0: none).
    static qint64 currentProgramme(const Document &document, const QDate &today);
    // The audit (of any type) that comes next: not completed, starting today or later.
    static std::optional<Record> nextAudit(const Document &document, const QDate &today);
    // Planned audits whose end (or start) date has passed without a report.
    static bool isLate(const Record &audit, const QDate &today);

    // --- One audit -------------------------------------------------------------------------
    static std::vector<ImpartialityIssue> impartialityIssues(const Document &document, qint64 auditId);
    // The people written in a field, one per line (or separated by semicolons).
    static QStringList people(const QString &text);
    // "Priya Raman, Head of Security" and "Priya Raman (ISMS)" are the same person.
    static QString personKey(const QString &person);

    // Checklist items for the clauses and controls in scope that the checklist does not
    // have yet: one per reference, with the catalog's audit question. Returns false
    // with a reason when there is nothing to add.
    static bool generateChecklist(Document &document, qint64 auditId, int *added, QString *error);
    static std::vector<QVariantList> missingChecklistItems(const Document &document, qint64 auditId);
    static QString itemKey(const Document &document, const Record &item);

    // --- Findings and nonconformities --------------------------------------------------------
    static bool isFinding(const QString &result);  // major or minor nonconformity
    // The nonconformity record a finding becomes: linked to the audit, the item and its
    // clause or control. Returns the new nonconformity's id (0 with error on refusal).
    static qint64 raiseNonconformity(Document &document, qint64 itemId, const QDate &today, QString *error);
    // Raises one for every finding of the audit that has none yet, as one command.
    static int raiseNonconformities(Document &document, qint64 auditId, const QDate &today, QString *error);

    static NonconformityState state(const Record &nonconformity, const std::vector<Record> &actions);
    static QString stateName(NonconformityState state);
    static bool isOverdue(const Record &action, const QDate &today);
    static bool hasOverdueAction(const std::vector<Record> &actions, const QDate &today);
    // Whether the nonconformity may be closed now, and if not, why not.
    static bool canClose(const Record &nonconformity, QString *why);
    // The earliest due date of the actions not done yet.
    static QDate nextDue(const std::vector<Record> &actions);
};

} // namespace rampart
