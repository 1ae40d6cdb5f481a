#include "mainwindow.h"

#include "afterfirstpaint.h"
#include "areapage.h"
#include "auditspage.h"
#include "contextpage.h"
#include "dialogs.h"
#include "document.h"
#include "documentsummary.h"
#include "emptyareapage.h"
#include "improvementpage.h"
#include "measurementstab.h"
#include "nonconformitypage.h"
#include "overviewpage.h"
#include "registerform.h"
#include "registerpanel.h"
#include "reportspage.h"
#include "requirementspage.h"
#include "reviewpage.h"
#include "riskspage.h"
#include "sample.h"
#include "settings.h"
#include "soapage.h"
#include "stores/organisationstore.h"
#include "stores/riskstore.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rampart {

QStringList MainWindow::areaKeys()
{
    return {QStringLiteral("overview"),   QStringLiteral("requirements"), QStringLiteral("context"),
            QStringLiteral("documents"),  QStringLiteral("objectives"),   QStringLiteral("risks"),
            QStringLiteral("soa"),        QStringLiteral("audits"),       QStringLiteral("review"),
            QStringLiteral("improvement"), QStringLiteral("reports")};
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_fileLabel(new QLabel)
    , m_readOnlyLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    createActions();


    const QByteArray geometry = settings::WindowGeometry.get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeFile();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, [this] {
        const QString path = dialogs::saveFileName(this, tr("New ISMS file"), tr("ISMS.isms"));
        if (!path.isEmpty())
            newFile(path);
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, [this] {
        const QString path = dialogs::openFileName(this, tr("Open ISMS file"));
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open the &sample"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] {
        const QString suggested = QFileInfo(m_document->path()).completeBaseName() + tr(" copy.isms");
        const QString path = dialogs::saveFileName(this, tr("Save a copy as"), suggested);
        if (!path.isEmpty())
            saveCopyAs(path);
    });
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    close->setShortcut(QKeySequence::Close);
    m_documentActions << saveAs << close;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&Go"));
    const QStringList keys = areaKeys();
    for (int i = 0; i < keys.size(); ++i) {
        QAction *go = view->addAction(QString(), this, [this, key = keys.at(i)] { showArea(key); });
        // Ctrl+1 to Ctrl+9: the keys after 9 are not digits.
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setObjectName(QStringLiteral("go_%1").arg(keys.at(i)));
        m_documentActions << go;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rampart"), this, [this] {
        QMessageBox::about(this, tr("About Rampart"),
                           tr("<h3>Rampart %1</h3><p>A workbench for an information security management "
                              "system under ISO/IEC 27001:2022: one file per organisation, offline.</p>"
                              "<p>Control and clause titles are those of ISO/IEC 27001:2022 and "
                              "ISO/IEC 27002:2022; all descriptions and guidance are Rampart's own.</p>")
                               .arg(QStringLiteral(RAMPART_VERSION)));
    });

    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(false);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::RecentFiles.get();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                  [this, path] { openFile(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    dialogs::critical(this, title, text);
}

bool MainWindow::openFile(const QString &path)
{
    return openFileAt(path, QStringLiteral("overview"));
}

MainWindow::ReadFile::ReadFile() = default;
MainWindow::ReadFile::ReadFile(ReadFile &&) noexcept = default;
MainWindow::ReadFile &MainWindow::ReadFile::operator=(ReadFile &&) noexcept = default;
MainWindow::ReadFile::~ReadFile() = default;

MainWindow::ReadFile MainWindow::readFile(const QString &path, const QString &area)
{
    ReadFile file;
    file.path = path;
    file.area = area;
    // The file shows before SQLite has checked it: the check runs in another thread once
    // the first screen is painted (installDocument), and if it fails, the file is closed
    // with the reason (nothing has been written to it: writes wait for the check).
    file.document = Document::open(path, Database::Access::ReadWrite, &file.error, Database::Check::InBackground);
    if (file.document && area.section(QLatin1Char('.'), 0, 0) == QLatin1String("overview"))
        file.overview = std::make_shared<const DocumentSummary>(DocumentSummary::overviewOf(*file.document));
    return file;
}

bool MainWindow::openFileAt(const QString &path, const QString &area)
{
    return openRead(readFile(path, area));
}

bool MainWindow::openRead(ReadFile file)
{
    if (!file.document) {
        showError(tr("Cannot open file"), file.error);
        if (!QFileInfo::exists(file.path))
            settings::removeRecentFile(file.path);
        if (m_welcome)
            m_welcome->refreshRecentFiles();
        return false;
    }
    std::unique_ptr<Document> document = std::move(file.document);
    if (!document->migrationBackupPath().isEmpty())
        dialogs::information(this, tr("File upgraded"),
                             tr("%1 was made by an older Rampart and has been upgraded. The file as it was "
                                "before is kept as %2.")
                                 .arg(QDir::toNativeSeparators(file.path),
                                      QDir::toNativeSeparators(document->migrationBackupPath())));
    connect(document.get(), &Document::damaged, this, [this, file = document.get()](const QString &message) {
        if (m_document.get() != file)
            return;
        closeFile();
        showError(tr("Cannot open file"), message);
    }, Qt::QueuedConnection);
    installDocument(std::move(document), file.area, std::move(file.overview));
    return true;
}

bool MainWindow::newFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create file"),
                  tr("%1 already exists. Rampart never overwrites an ISMS file: choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    auto document = Document::create(path, QString(), &error);
    if (!document) {
        showError(tr("Cannot create file"), error);
        return false;
    }
    installDocument(std::move(document));
    showArea(QStringLiteral("context"));
    m_contextPage->focusOrganisationName();
    return true;
}

QString MainWindow::sampleCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/Sample - Kestrel Cloudworks.isms");
}

