#include "riskactionmodel.h"

#include "clock.h"
#include "document.h"
#include "domain/fields.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace rampart {

namespace {
const QColor OverdueBackground(255, 205, 210);
}

RiskActionModel::RiskActionModel(Document *document, qint64 riskId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_riskId(riskId)
    , m_rows(document->riskActions().rows(riskId))
{
    connect(document, &Document::changed, this, &RiskActionModel::onChanged);
}

int RiskActionModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Risk:
        return RiskAction::RiskId;
    case Title:
        return RiskAction::Title;
    case Owner:
        return RiskAction::Owner;
    case DueOn:
        return RiskAction::DueOn;
    case Status:
        return RiskAction::Status;
    case Effort:
        return RiskAction::Effort;
    case CompletedOn:
        return RiskAction::CompletedOn;
    case RiskTitle:
    case ColumnCount:
        break;
    }
    return -1;
}

void RiskActionModel::setRiskId(qint64 riskId)
{
    if (riskId == m_riskId)
        return;
    m_riskId = riskId;
    reload();
}

int RiskActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskActionRow &row = m_rows[size_t(index.row())];
    const RiskAction &a = row.action;
    const bool overdue = a.isOverdue(today());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Risk:
            return row.riskReference;
        case RiskTitle:
            return row.riskTitle;
        case Title:
            return a.title;
        case Owner:
            return a.owner;
        case DueOn:
            return a.dueOn;
        case Status:
            return role == Qt::EditRole ? a.status : RiskVocabulary::actionStatusLabel(a.status);
        case Effort:
            return a.effort;
        case CompletedOn:
            return a.completedOn;
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return a.id;
    case RiskIdRole:
        return a.riskId;
    case OverdueRole:
        return overdue;
    case FieldRole:
        return fieldOf(index.column());
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(OverdueBackground)) : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(Qt::black);
        // Finished work steps back.
        return a.isOpen() ? QVariant() : QVariant(QBrush(QColor(120, 120, 120)));
    case Qt::FontRole:
        if (overdue && index.column() == DueOn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: due %1 and not done").arg(a.dueOn);
        if (index.column() == Title || index.column() == RiskTitle)
            return index.column() == Title ? a.title : row.riskTitle;
        return {};
    default:
        return {};
    }
}

bool RiskActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int field = fieldOf(index.column());
    if (field < 0)
        return false;
    // The risk column takes a reference ("R-012"): the store finds the risk.
    const QVariant v = field == RiskAction::RiskId ? QVariant(value.toString()) : value;
    return m_document->setValue(Entity::RiskAction, m_rows[size_t(index.row())].action.id, field, v);
}

Qt::ItemFlags RiskActionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) >= 0 && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RiskTitle)
        return tr("Risk title");
    const int field = fieldOf(section);
    return field >= 0 ? QVariant(fieldLabel(Entity::RiskAction, field)) : QVariant();
}

qint64 RiskActionModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].action.id : 0;
}

int RiskActionModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].action.id == id)
            return int(i);
    }
    return -1;
}

const RiskActionRow *RiskActionModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int RiskActionModel::overdueCount() const
{
    const QDate now = today();
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const RiskActionRow &r) { return r.action.isOverdue(now); }));
}

qint64 RiskActionModel::addAction(qint64 riskId, const QString &title)
{
    if (riskId == 0)
        return 0;
    RiskAction a;
    a.riskId = riskId;
    a.title = title.isEmpty() ? tr("New action") : title;
    a.status = QStringLiteral("planned");
    QVariantList snapshot = RiskActionStore::snapshotOf(a);
    snapshot.removeLast();
    return m_document->addRow(Entity::RiskAction, snapshot, tr("Add treatment action"));
}

