#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace rampart {

class HeatMapModel;

// A heat map: the method's matrix with the number of risks in each cell, likelihood
// up the side and impact along the bottom. Clicking a cell asks for the register to be
// narrowed to it; clicking the selected cell again asks to clear that.
class HeatMapView : public QWidget
{
    Q_OBJECT

public:
    HeatMapView(HeatMapModel *model, const QString &title, QWidget *parent = nullptr);

    HeatMapModel *model() const { return m_model; }
    // Marks a cell as the one the register is filtered by (0, 0: none).
    void setSelectedCell(int likelihood, int impact);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void cellClicked(int likelihood, int impact);
    void cleared();

private:
    void fitToContents();

    HeatMapModel *m_model;
    QTableView *m_table;
    QLabel *m_caption;
    int m_selectedLikelihood = 0;
    int m_selectedImpact = 0;
};

} // namespace rampart
