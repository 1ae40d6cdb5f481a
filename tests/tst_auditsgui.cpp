// The Audits and Improvement areas as a user meets them, offscreen: the calendar and
// coverage of the sample, an audit's impartiality warning and checklist, generating a
// checklist and raising a nonconformity with the buttons, the worksheet through the
// file dialogs, the close/verify workflow, and a read-only file.
//
// RAMPART_SCREENSHOTS=DIR saves a picture of every screen visited, to look at.

#include "auditeditor.h"
#include "auditspage.h"
#include "dialogs.h"
#include "document.h"
#include "domain/audit.h"
#include "improvementpage.h"
#include "io/csv.h"
#include "mainwindow.h"
#include "models/auditmodels.h"
#include "models/nonconformitymodels.h"
#include "nonconformitypage.h"
#include "reportspage.h"
#include "sample.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rampart;

class TestAuditsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void calendarAndCoverage();
    void auditEditorShowsImpartialityAndChecklist();
    void scopePickerAppliesAsOneEdit();
    void generateChecklistAndRaiseNonconformity();
    void worksheetThroughDialogs();
    void closeNeedsEffectiveVerification();
    void readOnlyFileOffersNoEdits();
    void reportsPrintOneAudit();

private:
    QString openSampleCopy(MainWindow &window);
    void snap(QWidget *widget, const QString &name);
    template<typename T>
    T *find(QWidget &window, const QString &name)
    {
        T *child = window.findChild<T *>(name);
        if (!child)
            qWarning("no %s", qPrintable(name));
        return child;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RampartTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditsgui"));
    dialogs::setTestMode(true);
}

void TestAuditsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    dialogs::clearShownMessages();
}

void TestAuditsGui::cleanup()
{
    m_dir.reset();
}

QString TestAuditsGui::openSampleCopy(MainWindow &window)
{
    const QString path = m_dir->filePath(QStringLiteral("kestrel.isms"));
    QString error;
    if (!createSample(path, &error))
        return error;
    window.resize(1400, 900);
    window.show();
    return window.openFile(path) ? QString() : dialogs::shownMessages().join(QLatin1Char('\n'));
}

