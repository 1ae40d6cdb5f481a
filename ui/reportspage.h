#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QTimer;

namespace rampart {

class Document;
struct ReportOptions;

// The Reports area: the printable documents on the left, a live print preview of the
// chosen one on the right, with Print and Export PDF. The pages come from the same
// core report builders as `rampart-cli report`.
//
// The preview is laid out only while the page is visible. Edits to the document are
// coalesced into one re-render after a short quiet period; when the last render of the
// chosen report was slow (a large register), edits only show an "out of date" bar with
// a Refresh button instead of freezing the window again.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Document *document, QWidget *parent = nullptr);

    QString currentKind() const;
    void selectKind(const QString &kind);
    // The audit the audit plan and audit report print, by reference.
    void selectAudit(const QString &reference);
    bool exportPdf(const QString &path);
    int previewPageCount() const;
    // How many times the preview has been laid out, for tests.
    int renderCount() const;
    bool isPreviewOutOfDate() const;
    // A render slower than this many milliseconds turns automatic re-rendering after
    // edits off until the next explicit render (default 1000).
    void setAutoRefreshLimit(int milliseconds);
    // The quiet period after the last edit before the preview is re-rendered.
    void setRefreshDelay(int milliseconds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void paint(QPrinter *printer);
    void refresh();
    void documentChanged();
    bool lastRenderWasSlow() const;
    void render();
    void print();
    ReportOptions options() const;
    void refreshAudits();

    Document *m_document;
    QListWidget *m_list;
    QLabel *m_description;
    QComboBox *m_paper;
    QLineEdit *m_classification;
    QLabel *m_auditLabel;
    QComboBox *m_audit;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QFrame *m_outOfDate;
    QTimer *m_refreshTimer;
    QString m_renderedKind;
    int m_pages = 0;
    int m_renders = 0;
    qint64 m_lastRenderMs = -1;  // -1: not rendered yet
    int m_autoRefreshLimitMs = 1000;
    bool m_stale = true;
};

} // namespace rampart
