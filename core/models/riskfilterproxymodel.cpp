#include "riskfilterproxymodel.h"

#include "clock.h"
#include "document.h"
#include "domain/riskmethod.h"
#include "riskregistermodel.h"
#include "stores/valuerules.h"

namespace rampart {

bool RiskFilter::isActive() const
{
    return !text.trimmed().isEmpty() || !levels.isEmpty() || !statuses.isEmpty() || !owner.isEmpty()
        || !treatments.isEmpty() || overdueOnly || attentionOnly || cellSet;
}

RiskFilterProxyModel::RiskFilterProxyModel(RiskRegisterModel *register_, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_register(register_)
{
    setSourceModel(register_);
    setSortRole(RiskRegisterModel::SortRole);
    // Rows arriving by fetchMore are filtered and sorted as they come.
    setDynamicSortFilter(true);
    // An edit of a long text can make a row match the search, or stop matching: ask the
    // index again (the row itself is filtered again by the proxy's own handling).
    connect(register_, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &bottomRight) {
                if (m_folded.isEmpty() || bottomRight.column() < RiskRegisterModel::Description)
                    return;
                const std::vector<qint64> ids = m_register->document()->risks().idsWithLongText(m_filter.text.trimmed());
                QSet<qint64> matches(ids.begin(), ids.end());
                if (matches == m_longTextMatches)
                    return;
                m_longTextMatches = std::move(matches);
                invalidate();
            });
}

void RiskFilterProxyModel::setFilter(const RiskFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool textChanged = filter.text != m_filter.text;
    m_filter = filter;
    if (textChanged) {
        m_folded = m_filter.text.trimmed().toCaseFolded();
        m_longTextMatches.clear();
        if (!m_folded.isEmpty()) {
            const std::vector<qint64> ids = m_register->document()->risks().idsWithLongText(m_filter.text.trimmed());
            m_longTextMatches = QSet<qint64>(ids.begin(), ids.end());
        }
    }
    apply();
}

void RiskFilterProxyModel::setText(const QString &text)
{
    RiskFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void RiskFilterProxyModel::setCell(RiskFilter::Rating rating, int likelihood, int impact)
{
    RiskFilter f = m_filter;
    f.cellSet = true;
    f.cellRating = rating;
    f.cellLikelihood = likelihood;
    f.cellImpact = impact;
    setFilter(f);
}

void RiskFilterProxyModel::clearCell()
{
    RiskFilter f = m_filter;
    f.cellSet = false;
    setFilter(f);
}

void RiskFilterProxyModel::apply()
{
    m_active = m_filter.isActive();
    if (m_active)
        m_register->fetchAll();
    // Rebuilding the mapping in one pass (a layout change) is far cheaper than the row
    // by row removals and insertions of invalidateFilter() when thousands of rows come
    // and go with a keystroke.
    invalidate();
}

void RiskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        m_register->fetchAll();
    QSortFilterProxyModel::sort(column, order);
}

bool RiskFilterProxyModel::textMatches(const RiskRow &row) const
{
    return m_register->searchText(row).contains(m_folded) || m_longTextMatches.contains(row.id);
}

bool RiskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const RiskRow *row = m_register->rowAt(sourceRow);
    if (!row)
        return false;
    if (!m_active)
        return true;
    const RiskFilter &f = m_filter;
    if (!f.statuses.isEmpty() && !f.statuses.contains(row->status))
        return false;
    if (!f.treatments.isEmpty() && !f.treatments.contains(row->treatment))
        return false;
    if (!f.owner.isEmpty() && row->owner.compare(f.owner, Qt::CaseInsensitive) != 0)
        return false;
    if (f.overdueOnly && row->overdueActions == 0)
        return false;
    if (!f.levels.isEmpty() && !f.levels.contains(m_register->currentRating(*row).level))
        return false;
    if (f.attentionOnly && !m_register->needsAttention(*row))
        return false;
    if (f.cellSet) {
        const bool residual = f.cellRating == RiskFilter::Rating::Residual;
        const int l = residual ? row->residualLikelihood : row->inherentLikelihood;
        const int i = residual ? row->residualImpact : row->inherentImpact;
        if (l != f.cellLikelihood || i != f.cellImpact)
            return false;
    }
    if (!m_folded.isEmpty() && !textMatches(*row))
        return false;
    return true;
}

bool RiskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const RiskRow *a = m_register->rowAt(left.row());
    const RiskRow *b = m_register->rowAt(right.row());
    if (!a || !b)
        return false;
    auto byText = [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; };
    switch (left.column()) {
    case RiskRegisterModel::Reference:
        if (a->referenceKey.isEmpty())
            a->referenceKey = ValueRules::naturalSortKey(a->reference);
        if (b->referenceKey.isEmpty())
            b->referenceKey = ValueRules::naturalSortKey(b->reference);
        return a->referenceKey < b->referenceKey;
    case RiskRegisterModel::Title:
        return byText(a->title, b->title);
    case RiskRegisterModel::Owner:
        return byText(a->owner, b->owner);
    case RiskRegisterModel::Category:
        return byText(a->category, b->category);
    case RiskRegisterModel::Status:
        return RiskVocabulary::statusKeys().indexOf(a->status) < RiskVocabulary::statusKeys().indexOf(b->status);
    case RiskRegisterModel::Treatment:
        return a->treatment < b->treatment;
    case RiskRegisterModel::IdentifiedOn:
        return a->identifiedOn < b->identifiedOn;
    case RiskRegisterModel::LastReview:
        return a->lastReview < b->lastReview;
    case RiskRegisterModel::NextReview:
        return a->nextReview < b->nextReview;
    case RiskRegisterModel::InherentLikelihood:
        return a->inherentLikelihood < b->inherentLikelihood;
    case RiskRegisterModel::InherentImpact:
        return a->inherentImpact < b->inherentImpact;
    case RiskRegisterModel::ResidualLikelihood:
        return a->residualLikelihood < b->residualLikelihood;
    case RiskRegisterModel::ResidualImpact:
        return a->residualImpact < b->residualImpact;
    // Stored values always lie on the method's scales (the store refuses others and a
    // method change moves them), so a score is a product and a level one lookup.
    case RiskRegisterModel::InherentScore:
        return a->inherentLikelihood * a->inherentImpact < b->inherentLikelihood * b->inherentImpact;
    case RiskRegisterModel::ResidualScore:
        return a->residualLikelihood * a->residualImpact < b->residualLikelihood * b->residualImpact;
    case RiskRegisterModel::InherentLevel:
    case RiskRegisterModel::ResidualLevel: {
        const RiskMethod &method = m_register->document()->riskMethod();
        const bool inherent = left.column() == RiskRegisterModel::InherentLevel;
        const int la = inherent ? a->inherentLikelihood : a->residualLikelihood;
        const int ia = inherent ? a->inherentImpact : a->residualImpact;
        const int lb = inherent ? b->inherentLikelihood : b->residualLikelihood;
        const int ib = inherent ? b->inherentImpact : b->residualImpact;
        const int levelA = method.levelAt(la, ia), levelB = method.levelAt(lb, ib);
        return levelA != levelB ? levelA < levelB : la * ia < lb * ib;
    }
    case RiskRegisterModel::Actions:
        return a->overdueActions != b->overdueActions ? a->overdueActions < b->overdueActions
                                                      : a->openActions < b->openActions;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace rampart