bool MainWindow::openSample()
{
    const QString path = sampleCopyPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!createSample(path, &error)) {
            showError(tr("Cannot create the sample"), error);
            return false;
        }
    }
    return openFile(path);
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_document)
        return false;
    commitPendingEdits();
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot save a copy"),
                  tr("%1 already exists. Rampart never overwrites an ISMS file: choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    if (!m_document->saveCopy(path, &error)) {
        showError(tr("Cannot save a copy"), error);
        return false;
    }
    // Like Save As everywhere: carry on working in the copy.
    return openFile(path);
}

void MainWindow::installDocument(std::unique_ptr<Document> document, const QString &area,
                                 std::shared_ptr<const DocumentSummary> overview)
{
    closeFile();
    m_document = std::move(document);
    m_readOverview = std::move(overview);
    connect(m_document.get(), &Document::writeFailed, this,
            [this](const QString &message) { showError(tr("Change not saved"), message); });
    connect(m_document.get(), &Document::changed, this, &MainWindow::updateTitle);
    // A bulk write (an import, its undo) leaves the risks' text index to be built.
    connect(m_document.get(), &Document::changed, this, [this](const Change &change) {
        if (change.kind == Change::Kind::Reset)
            buildTextIndexAfterPaint();
    });
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    settings::addRecentFile(m_document->path());
    buildDocumentView();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(true);
    showArea(areaKeys().contains(area.section(QLatin1Char('.'), 0, 0)) ? area : QStringLiteral("overview"));
    m_readOverview.reset();  // only ever for the Overview built just now
    updateTitle();
    // SQLite's check of the file waits for the first screen, so as not to delay it: it
    // starts in its thread once the window has painted and the events of that turn are
    // done.
    auto *check = new AfterFirstPaint(this, [this, document = m_document.get()] {
        if (m_document.get() == document)
            QTimer::singleShot(0, document, [document] { document->database().startCheck(); });
    });
    qApp->installEventFilter(check);
    buildTextIndexAfterPaint();
}

void MainWindow::buildPendingTextIndex(Document *document)
{
    if (m_document.get() != document)
        return;
    // Writes wait for the background check of the file: rather than freeze the window
    // until it is over, look again a moment later.
    if (m_document->database().isCheckPending()) {
        QTimer::singleShot(100, this, [this, document] { buildPendingTextIndex(document); });
        return;
    }
    QString error;
    if (m_document->risks().buildTextIndex(&error))
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(tr("The search of the risks' texts reads every text: %1").arg(error), 8000);
}

void MainWindow::buildTextIndexAfterPaint()
{
    // The risks' text index waits to be built after a bulk write (RiskTextIndex::defer):
    // it is built once the window has painted what changed, rather than on the first
    // keystroke of a search (at 100,000 risks it takes about half a second). Read-only,
    // the search scans the texts instead.
    if (!m_document || m_document->isReadOnly() || m_textIndexBuild || !m_document->risks().textIndexPending())
        return;
    statusBar()->showMessage(tr("Preparing the search of the risks' texts…"));
    auto *filter = new AfterFirstPaint(this, [this, document = m_document.get()] { buildPendingTextIndex(document); });
    m_textIndexBuild = filter;
    qApp->installEventFilter(filter);
    update();
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    commitPendingEdits();
    if (!m_closing)
        showWelcome();
    if (m_documentView) {
        m_stack->removeWidget(m_documentView);
        delete m_documentView;
        m_documentView = nullptr;
        m_sidebar = nullptr;
        m_pages = nullptr;
        m_contextPage = nullptr;
        m_soaPage = nullptr;
        m_areas.clear();
        m_risksPage = nullptr;
    }
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(false);
    if (m_welcome)
        m_welcome->refreshRecentFiles();
    updateTitle();
}

