#include "risklevelmodel.h"

#include "document.h"
#include "stores/riskstore.h"

#include <QBrush>
#include <QFont>
#include <QUuid>

namespace rampart {

RiskLevelModel::RiskLevelModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->riskMethod().levels.size()))
{
    connect(document, &Document::changed, this, &RiskLevelModel::onChanged);
    recount();
}

void RiskLevelModel::recount()
{
    m_riskCounts = m_document->risks().countsPerLevel(m_document->riskMethod());
}

int RiskLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RiskLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskLevelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskMethod &method = m_document->riskMethod();
    if (index.row() >= int(method.levels.size()))
        return {};
    const RiskLevel &level = method.levels[size_t(index.row())];
    const bool threshold = index.row() == method.acceptanceLevel;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            if (role == Qt::DisplayRole && threshold)
                return tr("%1 (acceptance threshold)").arg(level.name);
            return level.name;
        case Colour:
            return role == Qt::EditRole ? QVariant(level.colour) : QVariant(level.colour.name());
        case Cells: {
            int cells = 0;
            for (int l : method.matrix)
                cells += l == index.row() ? 1 : 0;
            return cells;
        }
        case Risks:
            return index.row() < int(m_riskCounts.size()) ? m_riskCounts[size_t(index.row())] : 0;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Colour ? QVariant(level.colour) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == Name ? QVariant(QBrush(level.colour)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Name) {
            const QColor c = level.colour;
            return QBrush((c.red() * 299 + c.green() * 587 + c.blue() * 114) / 1000 > 140 ? Qt::black : Qt::white);
        }
        return {};
    case Qt::FontRole:
        if (threshold && index.column() == Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Cells ? QVariant(int(Qt::AlignCenter)) : QVariant();
    default:
        return {};
    }
}

bool RiskLevelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    RiskMethod method = m_document->riskMethod();
    RiskLevel &level = method.levels[size_t(index.row())];
    if (index.column() == Name) {
        level.name = value.toString().trimmed();
    } else if (index.column() == Colour) {
        const QColor colour = value.typeId() == QMetaType::QColor ? value.value<QColor>()
                                                                  : QColor::fromString(value.toString());
        if (!colour.isValid())
            return false;
        level.colour = colour;
    } else {
        return false;
    }
    return m_document->setRiskMethod(method, tr("Change risk level %1").arg(m_document->riskMethod().levelName(index.row())));
}

Qt::ItemFlags RiskLevelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= Colour && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Level");
    case Colour:
        return tr("Colour");
    case Cells:
        return tr("Matrix cells");
    case Risks:
        return tr("Risks now");
    default:
        return {};
    }
}

bool RiskLevelModel::addLevel(const QString &name, const QColor &colour)
{
    RiskMethod method = m_document->riskMethod();
    if (int(method.levels.size()) >= RiskMethod::MaxRiskLevels)
        return false;
    method.levels.push_back({QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), colour});
    return m_document->setRiskMethod(method, tr("Add risk level %1").arg(name.trimmed()));
}

bool RiskLevelModel::removeLevel(int row)
{
    RiskMethod method = m_document->riskMethod();
    const int count = int(method.levels.size());
    if (count <= 1 || row < 0 || row >= count)
        return false;
    const QString name = method.levelName(row);
    const int replacement = row > 0 ? row - 1 : 0;  // after removal, index 0 is the old index 1
    for (int &level : method.matrix) {
        if (level == row)
            level = replacement;
        else if (level > row)
            --level;
    }
    if (method.acceptanceLevel == row)
        method.acceptanceLevel = replacement;
    else if (method.acceptanceLevel > row)
        --method.acceptanceLevel;
    method.levels.erase(method.levels.begin() + row);
    return m_document->setRiskMethod(method, tr("Delete risk level %1").arg(name));
}

bool RiskLevelModel::moveLevel(int row, int delta)
{
    RiskMethod method = m_document->riskMethod();
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= int(method.levels.size()) || other >= int(method.levels.size()) || delta == 0)
        return false;
    std::swap(method.levels[size_t(row)], method.levels[size_t(other)]);
    for (int &level : method.matrix) {
        if (level == row)
            level = other;
        else if (level == other)
            level = row;
    }
    if (method.acceptanceLevel == row)
        method.acceptanceLevel = other;
    else if (method.acceptanceLevel == other)
        method.acceptanceLevel = row;
    return m_document->setRiskMethod(method, tr("Reorder risk levels"));
}

bool RiskLevelModel::setAcceptanceLevel(int row)
{
    RiskMethod method = m_document->riskMethod();
    if (row < 0 || row >= int(method.levels.size()) || row == method.acceptanceLevel)
        return false;
    method.acceptanceLevel = row;
    return m_document->setRiskMethod(method, tr("Change the acceptance threshold"));
}

void RiskLevelModel::onChanged(const Change &change)
{
    const bool methodChanged = change.entity == Entity::RiskMethod
        || (change.kind == Change::Kind::Reset && change.entity == Entity::Document);
    const bool ratingsChanged = change.entity == Entity::Risk
        && (change.kind != Change::Kind::Updated || change.field == Risk::InherentLikelihood
            || change.field == Risk::InherentImpact || change.field == Risk::ResidualLikelihood
            || change.field == Risk::ResidualImpact);
    if (!methodChanged && !ratingsChanged)
        return;
    recount();
    const int count = int(m_document->riskMethod().levels.size());
    if (count != m_rows) {
        beginResetModel();
        m_rows = count;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, methodChanged ? 0 : Risks), index(m_rows - 1, methodChanged ? ColumnCount - 1 : Risks));
}

} // namespace rampart
