#include "auditmodels.h"

#include "catalog/requirements.h"
#include "document.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QBrush>
#include <QColor>

namespace rampart {

namespace {

QList<int> allFields(int count)
{
    QList<int> fields;
    for (int f = 0; f < count; ++f)
        fields << f;
    return fields;
}

// Colours that read on light and dark palettes alike.
QColor resultColour(const QString &result)
{
    if (result == QLatin1String(keys::Major))
        return QColor(176, 0, 32);
    if (result == QLatin1String(keys::Minor))
        return QColor(196, 60, 0);
    if (result == QLatin1String(keys::Observation))
        return QColor(150, 105, 0);
    if (result == QLatin1String(keys::Ofi))
        return QColor(20, 90, 170);
    if (result == QLatin1String(keys::Conforming))
        return QColor(26, 127, 55);
    return {};
}

} // namespace

AuditProgrammeModel::AuditProgrammeModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::AuditProgramme, allFields(AuditProgramme::FieldCount), parent)
{
    reload();
}

bool AuditProgrammeModel::isMultiline(int field) const
{
    return field != AuditProgramme::Title;
}

AuditListModel::AuditListModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::Audit,
                       {Audit::Reference, Audit::StartDate, Audit::EndDate, Audit::Title, Audit::Type, Audit::Status,
                        Audit::LeadAuditor, -1, -1},
                       parent)
{
    for (const Record &item : document->checklistItems().all())
        m_itemAudit[item.id] = item.link(ChecklistItem::AuditLink);
    reload();
}

QString AuditListModel::computedHeader(int column) const
{
    if (column == Progress)
        return tr("Checklist");
    if (column == Scope)
        return tr("Scope");
    return {};
}

QVariant AuditListModel::computed(const Record &record, int column, int role) const
{
    if (role == WarningRole && (column == StartDate || column == Status) && Audits::isLate(record, today()))
        return tr("The planned dates have passed and the audit has not been reported.");
    if (role == Qt::ForegroundRole && (column == StartDate || column == Status) && Audits::isLate(record, today()))
        return QBrush(QColor(196, 60, 0));
    if (role == Qt::ToolTipRole && column == Scope)
        return record.text(Audit::Scope);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (column == Progress) {
        int total = 0;
        int assessed = 0;
        for (const Record &item : document()->checklistItems().linkedTo(ChecklistItem::AuditLink, record.id)) {
            ++total;
            assessed += item.text(ChecklistItem::Result) != QLatin1String(keys::NotAssessed) ? 1 : 0;
        }
        if (role == SortRole)
            return total == 0 ? -1.0 : double(assessed) / total;
        return total == 0 ? tr("Not generated") : tr("%1 of %2 assessed").arg(assessed).arg(total);
    }
    if (column == Scope) {
        const qsizetype count = Requirements::parseList(document()->catalog(), record.text(Audit::Scope)).size();
        if (role == SortRole)
            return int(count);
        if (count == 0)
            return tr("Not chosen");
        return count == 1 ? tr("1 clause or control") : tr("%1 clauses and controls").arg(count);
    }
    return {};
}

QList<int> AuditListModel::dependentColumns(int field) const
{
    if (field == Audit::Scope)
        return {Scope};
    if (field == Audit::EndDate)
        return {StartDate, Status};
    return {};
}

void AuditListModel::otherChanged(const Change &change)
{
    if (change.entity != Entity::ChecklistItem)
        return;
    qint64 audit = 0;
    if (const std::optional<Record> item = document()->checklistItems().record(change.id)) {
        audit = item->link(ChecklistItem::AuditLink);
        m_itemAudit[change.id] = audit;
    } else {
        audit = m_itemAudit[change.id];
        m_itemAudit.erase(change.id);
    }
    if (change.kind == Change::Kind::Updated && change.field != ChecklistItem::Result)
        return;
    emitColumnChanged(rowOf(audit), Progress);
}

AuditAreaModel::AuditAreaModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::AuditArea, {AuditArea::Area, AuditArea::Owner}, parent)
{
}