// The welcome page is built the first time it is shown: a window that opens a file
// straight away never pays for it.
void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage;
        connect(m_welcome, &WelcomePage::newRequested, this, [this] {
            const QString path = dialogs::saveFileName(this, tr("New ISMS file"), tr("ISMS.isms"));
            if (!path.isEmpty())
                newFile(path);
        });
        connect(m_welcome, &WelcomePage::openRequested, this, [this] {
            const QString path = dialogs::openFileName(this, tr("Open ISMS file"));
            if (!path.isEmpty())
                openFile(path);
        });
        connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
        connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openFile);
        m_stack->addWidget(m_welcome);
    }
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Shown without a file (or before one is open): the welcome page, never an empty window.
    if (!m_document)
        showWelcome();
    QMainWindow::showEvent(event);
}

void MainWindow::buildDocumentView()
{
    m_documentView = new QWidget;
    auto *layout = new QHBoxLayout(m_documentView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    // The list on a panel of its colour with room around it (a margin rather than a
    // style sheet's padding, which would draw the list through the slower style-sheet
    // style).
    auto *sidebarPanel = new QWidget;
    sidebarPanel->setFixedWidth(220);
    QPalette palette = sidebarPanel->palette();
    const QColor background = palette.color(QPalette::Window).darker(104);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::Base, background);
    sidebarPanel->setPalette(palette);
    sidebarPanel->setAutoFillBackground(true);
    m_sidebar->setPalette(palette);
    auto *sidebarLayout = new QVBoxLayout(sidebarPanel);
    sidebarLayout->setContentsMargins(8, 10, 6, 0);
    sidebarLayout->addWidget(m_sidebar);
    m_pages = new QStackedWidget;
    layout->addWidget(sidebarPanel);
    layout->addWidget(m_pages, 1);

    Document *doc = m_document.get();
    // Pages are built the first time they are shown, so that opening a file costs only
    // the Overview.
    m_areas = {
        {tr("Overview"),
         [this, doc]() -> QWidget * {
             // The figures read with the file, for the first Overview only.
             const std::shared_ptr<const DocumentSummary> read = std::exchange(m_readOverview, {});
             auto *overview = new OverviewPage(doc, read.get());
             connect(overview, &OverviewPage::areaRequested, this, &MainWindow::showArea);
             return overview;
         }},
        {tr("Requirements"),
         [this, doc]() -> QWidget * {
             auto *requirements = new RequirementsPage(doc);
             connect(requirements, &RequirementsPage::areaRequested, this, &MainWindow::showArea);
             return requirements;
         }},
        {tr("Context and scope"),
         [this, doc]() -> QWidget * {
             m_contextPage = new ContextPage(doc);
             return m_contextPage;
         }},
        {tr("Documents"),
         [doc]() -> QWidget * {
             auto *documents = new AreaPage(tr("Documents and records"), QString());
             documents->addTab(new RegisterPanel(doc, Entity::IsmsDocument), QStringLiteral("register"),
                               tr("Document register (7.5)"));
             documents->addTab(new RegisterPanel(doc, Entity::CompetenceRecord), QStringLiteral("competence"),
                               tr("Competence and awareness (7.2, 7.3)"));
             documents->addTab(new RegisterPanel(doc, Entity::Communication), QStringLiteral("communication"),
                               tr("Communication plan (7.4)"));
             return documents;
         }},
        {tr("Objectives and measurement"),
         [doc]() -> QWidget * {
             auto *objectives = new AreaPage(tr("Objectives and measurement"), QString());
             objectives->addTab(new RegisterPanel(doc, Entity::Objective), QStringLiteral("objectives"),
                                tr("Objectives (6.2)"));
             objectives->addTab(new MeasurementsTab(doc), QStringLiteral("measurements"), tr("Measurements (9.1)"));
             objectives->addTab(new RegisterPanel(doc, Entity::PlannedChange), QStringLiteral("changes"),
                                tr("Planned changes (6.3)"));
             return objectives;
         }},
        {tr("Risks"),
         [this, doc]() -> QWidget * {
             m_risksPage = new RisksPage(doc);
             return m_risksPage;
         }},
        {tr("Statement of Applicability"),
         [this, doc]() -> QWidget * {
             m_soaPage = new SoaPage(doc);
             connect(m_soaPage, &SoaPage::statusMessage, this,
                     [this](const QString &message) { statusBar()->showMessage(message, 8000); });
             connect(m_soaPage, &SoaPage::openRisk, this, &MainWindow::showRisk);
             return m_soaPage;
         }},
        {tr("Audits"), [doc] { return new AuditsPage(doc); }},
        {tr("Management review"), [doc] { return new ReviewPage(doc); }},
        {tr("Improvement"), [doc] { return new ImprovementPage(doc); }},
        {tr("Reports"), [doc] { return new ReportsPage(doc); }},
    };
    const QStringList keys = areaKeys();
    for (int i = 0; i < m_areas.size(); ++i) {
        auto *item = new QListWidgetItem(m_areas.at(i).label, m_sidebar);
        item->setData(Qt::UserRole, keys.at(i));
        item->setSizeHint(QSize(200, 34));
        m_pages->addWidget(new QWidget);
        const QList<QAction *> goActions = findChildren<QAction *>(QStringLiteral("go_%1").arg(keys.at(i)));
        for (QAction *go : goActions)
            go->setText(m_areas.at(i).label);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_areas.size())
            return;
        Area &area = m_areas[row];
        if (!area.page) {
            area.page = area.create();
            if (area.page->objectName().isEmpty())
                area.page->setObjectName(QStringLiteral("%1Page").arg(areaKeys().at(row)));
            QWidget *placeholder = m_pages->widget(row);
            m_pages->insertWidget(row, area.page);
            m_pages->removeWidget(placeholder);
            delete placeholder;
        }
        m_pages->setCurrentIndex(row);
    });
    m_stack->addWidget(m_documentView);
    m_stack->setCurrentWidget(m_documentView);
}

