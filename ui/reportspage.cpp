#include "reportspage.h"

#include "dialogs.h"
#include "document.h"
#include "audits.h"
#include "domain/audit.h"
#include "reports/reports.h"
#include "stores/auditstore.h"
#include "widgets.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

ReportsPage::ReportsPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_description(widgets::note(QString()))
    , m_paper(new QComboBox)
    , m_classification(new QLineEdit)
    , m_auditLabel(new QLabel(tr("Audit")))
    , m_audit(new QComboBox)
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_preview(new QPrintPreviewWidget(m_printer, this))
    , m_outOfDate(new QFrame)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto *left = new QVBoxLayout;
    left->addWidget(widgets::pageTitle(tr("Reports")));
    left->addWidget(widgets::note(tr("Documents to hand to auditors and top management: cover page, document "
                                     "control, contents, and page x of y on every page.")));
    m_list->setObjectName(QStringLiteral("reportList"));
    for (const ReportKindInfo &info : Reports::kinds()) {
        auto *item = new QListWidgetItem(info.title, m_list);
        item->setData(Qt::UserRole, info.key);
        item->setToolTip(info.description);
    }
    left->addWidget(m_list, 1);
    left->addWidget(m_description);

    auto *form = new QVBoxLayout;
    m_audit->setObjectName(QStringLiteral("reportAudit"));
    form->addWidget(m_auditLabel);
    form->addWidget(m_audit);
    form->addWidget(new QLabel(tr("Paper")));
    m_paper->addItem(tr("A4"), int(Paper::A4));
    m_paper->addItem(tr("Letter"), int(Paper::Letter));
    m_paper->setCurrentIndex(ReportDocument::defaultPaper() == Paper::A4 ? 0 : 1);
    form->addWidget(m_paper);
    form->addWidget(new QLabel(tr("Classification")));
    m_classification->setText(tr("Confidential"));
    m_classification->setObjectName(QStringLiteral("classification"));
    form->addWidget(m_classification);
    left->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *printButton = new QPushButton(tr("Print…"));
    auto *exportButton = new QPushButton(tr("Export PDF…"));
    exportButton->setObjectName(QStringLiteral("exportPdf"));
    buttons->addWidget(printButton);
    buttons->addWidget(exportButton);
    left->addLayout(buttons);

    auto *leftHolder = new QWidget;
    leftHolder->setLayout(left);
    leftHolder->setFixedWidth(300);
    layout->addWidget(leftHolder);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    m_outOfDate->setObjectName(QStringLiteral("previewOutOfDate"));
    m_outOfDate->setFrameShape(QFrame::StyledPanel);
    m_outOfDate->setStyleSheet(QStringLiteral("QFrame#previewOutOfDate { background: #fff4e5; border: 1px solid #e8b26a; }"
                                              "QFrame#previewOutOfDate QLabel { color: #7a3d00; }"));
    auto *barLayout = new QHBoxLayout(m_outOfDate);
    barLayout->setContentsMargins(12, 6, 12, 6);
    barLayout->addWidget(new QLabel(tr("The preview is out of date.")), 1);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshPreview"));
    barLayout->addWidget(refreshButton);
    m_outOfDate->hide();
    right->addWidget(m_outOfDate);
    right->addWidget(m_preview, 1);
    layout->addLayout(right, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_stale)
            render();
    });
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::render);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paint);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::refresh);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_classification, &QLineEdit::editingFinished, this, &ReportsPage::refresh);
    connect(m_audit, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(document, &Document::changed, this, [this](const Change &change) {
        if (change.kind == Change::Kind::Reset || change.entity == Entity::Audit)
            refreshAudits();
        // Another file: how long the last one took says nothing about it.
        if (change.kind == Change::Kind::Reset)
            m_lastRenderMs = -1;
        documentChanged();
    });
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString suggested = QFileInfo(m_document->path()).completeBaseName() + QLatin1Char('-') + currentKind();
        if (Reports::needsAudit(currentKind()))
            suggested += QLatin1Char('-') + m_audit->currentData().toString();
        suggested += QStringLiteral(".pdf");
        const QString path = dialogs::saveFileName(this, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"),
                                                   QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    refreshAudits();
    // The audit that comes next is the one most likely to need its plan printed.
    if (const std::optional<Record> next = Audits::nextAudit(*document, QDate::currentDate()))
        selectAudit(next->text(Audit::Reference));
    m_list->setCurrentRow(0);
}

void ReportsPage::refreshAudits()
{
    const QString current = m_audit->currentData().toString();
    const QSignalBlocker blocker(m_audit);
    m_audit->clear();
    for (const Record &audit : m_document->audits().all())
        m_audit->addItem(QStringLiteral("%1 \u2014 %2").arg(audit.text(Audit::Reference), audit.text(Audit::Title)),
                         audit.text(Audit::Reference));
    const int index = m_audit->findData(current);
    m_audit->setCurrentIndex(index >= 0 ? index : m_audit->count() - 1);
}

void ReportsPage::selectAudit(const QString &reference)
{
    const int index = m_audit->findData(reference);
    if (index >= 0)
        m_audit->setCurrentIndex(index);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions options;
    options.classification = m_classification->text();
    options.audit = m_audit->currentData().toString();
    return options;
}

QString ReportsPage::currentKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReportsPage::selectKind(const QString &kind)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == kind)
            m_list->setCurrentRow(i);
    }
}

