#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rampart {

class Document;
class RiskActionModel;

// The Treatment plan tab (6.1.3 e, 8.3): every action of every risk, with owner,
// due date, status, cost or effort and completion; overdue actions stand out.
class TreatmentPlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TreatmentPlanPanel(Document *document, QWidget *parent = nullptr);

    RiskActionModel *model() const { return m_model; }

private:
    void applyFilter();
    void updateSummary();

    Document *m_document;
    RiskActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_show;
    QLabel *m_summary;
    QTableView *m_view;
    QLineEdit *m_riskReference;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace rampart
