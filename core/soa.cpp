#include "soa.h"

#include "document.h"
#include "stores/soastore.h"
#include "stores/valuerules.h"

#include <QHash>

#include <algorithm>

namespace rampart {

namespace {

// Stored forms compare equal when they would be stored alike (null and empty text).
bool sameStored(const QVariant &a, const QVariant &b)
{
    return a.toString() == b.toString();
}

} // namespace

Soa::Soa(Document &document)
    : m_document(document)
{
}

std::vector<SoaEntry> Soa::entries() const
{
    return m_document.soaEntries().entries();
}

std::optional<SoaEntry> Soa::entry(qint64 entryId) const
{
    return m_document.soaEntries().entry(entryId);
}

qint64 Soa::entryIdForControl(const QString &controlRef) const
{
    return m_document.soaEntries().entryIdForControl(controlRef);
}

std::vector<OwnControl> Soa::ownControls() const
{
    return m_document.ownControls().all();
}

std::vector<SoaVersion> Soa::versions() const
{
    return m_document.soaVersions().all();
}

std::optional<SoaVersion> Soa::version(qint64 versionId) const
{
    return m_document.soaVersions().version(versionId, true);
}

std::optional<SoaVersion> Soa::latestVersion() const
{
    const std::vector<SoaVersion> all = versions();
    if (all.empty())
        return std::nullopt;
    return version(all.back().id);
}

std::vector<SoaFinding> Soa::findings(const QDate &today) const
{
    return SoaCompleteness::check(entries(), today, relyingRisks(true));
}

SoaCompleteness::RelyingRisks Soa::relyingRisks(bool excludedOnly) const
{
    if (excludedOnly)
        return m_document.risks().risksRelyingOnExcludedControls();
    SoaCompleteness::RelyingRisks out;
    const QHash<qint64, std::vector<LinkedRisk>> byEntry = linkedRisksByEntry(entries());
    for (auto it = byEntry.cbegin(); it != byEntry.cend(); ++it) {
        QStringList &references = out[it.key()];
        for (const LinkedRisk &risk : it.value())
            references << risk.reference;
    }
    return out;
}

QHash<qint64, std::vector<LinkedRisk>> Soa::linkedRisksByEntry(const std::vector<SoaEntry> &entries) const
{
    QHash<QString, qint64> entryOfCode;
    QHash<qint64, qint64> entryOfOwn;
    for (const SoaEntry &e : entries) {
        if (e.own)
            entryOfOwn.insert(e.ownControlId, e.id);
        else
            entryOfCode.insert(e.controlRef, e.id);
    }
    QHash<qint64, std::vector<LinkedRisk>> out;
    for (PlannedControlLink &link : m_document.risks().plannedControlLinks()) {
        const qint64 entryId =
            link.ownControlId != 0 ? entryOfOwn.value(link.ownControlId) : entryOfCode.value(link.controlCode);
        if (entryId != 0)
            out[entryId].push_back(std::move(link.risk));
    }
    for (std::vector<LinkedRisk> &risks : out)
        std::stable_sort(risks.begin(), risks.end(), [](const LinkedRisk &a, const LinkedRisk &b) {
            return ValueRules::naturalCompare(a.reference, b.reference) < 0;
        });
    return out;
}

std::vector<SoaRowDifference> Soa::changesSince(qint64 versionId) const
{
    const std::optional<SoaVersion> v = version(versionId);
    if (!v)
        return {};
    return SoaComparison::compare(v->rows, entries());
}

bool Soa::setValue(qint64 entryId, int field, const QVariant &value)
{
    if (field == SoaEntry::ApplicabilityField) {
        bool ok = false;
        const Applicability decision = applicabilityFromKey(SoaStore::normalise(field, value).toString(), &ok);
        return ok && setApplicability(entryId, decision);
    }
    if (field == SoaEntry::Status) {
        const std::optional<SoaEntry> current = entry(entryId);
        bool ok = false;
        const ImplementationStatus status = statusFromKey(SoaStore::normalise(field, value).toString(), &ok);
        // "Not applicable" follows from the decision; it is not a status to pick.
        if (!current || !ok || !soaStatusFits(current->applicability, status))
            return false;
    }
    return m_document.setValue(Entity::SoaEntry, entryId, field, value);
}

std::vector<LinkedRisk> Soa::linkedRisks(const SoaEntry &entry) const
{
    if (entry.own)
        return m_document.risks().risksPlanningOwnControl(entry.ownControlId);
    return m_document.risks().risksPlanningControl(entry.controlRef);
}

bool Soa::setApplicability(qint64 entryId, Applicability decision)
{
    const std::optional<SoaEntry> current = entry(entryId);
    if (!current)
        return false;
    // The one place a decision is taken interactively: excluding a control that risk
    // treatments rely on needs a yes from the person, who is told which risks.
    if (decision == Applicability::NotApplicable && m_confirmExclusion) {
        QStringList risks;
        for (const LinkedRisk &risk : linkedRisks(*current))
            risks << QStringLiteral("%1 %2").arg(risk.reference, risk.title);
        if (!risks.isEmpty() && !m_confirmExclusion(risks))
            return false;
    }
    QString text;
    switch (decision) {
    case Applicability::Applicable:
        text = tr("Mark %1 applicable").arg(current->controlRef);
        break;
    case Applicability::NotApplicable:
        text = tr("Mark %1 not applicable").arg(current->controlRef);
        break;
    case Applicability::Undecided:
        text = tr("Mark %1 undecided").arg(current->controlRef);
        break;
    }
    return m_document.setValues(decisionWrites(*current, decision), text);
}

std::vector<FieldWrite> Soa::decisionWrites(const SoaEntry &entry, Applicability decision)
{
    std::vector<FieldWrite> writes{
        {Entity::SoaEntry, entry.id, SoaEntry::ApplicabilityField, applicabilityKey(decision)}};
    const ImplementationStatus status = soaStatusAfterDecision(decision, entry.status);
    if (status != entry.status)
        writes.push_back({Entity::SoaEntry, entry.id, SoaEntry::Status, statusKey(status)});
    return writes;
}

qint64 Soa::addOwnControl(const OwnControl &control)
{
    OwnControl c = control;
    if (c.reference.trimmed().isEmpty())
        c.reference = nextOwnReference();
    if (c.themeCode.isEmpty())
        c.themeCode = QStringLiteral("5");
    return m_document.addRow(Entity::OwnControl, OwnControlStore::snapshotOf(c, nullptr),
                             tr("Add own control %1").arg(c.reference));
}

bool Soa::removeOwnControl(qint64 ownControlId)
{
    const QString reference = m_document.ownControls().rowReference(ownControlId);
    return m_document.removeRow(Entity::OwnControl, ownControlId, tr("Delete own control %1").arg(reference));
}

bool Soa::setOwnControlValue(qint64 ownControlId, int field, const QVariant &value)
{
    return m_document.setValue(Entity::OwnControl, ownControlId, field, value);
}

QString Soa::nextOwnReference() const
{
    return m_document.ownControls().nextReference();
}

qint64 Soa::approve(const QString &approver, const QDate &approvedOn, const QString &note, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    if (m_document.isReadOnly())
        return failWith(tr("The file is open read-only: %1").arg(m_document.readOnlyReason()));
    if (approver.trimmed().isEmpty())
        return failWith(tr("Say who approved this version of the SoA."));
    if (!approvedOn.isValid())
        return failWith(tr("Give the date of the approval."));
    SoaVersion v;
    v.number = m_document.soaVersions().nextNumber();
    v.approvedOn = approvedOn;
    v.approver = approver.trimmed();
    v.note = note.trimmed();
    v.rows = entries();
    QString failure;
    QMetaObject::Connection c = QObject::connect(&m_document, &Document::writeFailed,
                                                 [&failure](const QString &message) { failure = message; });
    const qint64 id = m_document.addRow(Entity::SoaVersion, SoaVersionStore::snapshotOf(v),
                                        tr("Approve SoA version %1").arg(v.number));
    QObject::disconnect(c);
    if (id == 0)
        return failWith(failure.isEmpty() ? tr("The version could not be written.") : failure);
    return id;
}

bool Soa::applyBulk(const std::vector<FieldWrite> &writes, const QString &commandText)
{
    return m_document.setValues(writes, commandText);
}

bool Soa::replaceContent(const DocumentContent &content, QString *error)
{
    for (const SoaVersion &v : m_document.soaVersions().all()) {
        if (!m_document.applyRemove(Entity::SoaVersion, v.id, error))
            return false;
    }
    for (const OwnControl &c : m_document.ownControls().all()) {
        if (!m_document.applyRemove(Entity::OwnControl, c.id, error))
            return false;
    }

    QHash<QString, const SoaEntry *> annex;
    QHash<QString, const SoaEntry *> own;
    for (const SoaEntry &e : content.soaEntries)
        (e.own ? own : annex).insert(e.controlRef, &e);

    SoaStore &store = m_document.soaEntries();
    for (const SoaEntry &current : store.entries()) {
        // An entry the content does not mention goes back to undecided.
        const SoaEntry blank;
        const SoaEntry *wanted = annex.value(current.controlRef, &blank);
        for (int field = 0; field < SoaEntry::FieldCount; ++field) {
            const QVariant value = SoaStore::fieldValue(*wanted, field);
            if (!sameStored(SoaStore::fieldValue(current, field), value)
                && !m_document.applyValue(Entity::SoaEntry, current.id, field, value, error))
                return false;
        }
        if (!wanted->uid.isEmpty() && wanted->uid != current.uid && !store.setUid(current.id, wanted->uid, error))
            return false;
    }
    for (const OwnControl &c : content.ownControls) {
        std::optional<SoaEntry> entry;
        if (const SoaEntry *e = own.value(c.reference)) {
            entry = *e;
            entry->id = 0;
        }
        if (m_document.applyInsert(Entity::OwnControl, 0, OwnControlStore::snapshotOf(c, entry ? &*entry : nullptr),
                                   error)
            == 0)
            return false;
    }
    for (const SoaVersion &v : content.soaVersions) {
        if (m_document.applyInsert(Entity::SoaVersion, 0, SoaVersionStore::snapshotOf(v), error) == 0)
            return false;
    }
    return true;
}

} // namespace rampart
