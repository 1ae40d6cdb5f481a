#include "riskscalemodel.h"

#include "document.h"

namespace rampart {

RiskScaleModel::RiskScaleModel(Document *document, RiskMethod::Axis axis, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_axis(axis)
    , m_rows(document->riskMethod().count(axis))
{
    connect(document, &Document::changed, this, &RiskScaleModel::onChanged);
}

int RiskScaleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RiskScaleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskScaleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &scale = m_document->riskMethod().scale(m_axis);
    if (index.row() >= int(scale.size()))
        return {};
    const ScaleLevel &level = scale[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Value:
            return level.value;
        case Label:
            return level.label;
        case Description:
            return level.description;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Description)
        return level.description;
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignCenter);
    return {};
}

bool RiskScaleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == Value)
        return false;
    RiskMethod method = m_document->riskMethod();
    ScaleLevel &level = method.scale(m_axis)[size_t(index.row())];
    if (index.column() == Label)
        level.label = value.toString().trimmed();
    else
        level.description = value.toString();
    return m_document->setRiskMethod(method, m_axis == RiskMethod::Axis::Likelihood
                                                 ? tr("Change the likelihood scale")
                                                 : tr("Change the impact scale"));
}

Qt::ItemFlags RiskScaleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Value && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskScaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Value:
        return tr("Value");
    case Label:
        return tr("Label");
    case Description:
        return tr("What it means here");
    default:
        return {};
    }
}

bool RiskScaleModel::setLevelCount(int count)
{
    RiskMethod method = m_document->riskMethod();
    if (count < RiskMethod::MinLevels || count > RiskMethod::MaxLevels || count == method.count(m_axis))
        return false;
    method.resize(m_axis, count);
    return m_document->setRiskMethod(method, m_axis == RiskMethod::Axis::Likelihood
                                                 ? tr("Use %n likelihood levels", nullptr, count)
                                                 : tr("Use %n impact levels", nullptr, count));
}

void RiskScaleModel::onChanged(const Change &change)
{
    if (change.entity != Entity::RiskMethod && !(change.kind == Change::Kind::Reset && change.entity == Entity::Document))
        return;
    const int count = m_document->riskMethod().count(m_axis);
    if (count != m_rows) {
        beginResetModel();
        m_rows = count;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace rampart
