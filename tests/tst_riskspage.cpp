#include "assetspanel.h"
#include "dialogs.h"
#include "heatmapview.h"
#include "mainwindow.h"
#include "models/assetmodel.h"
#include "models/heatmapmodel.h"
#include "models/riskactionmodel.h"
#include "models/riskfilterproxymodel.h"
#include "models/riskregistermodel.h"
#include "riskdetailpane.h"
#include "riskimportdialog.h"
#include "riskmethodpanel.h"
#include "riskregisterpanel.h"
#include "reportspage.h"
#include "riskspage.h"
#include "risktestutil.h"
#include "treatmentplanpanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::risktest;

// The Risks area as a user meets it: the sample opened in the main window, an edit in
// the register through the model, undo from the Edit menu, the heat map as a filter,
// the other tabs, the import dialog. With RAMPART_SCREENSHOTS=DIR set it also saves a
// picture of every tab, for looking at the layout.
class TestRisksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensSampleInRisksArea();
    void editLikelihoodThenUndo();
    void heatMapCellFiltersRegister();
    void searchAndDetailPane();
    void addDuplicateDelete();
    void otherTabs();
    void importDialog();
    void riskReportsInReportsArea();
    void reportsPreviewFollowsEditsLazily();
    void slowReportPreviewWaitsForRefresh();

private:
    int proxyRowOf(const QString &reference) const;
    void screenshot(const QString &name, QWidget *widget = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RisksPage *m_page = nullptr;
    RiskRegisterPanel *m_panel = nullptr;
};

void TestRisksPage::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
    dialogs::setTestMode(true);
}

void TestRisksPage::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("page%1.isms").arg(++n));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(m_window->openFile(path));
    m_window->showArea(QStringLiteral("risks"));
    m_page = m_window->risksPage();
    QVERIFY(m_page);
    m_panel = m_page->registerPanel();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The view asks for the first page once it is shown.
    QTRY_VERIFY(m_panel->proxy()->rowCount() > 0);
}

void TestRisksPage::cleanup()
{
    m_window.reset();
    dialogs::clearShownMessages();
}

int TestRisksPage::proxyRowOf(const QString &reference) const
{
    const QAbstractItemModel *proxy = m_panel->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, RiskRegisterModel::Reference).data().toString() == reference)
            return row;
    }
    return -1;
}

