#include "registermodel.h"

#include "document.h"

#include <QBrush>
#include <QLocale>

namespace rampart {

namespace {

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

} // namespace

RegisterModel::RegisterModel(Document *document, Entity entity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_store(document->registerStore(entity))
    , m_today(QDate::currentDate())
{
    Q_ASSERT(m_store);
    m_rows = m_store->rows();
    reloadLinkNames();
    connect(document, &Document::changed, this, &RegisterModel::onChanged);
}

void RegisterModel::setParentFilter(qint64 parentId)
{
    if (m_parent == parentId)
        return;
    m_parent = parentId;
    reload();
}

void RegisterModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, AttentionRole});
}

bool RegisterModel::shows(const RegisterStore::Row &row) const
{
    if (!m_parent)
        return true;
    return *m_parent != 0 && row.values.value(spec().parentField).toLongLong() == *m_parent;
}

void RegisterModel::reload()
{
    beginResetModel();
    if (!m_parent)
        m_rows = m_store->rows();
    else if (*m_parent == 0)
        m_rows.clear();
    else
        m_rows = m_store->rows(*m_parent);
    reloadLinkNames();
    endResetModel();
}

void RegisterModel::reloadLinkNames()
{
    m_linkNames.clear();
    for (int field = 0; field < spec().fieldCount(); ++field) {
        const FieldSpec &f = spec().field(field);
        if (f.type != FieldType::Link)
            continue;
        QHash<qint64, QString> &names = m_linkNames[field];
        if (const RegisterStore *target = m_document->registerStore(f.target)) {
            for (const RegisterStore::Row &row : target->rows())
                names.insert(row.id, target->displayName(row.id));
        }
    }
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : spec().fieldCount();
}

qint64 RegisterModel::rowId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

int RegisterModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QVariant RegisterModel::value(int row, int field) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[size_t(row)].values.value(field);
}

QString RegisterModel::displayText(int row, int field) const
{
    if (field < 0 || field >= spec().fieldCount())
        return {};
    const QVariant v = value(row, field);
    const FieldSpec &f = spec().field(field);
    switch (f.type) {
    case FieldType::Choice:
        return v.isNull() ? QString() : RegisterSpec::choiceLabel(f, v.toString());
    case FieldType::Number:
        return v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldType::Link:
    case FieldType::Parent:
        return v.isNull() ? QString() : m_linkNames.value(field).value(v.toLongLong());
    case FieldType::CodeSet:
        return v.toStringList().join(QStringLiteral(", "));
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Date:
    case FieldType::ClauseKey:
        break;
    }
    return v.toString();
}

QString RegisterModel::attention(int row) const
{
    if (!spec().attention || row < 0 || row >= rowCount())
        return {};
    return spec().attention(m_rows[size_t(row)].values, m_today);
}

int RegisterModel::attentionCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += attention(row).isEmpty() ? 0 : 1;
    return count;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int field = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(displayText(row, field));
    case Qt::EditRole:
        return value(row, field);
    case Qt::ToolTipRole: {
        const QString why = attention(row);
        const QString text = displayText(row, field);
        if (why.isEmpty())
            return text.isEmpty() ? QVariant() : QVariant(text);
        return text.isEmpty() ? why : QStringLiteral("%1\n\n%2").arg(why, text);
    }
    case Qt::BackgroundRole:
        if (!attention(row).isEmpty())
            return QBrush(QColor(255, 236, 179));
        return {};
    case SortRole: {
        const QVariant v = value(row, field);
        if (spec().field(field).type == FieldType::Number)
            return v.isNull() ? QVariant(-1e300) : QVariant(v.toDouble());
        return displayText(row, field).toLower();
    }
    case AttentionRole:
        return attention(row);
    case RowIdRole:
        return rowId(row);
    default:
        return {};
    }
}

bool RegisterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_document->setValue(spec().entity, rowId(index.row()), index.column(), value);
}

Qt::ItemFlags RegisterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->isReadOnly())
        return f;
    const FieldType type = spec().field(index.column()).type;
    if (type != FieldType::Parent && type != FieldType::ClauseKey)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < spec().fieldCount())
        return RegisterSpec::translatedFieldLabel(spec().field(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 RegisterModel::addRecord(const QVariantMap &initial)
{
    const RegisterSpec &s = spec();
    if (s.hasParent() && (!m_parent || *m_parent == 0) && !initial.contains(QLatin1String(s.field(s.parentField).column)))
        return 0;
    QVariantList snapshot;
    for (int field = 0; field < s.fieldCount(); ++field) {
        const FieldSpec &f = s.field(field);
        const QString key = QString::fromLatin1(f.column);
        QVariant v;
        if (initial.contains(key))
            v = initial.value(key);
        else if (f.type == FieldType::Parent && m_parent)
            v = *m_parent;
        else if (f.type == FieldType::Date && f.defaultToday)
            v = QDate::currentDate().toString(Qt::ISODate);
        else if (f.type == FieldType::Choice && f.initial)
            v = QString::fromLatin1(f.initial);
        else if (field == s.titleField && (f.type == FieldType::Text || f.type == FieldType::LongText))
            v = tr("New %1").arg(s.translatedLabel().toLower());
        snapshot << v;
    }
    return m_document->addRow(s.entity, snapshot, tr("Add %1").arg(s.translatedLabel().toLower()));
}

bool RegisterModel::deleteRecord(int row)
{
    const qint64 id = rowId(row);
    if (id == 0)
        return false;
    const QString reference = m_store->referenceOf(id);
    const QString text = reference.isEmpty() ? tr("Delete %1").arg(spec().translatedLabel().toLower())
                                             : tr("Delete %1 %2").arg(spec().translatedLabel().toLower(), reference);
    return m_document->removeRow(spec().entity, id, text);
}

void RegisterModel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        reload();
        return;
    }
    if (change.entity != spec().entity) {
        // A row this register points to changed: its name, or whether it exists.
        for (int field = 0; field < spec().fieldCount(); ++field) {
            const FieldSpec &f = spec().field(field);
            if (f.target != change.entity || m_rows.empty())
                continue;
            if (f.type == FieldType::Link) {
                reloadLinkNames();
                Q_EMIT dataChanged(index(0, field), index(rowCount() - 1, field));
            } else if (f.type == FieldType::CodeSet && change.kind == Change::Kind::Updated) {
                // A renamed document shows under its new reference.
                for (RegisterStore::Row &row : m_rows)
                    row.values[field] = m_store->value(row.id, field);
                Q_EMIT dataChanged(index(0, field), index(rowCount() - 1, field));
            }
        }
        return;
    }
    switch (change.kind) {
    case Change::Kind::Updated: {
        const int row = rowOf(change.id);
        if (row < 0 || change.field < 0 || change.field >= spec().fieldCount())
            return;
        const QString attentionBefore = attention(row);
        m_rows[size_t(row)].values[change.field] = m_store->value(change.id, change.field);
        Q_EMIT dataChanged(index(row, change.field), index(row, change.field));
        if (attention(row) != attentionBefore)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1),
                               {Qt::BackgroundRole, Qt::ToolTipRole, AttentionRole});
        break;
    }
    case Change::Kind::Inserted: {
        RegisterStore::Row inserted = m_store->row(change.id);
        if (inserted.id == 0 || !shows(inserted))
            return;
        // Rows are kept in id order, as the store reads them.
        int row = 0;
        while (row < rowCount() && m_rows[size_t(row)].id < change.id)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, std::move(inserted));
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
