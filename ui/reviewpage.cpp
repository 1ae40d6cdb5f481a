#include "reviewpage.h"

#include "dialogs.h"
#include "document.h"
#include "domain/ismsregisters.h"
#include "managementreviewinputs.h"
#include "models/registermodel.h"
#include "registerform.h"
#include "registerpanel.h"
#include "reports/managementreviewpack.h"
#include "reports/reports.h"
#include "stores/registerstore.h"
#include "widgets.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

// The report's look, in the few rules a QTextBrowser understands.
const char *const AssembledStyle =
    "h3 { font-size: small; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }"
    "table.grid { border-collapse: collapse; margin-top: 4px; }"
    "table.grid th { background-color: #dfe7f0; text-align: left; padding: 2px; border: 1px solid #9fb3c8; }"
    "table.grid td { padding: 2px; border: 1px solid #c6d2de; }"
    ".warn { color: #9a4d00; font-weight: bold; } .muted { color: #57606a; }";

QString shortTab(int input)
{
    switch (input) {
    case 0:
        return ReviewPage::tr("a) Earlier actions");
    case 1:
        return ReviewPage::tr("b) Issues");
    case 2:
        return ReviewPage::tr("c) Interested parties");
    case 3:
        return ReviewPage::tr("d) Performance");
    case 4:
        return ReviewPage::tr("e) Feedback");
    case 5:
        return ReviewPage::tr("f) Risks");
    case 6:
        return ReviewPage::tr("g) Improvement");
    default:
        return {};
    }
}

} // namespace

ReviewPage::ReviewPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reviews(new RegisterPanel(document, Entity::ManagementReview,
                                  RegisterPanel::Options{.showIntro = false,
                                                         .formFields = {ReviewField::Ref, ReviewField::HeldOn,
                                                                        ReviewField::Status, ReviewField::Chair,
                                                                        ReviewField::Attendees, ReviewField::Conclusions}}))
    , m_actions(new RegisterPanel(document, Entity::ReviewAction))
    , m_tabs(new QTabWidget)
    , m_period(widgets::note(QString()))
    , m_export(new QPushButton(tr("Export the review pack as PDF\u2026")))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(widgets::pageTitle(tr("Management review (9.3)")), 1);
    m_export->setObjectName(QStringLiteral("exportPack"));
    top->addWidget(m_export, 0, Qt::AlignBottom);
    layout->addLayout(top);
    layout->addWidget(widgets::note(registerSpec(Entity::ManagementReview)->translatedIntro()));

    m_tabs->setObjectName(QStringLiteral("inputs"));
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < ReviewField::InputCount; ++i) {
        auto *tab = new QWidget;
        tab->setObjectName(QStringLiteral("input_%1").arg(QChar(u'a' + i)));
        auto *tabLayout = new QHBoxLayout(tab);
        tabLayout->setContentsMargins(0, 8, 0, 0);
        auto *assembled = new QTextBrowser;
        assembled->setObjectName(QStringLiteral("assembled"));
        assembled->document()->setDefaultStyleSheet(QString::fromLatin1(AssembledStyle));
        assembled->setOpenLinks(false);
        m_assembled << assembled;
        auto *left = new QVBoxLayout;
        left->addWidget(widgets::sectionTitle(ManagementReviewInputs::heading(i)));
        left->addWidget(widgets::note(tr("Assembled by Rampart from the file:")));
        left->addWidget(assembled, 1);
        auto *minutes = new RegisterForm(m_reviews->model(), {ReviewField::InputA + i});
        minutes->setTextLines(ReviewField::InputA + i, 12);
        m_minutes << minutes;
        auto *right = new QVBoxLayout;
        right->addWidget(minutes);
        right->addStretch();
        tabLayout->addLayout(left, 3);
        tabLayout->addLayout(right, 2);
        m_tabs->addTab(tab, shortTab(i));
    }
    m_actions->setObjectName(QStringLiteral("actions"));
    m_tabs->addTab(m_actions, tr("Decisions and actions (9.3.3)"));

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    lowerLayout->addWidget(m_period);
    lowerLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_reviews);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &ReviewPage::refreshInputs);
    connect(m_reviews, &RegisterPanel::currentRecordChanged, this, &ReviewPage::reviewChosen);
    connect(document, &Document::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refresh->start();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString reference =
            m_document->registerStore(Entity::ManagementReview)->referenceOf(m_reviews->currentRecord());
        const QString suggested = QStringLiteral("%1-management-review%2.pdf")
                                      .arg(QFileInfo(m_document->path()).completeBaseName(),
                                           reference.isEmpty() ? QString() : QLatin1Char('-') + reference);
        const QString path = dialogs::saveFileName(this, tr("Export the management review pack"), suggested,
                                                   tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportPack(path);
    });

    // Start with the latest review, as the pack does.
    const qint64 latest = ManagementReviewInputs::latestReview(*document);
    if (latest != 0)
        m_reviews->selectRecord(latest);
    // Selecting what the panel already shows emits nothing: take it from the panel.
    reviewChosen(m_reviews->currentRecord());
}

void ReviewPage::reviewChosen(qint64 id)
{
    for (RegisterForm *form : std::as_const(m_minutes))
        form->setRecord(id);
    m_actions->setParentRecord(id);
    m_stale = true;
    refreshInputs();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshInputs();
}

void ReviewPage::refreshInputs()
{
    m_stale = false;
    const qint64 id = m_reviews->currentRecord();
    const ManagementReviewInputs inputs = ManagementReviewInputs::assemble(*m_document, id, QDate::currentDate());
    const bool anyReview = m_reviews->model()->rowCount() > 0;
    m_period->setText(id != 0      ? ManagementReviewPack::periodNote(inputs)
                      : anyReview ? tr("Choose a review above. Meanwhile the tabs show what Rampart would put before "
                                       "a review held today.")
                                  : tr("No management review is recorded yet. The tabs show what Rampart would put "
                                       "before a review held today; add a review to plan it and write its minutes."));
    for (int i = 0; i < m_assembled.size(); ++i) {
        QTextBrowser *browser = m_assembled.at(i);
        const int scroll = browser->verticalScrollBar() ? browser->verticalScrollBar()->value() : 0;
        browser->setHtml(ManagementReviewPack::inputFacts(inputs, i));
        if (browser->verticalScrollBar())
            browser->verticalScrollBar()->setValue(scroll);
    }
    m_export->setText(anyReview ? tr("Export the review pack as PDF\u2026") : tr("Export the inputs as PDF\u2026"));
}

QString ReviewPage::assembledText(int input) const
{
    return input >= 0 && input < m_assembled.size() ? m_assembled.at(input)->toPlainText() : QString();
}

bool ReviewPage::exportPack(const QString &path)
{
    for (RegisterForm *form : std::as_const(m_minutes))
        form->commitPending();
    ReportOptions options;
    options.review = m_document->registerStore(Entity::ManagementReview)->referenceOf(m_reviews->currentRecord());
    ReportDocument report;
    QString error;
    const bool ok = Reports::build(*m_document, QStringLiteral("management-review"), options, &report, &error)
        && report.writePdf(path, ReportDocument::defaultPaper(), &error);
    if (!ok)
        dialogs::critical(this, tr("Cannot export the review pack"), error);
    return ok;
}

} // namespace rampart
