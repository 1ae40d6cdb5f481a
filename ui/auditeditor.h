#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rampart {

class AgendaModel;
class AuditAreaModel;
class ChecklistModel;
class Document;
class FormBinder;
class RecordTableModel;
class ScopePicker;
struct Change;

// One audit: its details, scope (clauses and controls from the catalog, areas and
// their owners), agenda and checklist, with the impartiality warnings of 9.2.2 b and
// the worksheet for preparing the audit offline. Every edit is one undoable command.
class AuditEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AuditEditor(Document *document, QWidget *parent = nullptr);

    void setAudit(qint64 id);
    qint64 auditId() const { return m_auditId; }
    void commitPendingEdits();
    // "details", "scope", "agenda", "checklist"
    void showTab(const QString &name);

    // The actions of the checklist tab, for the buttons and for tests.
    bool generateChecklist();
    bool exportWorksheet(const QString &path);
    bool importWorksheet(const QString &path);
    bool raiseNonconformity(int checklistRow);

private:
    QWidget *buildDetails();
    QWidget *buildScope();
    QWidget *buildAgenda();
    QWidget *buildChecklist();
    void onChanged(const Change &change);
    void refreshHeader();
    void refreshImpartiality();
    void refreshProgrammes();
    void refreshChecklistSummary();
    void updateButtons();

    Document *m_document;
    qint64 m_auditId = 0;
    RecordTableModel *m_audits;
    AuditAreaModel *m_areas;
    AgendaModel *m_agenda;
    ChecklistModel *m_checklist;
    FormBinder *m_form;
    QLabel *m_heading;
    QLabel *m_impartiality;
    QTabWidget *m_tabs;
    QComboBox *m_programme = nullptr;
    ScopePicker *m_scope = nullptr;
    QTableView *m_areaView = nullptr;
    QTableView *m_agendaView = nullptr;
    QTableView *m_checklistView = nullptr;
    QLabel *m_checklistSummary = nullptr;
    QPushButton *m_removeArea = nullptr;
    QPushButton *m_removeSession = nullptr;
    QPushButton *m_removeItem = nullptr;
    QPushButton *m_raise = nullptr;
    QList<QWidget *> m_writeActions;
};

} // namespace rampart
