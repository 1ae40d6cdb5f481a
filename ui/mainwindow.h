#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace rampart {

class ContextPage;
class Document;
struct DocumentSummary;
class SoaPage;
class RisksPage;
class WelcomePage;

// The application window: a welcome page when no file is open, otherwise a sidebar
// of ISMS areas beside the page of the chosen area. Holds at most one Document.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Area keys, in sidebar order.
    static QStringList areaKeys();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path; on failure shows why and keeps what was open. Returns success.
    bool openFile(const QString &path);
    // Opens the file showing the given area first (the Overview is then not built).
    bool openFileAt(const QString &path, const QString &area);
    // A file read without the window: opened, and, when it opens on the Overview, the
    // Overview's figures read. What readFile() gives and openRead() shows: the program
    // reads the file it starts with while another thread sets up the fonts, and builds
    // the window after.
    struct ReadFile
    {
        QString path;
        QString area;
        std::unique_ptr<Document> document;  // null when the file could not be opened
        QString error;
        std::shared_ptr<const DocumentSummary> overview;
        ReadFile();
        ReadFile(ReadFile &&) noexcept;
        ReadFile &operator=(ReadFile &&) noexcept;
        ~ReadFile();
    };
    static ReadFile readFile(const QString &path, const QString &area);
    // Shows a file readFile() read, or on failure why it could not; returns success.
    bool openRead(ReadFile file);
    bool newFile(const QString &path);
    bool openSample();
    bool saveCopyAs(const QString &path);
    void closeFile();

    Document *document() const { return m_document.get(); }
    // An area key, optionally with the key of one of its tabs: "context.issues".
    RisksPage *risksPage() const { return m_risksPage; }
    SoaPage *soaPage() const { return m_soaPage; }
    void showArea(const QString &key);
    // The Risks area with this risk selected in the register.
    void showRisk(qint64 riskId);
    // Writes what is typed but not yet written, in every form.
    void commitPendingEdits();
    QString currentArea() const;
    // Where "Open the sample" keeps its copy.
    static QString sampleCopyPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void showWelcome();
    void buildDocumentView();
    void updateTitle();
    void fillRecentMenu();
    void showError(const QString &title, const QString &text);
    void installDocument(std::unique_ptr<Document> document, const QString &area = QStringLiteral("overview"),
                         std::shared_ptr<const DocumentSummary> overview = {});
    void buildTextIndexAfterPaint();
    void buildPendingTextIndex(Document *document);

    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome = nullptr;
    bool m_closing = false;  // the window is closing: no welcome page after the file
    QPointer<QObject> m_textIndexBuild;  // waits for a paint to build the text index
    QWidget *m_documentView = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    ContextPage *m_contextPage = nullptr;
    SoaPage *m_soaPage = nullptr;
    RisksPage *m_risksPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_readOnlyLabel;
    QList<QAction *> m_documentActions;
    struct Area
    {
        QString label;
        std::function<QWidget *()> create;
        QWidget *page = nullptr;
    };
    QList<Area> m_areas;
    // The Overview's figures as the file was read, for the first Overview built.
    std::shared_ptr<const DocumentSummary> m_readOverview;
};

} // namespace rampart
