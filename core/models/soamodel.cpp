#include "soamodel.h"

#include "catalog/catalog.h"
#include "document.h"
#include "domain/fields.h"
#include "soa.h"
#include "stores/soastore.h"
#include "stores/valuerules.h"

#include <QBrush>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace rampart {

namespace {

constexpr quintptr GroupId = 0;

const AttributeKind AttributeColumns[] = {AttributeKind::ControlType, AttributeKind::Property,
                                          AttributeKind::Concept, AttributeKind::Capability,
                                          AttributeKind::Domain};

QString attributeList(const QStringList &values)
{
    QStringList names;
    for (const QString &v : values)
        names << attributeValueName(v);
    return names.join(QStringLiteral(", "));
}

QStringList shortReasons(int reasons)
{
    QStringList labels;
    for (const int reason : AllSoaReasons) {
        if (reasons & reason)
            labels << reasonShortLabel(reason);
    }
    return labels;
}

// Soft colours that let the eye find the gaps when walking 93 rows; the text says
// the same, so nothing depends on colour alone.
QVariant decisionBackground(Applicability a)
{
    switch (a) {
    case Applicability::Undecided:
        return QBrush(QColor(255, 236, 179));
    case Applicability::Applicable:
        return QBrush(QColor(220, 240, 222));
    case Applicability::NotApplicable:
        return QBrush(QColor(232, 232, 232));
    }
    return {};
}

QVariant statusBackground(ImplementationStatus s)
{
    switch (s) {
    case ImplementationStatus::NotStarted:
        return QBrush(QColor(250, 222, 218));
    case ImplementationStatus::Planned:
        return QBrush(QColor(222, 232, 248));
    case ImplementationStatus::Partial:
        return QBrush(QColor(255, 240, 200));
    case ImplementationStatus::Implemented:
        return QBrush(QColor(220, 240, 222));
    case ImplementationStatus::NotApplicable:
        return QBrush(QColor(232, 232, 232));
    }
    return {};
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

SoaModel::SoaModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    for (const CatalogTheme &theme : document->catalog().themes)
        m_groups.push_back({theme.code, theme.name, {}});
    m_groups.push_back({ownGroupKey(), tr("Own controls"), {}});
    for (const SoaEntry &e : document->soa().entries())
        m_groups[size_t(groupOf(e))].rows.push_back(e);
    reloadLinks();
    connect(document, &Document::changed, this, &SoaModel::onChanged);
}

int SoaModel::groupOf(const SoaEntry &e) const
{
    if (!e.own) {
        for (size_t g = 0; g + 1 < m_groups.size(); ++g) {
            if (m_groups[g].key == e.themeCode)
                return int(g);
        }
    }
    return int(m_groups.size()) - 1;
}

void SoaModel::reload()
{
    beginResetModel();
    for (Group &g : m_groups)
        g.rows.clear();
    for (const SoaEntry &e : m_document->soa().entries())
        m_groups[size_t(groupOf(e))].rows.push_back(e);
    reloadLinks();
    endResetModel();
}

qint64 SoaModel::entryIdOfLink(const PlannedControlLink &link) const
{
    if (link.ownControlId != 0) {
        for (const SoaEntry &e : m_groups.back().rows) {
            if (e.ownControlId == link.ownControlId)
                return e.id;
        }
        return 0;
    }
    for (size_t g = 0; g + 1 < m_groups.size(); ++g) {
        for (const SoaEntry &e : m_groups[g].rows) {
            if (e.controlRef == link.controlCode)
                return e.id;
        }
    }
    return 0;
}

void SoaModel::reloadLinks()
{
    std::vector<SoaEntry> entries;
    for (const Group &g : m_groups)
        entries.insert(entries.end(), g.rows.begin(), g.rows.end());
    m_linkedRisks = m_document->soa().linkedRisksByEntry(entries);
    m_entriesOfRisk.clear();
    for (auto it = m_linkedRisks.cbegin(); it != m_linkedRisks.cend(); ++it) {
        for (const LinkedRisk &risk : it.value())
            m_entriesOfRisk[risk.id] << it.key();
    }
}

QList<qint64> SoaModel::updateLinksOfRisk(qint64 riskId, bool removed)
{
    QList<qint64> touched = m_entriesOfRisk.take(riskId);
    for (const qint64 entryId : std::as_const(touched)) {
        auto it = m_linkedRisks.find(entryId);
        if (it == m_linkedRisks.end())
            continue;
        std::erase_if(*it, [riskId](const LinkedRisk &r) { return r.id == riskId; });
        if (it->empty())
            m_linkedRisks.erase(it);
    }
    if (removed)
        return touched;
    for (PlannedControlLink &link : m_document->risks().plannedControlLinks(riskId)) {
        const qint64 entryId = entryIdOfLink(link);
        if (entryId == 0)
            continue;
        m_entriesOfRisk[riskId] << entryId;
        if (!touched.contains(entryId))
            touched << entryId;
        std::vector<LinkedRisk> &risks = m_linkedRisks[entryId];
        // Kept in the order of the risk references, as reloadLinks sorts them.
        const auto at = std::upper_bound(risks.begin(), risks.end(), link.risk.reference,
                                         [](const QString &reference, const LinkedRisk &r) {
                                             return ValueRules::naturalCompare(reference, r.reference) < 0;
                                         });
        risks.insert(at, std::move(link.risk));
    }
    return touched;
}

const std::vector<LinkedRisk> &SoaModel::linkedRisks(qint64 entryId) const
{
    static const std::vector<LinkedRisk> none;
    const auto it = m_linkedRisks.constFind(entryId);
    return it == m_linkedRisks.constEnd() ? none : *it;
}

void SoaModel::emitLinkedRisksChanged(const QList<qint64> &entryIds)
{
    for (const qint64 entryId : entryIds) {
        const QModelIndex cell = indexOfEntry(entryId, LinkedRisksColumn);
        if (cell.isValid())
            Q_EMIT dataChanged(cell, cell);
    }
}

QModelIndex SoaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].rows.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SoaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int SoaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups[size_t(parent.row())].rows.size());
    return 0;
}

int SoaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const SoaEntry *SoaModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const size_t group = size_t(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= int(m_groups[group].rows.size()))
        return nullptr;
    return &m_groups[group].rows[size_t(index.row())];
}

QVariant SoaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId)
        return groupData(index.row(), index.column(), role);
    const SoaEntry *e = entryAt(index);
    return e ? entryData(*e, index.column(), role) : QVariant();
}

QVariant SoaModel::groupData(int group, int column, int role) const
{
    const Group &g = m_groups[size_t(group)];
    switch (role) {
    case Qt::DisplayRole:
        if (column != Control)
            return {};
        if (g.key == ownGroupKey())
            return g.rows.empty() ? tr("Own controls (none yet: add controls beyond Annex A here, clause 6.1.3 c)")
                                  : tr("Own controls (%1)").arg(g.rows.size());
        return tr("%1 controls (%2)").arg(g.name).arg(g.rows.size());
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsGroupRole:
        return true;
    case GroupKeyRole:
        return g.key;
    case ThemeCodeRole:
        return g.key == ownGroupKey() ? QString() : g.key;
    default:
        return {};
    }
}

QVariant SoaModel::displayValue(const SoaEntry &e, int column) const
{
    switch (Column(column)) {
    case Control:
        return e.controlRef;
    case Title:
        return e.title;
    case ApplicabilityColumn:
        return applicabilityLabel(e.applicability);
    case ReasonsColumn:
        return shortReasons(e.reasons).join(QStringLiteral(", "));
    case StatusColumn:
        return statusLabel(e.status);
    case OwnerColumn:
        return e.owner;
    case TargetDateColumn:
        return e.targetDate.isValid() ? e.targetDate.toString(Qt::ISODate) : QString();
    case LastReviewedColumn:
        return e.lastReviewed.isValid() ? e.lastReviewed.toString(Qt::ISODate) : QString();
    case ReasonNarrativeColumn:
        return firstLine(e.reasonNarrative);
    case JustificationColumn:
        return firstLine(e.exclusionJustification);
    case ImplementationColumn:
        return firstLine(e.implementation);
    case ReferencesColumn:
        return e.references.join(QStringLiteral("; "));
    default:
        return derivedValue(e, column);
    }
}

