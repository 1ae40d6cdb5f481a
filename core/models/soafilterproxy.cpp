#include "soafilterproxy.h"

#include "soamodel.h"

namespace rampart {

SoaFilterProxy::SoaFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SoaFilterProxy::refilter()
{
    invalidateFilter();
}

void SoaFilterProxy::setThemeFilter(const QString &themeCode)
{
    m_theme = themeCode;
    refilter();
}

void SoaFilterProxy::setApplicabilityFilter(const QString &applicabilityKey)
{
    m_applicability = applicabilityKey;
    refilter();
}

void SoaFilterProxy::setStatusFilter(const QString &statusKey)
{
    m_status = statusKey;
    refilter();
}

void SoaFilterProxy::setOwnerFilter(bool active, const QString &owner)
{
    m_ownerActive = active;
    m_owner = owner;
    refilter();
}

void SoaFilterProxy::setAttributeFilter(const QString &attribute)
{
    m_attribute = attribute;
    refilter();
}

void SoaFilterProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed().toLower();
    refilter();
}

void SoaFilterProxy::clearFilters()
{
    m_theme.clear();
    m_applicability.clear();
    m_status.clear();
    m_ownerActive = false;
    m_owner.clear();
    m_attribute.clear();
    m_text.clear();
    refilter();
}

bool SoaFilterProxy::isFiltering() const
{
    return !m_theme.isEmpty() || !m_applicability.isEmpty() || !m_status.isEmpty() || m_ownerActive
        || !m_attribute.isEmpty() || !m_text.isEmpty();
}

bool SoaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // Group rows show when nothing is filtered, and otherwise only for the controls
    // in them that match (recursive filtering).
    if (row.data(SoaModel::IsGroupRole).toBool())
        return !isFiltering();
    if (!m_theme.isEmpty()) {
        const bool ownWanted = m_theme == SoaModel::ownGroupKey();
        const bool own = row.data(SoaModel::GroupKeyRole).toString() == SoaModel::ownGroupKey();
        if (ownWanted ? !own : row.data(SoaModel::ThemeCodeRole).toString() != m_theme)
            return false;
    }
    if (!m_applicability.isEmpty() && row.data(SoaModel::ApplicabilityKeyRole).toString() != m_applicability)
        return false;
    if (!m_status.isEmpty() && row.data(SoaModel::StatusKeyRole).toString() != m_status)
        return false;
    if (m_ownerActive && row.data(SoaModel::OwnerRole).toString().compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_attribute.isEmpty() && !row.data(SoaModel::AttributesRole).toStringList().contains(m_attribute))
        return false;
    if (!m_text.isEmpty() && !row.data(SoaModel::SearchTextRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace rampart
