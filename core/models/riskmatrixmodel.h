#pragma once

#include "domain/change.h"

#include <QAbstractTableModel>

namespace rampart {

class Document;

// The method's matrix: which risk level each (likelihood, impact) cell is. Likelihood
// runs from the top row (highest) down, impact from the left. A cell is edited with a
// level index or name; the change replaces the method through the Document.
class RiskMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { LevelRole = Qt::UserRole + 1, LikelihoodRole, ImpactRole, ScoreRole };

    explicit RiskMatrixModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int likelihoodOfRow(int row) const { return m_likelihoods - row; }
    // Lays the matrix out again from the scores (the default spread of the levels).
    bool resetToDefault();

private:
    void onChanged(const Change &change);

    Document *m_document;
    int m_likelihoods = 0;
    int m_impacts = 0;
};

} // namespace rampart