void TestAuditsGui::snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RAMPART_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestAuditsGui::calendarAndCoverage()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("audits"));
    QCOMPARE(window.currentArea(), QStringLiteral("audits"));
    // The area is no longer an empty placeholder.
    QVERIFY(window.findChild<AuditsPage *>());
    auto *calendar = find<QTableView>(window, QStringLiteral("auditCalendar"));
    QVERIFY(calendar);
    QCOMPARE(calendar->model()->rowCount(), 8);
    QCOMPARE(calendar->model()->index(0, AuditListModel::Reference).data().toString(), QStringLiteral("IA-2025-01"));
    auto *grid = find<QTableView>(window, QStringLiteral("coverageGrid"));
    QVERIFY(grid);
    QCOMPARE(grid->model()->rowCount(), 123);
    auto *summary = find<QLabel>(window, QStringLiteral("coverageSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("(100%)")), qPrintable(summary->text()));
    snap(&window, QStringLiteral("audits-calendar"));

    // Only what is not covered: nothing, in the sample.
    find<QCheckBox>(window, QStringLiteral("onlyUncovered"))->setChecked(true);
    QCOMPARE(grid->model()->rowCount(), 0);
    // Until an audit's scope shrinks.
    Document *doc = window.document();
    const qint64 audit = doc->audits().idForReference(QStringLiteral("IA-2027-03"));
    QVERIFY(doc->setValue(Entity::Audit, audit, Audit::Scope, QStringLiteral("A.8.18")));
    QCOMPARE(grid->model()->rowCount(), 15);
    QVERIFY2(summary->text().contains(QLatin1String("15 are not covered")), qPrintable(summary->text()));
    snap(&window, QStringLiteral("audits-uncovered"));
    doc->undoStack()->undo();
    QCOMPARE(grid->model()->rowCount(), 0);

    auto *tabs = find<QTabWidget>(window, QStringLiteral("auditTabs"));
    tabs->setCurrentIndex(1);
    snap(&window, QStringLiteral("audits-programme"));
}

void TestAuditsGui::auditEditorShowsImpartialityAndChecklist()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("audits"));
    auto *page = window.findChild<AuditsPage *>();
    Document *doc = window.document();
    page->openAudit(doc->audits().idForReference(QStringLiteral("IA-2026-01")));
    auto *warning = find<QLabel>(window, QStringLiteral("impartialityWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("Ines Carvalho")), qPrintable(warning->text()));
    page->editor()->showTab(QStringLiteral("details"));
    snap(&window, QStringLiteral("audit-details"));

    page->editor()->showTab(QStringLiteral("checklist"));
    auto *checklist = find<QTableView>(window, QStringLiteral("checklistTable"));
    QCOMPARE(checklist->model()->rowCount(), 38);
    // The SoA's status and implementation stand beside each control item.
    QVERIFY(!checklist->isColumnHidden(ChecklistModel::Soa));
    snap(&window, QStringLiteral("audit-checklist"));

    // Record a result in the table; Edit > Undo takes it back.
    const QModelIndex result = checklist->model()->index(0, ChecklistModel::Result);
    QVERIFY(checklist->model()->setData(result, QStringLiteral("minor")));
    QCOMPARE(result.data().toString(), QStringLiteral("Minor nonconformity"));
    auto *summary = find<QLabel>(window, QStringLiteral("checklistSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("1 finding(s) without a nonconformity record")),
             qPrintable(summary->text()));
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().startsWith(QLatin1String("&Undo")))
            undo = action;
    }
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(result.data().toString(), QStringLiteral("Not yet assessed"));

    // Moving the area to someone else clears the warning.
    page->editor()->showTab(QStringLiteral("scope"));
    auto *areas = find<QTableView>(window, QStringLiteral("areaTable"));
    QCOMPARE(areas->model()->rowCount(), 4);
    snap(&window, QStringLiteral("audit-scope"));
    QVERIFY(areas->model()->setData(areas->model()->index(2, AuditAreaModel::Owner), QStringLiteral("Aisha Khan")));
    QVERIFY(!warning->isVisible());
}

void TestAuditsGui::scopePickerAppliesAsOneEdit()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("audits"));
    auto *page = window.findChild<AuditsPage *>();
    Document *doc = window.document();
    const qint64 audit = doc->audits().idForReference(QStringLiteral("IA-2027-04"));
    page->openAudit(audit);
    page->editor()->showTab(QStringLiteral("scope"));
    auto *tree = find<QTreeWidget>(window, QStringLiteral("scopeTree"));
    auto *apply = find<QPushButton>(window, QStringLiteral("applyScope"));
    // Stored as whole clauses, read back as the same requirements: nothing to apply.
    QVERIFY(!apply->isEnabled());
    QTreeWidgetItem *controls = tree->topLevelItem(1);
    QTreeWidgetItem *physical = controls->child(2);
    physical->child(0)->setCheckState(0, Qt::Checked);
    physical->child(3)->setCheckState(0, Qt::Checked);
    QVERIFY(apply->isEnabled());
    const int steps = doc->undoStack()->count();
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const QString scope = doc->audits().record(audit)->text(Audit::Scope);
    QVERIFY2(scope.endsWith(QLatin1String("10.2, A.7.1, A.7.4")), qPrintable(scope));
    QVERIFY(!apply->isEnabled());
    doc->undoStack()->undo();
    QCOMPARE(physical->child(0)->checkState(0), Qt::Unchecked);
}

