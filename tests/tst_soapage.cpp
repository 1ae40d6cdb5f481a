// The SoA page as a manager uses it, offscreen: editing in the table with the keyboard,
// undo, the completeness panel, approval and comparison, own controls, spreadsheets.
// With RAMPART_SCREENSHOT_DIR set it also saves pictures of the page for review.

#include "soatestutil.h"

#include "approvesoadialog.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "models/soacomparisonmodel.h"
#include "models/soafilterproxy.h"
#include "models/soafindingmodel.h"
#include "models/soamodel.h"
#include "sample.h"
#include "soa.h"
#include "soadetailpane.h"
#include "soapage.h"
#include "soatreeview.h"
#include "stores/riskstore.h"
#include "stores/soastore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;

namespace {

QModelIndex viewIndex(SoaPage &page, qint64 entryId, int column)
{
    return page.proxy()->mapFromSource(page.model()->indexOfEntry(entryId, column));
}

QWidget *openEditor(SoaPage &page)
{
    return page.view()->indexWidget(page.view()->currentIndex());
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RAMPART_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestSoaPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editStatusInTheTableAndUndo();
    void keyboardWalk();
    void detailPaneWritesThroughTheModel();
    void findingSelectsItsRow();
    void approveAndCompare();
    void approveDialogSaysWhatItFreezes();
    void ownControlFromTheButton();
    void filtersNarrowTheTable();
    void spreadsheetProblemsAreShownAndChangeNothing();
    void mainWindowShowsTheSoa();
    void spreadsheetExcludingAReliedOnControlWarns();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SoaPage> m_page;
    int m_n = 0;
};

void TestSoaPage::initTestCase()
{
    dialogs::setTestMode(true);
}

void TestSoaPage::init()
{
    m_page.reset();
    m_doc = newDocument(m_dir, QStringLiteral("t%1.isms").arg(++m_n));
    QVERIFY(m_doc);
    m_page = std::make_unique<SoaPage>(m_doc.get());
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    dialogs::clearShownMessages();
}

void TestSoaPage::editStatusInTheTableAndUndo()
{
    SoaPage &page = *m_page;
    const qint64 id = m_doc->soa().entryIdForControl(QStringLiteral("5.15"));
    page.selectEntry(id, SoaModel::StatusColumn);
    const QModelIndex status = page.view()->currentIndex();
    QCOMPARE(status, viewIndex(page, id, SoaModel::StatusColumn));
    QCOMPARE(status.data().toString(), QStringLiteral("Not started"));

    QTest::keyClick(page.view(), Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(openEditor(page));
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), QStringLiteral("statusEditor"));
    QCOMPARE(combo->findText(QStringLiteral("Not applicable")), -1);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Partially implemented"));
    // The delegate commits a moment after Return, as it does for a person.
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!openEditor(page));

    QCOMPARE(m_doc->soa().entry(id)->status, ImplementationStatus::Partial);
    QCOMPARE(status.data().toString(), QStringLiteral("Partially implemented"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change implementation status"));
    screenshot(&page, QStringLiteral("soa-edited"));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->soa().entry(id)->status, ImplementationStatus::NotStarted);
    QCOMPARE(status.data().toString(), QStringLiteral("Not started"));
    m_doc->undoStack()->redo();
    QCOMPARE(status.data().toString(), QStringLiteral("Partially implemented"));
}

