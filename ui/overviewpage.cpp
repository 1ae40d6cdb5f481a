#include "overviewpage.h"

#include "document.h"
#include "documentsummary.h"
#include "models/changelogmodel.h"
#include "stores/organisationstore.h"
#include "widgets.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

OverviewPage::OverviewPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(widgets::pageTitle(QString()))
    , m_scope(new QLabel)
    , m_figures(new QGridLayout)
    , m_changes(new ChangeLogModel(document, 50, this))
    , m_changeView(new QTableView)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_title);

    QVBoxLayout *scopeLayout = nullptr;
    QFrame *scopeCard = widgets::card(&scopeLayout);
    scopeLayout->addWidget(widgets::sectionTitle(tr("ISMS scope (clause 4.3)")));
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setObjectName(QStringLiteral("scopeSummary"));
    scopeLayout->addWidget(m_scope);
    auto *editScope = new QCommandLinkButton(tr("Context and scope"), tr("Edit the organisation profile and scope"));
    connect(editScope, &QCommandLinkButton::clicked, this, [this] { Q_EMIT areaRequested(QStringLiteral("context")); });
    // Full width: at its size hint's width a command link cuts its description short.
    scopeLayout->addWidget(editScope);
    layout->addWidget(scopeCard);

    QVBoxLayout *figuresLayout = nullptr;
    QFrame *figuresCard = widgets::card(&figuresLayout);
    figuresLayout->addWidget(widgets::sectionTitle(tr("At a glance")));
    m_figures->setHorizontalSpacing(24);
    m_figures->setColumnStretch(1, 1);
    figuresLayout->addLayout(m_figures);
    auto *risksLink = new QCommandLinkButton(tr("Risks"), tr("Register, treatment plan, assets and risk method"));
    connect(risksLink, &QCommandLinkButton::clicked, this, [this] { Q_EMIT areaRequested(QStringLiteral("risks")); });
    figuresLayout->addWidget(risksLink);
    auto *catalogLink = new QCommandLinkButton(tr("Annex A controls"), tr("Browse the catalog this file carries"));
    connect(catalogLink, &QCommandLinkButton::clicked, this, [this] { Q_EMIT areaRequested(QStringLiteral("soa")); });
    figuresLayout->addWidget(catalogLink);
    layout->addWidget(figuresCard);

    layout->addWidget(widgets::sectionTitle(tr("Recent changes")));
    layout->addWidget(widgets::note(tr("Every change to this file is recorded with who made it and when; "
                                       "this is the ISMS's own audit trail.")));
    m_changeView->setObjectName(QStringLiteral("recentChanges"));
    m_changeView->setModel(m_changes);
    m_changeView->verticalHeader()->hide();
    m_changeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeView->horizontalHeader()->setStretchLastSection(true);
    m_changeView->setMinimumHeight(240);
    m_changeView->setWordWrap(false);
    layout->addWidget(m_changeView, 1);

    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &Document::changed, this, &OverviewPage::refreshSoon);
    refresh();
    m_changeView->resizeColumnsToContents();
}

void OverviewPage::refreshSoon()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewPage::refresh()
{
    m_stale = false;
    const DocumentSummary s = DocumentSummary::of(*m_document);
    m_title->setText(s.organisation.isEmpty() ? tr("Unnamed organisation") : s.organisation);
    const QString statement = m_document->organisation().read().scopeStatement.trimmed();
    m_scope->setText(statement.isEmpty()
                         ? tr("No scope statement yet. Clause 4.3 asks for the scope to be available as "
                              "documented information: write it under Context and scope.")
                         : statement);

    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    auto addFigure = [this, &row](const QString &label, const QString &value, bool warn = false) {
        auto *name = new QLabel(label);
        auto *figure = new QLabel(value);
        figure->setTextFormat(Qt::PlainText);
        figure->setWordWrap(true);
        if (warn) {
            QPalette palette = figure->palette();
            palette.setColor(QPalette::WindowText, QColor(170, 90, 0));
            figure->setPalette(palette);
        }
        m_figures->addWidget(name, row, 0, Qt::AlignTop);
        m_figures->addWidget(figure, row, 1, Qt::AlignTop);
        ++row;
    };
    addFigure(tr("Scope statement"), s.scopeStatementPresent ? tr("Written") : tr("Missing"),
              !s.scopeStatementPresent);
    addFigure(tr("Scope exclusions"),
              s.exclusionsWithoutJustification > 0
                  ? tr("%n exclusion(s), %1 without justification", nullptr, s.scopeExclusions)
                        .arg(s.exclusionsWithoutJustification)
                  : tr("%n exclusion(s), all justified", nullptr, s.scopeExclusions),
              s.exclusionsWithoutJustification > 0);
    QStringList themes;
    for (const auto &[name, count] : s.controlsPerTheme)
        themes << QStringLiteral("%1 %2").arg(count).arg(name);
    addFigure(tr("Catalog"), tr("%1, %2 clauses and sub-clauses, %3 Annex A controls (%4)")
                                 .arg(s.catalogStandard)
                                 .arg(s.clauses)
                                 .arg(s.controls)
                                 .arg(themes.join(QStringLiteral(", "))));
    addFigure(tr("Risks"),
              s.risks == 0 ? tr("No risks in the register yet")
                           : tr("%1 in the register · above the acceptance threshold: %2 · overdue treatment "
                                "actions: %3 · acceptances to renew: %4")
                                 .arg(s.risks)
                                 .arg(s.risksAboveThreshold)
                                 .arg(s.overdueActions)
                                 .arg(s.acceptancesNeedingRenewal),
              s.risksAboveThreshold > 0 || s.overdueActions > 0 || s.acceptancesNeedingRenewal > 0);
    addFigure(tr("Change log"), tr("%n recorded change(s)", nullptr, int(s.changeLogEntries)));
    addFigure(tr("File"), tr("%1 (file format %2)").arg(QDir::toNativeSeparators(s.path)).arg(s.schemaVersion));
}

} // namespace rampart
