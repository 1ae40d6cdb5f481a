#include "organisationmodel.h"

#include "document.h"
#include "domain/fields.h"
#include "stores/organisationstore.h"

#include <QBrush>

namespace rampart {

OrganisationModel::OrganisationModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_organisation(document->organisation().read())
{
    connect(document, &Document::changed, this, &OrganisationModel::onChanged);
}

int OrganisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Organisation::FieldCount;
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const QVariant value = OrganisationStore::fieldValue(m_organisation, index.column());
        if (role == Qt::EditRole && index.column() == Organisation::Headcount)
            return value.isNull() ? QVariant(0) : value;
        return value;
    }
    return {};
}

bool OrganisationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return m_document->setValue(Entity::Organisation, Organisation::RowId, index.column(), value);
}

Qt::ItemFlags OrganisationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fieldLabel(Entity::Organisation, section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void OrganisationModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        beginResetModel();
        m_organisation = m_document->organisation().read();
        endResetModel();
        return;
    }
    if (change.entity != Entity::Organisation)
        return;
    m_organisation = m_document->organisation().read();
    const QModelIndex cell = index(0, change.field);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole});
}

ScopeExclusionModel::ScopeExclusionModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->scopeExclusions().all())
{
    connect(document, &Document::changed, this, &ScopeExclusionModel::onChanged);
}

int ScopeExclusionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeExclusionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ScopeExclusion::FieldCount;
}

QVariant ScopeExclusionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScopeExclusion &row = m_rows[size_t(index.row())];
    const QString text = index.column() == ScopeExclusion::Exclusion ? row.exclusion : row.justification;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        if (index.column() == ScopeExclusion::Justification && text.trimmed().isEmpty())
            return tr("Every exclusion needs a justification (clause 4.3).");
        return text;
    case Qt::BackgroundRole:
        if (index.column() == ScopeExclusion::Justification && text.trimmed().isEmpty())
            return QBrush(QColor(255, 236, 179));
        return {};
    default:
        return {};
    }
}

bool ScopeExclusionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return m_document->setValue(Entity::ScopeExclusion, m_rows[size_t(index.row())].id, index.column(), value);
}

Qt::ItemFlags ScopeExclusionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScopeExclusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fieldLabel(Entity::ScopeExclusion, section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 ScopeExclusionModel::rowId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

int ScopeExclusionModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

qint64 ScopeExclusionModel::addExclusion(const QString &exclusion, const QString &justification)
{
    return m_document->addRow(Entity::ScopeExclusion, {exclusion, justification}, tr("Add scope exclusion"));
}

bool ScopeExclusionModel::removeExclusion(int row)
{
    const qint64 id = rowId(row);
    return id != 0 && m_document->removeRow(Entity::ScopeExclusion, id, tr("Delete scope exclusion"));
}

void ScopeExclusionModel::reload()
{
    beginResetModel();
    m_rows = m_document->scopeExclusions().all();
    endResetModel();
}

void ScopeExclusionModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        reload();
        return;
    }
    if (change.entity != Entity::ScopeExclusion)
        return;
    switch (change.kind) {
    case Change::Kind::Updated: {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        ScopeExclusion &e = m_rows[size_t(row)];
        const QString value = m_document->scopeExclusions().value(change.id, change.field).toString();
        if (change.field == ScopeExclusion::Exclusion)
            e.exclusion = value;
        else
            e.justification = value;
        Q_EMIT dataChanged(index(row, change.field), index(row, change.field));
        break;
    }
    case Change::Kind::Inserted: {
        const QVariantList snapshot = m_document->scopeExclusions().rowSnapshot(change.id);
        // Rows are kept in id order, as the store reads them.
        int row = 0;
        while (row < rowCount() && m_rows[size_t(row)].id < change.id)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row,
                      ScopeExclusion{change.id, snapshot.value(ScopeExclusion::FieldCount).toString(),
                                     snapshot.value(ScopeExclusion::Exclusion).toString(),
                                     snapshot.value(ScopeExclusion::Justification).toString()});
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
