#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace rampart {

class AuditEditor;
class AuditListModel;
class AuditProgrammeModel;
class CoverageModel;
class Document;
class FormBinder;
struct Change;

// The Audits area (clause 9.2): the programme's calendar of audits with the coverage of
// the cycle, the programme itself (frequency, methods, responsibilities, reporting),
// and the editor of one audit with its checklist.
class AuditsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsPage(Document *document, QWidget *parent = nullptr);

    // Opens the audit in the editor tab.
    void openAudit(qint64 id);
    void showTab(const QString &name);  // "calendar", "programme", "audit"
    qint64 currentProgramme() const;
    AuditEditor *editor() const { return m_editor; }
    void commitPendingEdits();

private:
    QWidget *buildCalendar();
    QWidget *buildProgramme();
    QWidget *buildAudit();
    void selectProgramme(int index);
    void refreshProgrammeChoices();
    void refreshCoverageSummary();
    void refreshAuditChoices();
    void onChanged(const Change &change);

    Document *m_document;
    AuditProgrammeModel *m_programmes;
    AuditListModel *m_audits;
    QSortFilterProxyModel *m_calendar;
    CoverageModel *m_coverage;
    QSortFilterProxyModel *m_coverageFilter;
    FormBinder *m_programmeForm;
    QTabWidget *m_tabs;
    QComboBox *m_programmeChoice;
    QLabel *m_coverageSummary;
    QCheckBox *m_onlyUncovered;
    QTableView *m_calendarView;
    QLabel *m_noAudits = nullptr;
    QTableView *m_coverageView;
    QComboBox *m_auditChoice;
    AuditEditor *m_editor;
    QPushButton *m_removeAudit;
    QPushButton *m_removeProgramme;
    QWidget *m_programmeFields = nullptr;
};

} // namespace rampart