int ReportsPage::previewPageCount() const
{
    return m_pages;
}

int ReportsPage::renderCount() const
{
    return m_renders;
}

bool ReportsPage::isPreviewOutOfDate() const
{
    return m_outOfDate->isVisibleTo(this);
}

void ReportsPage::setAutoRefreshLimit(int milliseconds)
{
    m_autoRefreshLimitMs = milliseconds;
}

bool ReportsPage::lastRenderWasSlow() const
{
    return m_lastRenderMs >= 0 && m_lastRenderMs > m_autoRefreshLimitMs;
}

void ReportsPage::setRefreshDelay(int milliseconds)
{
    m_refreshTimer->setInterval(milliseconds);
}

// The user chose another report, paper, classification or audit: lay it out now if
// the page is on screen. Another report is always laid out (how long the previous one
// took says nothing about it); another paper or classification for a slow one waits for
// Refresh like an edit.
void ReportsPage::refresh()
{
    for (const ReportKindInfo &info : Reports::kinds()) {
        if (info.key == currentKind())
            m_description->setText(info.description);
    }
    const bool needsAudit = Reports::needsAudit(currentKind());
    m_auditLabel->setVisible(needsAudit);
    m_audit->setVisible(needsAudit);
    if (currentKind() != m_renderedKind)
        m_lastRenderMs = -1;
    // Laying out a report takes time: only for a page someone is looking at.
    if (!isVisible()) {
        m_stale = true;
    } else if (lastRenderWasSlow()) {
        m_stale = true;
        m_outOfDate->show();
    } else {
        render();
    }
}

// An edit: one re-render after the edits stop, and none at all automatically when the
// last one was slow, where the bar offers a refresh instead.
void ReportsPage::documentChanged()
{
    m_stale = true;
    if (!isVisible())
        return;
    if (lastRenderWasSlow()) {
        m_refreshTimer->stop();
        m_outOfDate->show();
        return;
    }
    m_refreshTimer->start();
}

void ReportsPage::render()
{
    m_refreshTimer->stop();
    m_outOfDate->hide();
    m_stale = false;
    m_preview->updatePreview();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_stale)
        return;
    if (lastRenderWasSlow())
        m_outOfDate->show();
    else
        render();
}

void ReportsPage::paint(QPrinter *printer)
{
    // The preview lays itself out the first time it is shown, too.
    m_stale = false;
    ++m_renders;
    m_renderedKind = currentKind();
    QElapsedTimer timer;
    timer.start();
    ReportDocument report;
    QString error;
    if (!Reports::build(*m_document, currentKind(), options(), &report, &error)) {
        // Say why the preview is empty (an audit report in a file without audits).
        m_description->setText(error);
        m_pages = 0;
        m_lastRenderMs = timer.elapsed();
        return;
    }
    m_pages = report.render(printer, Paper(m_paper->currentData().toInt()));
    m_lastRenderMs = timer.elapsed();
}

void ReportsPage::print()
{
    QPrintDialog dialog(m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument report;
    QString error;
    if (!Reports::build(*m_document, currentKind(), options(), &report, &error)) {
        dialogs::critical(this, tr("Cannot print the report"), error);
        return;
    }
    report.render(m_printer, Paper(m_paper->currentData().toInt()));
}

bool ReportsPage::exportPdf(const QString &path)
{
    ReportDocument report;
    QString error;
    if (!Reports::build(*m_document, currentKind(), options(), &report, &error)
        || !report.writePdf(path, Paper(m_paper->currentData().toInt()), &error)) {
        dialogs::critical(this, tr("Cannot export the report"), error);
        return false;
    }
    return true;
}

} // namespace rampart