void MainWindow::showArea(const QString &key)
{
    // "objectives.measurements": the area, then the tab with that key.
    const QString area = key.section(QLatin1Char('.'), 0, 0);
    const QString section = key.section(QLatin1Char('.'), 1);
    const int index = int(areaKeys().indexOf(area));
    if (!m_sidebar || index < 0)
        return;
    m_sidebar->setCurrentRow(index);
    if (section.isEmpty())
        return;
    if (auto *tabs = m_pages->widget(index)->findChild<QTabWidget *>(QStringLiteral("tabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == section)
                tabs->setCurrentIndex(i);
        }
    }
}

void MainWindow::showRisk(qint64 riskId)
{
    // Building the area on first use is showArea's; it sets m_risksPage.
    showArea(QStringLiteral("risks"));
    if (m_risksPage)
        m_risksPage->showRisk(riskId);
}

void MainWindow::commitPendingEdits()
{
    if (m_contextPage)
        m_contextPage->commitPendingEdits();
    if (m_soaPage)
        m_soaPage->commitPendingEdits();
    if (m_risksPage)
        m_risksPage->commitPendingEdits();
    for (const Area &area : std::as_const(m_areas)) {
        if (auto *audits = qobject_cast<AuditsPage *>(area.page))
            audits->commitPendingEdits();
        else if (auto *improvement = qobject_cast<ImprovementPage *>(area.page))
            improvement->nonconformities()->commitPendingEdits();
    }
    if (m_documentView) {
        const QList<RegisterForm *> forms = m_documentView->findChildren<RegisterForm *>();
        for (RegisterForm *form : forms)
            form->commitPending();
    }
}

QString MainWindow::currentArea() const
{
    if (!m_sidebar || m_sidebar->currentRow() < 0)
        return {};
    return areaKeys().value(m_sidebar->currentRow());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Rampart"));
        m_fileLabel->setText(tr("No file open"));
        m_readOnlyLabel->clear();
        return;
    }
    const QString organisation = m_document->organisation().read().name;
    const QString fileName = QFileInfo(m_document->path()).fileName();
    const QString readOnly = m_document->isReadOnly() ? tr(" [read-only]") : QString();
    setWindowTitle(organisation.isEmpty() ? tr("%1%2 — Rampart").arg(fileName, readOnly)
                                          : tr("%1 — %2%3 — Rampart").arg(organisation, fileName, readOnly));
    m_fileLabel->setText(QDir::toNativeSeparators(m_document->path()));
    m_readOnlyLabel->setText(m_document->isReadOnly() ? tr("Read-only: %1").arg(m_document->readOnlyReason())
                                                      : tr("Changes are saved as you make them"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::WindowGeometry.set(saveGeometry());
    m_closing = true;
    closeFile();
    event->accept();
}

} // namespace rampart