void TestAuditsGui::generateChecklistAndRaiseNonconformity()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("audits"));
    auto *page = window.findChild<AuditsPage *>();
    Document *doc = window.document();
    page->openAudit(doc->audits().idForReference(QStringLiteral("IA-2027-01")));
    page->editor()->showTab(QStringLiteral("checklist"));
    auto *checklist = find<QTableView>(window, QStringLiteral("checklistTable"));
    QCOMPARE(checklist->model()->rowCount(), 0);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("generateChecklist")), Qt::LeftButton);
    QCOMPARE(checklist->model()->rowCount(), 22);
    // A second click has nothing to add, and says so.
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("generateChecklist")), Qt::LeftButton);
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY(dialogs::shownMessages().first().contains(QLatin1String("already")));

    auto *raise = find<QPushButton>(window, QStringLiteral("raiseNonconformity"));
    checklist->setCurrentIndex(checklist->model()->index(4, ChecklistModel::Result));
    QVERIFY(!raise->isEnabled());
    QVERIFY(checklist->model()->setData(checklist->model()->index(4, ChecklistModel::Result), QStringLiteral("minor")));
    QVERIFY(raise->isEnabled());
    QTest::mouseClick(raise, Qt::LeftButton);
    QCOMPARE(checklist->model()->index(4, ChecklistModel::Nonconformity).data().toString(), QStringLiteral("NC-005"));
    QVERIFY(!raise->isEnabled());
    snap(&window, QStringLiteral("audit-generated"));

    window.showArea(QStringLiteral("improvement"));
    auto *ncs = find<QTableView>(window, QStringLiteral("nonconformityTable"));
    QCOMPARE(ncs->model()->rowCount(), 5);
    auto *improvement = window.findChild<ImprovementPage *>();
    QCOMPARE(improvement->tabs()->tabText(0), QStringLiteral("Nonconformities and corrective actions (10.2)"));
}

void TestAuditsGui::worksheetThroughDialogs()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("audits"));
    auto *page = window.findChild<AuditsPage *>();
    Document *doc = window.document();
    const qint64 audit = doc->audits().idForReference(QStringLiteral("IA-2026-01"));
    page->openAudit(audit);
    page->editor()->showTab(QStringLiteral("checklist"));

    const QString sheet = m_dir->filePath(QStringLiteral("sheet.csv"));
    dialogs::queueFileName(sheet);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("exportWorksheet")), Qt::LeftButton);
    QVERIFY(QFile::exists(sheet));

    QFile file(sheet);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvTable table;
    QString error;
    QVERIFY2(Csv::parse(file.readAll(), &table, &error), qPrintable(error));
    file.close();
    table.rows[1][3] = QStringLiteral("conforming");
    table.rows[2][3] = QStringLiteral("observation");
    QList<QStringList> rows{table.header};
    rows += table.rows;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Csv::write(rows));
    file.close();

    const int steps = doc->undoStack()->count();
    dialogs::queueFileName(sheet);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("importWorksheet")), Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY2(dialogs::shownMessages().last().contains(QLatin1String("2 item(s) updated")),
             qPrintable(dialogs::shownMessages().join(QLatin1Char('\n'))));
    auto *checklist = find<QTableView>(window, QStringLiteral("checklistTable"));
    QCOMPARE(checklist->model()->index(1, ChecklistModel::Result).data().toString(), QStringLiteral("Observation"));

    // The same sheet with a broken row: refused, with the line, and nothing written.
    rows[3][3] = QStringLiteral("dunno");
    rows[2][3] = QStringLiteral("minor");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Csv::write(rows));
    file.close();
    dialogs::queueFileName(sheet);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("importWorksheet")), Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY2(dialogs::shownMessages().last().contains(QLatin1String("line 4, column 4")),
             qPrintable(dialogs::shownMessages().last()));
    QCOMPARE(checklist->model()->index(0, ChecklistModel::Result).data().toString(), QStringLiteral("Conforming"));
}

