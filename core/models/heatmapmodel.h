#pragma once

#include "domain/change.h"

#include <QAbstractTableModel>

#include <vector>

namespace rampart {

class Document;

// The number of risks in each cell of the method's matrix, for the inherent or the
// residual rating: likelihood from the top row (highest) down, impact from the left.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Rating { Inherent, Residual };
    enum Role { CountRole = Qt::UserRole + 1, LikelihoodRole, ImpactRole, LevelRole };

    HeatMapModel(Document *document, Rating rating, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Rating rating() const { return m_rating; }
    int likelihoodOfRow(int row) const;
    int impactOfColumn(int column) const { return column + 1; }
    int count(int likelihood, int impact) const;
    int total() const;
    QModelIndex indexOf(int likelihood, int impact) const;

private:
    void onChanged(const Change &change);
    void reload();
    void recount();

    Document *m_document;
    Rating m_rating;
    int m_likelihoods = 0;
    int m_impacts = 0;
    std::vector<int> m_counts;  // row-major by likelihood - 1, impact - 1
};

} // namespace rampart