void TestSoaPage::keyboardWalk()
{
    SoaPage &page = *m_page;
    SoaTreeView *view = page.view();
    view->setFocus();
    const qint64 first = m_doc->soa().entryIdForControl(QStringLiteral("5.1"));
    // The page opens on the first decision.
    QCOMPARE(view->currentIndex(), viewIndex(page, first, SoaModel::ApplicabilityColumn));

    // Typing starts editing: "a" picks Applicable.
    QTest::keyClick(view, Qt::Key_A);
    auto *combo = qobject_cast<QComboBox *>(openEditor(page));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Applicable"));
    // Tab keeps it and moves on to the next editable cell, already editing: the status,
    // the owner, then the reasons (columns in the order the table shows them).
    QTest::keyClick(combo, Qt::Key_Tab);
    QCOMPARE(m_doc->soa().entry(first)->applicability, Applicability::Applicable);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::StatusColumn));
    QVERIFY(qobject_cast<QComboBox *>(openEditor(page)));
    QTest::keyClick(openEditor(page), Qt::Key_Tab);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::OwnerColumn));
    QVERIFY(qobject_cast<QLineEdit *>(openEditor(page)));
    QTest::keyClick(openEditor(page), Qt::Key_Tab);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::ReasonsColumn));
    auto *reasons = qobject_cast<QListWidget *>(openEditor(page));
    QVERIFY(reasons);
    QTest::keyClick(reasons, Qt::Key_1);
    QTest::keyClick(reasons, Qt::Key_3);
    screenshot(&page, QStringLiteral("soa-reasons-editor"));
    QTest::keyClick(reasons, Qt::Key_Return);
    QTRY_COMPARE(m_doc->soa().entry(first)->reasons, RiskTreatmentReason | ContractualReason);
    // Passing through cells without changing them records nothing.
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // Down keeps the column; Enter edits; Escape leaves the value alone.
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 second = m_doc->soa().entryIdForControl(QStringLiteral("5.2"));
    QCOMPARE(view->currentIndex(), viewIndex(page, second, SoaModel::ReasonsColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(openEditor(page));
    QTest::keyClick(openEditor(page), Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(page));
    QCOMPARE(m_doc->soa().entry(second)->reasons, 0);

    // Left and right move along the row as it is shown (the linked risks sit beside
    // the reasons).
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::LinkedRisksColumn));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::TargetDateColumn));
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentIndex().column(), int(SoaModel::OwnerColumn));

    // A date is picked with a date editor; the owner is typed.
    page.selectEntry(second, SoaModel::OwnerColumn);
    QTest::keyClicks(view, QStringLiteral("A"));
    auto *owner = qobject_cast<QLineEdit *>(openEditor(page));
    QVERIFY(owner);
    // The editor has the keyboard now.
    QTest::keyClicks(owner, QStringLiteral("isha Khan"));
    QCOMPARE(owner->text(), QStringLiteral("Aisha Khan"));
    QTest::keyClick(owner, Qt::Key_Return);
    QTRY_COMPARE(m_doc->soa().entry(second)->owner, QStringLiteral("Aisha Khan"));
    page.selectEntry(second, SoaModel::LastReviewedColumn);
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QDateTimeEdit *>(openEditor(page)));
    QTest::keyClick(openEditor(page), Qt::Key_Return);
    QTRY_COMPARE(m_doc->soa().entry(second)->lastReviewed, QDate::currentDate());
    QCOMPARE(m_doc->undoStack()->count(), 4);
}

