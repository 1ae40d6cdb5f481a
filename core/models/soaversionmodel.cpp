#include "soaversionmodel.h"

#include "document.h"
#include "soa.h"
#include "stores/soastore.h"

#include <algorithm>

namespace rampart {

namespace {

std::vector<SoaVersion> newestFirst(std::vector<SoaVersion> versions)
{
    std::reverse(versions.begin(), versions.end());
    return versions;
}

} // namespace

SoaVersionModel::SoaVersionModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_versions(newestFirst(document->soa().versions()))
{
    connect(document, &Document::changed, this, &SoaVersionModel::onChanged);
}

int SoaVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int SoaVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SoaVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SoaVersion &v = m_versions[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return tr("Version %1").arg(v.number);
        case ApprovedOn:
            return v.approvedOn.toString(Qt::ISODate);
        case Approver:
            return v.approver;
        case Note:
            return v.note;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(v.note) : QVariant();
    case VersionIdRole:
        return v.id;
    case NumberRole:
        return v.number;
    default:
        return {};
    }
}

QVariant SoaVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Version");
    case ApprovedOn:
        return tr("Approved on");
    case Approver:
        return tr("Approved by");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

qint64 SoaVersionModel::versionId(int row) const
{
    return row >= 0 && row < rowCount() ? m_versions[size_t(row)].id : 0;
}

int SoaVersionModel::rowOf(qint64 versionId) const
{
    for (size_t i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].id == versionId)
            return int(i);
    }
    return -1;
}

void SoaVersionModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        beginResetModel();
        m_versions = newestFirst(m_document->soa().versions());
        endResetModel();
        return;
    }
    if (change.entity != Entity::SoaVersion)
        return;
    if (change.kind == Change::Kind::Inserted) {
        const std::optional<SoaVersion> v = m_document->soaVersions().version(change.id, false);
        if (!v)
            return;
        int row = 0;
        while (row < rowCount() && m_versions[size_t(row)].number > v->number)
            ++row;
        beginInsertRows({}, row, row);
        m_versions.insert(m_versions.begin() + row, *v);
        endInsertRows();
    } else if (change.kind == Change::Kind::Removed) {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_versions.erase(m_versions.begin() + row);
        endRemoveRows();
    }
}

} // namespace rampart
