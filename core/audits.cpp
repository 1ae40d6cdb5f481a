#include "audits.h"

#include "domain/soa.h"
#include "soa.h"

#include "catalog/requirements.h"
#include "document.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"
#include "stores/organisationstore.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace rampart {

namespace {

// Pushes bulk work and turns a refusal into the message the store gave.
bool pushEdits(Document &document, const QString &text, const std::vector<Edit> &edits,
               std::vector<qint64> *ids, QString *error)
{
    QString failure;
    QObject guard;
    QObject::connect(&document, &Document::writeFailed, &guard, [&failure](const QString &m) { failure = m; });
    if (document.applyEdits(text, edits, ids))
        return true;
    if (error)
        *error = failure.isEmpty() ? Audits::tr("The file is open read-only.") : failure;
    return false;
}

} // namespace

namespace {

// The SoA entry of an Annex A control ("5.1"), if the file has one.
std::optional<SoaEntry> soaEntryOf(const Document &document, const QString &controlCode)
{
    const qint64 id = document.soa().entryIdForControl(controlCode);
    return id != 0 ? document.soa().entry(id) : std::nullopt;
}

} // namespace

bool Audits::controlApplicable(const Document &document, const QString &controlCode)
{
    // An excluded control needs no audit; an undecided one still does.
    const std::optional<SoaEntry> entry = soaEntryOf(document, controlCode);
    return !entry || entry->applicability != Applicability::NotApplicable;
}

QStringList Audits::controlOwners(const Document &document, const QString &controlCode)
{
    const std::optional<SoaEntry> entry = soaEntryOf(document, controlCode);
    if (!entry || entry->owner.trimmed().isEmpty())
        return {};
    return people(entry->owner);
}

std::optional<SoaControlContext> Audits::soaContext(const Document &document, const QString &controlCode)
{
    const std::optional<SoaEntry> entry = soaEntryOf(document, controlCode);
    if (!entry)
        return std::nullopt;
    return SoaControlContext{applicabilityLabel(entry->applicability), statusLabel(entry->status),
                             entry->implementation};
}

bool Audits::isInternal(const Record &audit)
{
    return audit.text(Audit::Type) == QLatin1String(keys::Internal);
}

bool Audits::isCompleted(const Record &audit)
{
    const QString status = audit.text(Audit::Status);
    return status == QLatin1String(keys::Reported) || status == QLatin1String(keys::Closed);
}

bool Audits::isLate(const Record &audit, const QDate &today)
{
    if (isCompleted(audit))
        return false;
    QDate end = audit.date(Audit::EndDate);
    if (!end.isValid())
        end = audit.date(Audit::StartDate);
    return end.isValid() && end < today;
}

Coverage Audits::coverage(const Document &document, qint64 programmeId)
{
    return coverage(document, programmeId, document.soa().entries());
}

Coverage Audits::coverage(const Document &document, qint64 programmeId, const std::vector<SoaEntry> &soaEntries)
{
    Coverage c;
    c.programme = document.auditProgrammes().record(programmeId);
    const Catalog &catalog = document.catalog();
    for (const Record &audit : document.audits().linkedTo(Audit::Programme, programmeId)) {
        if (isInternal(audit))
            c.audits.push_back(audit);
    }
    // Which audits cover which unit.
    std::map<QString, std::vector<qint64>> coveredBy;
    std::map<qint64, bool> completed;
    for (const Record &audit : c.audits) {
        completed[audit.id] = isCompleted(audit);
        QSet<QString> units;
        for (const QString &reference : Requirements::parseList(catalog, audit.text(Audit::Scope))) {
            for (const QString &unit : Requirements::unitsCoveredBy(catalog, reference))
                units.insert(unit);
        }
        for (const QString &unit : std::as_const(units))
            coveredBy[unit].push_back(audit.id);
    }
    // The SoA's decisions, read once (controlApplicable's rule, without two queries per control).
    QHash<QString, bool> applicableControls;
    for (const SoaEntry &entry : soaEntries) {
        if (!entry.own)
            applicableControls.insert(entry.controlRef, entry.applicability != Applicability::NotApplicable);
    }
    for (const QString &unit : Requirements::units(catalog)) {
        CoverageEntry e;
        e.reference = unit;
        e.title = Requirements::title(catalog, unit);
        const auto it = coveredBy.find(unit);
        if (it != coveredBy.end())
            e.audits = it->second;
        const bool applicable = !Requirements::isControl(unit)
            || applicableControls.value(Requirements::catalogCode(unit), true);
        if (!applicable) {
            e.state = CoverageEntry::State::NotApplicable;
        } else {
            ++c.required;
            const bool done = std::any_of(e.audits.begin(), e.audits.end(), [&](qint64 id) { return completed[id]; });
            if (done) {
                e.state = CoverageEntry::State::Audited;
                ++c.audited;
                ++c.covered;
            } else if (!e.audits.empty()) {
                e.state = CoverageEntry::State::Planned;
                ++c.covered;
            } else {
                e.state = CoverageEntry::State::NotCovered;
            }
        }
        c.entries.push_back(std::move(e));
    }
    return c;
}

