#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace rampart {

class CorrectiveActionModel;
class Document;
class FormBinder;
class NonconformityModel;
struct Change;

// The nonconformity register of clause 10.2: every nonconformity with its correction,
// root cause, corrective actions, verification of effectiveness and closure. Closing
// needs an effective verification first; the core refuses it otherwise, and the page
// says why before anyone tries.
class NonconformityPage : public QWidget
{
    Q_OBJECT

public:
    explicit NonconformityPage(Document *document, QWidget *parent = nullptr);

    void selectNonconformity(qint64 id);
    qint64 currentNonconformity() const;
    void commitPendingEdits();
    // The workflow buttons, for the page and for tests.
    bool closeCurrent();
    bool reopenCurrent();

private:
    void showCurrent();
    void updateState();
    void onChanged(const Change &change);

    Document *m_document;
    NonconformityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CorrectiveActionModel *m_actions;
    FormBinder *m_form;
    QTableView *m_view;
    QTableView *m_actionView;
    QTabWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_closure;
    QCheckBox *m_showClosed;
    QPushButton *m_remove;
    QPushButton *m_addAction;
    QPushButton *m_removeAction;
    QPushButton *m_close;
    QPushButton *m_reopen;
};

} // namespace rampart
