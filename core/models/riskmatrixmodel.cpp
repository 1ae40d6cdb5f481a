#include "riskmatrixmodel.h"

#include "document.h"

#include <QBrush>

namespace rampart {

RiskMatrixModel::RiskMatrixModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_likelihoods(document->riskMethod().likelihoodCount())
    , m_impacts(document->riskMethod().impactCount())
{
    connect(document, &Document::changed, this, &RiskMatrixModel::onChanged);
}

int RiskMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_likelihoods;
}

int RiskMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_impacts;
}

QVariant RiskMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskMethod &method = m_document->riskMethod();
    const int l = likelihoodOfRow(index.row());
    const int i = index.column() + 1;
    const int level = method.levelAt(l, i);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(l * i).arg(method.levelName(level));
    case Qt::EditRole:
    case LevelRole:
        return level;
    case LikelihoodRole:
        return l;
    case ImpactRole:
        return i;
    case ScoreRole:
        return l * i;
    case Qt::BackgroundRole:
        return level >= 0 ? QVariant(QBrush(method.levelColour(level))) : QVariant();
    case Qt::ForegroundRole: {
        const QColor c = method.levelColour(level);
        return QBrush((c.red() * 299 + c.green() * 587 + c.blue() * 114) / 1000 > 140 ? Qt::black : Qt::white);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1 x %2 = %3: %4")
            .arg(method.valueText(RiskMethod::Axis::Likelihood, l), method.valueText(RiskMethod::Axis::Impact, i))
            .arg(l * i)
            .arg(method.levelName(level));
    default:
        return {};
    }
}

bool RiskMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    RiskMethod method = m_document->riskMethod();
    bool isNumber = false;
    int level = value.toInt(&isNumber);
    if (!isNumber || value.typeId() == QMetaType::QString)
        level = method.levelIndex(value.toString());
    if (level < 0 || level >= int(method.levels.size()))
        return false;
    const int l = likelihoodOfRow(index.row());
    const int i = index.column() + 1;
    method.setLevelAt(l, i, level);
    return m_document->setRiskMethod(method, tr("Set matrix cell %1 x %2 to %3").arg(l).arg(i).arg(method.levelName(level)));
}

Qt::ItemFlags RiskMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const RiskMethod &method = m_document->riskMethod();
    const RiskMethod::Axis axis = orientation == Qt::Vertical ? RiskMethod::Axis::Likelihood : RiskMethod::Axis::Impact;
    const int value = orientation == Qt::Vertical ? likelihoodOfRow(section) : section + 1;
    if (!method.isValidValue(axis, value))
        return {};
    if (role == Qt::DisplayRole)
        return method.valueText(axis, value);
    if (role == Qt::ToolTipRole)
        return method.scale(axis)[size_t(value - 1)].description;
    return {};
}

bool RiskMatrixModel::resetToDefault()
{
    RiskMethod method = m_document->riskMethod();
    for (int l = 1; l <= method.likelihoodCount(); ++l) {
        for (int i = 1; i <= method.impactCount(); ++i)
            method.setLevelAt(l, i, RiskMethod::defaultLevelFor(l * i, method.maxScore(), int(method.levels.size())));
    }
    return m_document->setRiskMethod(method, tr("Lay out the matrix by score"));
}

void RiskMatrixModel::onChanged(const Change &change)
{
    if (change.entity != Entity::RiskMethod && !(change.kind == Change::Kind::Reset && change.entity == Entity::Document))
        return;
    const RiskMethod &method = m_document->riskMethod();
    if (method.likelihoodCount() != m_likelihoods || method.impactCount() != m_impacts) {
        beginResetModel();
        m_likelihoods = method.likelihoodCount();
        m_impacts = method.impactCount();
        endResetModel();
        return;
    }
    if (m_likelihoods > 0 && m_impacts > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_likelihoods - 1, m_impacts - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, m_likelihoods - 1);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_impacts - 1);
    }
}

} // namespace rampart