void TestSoaPage::detailPaneWritesThroughTheModel()
{
    SoaPage &page = *m_page;
    const qint64 id = m_doc->soa().entryIdForControl(QStringLiteral("8.13"));
    page.selectEntry(id, SoaModel::ApplicabilityColumn);
    QCOMPARE(page.detailPane()->entryId(), id);
    auto *implementation = page.detailPane()->findChild<QPlainTextEdit *>(
        QStringLiteral("detail_%1").arg(SoaModel::ImplementationColumn));
    QVERIFY(implementation);
    implementation->setFocus();
    QTest::keyClicks(implementation, QStringLiteral("Nightly snapshots"));
    // Written after a pause in typing.
    QTRY_COMPARE(m_doc->soa().entry(id)->implementation, QStringLiteral("Nightly snapshots"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(implementation->toPlainText(), QString());
    QCOMPARE(page.detailPane()->findChild<QLabel *>(QStringLiteral("detailHeading"))->text(),
             QStringLiteral("8.13  Information backup"));
}

void TestSoaPage::findingSelectsItsRow()
{
    SoaPage &page = *m_page;
    auto *findings = page.findChild<QTableView *>(QStringLiteral("soaFindings"));
    QVERIFY(findings);
    page.findChild<QTabWidget *>(QStringLiteral("soaTabs"))->setCurrentIndex(1);
    QCOMPARE(page.findChild<QTabWidget *>(QStringLiteral("soaTabs"))->tabText(1), QStringLiteral("Completeness (93)"));
    const QModelIndex third = page.findingModel()->index(2, 0);
    QCOMPARE(third.data().toString(), QStringLiteral("5.3"));
    findings->scrollTo(third);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualRect(third).center());
    const qint64 id = m_doc->soa().entryIdForControl(QStringLiteral("5.3"));
    QCOMPARE(page.view()->currentIndex().siblingAtColumn(0), viewIndex(page, id, 0));
    QVERIFY(page.view()->hasFocus());
    screenshot(&page, QStringLiteral("soa-completeness"));
}

void TestSoaPage::approveAndCompare()
{
    SoaPage &page = *m_page;
    QVERIFY(!page.approve(QString(), QDate::currentDate(), {}));
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY(page.approve(QStringLiteral("Daniel Okafor, CEO"), QDate(2026, 3, 16), QStringLiteral("MR-2026-01")));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("soaTabs"));
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Versions (1)"));
    auto *title = page.findChild<QLabel *>(QStringLiteral("comparisonTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("No changes since version 1"));

    const qint64 id = m_doc->soa().entryIdForControl(QStringLiteral("5.23"));
    QVERIFY(page.model()->setData(page.model()->indexOfEntry(id, SoaModel::OwnerColumn), QStringLiteral("Marta Sousa")));
    QTRY_COMPARE(page.comparisonModel()->rowCount(), 1);
    QTRY_COMPARE(title->text(), QStringLiteral("Changed since version 1: 1 control(s)"));
    // A change row leads to its control.
    auto *comparison = page.findChild<QTableView *>(QStringLiteral("soaComparison"));
    const QModelIndex row = comparison->model()->index(0, SoaComparisonModel::Field);
    QCOMPARE(row.data().toString(), QStringLiteral("Control owner"));
    QTest::mouseClick(comparison->viewport(), Qt::LeftButton, {}, comparison->visualRect(row).center());
    QCOMPARE(page.view()->currentIndex().siblingAtColumn(0), viewIndex(page, id, 0));
    screenshot(&page, QStringLiteral("soa-versions"));
}

void TestSoaPage::approveDialogSaysWhatItFreezes()
{
    ApproveSoaDialog dialog(m_doc.get());
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Approve version 1"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("approver")), QStringLiteral("Daniel Okafor, CEO"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.approver(), QStringLiteral("Daniel Okafor, CEO"));
    QCOMPARE(dialog.approvedOn(), QDate::currentDate());
    bool mentionsFindings = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        mentionsFindings = mentionsFindings || label->text().contains(QStringLiteral("93 finding(s)"));
    QVERIFY(mentionsFindings);
    screenshot(&dialog, QStringLiteral("soa-approve-dialog"));
}

void TestSoaPage::ownControlFromTheButton()
{
    SoaPage &page = *m_page;
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addOwnControl"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteOwnControl"));
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto *title = qobject_cast<QLineEdit *>(openEditor(page));
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Tenant isolation testing"));
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(m_doc->soa().ownControls().front().title, QStringLiteral("Tenant isolation testing"));
    QCOMPARE(m_doc->soa().ownControls().front().reference, QStringLiteral("ORG-01"));
    QVERIFY(remove->isEnabled());
    // Its details are edited in the pane.
    QVERIFY(page.detailPane()->findChild<QLineEdit *>(QStringLiteral("ownReference"))->isVisible());
    screenshot(&page, QStringLiteral("soa-own-control"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_doc->soa().ownControls().empty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->soa().ownControls().size(), size_t(1));

    // A risk plans it: the pane links the risk, and deleting says what the risk loses.
    Risk risk;
    risk.reference = QStringLiteral("R-004");
    risk.title = QStringLiteral("Data of one customer seen by another");
    risk.plannedControls = {QStringLiteral("ORG-01")};
    const qint64 riskId = m_doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk"));
    QVERIFY(riskId > 0);
    const qint64 entry = m_doc->soaEntries().entryIdForOwnControl(m_doc->soa().ownControls().front().id);
    page.selectEntry(entry);
    QTRY_VERIFY(page.detailPane()->findChild<QLabel *>(QStringLiteral("linkedRisks"))->text().contains(
        QStringLiteral("risk:%1").arg(riskId)));
    QSignalSpy status(&page, &SoaPage::statusMessage);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(),
             QStringLiteral("Deleted ORG-01; the treatment of R-004 no longer plans it (Edit > Undo brings both back)"));
    QCOMPARE(m_doc->risks().value(riskId, Risk::PlannedControls).toString(), QString());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->risks().value(riskId, Risk::PlannedControls).toString(), QStringLiteral("ORG-01"));
}

