#include "mainwindow.h"

#include "catalogpage.h"
#include "contextpage.h"
#include "dialogs.h"
#include "document.h"
#include "emptyareapage.h"
#include "overviewpage.h"
#include "riskspage.h"
#include "sample.h"
#include "settings.h"
#include "stores/organisationstore.h"
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
#include <QUndoGroup>
#include <QUndoStack>

namespace rampart {

QStringList MainWindow::areaKeys()
{
    return {QStringLiteral("overview"), QStringLiteral("context"), QStringLiteral("risks"), QStringLiteral("soa"),
            QStringLiteral("audits"),   QStringLiteral("improvement"), QStringLiteral("reports")};
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage)
    , m_fileLabel(new QLabel)
    , m_readOnlyLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    createActions();

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
    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    if (!document) {
        showError(tr("Cannot open file"), error);
        if (!QFileInfo::exists(path))
            settings::removeRecentFile(path);
        m_welcome->refreshRecentFiles();
        return false;
    }
    if (!document->migrationBackupPath().isEmpty())
        dialogs::information(this, tr("File upgraded"),
                             tr("%1 was made by an older Rampart and has been upgraded. The file as it was "
                                "before is kept as %2.")
                                 .arg(QDir::toNativeSeparators(path),
                                      QDir::toNativeSeparators(document->migrationBackupPath())));
    installDocument(std::move(document));
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
    if (m_contextPage)
        m_contextPage->commitPendingEdits();
    if (m_risksPage)
        m_risksPage->commitPendingEdits();
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

void MainWindow::installDocument(std::unique_ptr<Document> document)
{
    closeFile();
    m_document = std::move(document);
    connect(m_document.get(), &Document::writeFailed, this,
            [this](const QString &message) { showError(tr("Change not saved"), message); });
    connect(m_document.get(), &Document::changed, this, &MainWindow::updateTitle);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    settings::addRecentFile(m_document->path());
    buildDocumentView();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(true);
    showArea(QStringLiteral("overview"));
    updateTitle();
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    if (m_contextPage)
        m_contextPage->commitPendingEdits();
    if (m_risksPage)
        m_risksPage->commitPendingEdits();
    m_stack->setCurrentWidget(m_welcome);
    if (m_documentView) {
        m_stack->removeWidget(m_documentView);
        delete m_documentView;
        m_documentView = nullptr;
        m_sidebar = nullptr;
        m_pages = nullptr;
        m_contextPage = nullptr;
        m_risksPage = nullptr;
    }
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(false);
    m_welcome->refreshRecentFiles();
    updateTitle();
}

void MainWindow::buildDocumentView()
{
    m_documentView = new QWidget;
    auto *layout = new QHBoxLayout(m_documentView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(220);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    QPalette palette = m_sidebar->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window).darker(104));
    m_sidebar->setPalette(palette);
    m_pages = new QStackedWidget;
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);

    Document *doc = m_document.get();
    auto *overview = new OverviewPage(doc);
    connect(overview, &OverviewPage::areaRequested, this, &MainWindow::showArea);
    m_contextPage = new ContextPage(doc);
    m_risksPage = new RisksPage(doc);
    struct Area
    {
        QString label;
        QWidget *page;
    };
    const QList<Area> areas = {
        {tr("Overview"), overview},
        {tr("Context and scope"), m_contextPage},
        {tr("Risks"), m_risksPage},
        {tr("Statement of Applicability"), new CatalogPage(doc)},
        {tr("Audits"),
         new EmptyAreaPage(tr("Audits"), tr("Clause 9.2"),
                           tr("The internal audit programme over the certification cycle, audit plans with scope, "
                              "criteria and agenda, checklists generated from the scope, and findings."))},
        {tr("Improvement"),
         new EmptyAreaPage(tr("Improvement"), tr("Clauses 10.1 and 10.2"),
                           tr("Nonconformities with correction, root cause, corrective actions and verification "
                              "of effectiveness, and the continual improvement log."))},
        {tr("Reports"),
         new EmptyAreaPage(tr("Reports"), tr("Printed documents for auditors and top management"),
                           tr("PDF reports with cover page, document control and page x of y: the Statement of "
                              "Applicability, the risk register and treatment plan, audit plans and reports, "
                              "the nonconformity register and an ISMS status summary."))},
    };
    const QStringList keys = areaKeys();
    for (int i = 0; i < areas.size(); ++i) {
        auto *item = new QListWidgetItem(areas.at(i).label, m_sidebar);
        item->setData(Qt::UserRole, keys.at(i));
        item->setSizeHint(QSize(200, 36));
        areas.at(i).page->setObjectName(areas.at(i).page->objectName().isEmpty()
                                            ? QStringLiteral("%1Page").arg(keys.at(i))
                                            : areas.at(i).page->objectName());
        m_pages->addWidget(areas.at(i).page);
        const QList<QAction *> goActions = findChildren<QAction *>(QStringLiteral("go_%1").arg(keys.at(i)));
        for (QAction *go : goActions)
            go->setText(areas.at(i).label);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_stack->addWidget(m_documentView);
    m_stack->setCurrentWidget(m_documentView);
}

void MainWindow::showArea(const QString &key)
{
    const int index = int(areaKeys().indexOf(key));
    if (!m_sidebar || index < 0)
        return;
    m_sidebar->setCurrentRow(index);
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
    closeFile();
    event->accept();
}

} // namespace rampart
