#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;

namespace rampart {

class Document;
struct ReportOptions;

// The Reports area: the printable documents on the left, a live print preview of the
// chosen one on the right, with Print and Export PDF. The pages come from the same
// core report builders as `rampart-cli report`.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void paint(QPrinter *printer);
    void refresh();
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
    int m_pages = 0;
    bool m_stale = true;
};

} // namespace rampart
