#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rampart {

class Document;
class HeatMapModel;
class HeatMapView;
class RiskDetailPane;
class RiskFilterProxyModel;
class RiskRegisterModel;

// The Register tab: heat maps of inherent and residual risk, filters, the register
// table (lazily filled, sortable, editable in place) and the detail pane.
class RiskRegisterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskRegisterPanel(Document *document, QWidget *parent = nullptr);

    RiskRegisterModel *registerModel() const { return m_model; }
    RiskFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    void commitPendingEdits();
    // Imports risks from a CSV file through the mapping dialog.
    void importCsv();
    void exportCsv();
    // Makes the risk's row current and visible, clearing filters that hide it.
    void selectRisk(qint64 id, bool edit = false);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void updateCount();
    void updateButtons();
    void refillChoices();
    void showColumnMenu(const QPoint &position);
    void refreshFigures();
    void prefetch();

    Document *m_document;
    RiskRegisterModel *m_model;
    RiskFilterProxyModel *m_proxy;
    HeatMapModel *m_inherentMap;
    HeatMapModel *m_residualMap;
    HeatMapView *m_inherentView;
    HeatMapView *m_residualView;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_level;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_treatment;
    QCheckBox *m_overdue;
    QCheckBox *m_attention;
    QPushButton *m_clearCell;
    QPushButton *m_clear;
    QLabel *m_count;
    QLabel *m_figures;
    QLabel *m_empty;
    QTimer *m_figuresTimer;
    QTimer *m_prefetchTimer;
    int m_searchPrepared = 0;
    bool m_figuresStale = true;
    QTableView *m_view;
    RiskDetailPane *m_detail;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
};

} // namespace rampart