void TestRisksPage::screenshot(const QString &name, QWidget *widget)
{
    const QString folder = qEnvironmentVariable("RAMPART_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    if (widget)
        widget->show();
    QApplication::processEvents();
    (widget ? widget : static_cast<QWidget *>(m_window.get()))->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

void TestRisksPage::opensSampleInRisksArea()
{
    QCOMPARE(m_window->currentArea(), QStringLiteral("risks"));
    QVERIFY(m_page->isVisible());
    QCOMPARE(m_panel->registerModel()->totalCount(), 23);
    QCOMPARE(m_panel->proxy()->rowCount(), 23);
    QCOMPARE(m_panel->view()->model(), m_panel->proxy());
    // No sort on opening: the register shows in file order.
    QCOMPARE(m_panel->proxy()->index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-001"));
    QVERIFY(m_panel->view()->isColumnHidden(RiskRegisterModel::Description));
    auto *figures = m_page->findChild<QLabel *>(QStringLiteral("riskFigures"));
    QVERIFY(figures);
    QVERIFY(figures->text().contains(QStringLiteral("5 of 22 treatment actions overdue")));
    screenshot(QStringLiteral("risks-register"));
}

void TestRisksPage::editLikelihoodThenUndo()
{
    Document *doc = m_window->document();
    QAbstractItemModel *proxy = m_panel->proxy();
    const int row = proxyRowOf(QStringLiteral("R-001"));
    QVERIFY(row >= 0);
    const QModelIndex likelihood = proxy->index(row, RiskRegisterModel::InherentLikelihood);
    QCOMPARE(likelihood.data(Qt::EditRole).toInt(), 3);
    const int before = doc->undoStack()->count();
    auto *inherent = m_page->findChild<HeatMapView *>(QStringLiteral("inherentHeatMap"));
    QVERIFY(inherent);
    QCOMPARE(inherent->model()->count(5, 5), 0);

    QVERIFY(proxy->setData(likelihood, 5, Qt::EditRole));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QCOMPARE(proxy->index(row, RiskRegisterModel::InherentLikelihood).data().toString(), QStringLiteral("5 Very high"));
    QCOMPARE(proxy->index(row, RiskRegisterModel::InherentScore).data().toInt(), 25);
    QCOMPARE(proxy->index(row, RiskRegisterModel::InherentLevel).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(inherent->model()->count(5, 5), 1);

    // Undo from the Edit menu, as a user would.
    QAction *undo = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("likelihood"), Qt::CaseInsensitive));
    undo->trigger();
    QCOMPARE(proxy->index(row, RiskRegisterModel::InherentLikelihood).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(proxy->index(row, RiskRegisterModel::InherentLevel).data().toString(), QStringLiteral("High"));
    QCOMPARE(inherent->model()->count(5, 5), 0);
    QCOMPARE(doc->risks().value(riskId(*doc, QStringLiteral("R-001")), Risk::InherentLikelihood).toInt(), 3);
}

void TestRisksPage::heatMapCellFiltersRegister()
{
    auto *inherent = m_page->findChild<HeatMapView *>(QStringLiteral("inherentHeatMap"));
    QTableView *table = inherent->table();
    const QModelIndex cell = inherent->model()->indexOf(3, 4);
    QCOMPARE(cell.data().toInt(), 4);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_panel->proxy()->rowCount(), 4);
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearCellFilter"));
    QVERIFY(clear->isVisible());
    screenshot(QStringLiteral("risks-heatmap-filter"));
    // Clicking the same cell again shows everything.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_panel->proxy()->rowCount(), 23);
    QVERIFY(!clear->isVisible());
}

void TestRisksPage::searchAndDetailPane()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("riskSearch"));
    QTest::keyClicks(search, QStringLiteral("unions"));
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    m_panel->view()->setCurrentIndex(m_panel->proxy()->index(0, RiskRegisterModel::Title));
    auto *pane = m_page->findChild<RiskDetailPane *>();
    auto *heading = pane->findChild<QLabel *>(QStringLiteral("riskHeading"));
    QVERIFY(heading->text().startsWith(QStringLiteral("R-005")));
    auto *actions = pane->findChild<QTableView *>(QStringLiteral("riskActions"));
    QCOMPARE(actions->model()->rowCount(), 2);
    auto *scenario = pane->findChild<QPlainTextEdit *>(QStringLiteral("detail_%1").arg(RiskRegisterModel::Description));
    QVERIFY(scenario->toPlainText().contains(QStringLiteral("unions")));
    screenshot(QStringLiteral("risks-detail"));
    // Typing in the detail pane goes the one way of an edit once committed.
    scenario->setFocus();
    scenario->moveCursor(QTextCursor::End);
    QTest::keyClicks(scenario, QStringLiteral(" Reviewed."));
    pane->commitPendingEdits();
    Document *doc = m_window->document();
    QVERIFY(doc->risks().value(riskId(*doc, QStringLiteral("R-005")), Risk::Description).toString().endsWith(QStringLiteral("Reviewed.")));
    search->clear();
    QCOMPARE(m_panel->proxy()->rowCount(), 23);
}

void TestRisksPage::addDuplicateDelete()
{
    Document *doc = m_window->document();
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addRisk"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_panel->proxy()->rowCount(), 24);
    QApplication::processEvents();
    // The new row is selected and its title is being edited.
    QCOMPARE(m_panel->view()->currentIndex().siblingAtColumn(RiskRegisterModel::Reference).data().toString(),
             QStringLiteral("R-024"));
    auto *duplicate = m_page->findChild<QPushButton *>(QStringLiteral("duplicateRisk"));
    QVERIFY(duplicate->isEnabled());
    QTest::mouseClick(duplicate, Qt::LeftButton);
    QCOMPARE(m_panel->proxy()->rowCount(), 25);
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeRisk"));
    m_panel->view()->selectRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_panel->proxy()->rowCount(), 24);
    // Exactly three commands: moving the current row while deleting wrote nothing.
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(m_panel->proxy()->rowCount(), 23);
}

