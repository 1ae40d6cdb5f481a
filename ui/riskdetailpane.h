#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QDataWidgetMapper;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace rampart {

class Document;
class RiskAcceptanceModel;
class RiskActionModel;
class RiskFilterProxyModel;

// The long fields of the current risk (scenario, threat, vulnerability, existing
// controls, notes) in a form over the register's proxy, its treatment actions and its
// acceptances. Every edit goes through the models, the one way of an edit.
class RiskDetailPane : public QWidget
{
    Q_OBJECT

public:
    RiskDetailPane(Document *document, RiskFilterProxyModel *proxy, QWidget *parent = nullptr);

    // A row of the proxy; an invalid index shows the empty state.
    void setCurrent(const QModelIndex &proxyIndex);
    void commitPendingEdits();

private:
    void refreshHeader();
    void accept();
    void updateButtons();

    Document *m_document;
    RiskFilterProxyModel *m_proxy;
    QPersistentModelIndex m_current;
    bool m_dirty = false;  // typed into since the last submit
    QDataWidgetMapper *m_mapper;
    QTimer *m_submitTimer;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_ratings;
    RiskActionModel *m_actions;
    RiskAcceptanceModel *m_acceptances;
    QTableView *m_actionView;
    QTableView *m_acceptanceView;
    QPushButton *m_addAction;
    QPushButton *m_removeAction;
    QPushButton *m_accept;
    QPushButton *m_removeAcceptance;
};

} // namespace rampart