QVariant SoaModel::derivedValue(const SoaEntry &e, int column) const
{
    if (column >= ControlTypeColumn && column <= DomainsColumn) {
        if (e.own)
            return QString();
        const CatalogControl *c = m_document->catalog().control(e.controlRef);
        return c ? attributeList(c->attributes[int(AttributeColumns[column - ControlTypeColumn])]) : QString();
    }
    if (column == LinkedRisksColumn) {
        // More than fit in a cell are counted, not listed.
        constexpr size_t MaxListed = 12;
        const std::vector<LinkedRisk> &risks = linkedRisks(e.id);
        QStringList parts;
        for (size_t i = 0; i < risks.size() && i < MaxListed; ++i) {
            const LinkedRisk &r = risks[i];
            parts << (r.residualLevel.isEmpty() ? r.reference : tr("%1 (%2)").arg(r.reference, r.residualLevel));
        }
        if (risks.size() > MaxListed)
            return tr("%1 and %n more", nullptr, int(risks.size() - MaxListed)).arg(parts.join(QStringLiteral(", ")));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

QString SoaModel::searchText(const SoaEntry &e) const
{
    QStringList parts{e.controlRef, e.title, e.owner, e.reasonNarrative, e.exclusionJustification,
                      e.implementation, e.references.join(QLatin1Char(' ')), e.controlDescription};
    if (!e.own) {
        if (const CatalogControl *c = m_document->catalog().control(e.controlRef))
            parts << c->description << c->annexATitle;
    }
    for (const LinkedRisk &r : linkedRisks(e.id))
        parts << r.reference;
    return parts.join(QLatin1Char('\n')).toLower();
}

QVariant SoaModel::entryData(const SoaEntry &e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(e, column);
    case Qt::EditRole:
        switch (Column(column)) {
        case ApplicabilityColumn:
            return applicabilityKey(e.applicability);
        case ReasonsColumn:
            return reasonsToKeys(e.reasons);
        case StatusColumn:
            return statusKey(e.status);
        case TargetDateColumn:
            return e.targetDate;
        case LastReviewedColumn:
            return e.lastReviewed;
        case ReasonNarrativeColumn:
            return e.reasonNarrative;
        case JustificationColumn:
            return e.exclusionJustification;
        case ImplementationColumn:
            return e.implementation;
        case ReferencesColumn:
            return e.references.join(QLatin1Char('\n'));
        default:
            return displayValue(e, column);
        }
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Title:
            return data(indexOfEntry(e.id), DescriptionRole);
        case ReasonsColumn:
            return reasonLabels(e.reasons).join(QLatin1Char('\n'));
        case StatusColumn:
            return e.applicability == Applicability::NotApplicable
                ? tr("Excluded controls are not applicable; change the decision to change the status.")
                : QVariant();
        case ReasonNarrativeColumn:
            return e.reasonNarrative;
        case JustificationColumn:
            return e.exclusionJustification;
        case ImplementationColumn:
            return e.implementation;
        case ReferencesColumn:
            return e.references.join(QLatin1Char('\n'));
        case LinkedRisksColumn: {
            constexpr size_t MaxLines = 20;
            const std::vector<LinkedRisk> &risks = linkedRisks(e.id);
            QStringList lines;
            for (size_t i = 0; i < risks.size() && i < MaxLines; ++i) {
                const LinkedRisk &r = risks[i];
                lines << (r.residualLevel.isEmpty() ? tr("%1 %2 (residual risk not rated)").arg(r.reference, r.title)
                                                    : tr("%1 %2 (residual %3)").arg(r.reference, r.title, r.residualLevel));
            }
            if (risks.size() > MaxLines)
                lines << tr("… and %n more", nullptr, int(risks.size() - MaxLines));
            if (lines.isEmpty())
                return tr("No risk treatment plans this control.");
            if (e.applicability == Applicability::NotApplicable)
                lines << tr("Excluded, but these risks' treatment relies on it.");
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (column == ApplicabilityColumn)
            return decisionBackground(e.applicability);
        if (column == StatusColumn && e.applicability != Applicability::Undecided)
            return statusBackground(e.status);
        // Excluded although risk treatments rely on it: a contradiction to resolve.
        if (column == LinkedRisksColumn && e.applicability == Applicability::NotApplicable
            && !linkedRisks(e.id).empty())
            return QBrush(QColor(250, 222, 218));
        return {};
    case Qt::ForegroundRole:
        // Pale text where there is nothing to do.
        if (e.applicability == Applicability::NotApplicable && column != Control && column != Title
            && column != ApplicabilityColumn && column != JustificationColumn && column != LinkedRisksColumn)
            return QBrush(QColor(120, 120, 120));
        return {};
    case EntryIdRole:
        return e.id;
    case IsGroupRole:
        return false;
    case GroupKeyRole:
        return e.own ? ownGroupKey() : e.themeCode;
    case OwnControlIdRole:
        return e.ownControlId;
    case ThemeCodeRole:
        return e.themeCode;
    case ApplicabilityKeyRole:
        return applicabilityKey(e.applicability);
    case StatusKeyRole:
        return statusKey(e.status);
    case OwnerRole:
        return e.owner;
    case AttributesRole: {
        QStringList out;
        if (const CatalogControl *c = e.own ? nullptr : m_document->catalog().control(e.controlRef)) {
            for (int kind = 0; kind < AttributeKindCount; ++kind) {
                for (const QString &value : c->attributes[kind])
                    out << attributeKindKey(AttributeKind(kind)) + QLatin1Char(':') + value;
            }
        }
        return out;
    }
    case SearchTextRole:
        return searchText(e);
    case DescriptionRole:
        if (e.own)
            return e.controlDescription;
        if (const CatalogControl *c = m_document->catalog().control(e.controlRef))
            return c->description;
        return {};
    case GuidanceRole:
        if (const CatalogControl *c = e.own ? nullptr : m_document->catalog().control(e.controlRef))
            return c->guidance;
        return {};
    case LinkedRiskIdsRole: {
        QVariantList ids;
        for (const LinkedRisk &r : linkedRisks(e.id))
            ids << r.id;
        return ids;
    }
    default:
        return {};
    }
}

int SoaModel::fieldOfColumn(int column)
{
    switch (Column(column)) {
    case ApplicabilityColumn:
        return SoaEntry::ApplicabilityField;
    case ReasonsColumn:
        return SoaEntry::Reasons;
    case StatusColumn:
        return SoaEntry::Status;
    case OwnerColumn:
        return SoaEntry::Owner;
    case TargetDateColumn:
        return SoaEntry::TargetDate;
    case LastReviewedColumn:
        return SoaEntry::LastReviewed;
    case ReasonNarrativeColumn:
        return SoaEntry::ReasonNarrative;
    case JustificationColumn:
        return SoaEntry::ExclusionJustification;
    case ImplementationColumn:
        return SoaEntry::Implementation;
    case ReferencesColumn:
        return SoaEntry::References;
    default:
        return -1;
    }
}

int SoaModel::columnOfField(int field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldOfColumn(column) == field)
            return column;
    }
    return -1;
}

