#pragma once

#include <QDate>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace rampart {

class Document;
class SoaComparisonModel;
class SoaDetailPane;
class SoaFilterProxy;
class SoaFindingModel;
class SoaModel;
class SoaTreeView;
class SoaVersionModel;

// The Statement of Applicability area (clause 6.1.3 d): every Annex A control and the
// organisation's own controls, grouped by theme, edited in place; beside it the long
// texts of the current row, the completeness findings and the approved versions with
// what changed since each.
class SoaPage : public QWidget
{
    Q_OBJECT

public:
    explicit SoaPage(Document *document, QWidget *parent = nullptr);

    SoaModel *model() const { return m_model; }
    SoaFilterProxy *proxy() const { return m_proxy; }
    SoaTreeView *view() const { return m_view; }
    SoaFindingModel *findingModel() const { return m_findings; }
    SoaComparisonModel *comparisonModel() const { return m_comparison; }
    SoaDetailPane *detailPane() const { return m_detail; }

    // Makes the entry's row current (clearing filters that hide it) and gives the
    // table the keyboard.
    void selectEntry(qint64 entryId, int column = -1);
    void commitPendingEdits();

    // The actions behind the buttons, without their dialogs (for the dialogs' callers
    // and for tests). Each reports a failure through dialogs::critical.
    bool approve(const QString &approver, const QDate &approvedOn, const QString &note);
    bool importCsv(const QString &path);
    bool exportCsv(const QString &path);
    qint64 addOwnControl();
    bool deleteCurrentOwnControl();

    // The risks linked to the current row, as a menu of "open" actions (the context
    // menu of the table; empty when no risk plans the control).
    QMenu *linkedRisksMenu(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Asks the window to show this risk in the risk register.
    void openRisk(qint64 riskId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildFindingsTab();
    QWidget *buildVersionsTab();
    void setUpColumns();
    void fillOwnerFilter();
    void applyFilters();
    void updateSummary();
    void updateButtons();
    void showVersion(int row);
    void updateTabTitles();
    void arrangePanels();
    qint64 currentEntryId() const;

    Document *m_document;
    SoaModel *m_model;
    SoaFilterProxy *m_proxy;
    SoaFindingModel *m_findings;
    SoaVersionModel *m_versions;
    SoaComparisonModel *m_comparison;
    SoaTreeView *m_view;
    SoaDetailPane *m_detail;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary;
    QLabel *m_count;
    QLineEdit *m_search = nullptr;
    QComboBox *m_themeFilter = nullptr;
    QComboBox *m_decisionFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_attributeFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QPushButton *m_addOwn;
    QPushButton *m_deleteOwn;
    QPushButton *m_approve;
    QPushButton *m_import;
    QPushButton *m_export;
    QTableView *m_findingView = nullptr;
    QTableView *m_versionView = nullptr;
    QTableView *m_comparisonView = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QLabel *m_versionNote = nullptr;
    QBoxLayout *m_versionsLayout = nullptr;
    QTimer *m_summaryTimer;
    QSplitter *m_splitter = nullptr;
    bool m_arranged = false;
    // From this page width on, the panel goes beside the table instead of below it.
    static constexpr int SideBySideWidth = 1400;
};

} // namespace rampart
