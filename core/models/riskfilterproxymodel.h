#pragma once

#include "stores/riskstore.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace rampart {

class RiskRegisterModel;

// What the register is narrowed to. Empty lists and texts mean "any".
struct RiskFilter
{
    enum class Rating { Inherent, Residual };

    QString text;            // in reference, title, owner, category, assets, controls and the long texts
    QList<int> levels;       // current level (residual when rated, else inherent), by index
    QStringList statuses;    // keys
    QString owner;           // exact, ignoring case
    QStringList treatments;  // keys; "" for "not decided"
    bool overdueOnly = false;
    bool attentionOnly = false;  // retained above the threshold without a valid acceptance
    // A heat-map cell: risks whose inherent or residual rating is that cell.
    bool cellSet = false;
    Rating cellRating = Rating::Inherent;
    int cellLikelihood = 0;
    int cellImpact = 0;

    bool isActive() const;
    bool operator==(const RiskFilter &other) const = default;
};

// Sorting and filtering of the register. Both need every row, so the first active
// filter or sort makes the register load its remaining short rows; after that a
// keystroke filters in memory, and only the long texts are searched in the file
// (one query per keystroke). Comparisons read the rows directly, not through data().
class RiskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RiskFilterProxyModel(RiskRegisterModel *register_, QObject *parent = nullptr);

    void setFilter(const RiskFilter &filter);
    const RiskFilter &filter() const { return m_filter; }
    void setText(const QString &text);
    void setCell(RiskFilter::Rating rating, int likelihood, int impact);
    void clearCell();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void apply();
    bool textMatches(const RiskRow &row) const;

    RiskRegisterModel *m_register;
    RiskFilter m_filter;
    QString m_folded;
    bool m_active = false;
    QSet<qint64> m_longTextMatches;
};

} // namespace rampart