bool RiskActionModel::removeActions(const QList<int> &rows)
{
    QList<qint64> ids;
    for (int row : rows) {
        if (const qint64 id = idAt(row))
            ids << id;
    }
    return m_document->removeRows(Entity::RiskAction, ids,
                                  ids.size() == 1 ? tr("Delete treatment action")
                                                  : tr("Delete %n treatment actions", nullptr, int(ids.size())));
}

void RiskActionModel::reload()
{
    beginResetModel();
    m_rows = m_document->riskActions().rows(m_riskId);
    endResetModel();
}

void RiskActionModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset
        && (change.entity == Entity::Document || change.entity == Entity::Risk || change.entity == Entity::RiskAction)) {
        reload();
        return;
    }
    if (change.entity == Entity::Risk) {
        if (change.kind == Change::Kind::Removed) {
            // Its actions went with it.
            for (int row = rowCount() - 1; row >= 0; --row) {
                if (m_rows[size_t(row)].action.riskId == change.id) {
                    beginRemoveRows({}, row, row);
                    m_rows.erase(m_rows.begin() + row);
                    endRemoveRows();
                }
            }
        } else if (change.kind == Change::Kind::Inserted) {
            // A risk coming back (undo) brings its actions back.
            if (m_riskId == 0 || m_riskId == change.id) {
                const std::vector<RiskActionRow> fresh = m_document->riskActions().rows(change.id);
                for (const RiskActionRow &r : fresh) {
                    if (rowOf(r.action.id) >= 0)
                        continue;
                    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), r.action.id,
                                                     [](const RiskActionRow &x, qint64 id) { return x.action.id < id; });
                    const int row = int(it - m_rows.begin());
                    beginInsertRows({}, row, row);
                    m_rows.insert(it, r);
                    endInsertRows();
                }
            }
        } else if (change.kind == Change::Kind::Updated
                   && (change.field == ::rampart::Risk::Reference || change.field == ::rampart::Risk::Title)) {
            for (size_t i = 0; i < m_rows.size(); ++i) {
                if (m_rows[i].action.riskId != change.id)
                    continue;
                m_rows[i] = m_document->riskActions().row(m_rows[i].action.id);
                Q_EMIT dataChanged(index(int(i), Risk), index(int(i), RiskTitle));
            }
        }
        return;
    }
    if (change.entity != Entity::RiskAction)
        return;
    switch (change.kind) {
    case Change::Kind::Updated: {
        const int row = rowOf(change.id);
        RiskActionRow fresh = m_document->riskActions().row(change.id);
        if (m_riskId != 0 && fresh.action.riskId != m_riskId) {
            // Moved to another risk: no longer one of ours.
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.erase(m_rows.begin() + row);
                endRemoveRows();
            }
            return;
        }
        if (row < 0) {
            onChanged({Change::Kind::Inserted, Entity::RiskAction, change.id, -1, fresh.action.riskId});
            return;
        }
        m_rows[size_t(row)] = std::move(fresh);
        // Status and due date decide the overdue look of the whole row.
        if (change.field == RiskAction::Status || change.field == RiskAction::DueOn)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        else if (change.field == RiskAction::RiskId)
            Q_EMIT dataChanged(index(row, Risk), index(row, RiskTitle));
        else {
            for (int column = 0; column < ColumnCount; ++column) {
                if (fieldOf(column) == change.field)
                    Q_EMIT dataChanged(index(row, column), index(row, column));
            }
        }
        break;
    }
    case Change::Kind::Inserted: {
        if (rowOf(change.id) >= 0)
            return;
        RiskActionRow fresh = m_document->riskActions().row(change.id);
        if (fresh.action.id == 0 || (m_riskId != 0 && fresh.action.riskId != m_riskId))
            return;
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), fresh.action.id,
                                         [](const RiskActionRow &x, qint64 id) { return x.action.id < id; });
        const int row = int(it - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(it, std::move(fresh));
        endInsertRows();
        break;
    }
    case Change::Kind::Removed: {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        break;
    }
    case Change::Kind::Reset:
        break;
    }
}

} // namespace rampart