bool SoaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const SoaEntry *e = entryAt(index);
    if (!e || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // Copies: the command's change notification replaces the row the pointer is in.
    const qint64 entryId = e->id;
    const qint64 ownId = e->ownControlId;
    if (index.column() == Control)
        return m_document->soa().setOwnControlValue(ownId, OwnControl::Reference, value);
    if (index.column() == Title)
        return m_document->soa().setOwnControlValue(ownId, OwnControl::Title, value);
    return m_document->soa().setValue(entryId, fieldOfColumn(index.column()), value);
}

Qt::ItemFlags SoaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const SoaEntry *e = entryAt(index);
    if (!e || m_document->isReadOnly())
        return f;
    if (index.column() == Control || index.column() == Title)
        return e->own ? f | Qt::ItemIsEditable : f;
    const int field = fieldOfColumn(index.column());
    if (field < 0)
        return f;
    if (field == SoaEntry::Status && e->applicability == Applicability::NotApplicable)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant SoaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Control:
        return tr("Control");
    case Title:
        return tr("Title");
    case ApplicabilityColumn:
        return role == Qt::ToolTipRole ? tr("Is the control applicable? (clause 6.1.3 d)") : tr("Applicable");
    case ReasonsColumn:
        return role == Qt::ToolTipRole ? tr("Why the control is included") : tr("Reasons");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case TargetDateColumn:
        return tr("Target date");
    case LastReviewedColumn:
        return tr("Last reviewed");
    case ReasonNarrativeColumn:
        return fieldLabel(Entity::SoaEntry, SoaEntry::ReasonNarrative);
    case JustificationColumn:
        return fieldLabel(Entity::SoaEntry, SoaEntry::ExclusionJustification);
    case ImplementationColumn:
        return fieldLabel(Entity::SoaEntry, SoaEntry::Implementation);
    case ReferencesColumn:
        return fieldLabel(Entity::SoaEntry, SoaEntry::References);
    case ControlTypeColumn:
        return attributeKindName(AttributeKind::ControlType);
    case PropertiesColumn:
        return attributeKindName(AttributeKind::Property);
    case ConceptsColumn:
        return attributeKindName(AttributeKind::Concept);
    case CapabilitiesColumn:
        return attributeKindName(AttributeKind::Capability);
    case DomainsColumn:
        return attributeKindName(AttributeKind::Domain);
    case LinkedRisksColumn:
        return role == Qt::ToolTipRole ? tr("The risks whose treatment plans this control, with their residual level "
                                            "(from the risk register; double-click to open one)")
                                       : tr("Linked risks");
    case ColumnCount:
        break;
    }
    return {};
}