AgendaModel::AgendaModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::AuditSession,
                       {AuditSession::Date, AuditSession::StartTime, AuditSession::EndTime, AuditSession::Topic,
                        AuditSession::People},
                       parent)
{
}

ChecklistModel::ChecklistModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::ChecklistItem,
                       {-1, ChecklistItem::Requirement, ChecklistItem::Question, -1, ChecklistItem::Result,
                        ChecklistItem::Evidence, ChecklistItem::Notes, ChecklistItem::Interviewed, -1},
                       parent)
{
    rememberNonconformities();
}

void ChecklistModel::showAudit(qint64 auditId)
{
    showChildrenOf(ChecklistItem::AuditLink, auditId);
}

void ChecklistModel::rememberNonconformities()
{
    m_ncItem.clear();
    for (const Record &nc : document()->nonconformities().all()) {
        if (nc.link(Nonconformity::ChecklistItemLink) > 0)
            m_ncItem[nc.id] = nc.link(Nonconformity::ChecklistItemLink);
    }
}

bool ChecklistModel::hasSoaContext() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString reference = record(row)->text(ChecklistItem::Requirement);
        if (Requirements::isControl(reference)
            && Audits::soaContext(*document(), Requirements::catalogCode(reference)).has_value())
            return true;
    }
    return false;
}

qint64 ChecklistModel::addOwnItem(const QString &question)
{
    QVariantList item;
    for (int f = 0; f < ChecklistItem::FieldCount; ++f)
        item << QVariant();
    item[ChecklistItem::Question] = question;
    return addRecord(item, tr("Add checklist item"));
}

QString ChecklistModel::computedHeader(int column) const
{
    switch (column) {
    case Key:
        return tr("Item");
    case Soa:
        return tr("Statement of Applicability");
    case Nonconformity:
        return tr("Nonconformity");
    default:
        return {};
    }
}

bool ChecklistModel::isMultiline(int field) const
{
    return field != ChecklistItem::Requirement;
}

QVariant ChecklistModel::computed(const Record &record, int column, int role) const
{
    const QString result = record.text(ChecklistItem::Result);
    if (role == Qt::ForegroundRole && column == Result) {
        const QColor colour = resultColour(result);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    switch (column) {
    case Key:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return role == SortRole ? QVariant(record.number(ChecklistItem::Number)) : Audits::itemKey(*document(), record);
        return {};
    case Soa: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const QString reference = record.text(ChecklistItem::Requirement);
        if (!Requirements::isControl(reference))
            return {};
        const std::optional<SoaControlContext> soa =
            Audits::soaContext(*document(), Requirements::catalogCode(reference));
        if (!soa)
            return {};
        return QStringLiteral("%1, %2: %3").arg(soa->applicability, soa->implementationStatus, soa->implementation);
    }
    case Nonconformity: {
        QStringList references;
        for (const auto &[nc, item] : m_ncItem) {
            if (item == record.id) {
                if (const std::optional<Record> r = document()->nonconformities().record(nc))
                    references << r->text(Nonconformity::Reference);
            }
        }
        const bool missing = references.isEmpty() && Audits::isFinding(result);
        if (role == WarningRole || (role == Qt::ToolTipRole && missing))
            return missing ? tr("This finding has no nonconformity record yet: raise one.") : QVariant();
        if (role == Qt::ForegroundRole && missing)
            return QBrush(QColor(196, 60, 0));
        if (role == Qt::DisplayRole || role == SortRole)
            return missing ? tr("Not raised yet") : references.join(QStringLiteral(", "));
        return {};
    }
    default:
        return {};
    }
}

void ChecklistModel::otherChanged(const Change &change)
{
    if (change.entity == Entity::Audit && change.id == parentId() && change.field == Audit::Reference) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Key), index(rowCount() - 1, Key));
        return;
    }
    if (change.entity != Entity::Nonconformity)
        return;
    // The items whose nonconformity column changes: the one it pointed at before, and now.
    QList<qint64> items;
    const auto before = m_ncItem.find(change.id);
    if (before != m_ncItem.end())
        items << before->second;
    rememberNonconformities();
    const auto after = m_ncItem.find(change.id);
    if (after != m_ncItem.end())
        items << after->second;
    for (qint64 item : std::as_const(items))
        emitColumnChanged(rowOf(item), Nonconformity);
}