void TestRisksPage::otherTabs()
{
    m_page->showTab(RisksPage::TreatmentPlanTab);
    TreatmentPlanPanel *plan = m_page->treatmentPlanPanel();
    QVERIFY(plan && plan->isVisible());
    QCOMPARE(plan->model()->rowCount(), 22);
    QCOMPARE(plan->model()->overdueCount(), 5);
    screenshot(QStringLiteral("risks-treatment-plan"));
    m_page->showTab(RisksPage::AssetsTab);
    AssetsPanel *assets = m_page->assetsPanel();
    QVERIFY(assets && assets->isVisible());
    QCOMPARE(assets->model()->rowCount(), 18);
    screenshot(QStringLiteral("risks-assets"));
    m_page->showTab(RisksPage::MethodTab);
    RiskMethodPanel *method = m_page->methodPanel();
    QVERIFY(method && method->isVisible());
    auto *matrix = method->findChild<QTableView *>(QStringLiteral("matrixTable"));
    QCOMPARE(matrix->model()->rowCount(), 5);
    screenshot(QStringLiteral("risks-method"));
    // A method change from the Method tab re-rates the register at once.
    QVERIFY(matrix->model()->setData(matrix->model()->index(2, 4), 3));  // 3 x 5 Critical
    const int row = proxyRowOf(QStringLiteral("R-001"));
    QCOMPARE(m_panel->proxy()->index(row, RiskRegisterModel::InherentLevel).data().toString(), QStringLiteral("Critical"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_panel->proxy()->index(row, RiskRegisterModel::InherentLevel).data().toString(), QStringLiteral("High"));
}

void TestRisksPage::importDialog()
{
    const QString path = writeFile(m_dir, QStringLiteral("dialog.csv"),
                                   "Risk ID,Risk,Probability,Consequence,Owner\n"
                                   "N-1,Flood in the Lisbon office,Low,High,Tomás Ferreira\n"
                                   "N-2,Key supplier insolvent,Often,3,Mark Bennett\n");
    Document *doc = m_window->document();
    RiskImportDialog dialog(doc, RiskCsv::Kind::Risks, path, m_window.get());
    QCOMPARE(dialog.result().rows, 2);
    QCOMPARE(dialog.result().validRows, 1);
    QCOMPARE(dialog.result().problems.size(), size_t(1));
    QCOMPARE(dialog.result().problems.front().line, 3);
    QCOMPARE(dialog.result().problems.front().column, QStringLiteral("Probability"));
    screenshot(QStringLiteral("risks-import-dialog"), &dialog);
    auto *problems = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importProblems"));
    QVERIFY(problems->toPlainText().contains(QStringLiteral("line 3, column \"Probability\"")));
    // Correcting the mapping changes what is found: without the probability column
    // both rows are valid.
    dialog.setMapping(2, RiskCsv::Ignored);
    QCOMPARE(dialog.result().validRows, 2);
    QVERIFY(!dialog.result().hasProblems());
    const int before = doc->undoStack()->count();
    QVERIFY(dialog.importRows());
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QTRY_COMPARE(m_panel->registerModel()->totalCount(), 25);
    doc->undoStack()->undo();
    QCOMPARE(m_panel->registerModel()->totalCount(), 23);
}

// The risk register and the treatment plan are in the Reports area's list, and preview
// and export there like every other report.
void TestRisksPage::riskReportsInReportsArea()
{
    m_window->showArea(QStringLiteral("reports"));
    auto *page = m_window->findChild<ReportsPage *>();
    QVERIFY(page);
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("reportList"));
    QVERIFY(list);
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        keys << list->item(i)->data(Qt::UserRole).toString();
    QVERIFY(keys.contains(QStringLiteral("risks")));
    QVERIFY(keys.contains(QStringLiteral("treatment-plan")));
    page->selectKind(QStringLiteral("risks"));
    QTRY_VERIFY(page->previewPageCount() >= 10);
    screenshot(QStringLiteral("reports-risks"));
    const QString pdf = m_dir.filePath(QStringLiteral("risks.pdf"));
    QVERIFY(page->exportPdf(pdf));
    QVERIFY(QFile(pdf).size() > 10000);
    page->selectKind(QStringLiteral("treatment-plan"));
    QTRY_VERIFY(page->previewPageCount() >= 5);
    // A page with tables (drawn directly, reports/drawntable.h) in the preview.
    if (auto *preview = page->findChild<QPrintPreviewWidget *>()) {
        preview->setZoomMode(QPrintPreviewWidget::FitInView);
        preview->setCurrentPage(4);
    }
    screenshot(QStringLiteral("reports-treatment-plan"));
}

