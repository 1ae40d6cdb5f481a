#pragma once

#include "stores/riskstore.h"

#include "domain/soa.h"
#include "soacompleteness.h"
#include "soacomparison.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <functional>
#include <vector>

namespace rampart {

class Document;
struct DocumentContent;
struct FieldWrite;

// The Statement of Applicability of one Document (clause 6.1.3 d): what models,
// reports and the CLI read, and the SoA's edit facade. Every edit is one command on
// the Document's undo stack; widgets and importers never build commands themselves.
class Soa
{
    Q_DECLARE_TR_FUNCTIONS(Soa)

public:
    explicit Soa(Document &document);

    // --- Reading ---
    // Annex A entries in catalog order, then own controls in the order they were added.
    std::vector<SoaEntry> entries() const;
    std::optional<SoaEntry> entry(qint64 entryId) const;
    qint64 entryIdForControl(const QString &controlRef) const;
    std::vector<OwnControl> ownControls() const;
    // Approved versions, oldest first; without rows, or with them for one version.
    std::vector<SoaVersion> versions() const;
    std::optional<SoaVersion> version(qint64 versionId) const;
    std::optional<SoaVersion> latestVersion() const;
    std::vector<SoaFinding> findings(const QDate &today = QDate::currentDate()) const;
    // The references of the risks whose treatment plans each entry's control, by entry
    // id, read in one query (for imports). excludedOnly: only for the entries marked
    // not applicable (all the completeness check needs; cheap on a large register).
    SoaCompleteness::RelyingRisks relyingRisks(bool excludedOnly = false) const;
    // What changed from an approved version to the current SoA.
    std::vector<SoaRowDifference> changesSince(qint64 versionId) const;
    // The risks whose treatment plans this entry's control, derived from the risk
    // register (never typed).
    std::vector<LinkedRisk> linkedRisks(const SoaEntry &entry) const;
    // The same for every entry of entries at once, in one query, by entry id; each list
    // in the order of the risk references (R-9 before R-10).
    QHash<qint64, std::vector<LinkedRisk>> linkedRisksByEntry(const std::vector<SoaEntry> &entries) const;

    // Asked before a control that risk treatments rely on is marked not applicable;
    // gets the risks ("R-012 Ransomware ...") and answers whether to go ahead. Without
    // one (the CLI, imports) the decision goes ahead and the risks stay linked.
    void setExclusionConfirmation(std::function<bool(const QStringList &risks)> confirm)
    {
        m_confirmExclusion = std::move(confirm);
    }

    // --- Editing: each call is one command; false when nothing was pushed ---
    // Routes a decision through setApplicability and refuses a status that would
    // contradict the decision; everything else is a plain value change.
    bool setValue(qint64 entryId, int field, const QVariant &value);
    // THE way a decision changes, interactively. Applicability and status move together
    // in one step (see decisionWrites).
    bool setApplicability(qint64 entryId, Applicability decision);
    // The writes that a decision means for one entry: the decision itself, and the
    // status kept in step with it. Interactive edits and imports both use it.
    static std::vector<FieldWrite> decisionWrites(const SoaEntry &entry, Applicability decision);

    qint64 addOwnControl(const OwnControl &control);
    bool removeOwnControl(qint64 ownControlId);
    bool setOwnControlValue(qint64 ownControlId, int field, const QVariant &value);
    QString nextOwnReference() const;

    // Freezes the current SoA as the next approved version. Returns its id, or 0 with
    // error set.
    qint64 approve(const QString &approver, const QDate &approvedOn, const QString &note, QString *error);

    // A bulk change to many entries (a spreadsheet import) as one command.
    bool applyBulk(const std::vector<FieldWrite> &writes, const QString &commandText);

    // Part of Document::replaceContent, inside its transaction.
    bool replaceContent(const DocumentContent &content, QString *error);

private:
    Document &m_document;
    std::function<bool(const QStringList &)> m_confirmExclusion;
};

} // namespace rampart
