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
    void installDocument(std::unique_ptr<Document> document, const QString &area = QStringLiteral("overview"));
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
};

} // namespace rampart
