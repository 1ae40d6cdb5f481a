// The GUI as a user meets it: first run, the sample, editing the scope through the
// form with undo, refused files, read-only files. Runs offscreen.

#include "contextpage.h"
#include "dialogs.h"
#include "document.h"
#include "documentsummary.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "models/riskfilterproxymodel.h"
#include "models/riskregistermodel.h"
#include "models/soafilterproxy.h"
#include "models/soamodel.h"
#include "riskregisterpanel.h"
#include "riskspage.h"
#include "sample.h"
#include "settings.h"
#include "soa.h"
#include "soadetailpane.h"
#include "soapage.h"
#include "soatreeview.h"
#include "models/organisationmodel.h"
#include "storage/database.h"
#include "stores/organisationstore.h"
#include "stores/riskstore.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QLockFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rampart;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunShowsWelcome();
    void welcomeBuiltOnlyWhenNeeded();
    void recentFilesFollowWhatIsOpened();
    void sampleOpensOnOverview();
    void editNameThroughFormThenUndo();
    void editIsOnDiskAtOnce();
    void exclusionsAddDeleteUndo();
    void refusedFileSaysWhy();
    void fileReadBeforeTheWindow();
    void refusedFileReadBeforeTheWindow();
    void programStartsOnAFileAndSaysReady();
    void damagedFileClosedOnceShown();
    void newFileNeverOverwrites();
    void saveAsContinuesInCopy();
    void lockedFileOpensReadOnly();
    void soaRowOpensItsLinkedRisk();
    void textIndexBuiltOnceShown();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A file named .isms that is not one: meeting notes. Empty if it cannot be written.
    QString notesFile() const;
    QAction *editAction(MainWindow &window, const QString &prefix) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RampartTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    dialogs::setTestMode(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile::remove(MainWindow::sampleCopyPath());
    dialogs::clearShownMessages();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

QAction *TestMainWindow::editAction(MainWindow &window, const QString &prefix) const
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().startsWith(prefix))
            return action;
    }
    return nullptr;
}

void TestMainWindow::firstRunShowsWelcome()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.document());
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("newButton")));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openButton")));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("sampleButton")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Rampart"));
}

void TestMainWindow::welcomeBuiltOnlyWhenNeeded()
{
    // A file given at start-up: the welcome page is never built.
    QString error;
    const QString file = path(QStringLiteral("opened.isms"));
    QVERIFY2(createSample(file, &error), qPrintable(error));
    {
        MainWindow window;
        QVERIFY(window.openFileAt(file, QStringLiteral("overview")));
        window.show();
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage")));
        QCOMPARE(window.currentArea(), QStringLiteral("overview"));
        // Closing the file leads to it.
        window.closeFile();
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
    }
    // A file that cannot be opened: the window still shows the welcome page, not nothing.
    MainWindow window;
    QVERIFY(!window.openFileAt(path(QStringLiteral("missing.isms")), QStringLiteral("overview")));
    window.show();
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
}

void TestMainWindow::recentFilesFollowWhatIsOpened()
{
    QString error;
    const QString first = QFileInfo(path(QStringLiteral("first.isms"))).absoluteFilePath();
    const QString second = QFileInfo(path(QStringLiteral("second.isms"))).absoluteFilePath();
    QVERIFY2(createSample(first, &error), qPrintable(error));
    QVERIFY2(createSample(second, &error), qPrintable(error));
    settings::RecentFiles.set({});
    settings::LastFile.set({});
    MainWindow window;
    QVERIFY(window.openFileAt(first, QStringLiteral("overview")));
    QVERIFY(window.openFileAt(second, QStringLiteral("overview")));
    QCOMPARE(settings::RecentFiles.get(), QStringList({second, first}));
    QCOMPARE(settings::LastFile.get(), second);
    // Opened again, a file moves to the top once; opened twice, nothing changes.
    QVERIFY(window.openFileAt(first, QStringLiteral("overview")));
    QVERIFY(window.openFileAt(first, QStringLiteral("overview")));
    QCOMPARE(settings::RecentFiles.get(), QStringList({first, second}));
    QCOMPARE(settings::LastFile.get(), first);
}