qint64 Audits::currentProgramme(const Document &document, const QDate &today)
{
    const std::vector<Record> programmes = document.auditProgrammes().all();
    for (const Record &p : programmes) {
        const QDate from = p.date(AuditProgramme::PeriodStart);
        const QDate to = p.date(AuditProgramme::PeriodEnd);
        if (from.isValid() && to.isValid() && from <= today && today <= to)
            return p.id;
    }
    qint64 latest = 0;
    QDate latestStart;
    for (const Record &p : programmes) {
        const QDate from = p.date(AuditProgramme::PeriodStart);
        if (latest == 0 || (from.isValid() && from <= today && (!latestStart.isValid() || from > latestStart))) {
            latest = p.id;
            latestStart = from;
        }
    }
    return latest;
}

std::optional<Record> Audits::nextAudit(const Document &document, const QDate &today)
{
    std::optional<Record> next;
    for (const Record &audit : document.audits().all()) {
        const QDate start = audit.date(Audit::StartDate);
        if (isCompleted(audit) || !start.isValid() || start < today)
            continue;
        if (!next || start < next->date(Audit::StartDate))
            next = audit;
    }
    return next;
}

QStringList Audits::people(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n;]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString person = part.simplified();
        if (!person.isEmpty())
            out << person;
    }
    return out;
}

QString Audits::personKey(const QString &person)
{
    // The name is what comes before a role: "Name, role", "Name (role)", "Name - role".
    static const QRegularExpression roleStart(QStringLiteral("\\s*(,|\\(|\\s-\\s|\\s\u2013\\s|\\s\u2014\\s).*$"));
    QString name = person;
    name.remove(roleStart);
    return name.simplified().toCaseFolded();
}

std::vector<ImpartialityIssue> Audits::impartialityIssues(const Document &document, qint64 auditId)
{
    std::vector<ImpartialityIssue> issues;
    const std::optional<Record> audit = document.audits().record(auditId);
    if (!audit)
        return issues;
    QStringList auditors;
    if (!audit->text(Audit::LeadAuditor).trimmed().isEmpty())
        auditors << audit->text(Audit::LeadAuditor).simplified();
    auditors << people(audit->text(Audit::Auditors));

    // Who owns what in this audit's scope.
    std::vector<std::pair<QString, QString>> owners;  // person, what they own
    for (const Record &area : document.auditAreas().linkedTo(AuditArea::AuditLink, auditId)) {
        for (const QString &owner : people(area.text(AuditArea::Owner)))
            owners.emplace_back(owner, area.text(AuditArea::Area).simplified());
    }
    const QStringList scope = Requirements::parseList(document.catalog(), audit->text(Audit::Scope));
    const bool clausesInScope = std::any_of(scope.begin(), scope.end(),
                                            [](const QString &r) { return !Requirements::isControl(r); });
    const QString manager = document.organisation().read().ismsManager;
    if (clausesInScope && !manager.trimmed().isEmpty())
        owners.emplace_back(manager, tr("the management system (clauses 4 to 10) as ISMS manager"));
    for (const QString &reference : scope) {
        if (!Requirements::isControl(reference))
            continue;
        for (const QString &owner : controlOwners(document, Requirements::catalogCode(reference)))
            owners.emplace_back(owner, tr("control %1 %2").arg(reference, Requirements::title(document.catalog(), reference)));
    }

    QSet<QString> reported;
    for (const QString &auditor : std::as_const(auditors)) {
        const QString key = personKey(auditor);
        if (key.isEmpty())
            continue;
        for (const auto &[owner, owned] : owners) {
            if (personKey(owner) != key || reported.contains(key + QLatin1Char('\n') + owned))
                continue;
            reported.insert(key + QLatin1Char('\n') + owned);
            issues.push_back({auditor, owned,
                              tr("%1 is on the audit team but owns %2, which is in this audit's scope: an auditor "
                                 "should not audit their own work (clause 9.2.2 b).")
                                  .arg(auditor, owned)});
        }
    }
    return issues;
}

