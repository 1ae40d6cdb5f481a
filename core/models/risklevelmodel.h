#pragma once

#include "domain/change.h"
#include "domain/riskmethod.h"

#include <QAbstractTableModel>

namespace rampart {

class Document;

// The risk levels of the method, lowest first: name, colour, how many matrix cells
// and risks are at each level, and which is the acceptance threshold. Edits replace the
// method through the Document.
class RiskLevelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Colour, Cells, Risks, ColumnCount };

    explicit RiskLevelModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new level above the highest one.
    bool addLevel(const QString &name, const QColor &colour);
    // The level's cells fall to the next lower level (or the next higher one for the
    // lowest); the threshold follows. Refused for the last level.
    bool removeLevel(int row);
    // Swaps a level with its neighbour; cells and threshold keep their meaning.
    bool moveLevel(int row, int delta);
    bool setAcceptanceLevel(int row);

private:
    void onChanged(const Change &change);
    void recount();

    Document *m_document;
    int m_rows = 0;
    std::vector<int> m_riskCounts;
};

} // namespace rampart
