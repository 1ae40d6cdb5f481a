#pragma once

#include <QSortFilterProxyModel>

namespace rampart {

// The SoA filters: theme, decision, status, owner, ISO/IEC 27002 attribute and text.
// Works over SoaModel; a theme group stays visible while any of its controls does.
class SoaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SoaFilterProxy(QObject *parent = nullptr);

    // Empty means "any". The theme is a catalog theme code or SoaModel::ownGroupKey().
    void setThemeFilter(const QString &themeCode);
    void setApplicabilityFilter(const QString &applicabilityKey);
    void setStatusFilter(const QString &statusKey);
    // Only rows with this owner; an empty owner with active set means "nobody".
    void setOwnerFilter(bool active, const QString &owner = {});
    // "kind:value" as SoaModel::AttributesRole lists them, e.g. "control_type:Preventive".
    void setAttributeFilter(const QString &attribute);
    void setTextFilter(const QString &text);
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_theme;
    QString m_applicability;
    QString m_status;
    bool m_ownerActive = false;
    QString m_owner;
    QString m_attribute;
    QString m_text;
};

} // namespace rampart