QString Audits::itemKey(const Document &document, const Record &item)
{
    const std::optional<Record> audit = document.audits().record(item.link(ChecklistItem::AuditLink));
    return ChecklistItemStore::itemKey(audit ? audit->text(Audit::Reference) : QString(),
                                       item.number(ChecklistItem::Number));
}

std::vector<QVariantList> Audits::missingChecklistItems(const Document &document, qint64 auditId)
{
    std::vector<QVariantList> items;
    const std::optional<Record> audit = document.audits().record(auditId);
    if (!audit)
        return items;
    QSet<QString> present;
    int number = 0;
    for (const Record &item : document.checklistItems().linkedTo(ChecklistItem::AuditLink, auditId)) {
        present.insert(item.text(ChecklistItem::Requirement));
        number = qMax(number, item.number(ChecklistItem::Number));
    }
    const Catalog &catalog = document.catalog();
    for (const QString &reference : Requirements::parseList(catalog, audit->text(Audit::Scope))) {
        if (present.contains(reference))
            continue;
        QVariantList item;
        for (int field = 0; field < ChecklistItem::FieldCount; ++field)
            item << QVariant();
        item[ChecklistItem::AuditLink] = auditId;
        item[ChecklistItem::Number] = ++number;
        item[ChecklistItem::Requirement] = reference;
        item[ChecklistItem::Question] = Requirements::question(catalog, reference);
        item[ChecklistItem::Result] = QString::fromLatin1(keys::NotAssessed);
        items.push_back(item);
    }
    return items;
}

bool Audits::generateChecklist(Document &document, qint64 auditId, int *added, QString *error)
{
    if (added)
        *added = 0;
    const std::optional<Record> audit = document.audits().record(auditId);
    if (!audit) {
        if (error)
            *error = tr("The audit no longer exists.");
        return false;
    }
    if (audit->text(Audit::Scope).trimmed().isEmpty()) {
        if (error)
            *error = tr("%1 has no clauses or controls in its scope yet: choose them first.")
                         .arg(audit->text(Audit::Reference));
        return false;
    }
    const std::vector<QVariantList> items = missingChecklistItems(document, auditId);
    if (items.empty()) {
        if (error)
            *error = tr("The checklist of %1 already has an item for every clause and control in scope.")
                         .arg(audit->text(Audit::Reference));
        return false;
    }
    std::vector<Edit> edits;
    for (const QVariantList &item : items)
        edits.push_back(Edit::insert(Entity::ChecklistItem, item));
    if (!pushEdits(document, tr("Generate checklist of %1").arg(audit->text(Audit::Reference)), edits, nullptr,
                   error))
        return false;
    if (added)
        *added = int(items.size());
    return true;
}

bool Audits::isFinding(const QString &result)
{
    return result == QLatin1String(keys::Major) || result == QLatin1String(keys::Minor);
}

