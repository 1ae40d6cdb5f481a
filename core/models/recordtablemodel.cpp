#include "recordtablemodel.h"

#include "document.h"
#include "domain/fields.h"
#include "stores/tablestore.h"

namespace rampart {

RecordTableModel::RecordTableModel(Document *document, Entity entity, const QList<int> &fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_entity(entity)
    , m_fields(fields)
    , m_today(QDate::currentDate())
{
    connect(document, &Document::changed, this, &RecordTableModel::onChanged);
}

TableStore &RecordTableModel::store() const
{
    return *m_document->table(m_entity);
}

void RecordTableModel::showChildrenOf(int linkField, qint64 parentId)
{
    m_linkField = linkField;
    m_parentId = parentId;
    reload();
}

void RecordTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::reload()
{
    beginResetModel();
    if (m_linkField < 0)
        m_rows = store().all();
    else if (m_parentId > 0)
        m_rows = store().linkedTo(m_linkField, m_parentId);
    else
        m_rows.clear();
    endResetModel();
}

bool RecordTableModel::belongs(const Record &record) const
{
    return m_linkField < 0 || (m_parentId > 0 && record.link(m_linkField) == m_parentId);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

qint64 RecordTableModel::rowId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const Record *RecordTableModel::record(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Record &r = m_rows[size_t(index.row())];
    const int field = fieldOf(index.column());
    if (field < 0)
        return computed(r, index.column(), role);
    const TableStore::Kind kind = store().kind(field);
    switch (role) {
    case Qt::DisplayRole:
        if (kind == TableStore::Kind::Choice)
            return Choices::name(store().choices(field), r.text(field));
        if (kind == TableStore::Kind::Number)
            return r.number(field);
        if (kind == TableStore::Kind::Link)
            return computed(r, index.column(), role);
        return r.text(field);
    case Qt::EditRole:
    case KeyRole:
        // A link is shown by what it points at (a reference), never by its row id.
        if (kind == TableStore::Kind::Link)
            return computed(r, index.column(), Qt::DisplayRole);
        return kind == TableStore::Kind::Number ? QVariant(r.number(field)) : QVariant(r.text(field));
    case SortRole:
        if (kind == TableStore::Kind::Number)
            return r.number(field);
        if (kind == TableStore::Kind::Choice)
            return int(Choices::keys(store().choices(field)).indexOf(r.text(field)));
        return r.text(field);
    case Qt::ToolTipRole:
        if (kind == TableStore::Kind::Text && !r.text(field).isEmpty())
            return r.text(field);
        return computed(r, index.column(), role);
    case ChoiceSetRole:
        return kind == TableStore::Kind::Choice ? QVariant(int(store().choices(field))) : QVariant();
    case EditorRole:
        switch (kind) {
        case TableStore::Kind::Choice:
            return QStringLiteral("choice");
        case TableStore::Kind::Date:
            return QStringLiteral("date");
        case TableStore::Kind::Time:
            return QStringLiteral("time");
        default:
            return isMultiline(field) ? QStringLiteral("multiline") : QStringLiteral("text");
        }
    default:
        return computed(r, index.column(), role);
    }
}

QVariant RecordTableModel::computed(const Record &, int, int) const
{
    return {};
}

QString RecordTableModel::computedHeader(int) const
{
    return {};
}

bool RecordTableModel::isEditable(int field) const
{
    const TableStore::Kind kind = store().kind(field);
    return kind != TableStore::Kind::Link && kind != TableStore::Kind::Number;
}

bool RecordTableModel::isMultiline(int) const
{
    return false;
}

QList<int> RecordTableModel::dependentColumns(int) const
{
    return {};
}

void RecordTableModel::otherChanged(const Change &)
{
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int field = fieldOf(index.column());
    if (field < 0 || !isEditable(field))
        return false;
    return m_document->setValue(m_entity, m_rows[size_t(index.row())].id, field, value);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int field = fieldOf(index.column());
    if (index.isValid() && field >= 0 && isEditable(field) && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount()) {
        const int field = fieldOf(section);
        return field >= 0 ? fieldLabel(m_entity, field) : computedHeader(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 RecordTableModel::addRecord(QVariantList snapshot, const QString &commandText)
{
    while (snapshot.size() < store().fieldCount())
        snapshot << QVariant();
    if (m_linkField >= 0)
        snapshot[m_linkField] = m_parentId;
    return m_document->addRow(m_entity, snapshot, commandText);
}

bool RecordTableModel::removeRecord(int row, const QString &commandText)
{
    const qint64 id = rowId(row);
    return id != 0 && m_document->removeRow(m_entity, id, commandText);
}

void RecordTableModel::emitColumnChanged(int row, int column)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    const QModelIndex cell = index(row, column);
    Q_EMIT dataChanged(cell, cell);
}

int RecordTableModel::insertPosition(qint64 id) const
{
    // Where the store's order puts the row, among the rows shown.
    const std::vector<Record> ordered =
        m_linkField < 0 ? store().all() : store().linkedTo(m_linkField, m_parentId);
    int position = 0;
    for (const Record &r : ordered) {
        if (r.id == id)
            return qMin(position, rowCount());
        if (rowOf(r.id) >= 0)
            ++position;
    }
    return rowCount();
}

void RecordTableModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        reload();
        return;
    }
    if (change.entity != m_entity) {
        otherChanged(change);
        return;
    }
    const int row = rowOf(change.id);
    switch (change.kind) {
    case Change::Kind::Updated: {
        const std::optional<Record> fresh = store().record(change.id);
        if (row >= 0 && (!fresh || !belongs(*fresh))) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
            return;
        }
        if (row < 0) {
            if (fresh && belongs(*fresh)) {
                const int at = insertPosition(change.id);
                beginInsertRows({}, at, at);
                m_rows.insert(m_rows.begin() + at, *fresh);
                endInsertRows();
            }
            return;
        }
        m_rows[size_t(row)] = *fresh;
        const int column = columnOf(change.field);
        if (column >= 0)
            emitColumnChanged(row, column);
        for (int dependent : dependentColumns(change.field))
            emitColumnChanged(row, dependent);
        break;
    }
    case Change::Kind::Inserted: {
        const std::optional<Record> fresh = store().record(change.id);
        if (row >= 0 || !fresh || !belongs(*fresh))
            return;
        const int at = insertPosition(change.id);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, *fresh);
        endInsertRows();
        break;
    }
    case Change::Kind::Removed:
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        break;
    case Change::Kind::Reset:
        break;
    }
}

} // namespace rampart