bool SoaModel::locate(qint64 entryId, int *group, int *row) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<SoaEntry> &rows = m_groups[g].rows;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].id == entryId) {
                *group = int(g);
                *row = int(r);
                return true;
            }
        }
    }
    return false;
}

QModelIndex SoaModel::indexOfEntry(qint64 entryId, int column) const
{
    int group = 0, row = 0;
    if (!locate(entryId, &group, &row))
        return {};
    return createIndex(row, column, quintptr(group) + 1);
}

QModelIndex SoaModel::indexOfOwnControl(qint64 ownControlId, int column) const
{
    const size_t own = m_groups.size() - 1;
    const std::vector<SoaEntry> &rows = m_groups[own].rows;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].ownControlId == ownControlId)
            return createIndex(int(r), column, quintptr(own) + 1);
    }
    return {};
}

QModelIndex SoaModel::groupIndex(const QString &key) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].key == key)
            return createIndex(int(g), 0, GroupId);
    }
    return {};
}

QStringList SoaModel::owners() const
{
    QSet<QString> seen;
    QStringList out;
    for (const Group &g : m_groups) {
        for (const SoaEntry &e : g.rows) {
            if (!e.owner.isEmpty() && !seen.contains(e.owner)) {
                seen.insert(e.owner);
                out << e.owner;
            }
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void SoaModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        reload();
        return;
    }
    // The linked risks follow the register: a risk added, deleted (and back on undo),
    // or a change of what the cell shows of it.
    if (change.entity == Entity::Risk) {
        const bool shown = change.kind != Change::Kind::Updated || change.field == Risk::PlannedControls
            || change.field == Risk::Reference || change.field == Risk::Title
            || change.field == Risk::ResidualLikelihood || change.field == Risk::ResidualImpact;
        if (shown)
            emitLinkedRisksChanged(updateLinksOfRisk(change.id, change.kind == Change::Kind::Removed));
        return;
    }
    if (change.entity == Entity::RiskMethod) {
        // Every residual level may have moved.
        reloadLinks();
        QList<qint64> all;
        for (const Group &g : m_groups) {
            for (const SoaEntry &e : g.rows)
                all << e.id;
        }
        emitLinkedRisksChanged(all);
        return;
    }
    if (change.entity == Entity::SoaEntry && change.kind == Change::Kind::Updated) {
        int group = 0, row = 0;
        const std::optional<SoaEntry> fresh = m_document->soa().entry(change.id);
        if (!fresh || !locate(change.id, &group, &row))
            return;
        m_groups[size_t(group)].rows[size_t(row)] = *fresh;
        const int column = columnOfField(change.field);
        if (column < 0)
            return;
        const QModelIndex cell = createIndex(row, column, quintptr(group) + 1);
        Q_EMIT dataChanged(cell, cell);
        // A decision decides whether the status can be edited.
        if (change.field == SoaEntry::ApplicabilityField) {
            const QModelIndex status = createIndex(row, StatusColumn, quintptr(group) + 1);
            Q_EMIT dataChanged(status, status);
        }
        return;
    }
    if (change.entity != Entity::OwnControl)
        return;
    const int own = int(m_groups.size()) - 1;
    std::vector<SoaEntry> &rows = m_groups[size_t(own)].rows;
    const QModelIndex ownGroup = createIndex(own, 0, GroupId);
    switch (change.kind) {
    case Change::Kind::Inserted: {
        const std::optional<SoaEntry> fresh =
            m_document->soa().entry(m_document->soaEntries().entryIdForOwnControl(change.id));
        if (!fresh)
            return;
        // Own controls are kept in the order they were added, as the store reads them.
        int row = 0;
        while (row < int(rows.size()) && rows[size_t(row)].ownControlId < change.id)
            ++row;
        beginInsertRows(ownGroup, row, row);
        rows.insert(rows.begin() + row, *fresh);
        endInsertRows();
        Q_EMIT dataChanged(ownGroup, ownGroup);
        break;
    }
    case Change::Kind::Removed: {
        const QModelIndex at = indexOfOwnControl(change.id);
        if (!at.isValid())
            return;
        // Its links went with it (the risks were changed first, in the same step).
        const qint64 entryId = rows[size_t(at.row())].id;
        m_linkedRisks.remove(entryId);
        for (QList<qint64> &entries : m_entriesOfRisk)
            entries.removeAll(entryId);
        beginRemoveRows(ownGroup, at.row(), at.row());
        rows.erase(rows.begin() + at.row());
        endRemoveRows();
        Q_EMIT dataChanged(ownGroup, ownGroup);
        break;
    }
    case Change::Kind::Updated: {
        const QModelIndex at = indexOfOwnControl(change.id);
        const std::optional<SoaEntry> fresh =
            m_document->soa().entry(m_document->soaEntries().entryIdForOwnControl(change.id));
        if (!at.isValid() || !fresh)
            return;
        rows[size_t(at.row())] = *fresh;
        // The reference and title are columns; theme and description feed roles.
        const int column = change.field == OwnControl::Reference ? Control
                           : change.field == OwnControl::Title   ? Title
                                                                 : -1;
        if (column >= 0)
            Q_EMIT dataChanged(index(at.row(), column, ownGroup), index(at.row(), column, ownGroup));
        else
            Q_EMIT dataChanged(index(at.row(), 0, ownGroup), index(at.row(), ColumnCount - 1, ownGroup));
        break;
    }
    case Change::Kind::Reset:
        break;
    }
}

} // namespace rampart