CoverageModel::CoverageModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &CoverageModel::onChanged);
}

void CoverageModel::showProgramme(qint64 programmeId)
{
    beginResetModel();
    m_programmeId = programmeId;
    m_coverage = programmeId > 0 ? Audits::coverage(*m_document, programmeId) : Coverage();
    endResetModel();
}

void CoverageModel::recompute()
{
    Coverage fresh = m_programmeId > 0 ? Audits::coverage(*m_document, m_programmeId) : Coverage();
    bool sameAudits = fresh.audits.size() == m_coverage.audits.size() && fresh.entries.size() == m_coverage.entries.size();
    for (size_t i = 0; sameAudits && i < fresh.audits.size(); ++i)
        sameAudits = fresh.audits[i].id == m_coverage.audits[i].id;
    if (!sameAudits) {
        beginResetModel();
        m_coverage = std::move(fresh);
        endResetModel();
        return;
    }
    m_coverage = std::move(fresh);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void CoverageModel::onChanged(const Change &change)
{
    // Coverage depends on the programme's audits (scope, type, status, dates) only.
    if (change.kind == Change::Kind::Reset) {
        if (!m_document->auditProgrammes().record(m_programmeId))
            m_programmeId = 0;
        showProgramme(m_programmeId);
        return;
    }
    if (change.entity == Entity::Audit || change.entity == Entity::AuditProgramme)
        recompute();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.entries.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAudit + int(m_coverage.audits.size());
}

QString CoverageModel::stateName(CoverageEntry::State state)
{
    switch (state) {
    case CoverageEntry::State::Audited:
        return tr("Audited");
    case CoverageEntry::State::Planned:
        return tr("Planned");
    case CoverageEntry::State::NotCovered:
        return tr("Not covered in this cycle");
    case CoverageEntry::State::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CoverageEntry &e = m_coverage.entries[size_t(index.row())];
    if (role == StateRole)
        return int(e.state);
    if (index.column() >= FirstAudit) {
        const Record &audit = m_coverage.audits[size_t(index.column() - FirstAudit)];
        const bool covers = std::find(e.audits.begin(), e.audits.end(), audit.id) != e.audits.end();
        if (role == Qt::DisplayRole)
            return covers ? QStringLiteral("\u25CF") : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole && covers)
            return tr("%1 in %2 (%3)").arg(e.reference, audit.text(Audit::Reference), audit.text(Audit::StartDate));
        if (role == Qt::ForegroundRole && covers)
            return QBrush(Audits::isCompleted(audit) ? QColor(26, 127, 55) : QColor(20, 90, 170));
        return {};
    }
    switch (index.column()) {
    case Reference:
        return role == Qt::DisplayRole ? QVariant(e.reference) : QVariant();
    case Title:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(e.title) : QVariant();
    case State:
        if (role == Qt::DisplayRole)
            return stateName(e.state);
        if (role == Qt::ForegroundRole && e.state == CoverageEntry::State::NotCovered)
            return QBrush(QColor(196, 60, 0));
        if (role == Qt::ForegroundRole && e.state == CoverageEntry::State::Audited)
            return QBrush(QColor(26, 127, 55));
        return {};
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstAudit && section < columnCount()) {
        const Record &audit = m_coverage.audits[size_t(section - FirstAudit)];
        if (role == Qt::DisplayRole)
            return audit.text(Audit::Reference);
        if (role == Qt::ToolTipRole)
            return tr("%1 %2 (%3, %4)")
                .arg(audit.text(Audit::Reference), audit.text(Audit::Title), audit.text(Audit::StartDate),
                     Choices::name(ChoiceSet::AuditStatus, audit.text(Audit::Status)));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Clause/control");
    case Title:
        return tr("Title");
    case State:
        return tr("Coverage");
    default:
        return {};
    }
}

} // namespace rampart