namespace {

// The new nonconformity row for a finding, or a reason why there is none.
QVariantList nonconformityFor(const Document &document, const Record &item, const QDate &today, QString *why)
{
    const QString result = item.text(ChecklistItem::Result);
    const std::optional<Record> audit = document.audits().record(item.link(ChecklistItem::AuditLink));
    const QString key = Audits::itemKey(document, item);
    if (!Audits::isFinding(result)) {
        *why = Audits::tr("Item %1 is not graded as a major or minor nonconformity.").arg(key);
        return {};
    }
    const std::vector<Record> existing = document.nonconformities().forChecklistItem(item.id);
    if (!existing.empty()) {
        *why = Audits::tr("%1 has already been raised from item %2.")
                   .arg(existing.front().text(Nonconformity::Reference), key);
        return {};
    }
    const Catalog &catalog = document.catalog();
    const QString reference = item.text(ChecklistItem::Requirement);
    const QString requirementTitle = Requirements::title(catalog, reference);
    const QString notes = item.text(ChecklistItem::Notes).trimmed();
    QString title = notes.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (title.size() > 120)
        title = title.left(119) + QChar(0x2026);
    if (title.isEmpty())
        title = reference.isEmpty() ? Audits::tr("Finding of %1").arg(key)
                                    : Audits::tr("Finding against %1 %2").arg(reference, requirementTitle);
    QStringList description;
    if (!notes.isEmpty())
        description << notes;
    if (!item.text(ChecklistItem::Evidence).trimmed().isEmpty())
        description << Audits::tr("Evidence examined: %1").arg(item.text(ChecklistItem::Evidence).trimmed());
    description << Audits::tr("Raised from checklist item %1.").arg(key);

    QVariantList row;
    for (int field = 0; field < Nonconformity::FieldCount; ++field)
        row << QVariant();
    const bool internal = !audit || Audits::isInternal(*audit) || audit->text(Audit::Type) == QLatin1String("supplier");
    row[Nonconformity::Source] = QString::fromLatin1(internal ? keys::InternalAuditSource : keys::ExternalAuditSource);
    row[Nonconformity::Grade] = result;
    row[Nonconformity::Title] = title;
    row[Nonconformity::RaisedOn] = today.toString(Qt::ISODate);
    row[Nonconformity::RaisedBy] = audit ? audit->text(Audit::LeadAuditor) : QString();
    row[Nonconformity::AuditLink] = item.link(ChecklistItem::AuditLink);
    row[Nonconformity::ChecklistItemLink] = item.id;
    row[Nonconformity::Requirement] = reference;
    row[Nonconformity::RequirementText] = reference.isEmpty()
        ? item.text(ChecklistItem::Question)
        : QStringLiteral("%1 %2: %3").arg(reference, requirementTitle, item.text(ChecklistItem::Question));
    row[Nonconformity::Description] = description.join(QStringLiteral("\n\n"));
    row[Nonconformity::VerificationResult] = QString::fromLatin1(keys::NotVerified);
    return row;
}

} // namespace

