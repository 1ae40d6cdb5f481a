#include "assetmodel.h"

#include "document.h"
#include "domain/fields.h"
#include "stores/assetstore.h"

#include <algorithm>
#include <utility>

namespace rampart {

AssetModel::AssetModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->assets().all())
    , m_riskCounts(document->assets().riskCounts())
{
    connect(document, &Document::changed, this, &AssetModel::onChanged);
}

int AssetModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Reference:
        return Asset::Reference;
    case Name:
        return Asset::Name;
    case Type:
        return Asset::Type;
    case Owner:
        return Asset::Owner;
    case Location:
        return Asset::Location;
    case Confidentiality:
        return Asset::Confidentiality;
    case Integrity:
        return Asset::Integrity;
    case Availability:
        return Asset::Availability;
    case Description:
        return Asset::Description;
    case Risks:
    case ColumnCount:
        break;
    }
    return -1;
}

int AssetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Asset &a = m_rows[size_t(index.row())];
    const RiskMethod &method = m_document->riskMethod();
    const int column = index.column();
    auto scaleValue = [&](int column) {
        return column == Confidentiality ? a.confidentiality : column == Integrity ? a.integrity : a.availability;
    };
    const bool isScale = column == Confidentiality || column == Integrity || column == Availability;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(column)) {
        case Reference:
            return a.reference;
        case Name:
            return a.name;
        case Type:
            return role == Qt::EditRole ? a.type : RiskVocabulary::assetTypeLabel(a.type);
        case Owner:
            return a.owner;
        case Location:
            return a.location;
        case Confidentiality:
        case Integrity:
        case Availability: {
            const int v = scaleValue(column);
            if (role == Qt::EditRole)
                return v > 0 ? QVariant(v) : QVariant();
            return method.valueText(RiskMethod::Axis::Impact, v);
        }
        case Risks:
            return m_riskCounts.value(a.id, 0);
        case Description:
            return a.description;
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return a.id;
    case FieldRole:
        return fieldOf(column);
    case AxisRole:
        return isScale ? int(RiskMethod::Axis::Impact) : -1;
    case Qt::ToolTipRole:
        if (isScale) {
            const int v = scaleValue(column);
            return v > 0 ? method.scale(RiskMethod::Axis::Impact)[size_t(v - 1)].description : tr("Not rated");
        }
        if (column == Description || column == Name)
            return column == Name ? a.name : a.description;
        return {};
    case Qt::TextAlignmentRole:
        return column == Risks ? QVariant(int(Qt::AlignCenter)) : QVariant();
    default:
        return {};
    }
}

bool AssetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int field = fieldOf(index.column());
    return field >= 0 && m_document->setValue(Entity::Asset, m_rows[size_t(index.row())].id, field, value);
}

Qt::ItemFlags AssetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) >= 0 && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AssetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= Confidentiality && section <= Availability)
        return tr("Value on the impact scale if this property of the asset is lost");
    if (role != Qt::DisplayRole)
        return {};
    if (section == Risks)
        return tr("Risks");
    const int field = fieldOf(section);
    return field >= 0 ? QVariant(fieldLabel(Entity::Asset, field)) : QVariant();
}

qint64 AssetModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

int AssetModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const Asset *AssetModel::assetAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

qint64 AssetModel::addAsset(const QString &name)
{
    Asset a;
    a.reference = m_document->assets().nextReference();
    a.name = name.isEmpty() ? tr("New asset") : name;
    a.type = QStringLiteral("information");
    QVariantList snapshot = AssetStore::snapshotOf(a);
    snapshot.removeLast();  // no uid: the store gives one
    return m_document->addRow(Entity::Asset, snapshot, tr("Add asset"));
}

bool AssetModel::removeAssets(const QList<int> &rows)
{
    QList<qint64> ids;
    for (int row : rows) {
        if (const qint64 id = idAt(row))
            ids << id;
    }
    return m_document->removeRows(Entity::Asset, ids,
                                  ids.size() == 1 ? tr("Delete asset") : tr("Delete %n assets", nullptr, int(ids.size())));
}

void AssetModel::reload()
{
    beginResetModel();
    m_rows = m_document->assets().all();
    m_riskCounts = m_document->assets().riskCounts();
    endResetModel();
}

void AssetModel::recountRisks()
{
    const QHash<qint64, int> before = std::exchange(m_riskCounts, m_document->assets().riskCounts());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const qint64 id = m_rows[i].id;
        if (before.value(id) != m_riskCounts.value(id))
            Q_EMIT dataChanged(index(int(i), Risks), index(int(i), Risks));
    }
}

void AssetModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset && (change.entity == Entity::Document || change.entity == Entity::Asset)) {
        reload();
        return;
    }
    if (change.entity == Entity::RiskMethod) {
        // Values may have moved to a resized impact scale.
        m_rows = m_document->assets().all();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (change.entity == Entity::Risk) {
        if (change.kind != Change::Kind::Updated || change.field == Risk::Assets)
            recountRisks();
        return;
    }
    if (change.entity != Entity::Asset)
        return;
    switch (change.kind) {
    case Change::Kind::Updated: {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        m_rows[size_t(row)] = m_document->assets().read(change.id);
        for (int column = 0; column < ColumnCount; ++column) {
            if (fieldOf(column) == change.field)
                Q_EMIT dataChanged(index(row, column), index(row, column));
        }
        break;
    }
    case Change::Kind::Inserted: {
        const Asset a = m_document->assets().read(change.id);
        if (a.id == 0 || rowOf(a.id) >= 0)
            return;
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), a.id,
                                         [](const Asset &x, qint64 id) { return x.id < id; });
        const int row = int(it - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(it, a);
        endInsertRows();
        // Undo of a delete brings back links too.
        recountRisks();
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