void TestAuditsGui::closeNeedsEffectiveVerification()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("improvement"));
    auto *page = window.findChild<NonconformityPage *>();
    QVERIFY(page);
    Document *doc = window.document();
    // The page opens on the nonconformity that needs attention: an overdue action.
    QCOMPARE(page->currentNonconformity(), doc->nonconformities().idForReference(QStringLiteral("NC-002")));
    snap(&window, QStringLiteral("nonconformities"));
    auto *state = find<QLabel>(window, QStringLiteral("nonconformityState"));
    QVERIFY2(state->text().contains(QLatin1String("overdue")), qPrintable(state->text()));

    auto *close = find<QPushButton>(window, QStringLiteral("closeNonconformity"));
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(doc->nonconformities().record(page->currentNonconformity())->text(Nonconformity::ClosedOn).isEmpty());
    QVERIFY2(dialogs::shownMessages().last().contains(QLatin1String("verified as effective")),
             qPrintable(dialogs::shownMessages().join(QLatin1Char('\n'))));

    // NC-004: verified effective, then closed; reopened by undo.
    const qint64 nc = doc->nonconformities().idForReference(QStringLiteral("NC-004"));
    page->selectNonconformity(nc);
    QVERIFY(doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedBy, QStringLiteral("Priya Raman")));
    QVERIFY(doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedOn, QDate::currentDate().addDays(-1)));
    QVERIFY(doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerificationResult, QStringLiteral("effective")));
    QVERIFY(page->closeCurrent());
    QCOMPARE(doc->nonconformities().record(nc)->text(Nonconformity::ClosedOn), QDate::currentDate().toString(Qt::ISODate));
    auto *closure = find<QLabel>(window, QStringLiteral("closureState"));
    QVERIFY(closure->text().startsWith(QLatin1String("Closed on")));
    QVERIFY(!close->isEnabled());
    QVERIFY(find<QPushButton>(window, QStringLiteral("reopenNonconformity"))->isEnabled());
    doc->undoStack()->undo();
    QVERIFY(close->isEnabled());
}

void TestAuditsGui::readOnlyFileOffersNoEdits()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    QLockFile otherRampart(path + QStringLiteral(".lock"));
    QVERIFY(otherRampart.tryLock(0));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    window.showArea(QStringLiteral("audits"));
    QVERIFY(!find<QPushButton>(window, QStringLiteral("addAudit"))->isEnabled());
    QVERIFY(!find<QPushButton>(window, QStringLiteral("generateChecklist"))->isEnabled());
    QVERIFY(!find<QPushButton>(window, QStringLiteral("importWorksheet"))->isEnabled());
    auto *checklist = find<QTableView>(window, QStringLiteral("checklistTable"));
    QVERIFY(!(checklist->model()->flags(checklist->model()->index(0, ChecklistModel::Result)) & Qt::ItemIsEditable));
    window.showArea(QStringLiteral("improvement"));
    QVERIFY(!find<QPushButton>(window, QStringLiteral("addNonconformity"))->isEnabled());
    QVERIFY(!find<QPushButton>(window, QStringLiteral("closeNonconformity"))->isEnabled());
}

void TestAuditsGui::reportsPrintOneAudit()
{
    MainWindow window;
    const QString opened = openSampleCopy(window);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    window.showArea(QStringLiteral("reports"));
    auto *page = window.findChild<ReportsPage *>();
    QVERIFY(page);
    auto *audit = find<QComboBox>(window, QStringLiteral("reportAudit"));
    QVERIFY(!audit->isVisible());
    page->selectKind(QStringLiteral("audit-plan"));
    QVERIFY(audit->isVisible());
    QCOMPARE(audit->count(), 8);
    page->selectAudit(QStringLiteral("IA-2025-01"));
    QVERIFY(page->previewPageCount() >= 5);
    snap(&window, QStringLiteral("reports-audit-plan"));
    const QString pdf = m_dir->filePath(QStringLiteral("plan.pdf"));
    QVERIFY(page->exportPdf(pdf));
    QVERIFY(QFile(pdf).size() > 1000);
}

QTEST_MAIN(TestAuditsGui)
#include "tst_auditsgui.moc"