void TestSoaPage::filtersNarrowTheTable()
{
    SoaPage &page = *m_page;
    auto *count = page.findChild<QLabel *>(QStringLiteral("soaCount"));
    QCOMPARE(count->text(), QStringLiteral("93 controls"));
    auto *theme = page.findChild<QComboBox *>(QStringLiteral("themeFilter"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("6")));
    QCOMPARE(count->text(), QStringLiteral("8 of 93 shown"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("soaSearch"));
    QTest::keyClicks(search, QStringLiteral("screening"));
    QCOMPARE(count->text(), QStringLiteral("1 of 93 shown"));
    // Going to a row that is filtered out clears the filters.
    page.selectEntry(m_doc->soa().entryIdForControl(QStringLiteral("8.24")), SoaModel::Title);
    QCOMPARE(count->text(), QStringLiteral("93 controls"));
    QCOMPARE(page.view()->currentIndex().data().toString(), QStringLiteral("Use of cryptography"));
    auto *attribute = page.findChild<QComboBox *>(QStringLiteral("attributeFilter"));
    attribute->setCurrentIndex(attribute->findData(QStringLiteral("control_type:Corrective")));
    QVERIFY(page.proxy()->isFiltering());
    screenshot(&page, QStringLiteral("soa-filtered"));
}

void TestSoaPage::spreadsheetProblemsAreShownAndChangeNothing()
{
    SoaPage &page = *m_page;
    const QString csv = m_dir.filePath(QStringLiteral("page.csv"));
    dialogs::queueFileName(csv);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportSoa")), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(csv));
    QVERIFY(dialogs::shownMessages().isEmpty());

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "Control,Applicable\n5.1,Yes\n5.2,Perhaps\n"));
    dialogs::queueFileName(bad);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("importSoa")), Qt::LeftButton);
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY2(dialogs::shownMessages().first().contains(
                 QStringLiteral("bad.csv: line 3, column \"Applicable\": \"Perhaps\" is not a decision")),
             qPrintable(dialogs::shownMessages().first()));
    QCOMPARE(m_doc->undoStack()->count(), 0);

    QVERIFY(writeFile(bad, "Control,Applicable\n5.1,Yes\n5.2,No\n"));
    QVERIFY(page.importCsv(bad));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->soa().entry(m_doc->soa().entryIdForControl(QStringLiteral("5.2")))->status,
             ImplementationStatus::NotApplicable);
}

void TestSoaPage::spreadsheetExcludingAReliedOnControlWarns()
{
    SoaPage &page = *m_page;
    Risk risk;
    risk.reference = QStringLiteral("R-003");
    risk.title = QStringLiteral("Lost backups");
    risk.plannedControls = {QStringLiteral("8.13")};
    QVERIFY(m_doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk")) > 0);
    dialogs::clearShownMessages();
    const QString csv = m_dir.filePath(QStringLiteral("exclude.csv"));
    QVERIFY(writeFile(csv, "Control,Applicable,Justification for exclusion\n8.13,No,The provider backs up\n"));
    // The import goes ahead, and says which risks rely on the excluded control.
    QVERIFY(page.importCsv(csv));
    QCOMPARE(m_doc->soa().entry(m_doc->soa().entryIdForControl(QStringLiteral("8.13")))->applicability,
             Applicability::NotApplicable);
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY2(dialogs::shownMessages().first().contains(QStringLiteral(
                 "line 2, column \"Applicable\": 8.13 is marked not applicable, but the treatment of R-003 plans it")),
             qPrintable(dialogs::shownMessages().first()));
    // The row shows the contradiction, and the completeness tab counts it.
    const QModelIndex cell = page.model()->indexOfEntry(m_doc->soa().entryIdForControl(QStringLiteral("8.13")),
                                                        SoaModel::LinkedRisksColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("R-003"));
    auto relied = [&page] {
        for (int row = 0; row < page.findingModel()->rowCount(); ++row) {
            if (page.findingModel()->index(row, SoaFindingModel::Detail).data().toString().contains(QStringLiteral("R-003")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(relied());
}

void TestSoaPage::mainWindowShowsTheSoa()
{
    m_page.reset();
    const QString path = m_dir.filePath(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openFile(path));
    window.showArea(QStringLiteral("soa"));
    auto *page = window.findChild<SoaPage *>(QStringLiteral("soaPage"));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(page->model()->rowCount(page->model()->groupIndex(SoaModel::ownGroupKey())), 2);
    // The catalog's texts, which opening the file leaves unread, are there for the SoA.
    const CatalogControl *builtIn = Catalog::builtIn()->control(QStringLiteral("5.23"));
    QVERIFY(builtIn && !builtIn->description.isEmpty() && !builtIn->guidance.isEmpty());
    const QModelIndex cloud = page->model()->indexOfEntry(window.document()->soa().entryIdForControl(QStringLiteral("5.23")));
    QVERIFY(cloud.isValid());
    QCOMPARE(cloud.data(SoaModel::DescriptionRole).toString(), builtIn->description);
    QCOMPARE(cloud.data(SoaModel::GuidanceRole).toString(), builtIn->guidance);
    QVERIFY(!cloud.data(SoaModel::AttributesRole).toStringList().isEmpty());
    // The window still fits a 1280 pixel wide screen.
    QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
    screenshot(&window, QStringLiteral("soa-window"));
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("soaTabs"));
    tabs->setCurrentIndex(2);
    QTRY_COMPARE(page->comparisonModel()->changedControls(), 6);
    screenshot(&window, QStringLiteral("soa-window-versions"));
    tabs->setCurrentIndex(1);
    screenshot(&window, QStringLiteral("soa-window-completeness"));
    window.closeFile();
}

QTEST_MAIN(TestSoaPage)
#include "tst_soapage.moc"
