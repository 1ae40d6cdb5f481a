#pragma once

#include "domain/change.h"

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace rampart {

class Document;
class RegisterForm;
class RegisterModel;

// One register on screen: a searchable, sortable table of its records beside a form
// for the chosen one, with Add and Delete (both undoable). Everything it shows comes
// from the register's RegisterSpec, so every register of clauses 4 to 10 uses it.
class RegisterPanel : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        bool showIntro = true;        // the sentence saying what the clause asks for
        QList<int> formFields = {};   // empty: all
        QVariantMap initial = {};     // values a new record starts with
    };

    RegisterPanel(Document *document, Entity entity, QWidget *parent = nullptr);
    RegisterPanel(Document *document, Entity entity, const Options &options, QWidget *parent = nullptr);

    RegisterModel *model() const { return m_model; }
    RegisterForm *form() const { return m_form; }
    QTableView *view() const { return m_view; }
    // The record shown in the form (0: none).
    qint64 currentRecord() const;
    void selectRecord(qint64 id);
    // Child registers: show the records of one parent (0: none, and nothing to add).
    void setParentRecord(qint64 parentId);
    qint64 addRecord();
    bool deleteCurrent();

Q_SIGNALS:
    void currentRecordChanged(qint64 id);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitColumns();
    void updateState();
    void showCurrent();

    Document *m_document;
    RegisterModel *m_model;
    Options m_options;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    RegisterForm *m_form;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_count;
    QStackedWidget *m_tableStack;
    QLabel *m_empty;
    QStackedWidget *m_formStack;
};

} // namespace rampart
