#pragma once

#include "domain/change.h"
#include "domain/riskmethod.h"

#include <QAbstractTableModel>

namespace rampart {

class Document;

// One scale of the risk method (likelihood or impact): value, label, description.
// Every edit replaces the method through the Document, as one undoable command.
class RiskScaleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Label, Description, ColumnCount };

    RiskScaleModel(Document *document, RiskMethod::Axis axis, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RiskMethod::Axis axis() const { return m_axis; }
    // Resizes the scale (3 to 7 levels); every rating on it moves in the same command.
    bool setLevelCount(int count);

private:
    void onChanged(const Change &change);

    Document *m_document;
    RiskMethod::Axis m_axis;
    int m_rows = 0;
};

} // namespace rampart