void TestMainWindow::sampleOpensOnOverview()
{
    MainWindow window;
    window.show();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sampleButton")), Qt::LeftButton);
    QVERIFY2(window.document(), qPrintable(dialogs::shownMessages().join(QLatin1Char('\n'))));
    QCOMPARE(window.currentArea(), QStringLiteral("overview"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Kestrel Cloudworks")));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), int(MainWindow::areaKeys().size()));
    // Every area has a page of its own.
    for (const QString &area : MainWindow::areaKeys()) {
        window.showArea(area);
        QCOMPARE(window.currentArea(), area);
    }
}

void TestMainWindow::editNameThroughFormThenUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample());
    window.showArea(QStringLiteral("context"));
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("field_%1").arg(Organisation::Name));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Kestrel Cloudworks"));

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Kestrel Cloudworks Group"));
    window.findChild<ContextPage *>()->commitPendingEdits();
    Document *doc = window.document();
    QCOMPARE(doc->organisation().read().name, QStringLiteral("Kestrel Cloudworks Group"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Kestrel Cloudworks Group")));

    QAction *undo = editAction(window, QStringLiteral("&Undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("organisation name")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(doc->organisation().read().name, QStringLiteral("Kestrel Cloudworks"));
    QCOMPARE(name->text(), QStringLiteral("Kestrel Cloudworks"));

    QAction *redo = editAction(window, QStringLiteral("&Redo"));
    QVERIFY(redo);
    redo->trigger();
    QCOMPARE(name->text(), QStringLiteral("Kestrel Cloudworks Group"));
}

void TestMainWindow::editIsOnDiskAtOnce()
{
    const QString file = path(QStringLiteral("disk.isms"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.newFile(file));
        window.showArea(QStringLiteral("context"));
        auto *statement = window.findChild<QPlainTextEdit *>(QStringLiteral("field_%1").arg(Organisation::ScopeStatement));
        QVERIFY(statement);
        statement->setFocus();
        QTest::keyClicks(statement, QStringLiteral("All of it"));
        // The form submits on its own shortly after typing stops.
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->organisation().read().scopeStatement, QStringLiteral("All of it"),
                                  5000);
        // Read the file through a second, independent connection while the window still holds it.
        QString error;
        auto reader = Document::open(file, Database::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->organisation().read().scopeStatement, QStringLiteral("All of it"));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

void TestMainWindow::exclusionsAddDeleteUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample());
    window.showArea(QStringLiteral("context"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("exclusionTable"));
    QVERIFY(table);
    const int before = table->model()->rowCount();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addExclusion")), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before + 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("removeExclusion")), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before);
    QUndoStack *stack = window.document()->undoStack();
    stack->undo();
    stack->undo();
    QCOMPARE(table->model()->rowCount(), before);
    QCOMPARE(window.document()->scopeExclusions().all().size(), size_t(before));
}

QString TestMainWindow::notesFile() const
{
    const QString file = path(QStringLiteral("notes.isms"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write("These are meeting notes, not an ISMS.\n") < 0)
        return {};
    return file;
}

void TestMainWindow::refusedFileSaysWhy()
{
    const QString file = notesFile();
    QVERIFY(!file.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(!window.openFile(file));
    QVERIFY(!window.document());
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY2(dialogs::shownMessages().first().contains(QStringLiteral("not a Rampart ISMS file")),
             qPrintable(dialogs::shownMessages().first()));
}

void TestMainWindow::fileReadBeforeTheWindow()
{
    // As the program starts: the file and the Overview's figures are read before the
    // window exists, and the window shows what was read.
    const QString file = path(QStringLiteral("read.isms"));
    QString error;
    QVERIFY2(createSample(file, &error), qPrintable(error));
    MainWindow::ReadFile read = MainWindow::readFile(file, QStringLiteral("overview"));
    QVERIFY2(read.document, qPrintable(read.error));
    QVERIFY(read.overview);
    QCOMPARE(read.overview->organisation, QStringLiteral("Kestrel Cloudworks"));
    // Another area first: the Overview's figures are not read for nothing.
    {
        MainWindow::ReadFile other = MainWindow::readFile(file, QStringLiteral("risks"));
        QVERIFY2(other.document, qPrintable(other.error));
        QVERIFY(!other.overview);
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openRead(std::move(read)));
    QVERIFY(window.document());
    QCOMPARE(window.currentArea(), QStringLiteral("overview"));
    QVERIFY(dialogs::shownMessages().isEmpty());
    // The figures shown are those an Overview reads for itself.
    auto *shown = window.findChild<OverviewPage *>(QStringLiteral("overviewPage"));
    QVERIFY(shown);
    OverviewPage fresh(window.document());
    const QStringList keys = {QStringLiteral("requirements"), QStringLiteral("documents"), QStringLiteral("review"),
                              QStringLiteral("objectives"), QStringLiteral("soa"), QStringLiteral("risks"),
                              QStringLiteral("treatment"), QStringLiteral("nonconformities"), QStringLiteral("audit")};
    for (const QString &key : keys) {
        QVERIFY2(!shown->figureText(key).isEmpty(), qPrintable(key));
        QCOMPARE(shown->figureText(key), fresh.figureText(key));
    }
    QCOMPARE(shown->documentedText(1), fresh.documentedText(1));
}

void TestMainWindow::refusedFileReadBeforeTheWindow()
{
    const QString file = notesFile();
    QVERIFY(!file.isEmpty());
    const QByteArray before = test::readAll(file);
    MainWindow::ReadFile read = MainWindow::readFile(file, QStringLiteral("overview"));
    QVERIFY(!read.document);
    QVERIFY(!read.overview);
    QVERIFY2(read.error.contains(QStringLiteral("not a Rampart ISMS file")), qPrintable(read.error));
    // The window says why, once it exists, and the file is as it was.
    MainWindow window;
    window.show();
    QVERIFY(!window.openRead(std::move(read)));
    QVERIFY(!window.document());
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY2(dialogs::shownMessages().first().contains(QStringLiteral("not a Rampart ISMS file")),
             qPrintable(dialogs::shownMessages().first()));
    QCOMPARE(test::readAll(file), before);
}

void TestMainWindow::programStartsOnAFileAndSaysReady()
{
    // The program itself, as the start-up benchmark runs it: the file read while the fonts
    // are set up in another thread, the window built after, ready once it has painted, and
    // nothing left beside the file after it quits. Then with no file: the welcome page.
    const QString file = path(QStringLiteral("started.isms"));
    QString error;
    QVERIFY2(createSample(file, &error), qPrintable(error));
    const QByteArray before = test::readAll(file);
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(test::guiPath(), arguments);
        const bool finished = process.waitForFinished(60000);
        return std::make_tuple(finished, process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    {
        const auto [finished, code, out, err] = run({file, QStringLiteral("--quit-when-ready")});
        QVERIFY2(finished, qPrintable(err));
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("ready cpu-ms ")), qPrintable(out));
        bool parsed = false;
        const double cpuMs = out.section(QLatin1Char(' '), 2).trimmed().toDouble(&parsed);
        QVERIFY2(parsed && cpuMs > 0, qPrintable(out));
    }
    QCOMPARE(test::readAll(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    {
        const auto [finished, code, out, err] = run({QStringLiteral("--quit-when-ready"), QStringLiteral("--area"),
                                                     QStringLiteral("risks"), file});
        QVERIFY2(finished && code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("ready cpu-ms ")), qPrintable(out));
    }
    QVERIFY(QFile::remove(file));
    {
        // The last file is gone: the welcome page, ready all the same.
        const auto [finished, code, out, err] = run({QStringLiteral("--quit-when-ready")});
        QVERIFY2(finished && code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("ready cpu-ms ")), qPrintable(out));
    }
}

void TestMainWindow::damagedFileClosedOnceShown()
{
    // A damaged file, small, that opening does not read into: the window shows it,
    // SQLite's check runs once the first screen has painted, and the file is closed with
    // the reason, unwritten.
    const QString file = path(QStringLiteral("damaged.isms"));
    QString error;
    QVERIFY2(createSample(file, &error), qPrintable(error));
    const QString corrupted = test::corruptBtreePage(file);
    QVERIFY2(corrupted.isEmpty(), qPrintable(corrupted));
    const QByteArray before = test::readAll(file);
    MainWindow window;
    window.show();
    // The page damaged in the sample is none that opening and the Overview read.
    QVERIFY2(window.openFile(file), qPrintable(dialogs::shownMessages().join(QLatin1Char('\n'))));
    QVERIFY(window.document());
    QVERIFY(dialogs::shownMessages().isEmpty());
    QTRY_VERIFY(!window.document());
    QCOMPARE(dialogs::shownMessages().size(), 1);
    QVERIFY2(dialogs::shownMessages().first().contains(QStringLiteral("damaged")),
             qPrintable(dialogs::shownMessages().first()));
    QCOMPARE(test::readAll(file), before);
}

void TestMainWindow::newFileNeverOverwrites()
{
    const QString file = path(QStringLiteral("exists.isms"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    MainWindow window;
    QVERIFY(!window.newFile(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("never overwrites")));
}

void TestMainWindow::saveAsContinuesInCopy()
{
    MainWindow window;
    QVERIFY(window.openSample());
    const QString copy = path(QStringLiteral("copy.isms"));
    QVERIFY(window.saveCopyAs(copy));
    QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("copy.isms"));
    QCOMPARE(window.document()->organisation().read().name, QStringLiteral("Kestrel Cloudworks"));
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    const QString file = path(QStringLiteral("shared.isms"));
    {
        QString error;
        QVERIFY2(Document::create(file, QStringLiteral("Shared Ltd"), &error), qPrintable(error));
    }
    QLockFile otherRampart(file + QStringLiteral(".lock"));
    QVERIFY(otherRampart.tryLock(0));

    MainWindow window;
    window.show();
    QVERIFY(window.openFile(file));
    QVERIFY(window.document()->isReadOnly());
    auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("another Rampart")), qPrintable(label->text()));
    window.showArea(QStringLiteral("context"));
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("field_%1").arg(Organisation::Name));
    QVERIFY(name->isReadOnly());
    OrganisationModel model(window.document());
    QVERIFY(!model.setData(model.index(0, Organisation::Name), QStringLiteral("Changed")));
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestMainWindow::soaRowOpensItsLinkedRisk()
{
    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(window.openSample());
    window.showArea(QStringLiteral("soa"));
    SoaPage *soa = window.soaPage();
    QVERIFY(soa);
    // A control that more than one risk's treatment plans.
    const SoaEntry *entry = nullptr;
    std::vector<LinkedRisk> risks;
    for (const SoaEntry &e : window.document()->soa().entries()) {
        risks = window.document()->soa().linkedRisks(e);
        if (risks.size() >= 2) {
            entry = soa->model()->entryAt(soa->model()->indexOfEntry(e.id));
            break;
        }
    }
    QVERIFY(entry);
    const qint64 entryId = entry->id;
    auto currentRisk = [&window] {
        RiskRegisterPanel *panel = window.risksPage()->registerPanel();
        const QModelIndex current = panel->proxy()->mapToSource(panel->view()->currentIndex());
        return current.isValid() ? panel->registerModel()->idAt(current.row()) : qint64(0);
    };

    // From the detail pane: the risk is a link.
    soa->selectEntry(entryId);
    QCOMPARE(soa->detailPane()->entryId(), entryId);
    auto *links = soa->detailPane()->findChild<QLabel *>(QStringLiteral("linkedRisks"));
    QVERIFY(links);
    QVERIFY(links->text().contains(QStringLiteral("risk:%1").arg(risks.back().id)));
    Q_EMIT links->linkActivated(QStringLiteral("risk:%1").arg(risks.back().id));
    QCOMPARE(window.currentArea(), QStringLiteral("risks"));
    QVERIFY(window.risksPage());
    QCOMPARE(currentRisk(), risks.back().id);

    // A filter in the register that hides the risk is cleared to show it.
    auto *search = window.risksPage()->findChild<QLineEdit *>(QStringLiteral("riskSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("no risk is called like this"));
    QTRY_COMPARE(window.risksPage()->registerPanel()->proxy()->rowCount(), 0);

    // From the table: the context menu of the row, then double-click on the cell.
    window.showArea(QStringLiteral("soa"));
    const QModelIndex cell = soa->proxy()->mapFromSource(soa->model()->indexOfEntry(entryId, SoaModel::LinkedRisksColumn));
    QVERIFY(cell.isValid());
    std::unique_ptr<QMenu> menu(soa->linkedRisksMenu(cell, soa));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), int(risks.size()));
    QVERIFY(menu->actions().first()->text().startsWith(QStringLiteral("Open risk %1").arg(risks.front().reference)));
    menu->actions().first()->trigger();
    QCOMPARE(window.currentArea(), QStringLiteral("risks"));
    QCOMPARE(currentRisk(), risks.front().id);
    QVERIFY(search->text().isEmpty());
    QVERIFY(window.risksPage()->registerPanel()->view()->isVisible());
}

void TestMainWindow::textIndexBuiltOnceShown()
{
    // A generated register of 2,500 risks leaves its text index to be built: the window
    // builds it after it has shown the file, not on the first keystroke of a search.
    const QString file = path(QStringLiteral("large.isms"));
    QString error;
    QVERIFY2(createGeneratedSample(file, 2500, 10, &error), qPrintable(error));
    // SQLite's check runs in the background (the window checks every file so), and the
    // build waits for it without holding the window up.
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(file));
    QVERIFY(window.document()->risks().textIndexPending());
    QTRY_VERIFY(!window.document()->risks().textIndexPending());
    QVERIFY(!window.document()->database().isCheckPending());
    QVERIFY(!window.document()->risks().idsWithLongText(QStringLiteral("ransomware")).empty());
    // An import that doubles the register leaves it to be built again, and again the
    // window builds it once it has shown the import.
    RiskRegisterBatch batch;
    for (int i = 0; i < 3000; ++i) {
        Risk r;
        r.id = i + 1;
        r.reference = QStringLiteral("R-%1").arg(10000 + i);
        r.title = QStringLiteral("Imported risk %1").arg(i);
        r.description = i == 1500 ? QStringLiteral("A quokka chews through the fibre.") : QStringLiteral("Routine.");
        batch.risks.push_back(r);
    }
    QVERIFY(window.document()->importRegister(batch, QStringLiteral("Import")));
    QVERIFY(window.document()->risks().textIndexPending());
    QTRY_VERIFY(!window.document()->risks().textIndexPending());
    QCOMPARE(window.document()->risks().idsWithLongText(QStringLiteral("quokka")).size(), size_t(1));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
