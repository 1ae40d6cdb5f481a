#include "heatmapmodel.h"

#include "document.h"
#include "domain/risk.h"
#include "stores/riskstore.h"

#include <QBrush>
#include <QFont>

namespace rampart {

namespace {

QColor textOn(const QColor &background)
{
    const int brightness = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return brightness > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

HeatMapModel::HeatMapModel(Document *document, Rating rating, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rating(rating)
{
    connect(document, &Document::changed, this, &HeatMapModel::onChanged);
    m_likelihoods = document->riskMethod().likelihoodCount();
    m_impacts = document->riskMethod().impactCount();
    recount();
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_likelihoods;
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_impacts;
}

int HeatMapModel::likelihoodOfRow(int row) const
{
    return m_likelihoods - row;
}

QModelIndex HeatMapModel::indexOf(int likelihood, int impact) const
{
    return index(m_likelihoods - likelihood, impact - 1);
}

int HeatMapModel::count(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > m_likelihoods || impact < 1 || impact > m_impacts)
        return 0;
    return m_counts[size_t((likelihood - 1) * m_impacts + (impact - 1))];
}

int HeatMapModel::total() const
{
    int sum = 0;
    for (int c : m_counts)
        sum += c;
    return sum;
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskMethod &method = m_document->riskMethod();
    const int l = likelihoodOfRow(index.row());
    const int i = impactOfColumn(index.column());
    const int n = count(l, i);
    const int level = method.levelAt(l, i);
    switch (role) {
    case Qt::DisplayRole:
        // An empty cell reads better than a wall of zeros.
        return n > 0 ? QVariant(n) : QVariant();
    case CountRole:
        return n;
    case LikelihoodRole:
        return l;
    case ImpactRole:
        return i;
    case LevelRole:
        return level;
    case Qt::BackgroundRole:
        return level >= 0 ? QVariant(QBrush(method.levelColour(level))) : QVariant();
    case Qt::ForegroundRole:
        return level >= 0 ? QVariant(QBrush(textOn(method.levelColour(level)))) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("Likelihood %1 x impact %2 = %3, %4: %n risk(s)", nullptr, n)
            .arg(method.valueText(RiskMethod::Axis::Likelihood, l), method.valueText(RiskMethod::Axis::Impact, i))
            .arg(l * i)
            .arg(method.levelName(level));
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const RiskMethod &method = m_document->riskMethod();
    const RiskMethod::Axis axis = orientation == Qt::Vertical ? RiskMethod::Axis::Likelihood : RiskMethod::Axis::Impact;
    const int value = orientation == Qt::Vertical ? likelihoodOfRow(section) : impactOfColumn(section);
    if (!method.isValidValue(axis, value))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Impact labels go under narrow columns: the number above the label.
        return orientation == Qt::Horizontal ? QStringLiteral("%1\n%2").arg(value).arg(method.label(axis, value))
                                             : method.valueText(axis, value);
    case Qt::ToolTipRole:
        return method.scale(axis)[size_t(value - 1)].description;
    default:
        return {};
    }
}

void HeatMapModel::recount()
{
    m_counts.assign(size_t(m_likelihoods * m_impacts), 0);
    const auto cells = m_document->risks().cellCounts(m_rating == Rating::Residual);
    for (const RiskStore::CellCount &c : cells) {
        if (c.likelihood >= 1 && c.likelihood <= m_likelihoods && c.impact >= 1 && c.impact <= m_impacts)
            m_counts[size_t((c.likelihood - 1) * m_impacts + (c.impact - 1))] = c.count;
    }
}

void HeatMapModel::reload()
{
    beginResetModel();
    m_likelihoods = m_document->riskMethod().likelihoodCount();
    m_impacts = m_document->riskMethod().impactCount();
    recount();
    endResetModel();
}

void HeatMapModel::onChanged(const Change &change)
{
    const bool isRisk = change.entity == Entity::Risk;
    if (change.kind == Change::Kind::Reset && (isRisk || change.entity == Entity::Document)) {
        reload();
        return;
    }
    if (change.entity == Entity::RiskMethod) {
        const RiskMethod &method = m_document->riskMethod();
        if (method.likelihoodCount() != m_likelihoods || method.impactCount() != m_impacts) {
            reload();
            return;
        }
        recount();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    if (!isRisk)
        return;
    if (change.kind == Change::Kind::Updated) {
        const bool mine = m_rating == Rating::Inherent
            ? change.field == Risk::InherentLikelihood || change.field == Risk::InherentImpact
            : change.field == Risk::ResidualLikelihood || change.field == Risk::ResidualImpact;
        if (!mine)
            return;
    }
    // Count again and say which cells moved.
    const std::vector<int> before = m_counts;
    recount();
    for (int l = 1; l <= m_likelihoods; ++l) {
        for (int i = 1; i <= m_impacts; ++i) {
            const size_t cell = size_t((l - 1) * m_impacts + (i - 1));
            if (before[cell] != m_counts[cell]) {
                const QModelIndex changed = indexOf(l, i);
                Q_EMIT dataChanged(changed, changed);
            }
        }
    }
}

} // namespace rampart
