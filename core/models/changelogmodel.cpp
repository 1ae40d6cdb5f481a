#include "changelogmodel.h"

#include "document.h"

#include <QLocale>

namespace rampart {

ChangeLogModel::ChangeLogModel(Document *document, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_limit(limit)
    , m_entries(document->changeLog().latest(limit))
{
    connect(document, &Document::changed, this, &ChangeLogModel::reload);
}

void ChangeLogModel::reload()
{
    beginResetModel();
    m_entries = m_document->changeLog().latest(m_limit);
    endResetModel();
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ChangeLogEntry &e = m_entries[size_t(index.row())];
    auto shorten = [role](const QVariant &v) {
        if (v.isNull())
            return QString();
        const QString text = v.toString();
        return role == Qt::DisplayRole && text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
    };
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return e.changedBy;
    case What: {
        const QString label = m_document->entityLabelForKey(e.entity);
        return e.rowReference.isEmpty() ? label : QStringLiteral("%1 %2").arg(label, e.rowReference);
    }
    case Field:
        return m_document->fieldLabelForKey(e.entity, e.field);
    case OldValue:
        return shorten(e.oldValue);
    case NewValue:
        return shorten(e.newValue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("Record");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rampart