// Laying out a report is costly: nothing while the Reports area is hidden, one render
// when it is shown again, and one for a burst of edits, not one per edit.
void TestRisksPage::reportsPreviewFollowsEditsLazily()
{
    Document *doc = m_window->document();
    m_window->showArea(QStringLiteral("reports"));
    auto *page = m_window->findChild<ReportsPage *>();
    QVERIFY(page);
    page->selectKind(QStringLiteral("risks"));
    QTRY_VERIFY(page->previewPageCount() >= 10);
    const int shown = page->renderCount();
    QVERIFY(shown >= 1);

    // Edits while another area is in front: no render.
    m_window->showArea(QStringLiteral("risks"));
    QVERIFY(!page->isVisible());
    const int row = proxyRowOf(QStringLiteral("R-001"));
    QVERIFY(row >= 0);
    QVERIFY(m_panel->proxy()->setData(m_panel->proxy()->index(row, RiskRegisterModel::InherentLikelihood), 5,
                                      Qt::EditRole));
    doc->undoStack()->undo();
    doc->undoStack()->redo();
    QTest::qWait(100);
    QCOMPARE(page->renderCount(), shown);

    // Back to the Reports area: one render, of the edited document.
    m_window->showArea(QStringLiteral("reports"));
    QVERIFY(page->isVisible());
    QCOMPARE(page->renderCount(), shown + 1);
    QVERIFY(!page->isPreviewOutOfDate());
    QTest::qWait(100);
    QCOMPARE(page->renderCount(), shown + 1);

    // A burst of edits with the page in front: one render after they stop.
    page->setRefreshDelay(50);
    for (int i = 0; i < 5; ++i) {
        doc->undoStack()->undo();
        doc->undoStack()->redo();
    }
    QCOMPARE(page->renderCount(), shown + 1);
    QTRY_COMPARE(page->renderCount(), shown + 2);
    QTest::qWait(200);
    QCOMPARE(page->renderCount(), shown + 2);
}

// After a slow render edits do not start another one: the bar says the preview is out
// of date and its Refresh button renders once.
void TestRisksPage::slowReportPreviewWaitsForRefresh()
{
    Document *doc = m_window->document();
    m_window->showArea(QStringLiteral("reports"));
    auto *page = m_window->findChild<ReportsPage *>();
    QVERIFY(page);
    page->selectKind(QStringLiteral("risks"));
    QTRY_VERIFY(page->previewPageCount() >= 10);
    // Every render counts as slow.
    page->setAutoRefreshLimit(-1);
    page->setRefreshDelay(10);
    const int before = page->renderCount();
    const int row = proxyRowOf(QStringLiteral("R-001"));
    QVERIFY(row >= 0);
    QVERIFY(m_panel->proxy()->setData(m_panel->proxy()->index(row, RiskRegisterModel::InherentLikelihood), 5,
                                      Qt::EditRole));
    doc->undoStack()->undo();
    QTest::qWait(200);
    QCOMPARE(page->renderCount(), before);
    QVERIFY(page->isPreviewOutOfDate());
    auto *bar = page->findChild<QWidget *>(QStringLiteral("previewOutOfDate"));
    QVERIFY(bar && bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("out of date")));
    screenshot(QStringLiteral("reports-out-of-date"));

    // Away and back: still out of date, still no render.
    m_window->showArea(QStringLiteral("risks"));
    m_window->showArea(QStringLiteral("reports"));
    QCOMPARE(page->renderCount(), before);
    QVERIFY(page->isPreviewOutOfDate());

    auto *refresh = page->findChild<QPushButton *>(QStringLiteral("refreshPreview"));
    QVERIFY(refresh);
    refresh->click();
    QCOMPARE(page->renderCount(), before + 1);
    QVERIFY(!page->isPreviewOutOfDate());
    QTest::qWait(100);
    QCOMPARE(page->renderCount(), before + 1);

    // Another classification for the same slow report waits for Refresh too...
    auto *classification = page->findChild<QLineEdit *>(QStringLiteral("classification"));
    QVERIFY(classification);
    classification->setText(QStringLiteral("Internal"));
    Q_EMIT classification->editingFinished();
    QCOMPARE(page->renderCount(), before + 1);
    QVERIFY(page->isPreviewOutOfDate());
    // ...but another report is laid out at once.
    page->selectKind(QStringLiteral("treatment-plan"));
    QCOMPARE(page->renderCount(), before + 2);
    QVERIFY(!page->isPreviewOutOfDate());
}

QTEST_MAIN(TestRisksPage)
#include "tst_riskspage.moc"