qint64 Audits::raiseNonconformity(Document &document, qint64 itemId, const QDate &today, QString *error)
{
    const std::optional<Record> item = document.checklistItems().record(itemId);
    if (!item) {
        if (error)
            *error = tr("The checklist item no longer exists.");
        return 0;
    }
    QString why;
    const QVariantList row = nonconformityFor(document, *item, today, &why);
    if (row.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    std::vector<qint64> ids;
    if (!pushEdits(document, tr("Raise nonconformity from %1").arg(itemKey(document, *item)),
                   {Edit::insert(Entity::Nonconformity, row)}, &ids, error))
        return 0;
    return ids.empty() ? 0 : ids.front();
}

int Audits::raiseNonconformities(Document &document, qint64 auditId, const QDate &today, QString *error)
{
    const std::optional<Record> audit = document.audits().record(auditId);
    if (!audit) {
        if (error)
            *error = tr("The audit no longer exists.");
        return 0;
    }
    std::vector<Edit> edits;
    for (const Record &item : document.checklistItems().linkedTo(ChecklistItem::AuditLink, auditId)) {
        QString why;
        const QVariantList row = nonconformityFor(document, item, today, &why);
        if (!row.isEmpty())
            edits.push_back(Edit::insert(Entity::Nonconformity, row));
    }
    if (edits.empty()) {
        if (error)
            *error = tr("Every major and minor nonconformity of %1 already has its nonconformity record.")
                         .arg(audit->text(Audit::Reference));
        return 0;
    }
    if (!pushEdits(document, tr("Raise nonconformities from %1").arg(audit->text(Audit::Reference)), edits, nullptr,
                   error))
        return 0;
    return int(edits.size());
}

NonconformityState Audits::state(const Record &nc, const std::vector<Record> &actions)
{
    if (!nc.text(Nonconformity::ClosedOn).isEmpty())
        return NonconformityState::Closed;
    const QString verification = nc.text(Nonconformity::VerificationResult);
    if (verification == QLatin1String(keys::Effective))
        return NonconformityState::ReadyToClose;
    if (actions.empty())
        return NonconformityState::Open;
    QDate lastCompleted;
    bool allDone = true;
    for (const Record &action : actions) {
        if (action.text(CorrectiveAction::Status) != QLatin1String(keys::Done))
            allDone = false;
        const QDate completed = action.date(CorrectiveAction::CompletedOn);
        if (completed.isValid() && (!lastCompleted.isValid() || completed > lastCompleted))
            lastCompleted = completed;
    }
    const bool notEffective = verification == QLatin1String(keys::NotEffective);
    if (!allDone)
        return notEffective ? NonconformityState::NotEffective : NonconformityState::ActionsInProgress;
    // Verified as not effective after the last action was completed: more is needed.
    const QDate verifiedOn = nc.date(Nonconformity::VerifiedOn);
    if (notEffective && (!lastCompleted.isValid() || (verifiedOn.isValid() && verifiedOn >= lastCompleted)))
        return NonconformityState::NotEffective;
    return NonconformityState::AwaitingVerification;
}

QString Audits::stateName(NonconformityState state)
{
    switch (state) {
    case NonconformityState::Open:
        return tr("Open: no corrective action yet");
    case NonconformityState::ActionsInProgress:
        return tr("Corrective action in progress");
    case NonconformityState::AwaitingVerification:
        return tr("Awaiting verification of effectiveness");
    case NonconformityState::NotEffective:
        return tr("Not effective: further action needed");
    case NonconformityState::ReadyToClose:
        return tr("Verified effective: ready to close");
    case NonconformityState::Closed:
        return tr("Closed");
    }
    return {};
}

bool Audits::isOverdue(const Record &action, const QDate &today)
{
    const QDate due = action.date(CorrectiveAction::DueDate);
    return due.isValid() && due < today && action.text(CorrectiveAction::Status) != QLatin1String(keys::Done);
}

bool Audits::hasOverdueAction(const std::vector<Record> &actions, const QDate &today)
{
    return std::any_of(actions.begin(), actions.end(), [&today](const Record &a) { return isOverdue(a, today); });
}

QDate Audits::nextDue(const std::vector<Record> &actions)
{
    QDate next;
    for (const Record &action : actions) {
        const QDate due = action.date(CorrectiveAction::DueDate);
        if (action.text(CorrectiveAction::Status) != QLatin1String(keys::Done) && due.isValid()
            && (!next.isValid() || due < next))
            next = due;
    }
    return next;
}

bool Audits::canClose(const Record &nc, QString *why)
{
    const QString reference = nc.text(Nonconformity::Reference);
    if (!nc.text(Nonconformity::ClosedOn).isEmpty()) {
        if (why)
            *why = tr("%1 is already closed.").arg(reference);
        return false;
    }
    if (nc.text(Nonconformity::VerificationResult) != QLatin1String(keys::Effective)
        || nc.text(Nonconformity::VerifiedOn).isEmpty()) {
        if (why)
            *why = tr("%1 cannot be closed yet: its corrective action must first be verified as effective "
                      "(clause 10.2). Record who verified it, when, and the result \"Effective\".")
                       .arg(reference);
        return false;
    }
    return true;
}

} // namespace rampart
