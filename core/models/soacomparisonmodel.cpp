#include "soacomparisonmodel.h"

#include "document.h"
#include "soa.h"

#include <QBrush>
#include <QTimer>

namespace rampart {

SoaComparisonModel::SoaComparisonModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &SoaComparisonModel::onChanged);
}

int SoaComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SoaComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SoaComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines[size_t(index.row())];
    if (role == Qt::ToolTipRole) {
        if (index.column() == Before)
            return line.before;
        if (index.column() == After)
            return line.after;
        return QStringLiteral("%1 %2").arg(line.controlRef, line.title);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Control:
            return line.controlRef;
        case Title:
            return line.title;
        case Kind:
            return SoaComparison::kindLabel(line.kind);
        case Field:
            // Added and removed controls have no field; say what happened instead, so
            // that a view may leave out the kind column.
            return line.kind == SoaRowDifference::Changed ? line.field : SoaComparison::kindLabel(line.kind);
        case Before:
            return QString(line.before).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case After:
            return QString(line.after).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Kind && line.kind == SoaRowDifference::Added)
            return QBrush(QColor(220, 240, 222));
        if (index.column() == Kind && line.kind == SoaRowDifference::Removed)
            return QBrush(QColor(250, 222, 218));
        return {};
    case EntryIdRole:
        return line.entryId;
    case KindRole:
        return int(line.kind);
    default:
        return {};
    }
}

QVariant SoaComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Control:
        return tr("Control");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Change");
    case Field:
        return tr("Field");
    case Before:
        return m_versionNumber > 0 ? tr("In version %1").arg(m_versionNumber) : tr("Before");
    case After:
        return tr("Now");
    case ColumnCount:
        break;
    }
    return {};
}

void SoaComparisonModel::setVersion(qint64 versionId)
{
    m_versionId = versionId;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, Before, Before);
}

void SoaComparisonModel::refresh()
{
    m_refreshQueued = false;
    std::vector<Line> lines;
    int changed = 0;
    m_versionNumber = 0;
    if (m_versionId != 0) {
        if (const std::optional<SoaVersion> v = m_document->soa().version(m_versionId)) {
            m_versionNumber = v->number;
            const std::vector<SoaRowDifference> differences =
                SoaComparison::compare(v->rows, m_document->soa().entries());
            for (const SoaRowDifference &d : differences) {
                ++changed;
                if (d.kind != SoaRowDifference::Changed) {
                    lines.push_back({d.kind, d.controlRef, d.title, d.entryId, {}, {}, {}});
                    continue;
                }
                for (const SoaFieldChange &c : d.changes)
                    lines.push_back({d.kind, d.controlRef, d.title, d.entryId, c.label, c.before, c.after});
            }
        } else {
            m_versionId = 0;
        }
    }
    beginResetModel();
    m_lines = std::move(lines);
    m_changedControls = changed;
    endResetModel();
}

void SoaComparisonModel::onChanged(const Change &change)
{
    if (m_versionId == 0 || m_refreshQueued)
        return;
    if (change.kind != Change::Kind::Reset && change.entity != Entity::SoaEntry && change.entity != Entity::OwnControl
        && change.entity != Entity::SoaVersion)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

} // namespace rampart
