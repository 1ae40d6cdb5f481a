#include "overviewpage.h"

#include "document.h"
#include "documentsummary.h"
#include "linkgrid.h"
#include "models/changelogmodel.h"
#include "stores/organisationstore.h"
#include "widgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

QColor toneColour(const QPalette &palette, int tone)
{
    switch (tone) {
    case 1:
        return QColor(26, 127, 55);
    case 2:
        return QColor(170, 90, 0);
    case 3:
        return QColor(110, 119, 129);  // the placeholder colour has alpha, which rich text drops
    default:
        return palette.color(QPalette::Link);
    }
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// A line that opens the records behind it. Plain text in the tone's colour rather than
// a rich-text link, as the figures are (LinkGrid); it says where it leads through
// QLabel::linkActivated, as a link would.
class LinkLabel : public widgets::WrapLabel
{
public:
    LinkLabel(const QString &text, const QString &target, const QColor &colour)
        : WrapLabel(text)
        , m_target(target)
    {
        setTextFormat(Qt::PlainText);
        QPalette p = palette();
        p.setColor(QPalette::WindowText, colour);
        setPalette(p);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            Q_EMIT linkActivated(m_target);
        WrapLabel::mouseReleaseEvent(event);
    }

private:
    QString m_target;
};

} // namespace

OverviewPage::OverviewPage(Document *document, const DocumentSummary *read, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(widgets::pageTitle(QString()))
    , m_subtitle(new LinkGrid(2, 1))
    , m_scope(new LinkGrid(1, 0))
    , m_figures(new LinkGrid(2, 1))
    , m_documentedSummary(new LinkGrid(1, 0))
    , m_documented(new LinkGrid(4, 2))
    , m_changes(new ChangeLogModel(document, 50, this))
    , m_changeView(new QTableView)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    // Given to the scroll area while still empty: it works out the content's size
    // hints when it receives it, and the page's size is not known before it shows.
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setSpacing(m_subtitle->fontMetrics().horizontalAdvance(QLatin1Char(' ')), 0);
    connect(m_subtitle, &LinkGrid::linkActivated, this, &OverviewPage::areaRequested);
    layout->addWidget(m_subtitle);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    QVBoxLayout *figuresLayout = nullptr;
    QFrame *figuresCard = widgets::card(&figuresLayout);
    figuresCard->setObjectName(QStringLiteral("figures"));
    figuresLayout->addWidget(widgets::sectionTitle(tr("Where the ISMS stands")));
    m_figures->setObjectName(QStringLiteral("figureGrid"));
    m_figures->setSpacing(16, 6);
    m_figures->setAccessibleName(tr("Where the ISMS stands"));
    connect(m_figures, &LinkGrid::linkActivated, this, &OverviewPage::areaRequested);
    figuresLayout->addWidget(m_figures);
    figuresLayout->addStretch();
    cards->addWidget(figuresCard, 1);

    QVBoxLayout *documentedLayout = nullptr;
    QFrame *documentedCard = widgets::card(&documentedLayout);
    documentedCard->setObjectName(QStringLiteral("documentedInformation"));
    documentedLayout->addWidget(widgets::sectionTitle(tr("Documented information clauses 4 to 10 require")));
    documentedLayout->addWidget(m_documentedSummary);
    m_documented->setObjectName(QStringLiteral("documentedGrid"));
    m_documented->setSpacing(10, 4);
    m_documented->setAccessibleName(tr("Documented information clauses 4 to 10 require"));
    connect(m_documented, &LinkGrid::linkActivated, this, &OverviewPage::areaRequested);
    documentedLayout->addWidget(m_documented);
    documentedLayout->addStretch();
    cards->addWidget(documentedCard, 1);
    layout->addLayout(cards);

    QVBoxLayout *scopeLayout = nullptr;
    QFrame *scopeCard = widgets::card(&scopeLayout);
    scopeLayout->addWidget(widgets::sectionTitle(tr("ISMS scope (clause 4.3)")));
    m_scope->setObjectName(QStringLiteral("scopeSummary"));
    scopeLayout->addWidget(m_scope);
    auto *editScope = link(tr("Edit the organisation profile and scope"), QStringLiteral("context.scope"), Tone::Normal);
    scopeLayout->addWidget(editScope);
    layout->addWidget(scopeCard);

    layout->addWidget(widgets::sectionTitle(tr("Recent changes")));
    auto *changesNote = new LinkGrid(1, 0);
    changesNote->setParagraph(tr("Every change to this file is recorded with who made it and when; "
                                 "this is the ISMS's own audit trail."),
                              noteColour());
    layout->addWidget(changesNote);
    m_changeView->setObjectName(QStringLiteral("recentChanges"));
    // Set up before the model comes: a visible row header would be sized to fit all
    // fifty rows' numbers, and the rows laid out at the default height first.
    m_changeView->verticalHeader()->hide();
    m_changeView->verticalHeader()->setDefaultSectionSize(m_changeView->fontMetrics().height() + 8);
    m_changeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeView->horizontalHeader()->setStretchLastSection(true);
    m_changeView->setMinimumHeight(240);
    m_changeView->setWordWrap(false);
    m_changeView->setModel(m_changes);
    layout->addWidget(m_changeView, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Work out the figures when they can be seen; a hidden Overview only notes that
    // they are out of date.
    connect(document, &Document::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    if (read)
        showSummary(*read);
    else
        refresh();
    const int em = m_changeView->fontMetrics().averageCharWidth();
    const int widths[] = {25, 10, 20, 28, 28};
    for (int column = 0; column < ChangeLogModel::NewValue; ++column)
        m_changeView->setColumnWidth(column, widths[column] * em);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QColor OverviewPage::colour(Tone tone) const
{
    return toneColour(palette(), int(tone));
}

// The colour of widgets::note(), for paragraphs painted by a LinkGrid.
QColor OverviewPage::noteColour() const
{
    return palette().color(QPalette::PlaceholderText);
}

QLabel *OverviewPage::link(const QString &text, const QString &area, Tone tone)
{
    auto *label = new LinkLabel(text, area, colour(tone));
    label->setWordWrap(true);
    label->setToolTip(tr("Open the records behind this"));
    connect(label, &QLabel::linkActivated, this, &OverviewPage::areaRequested);
    return label;
}

void OverviewPage::addFigure(const QString &key, const QString &label, const QString &value, const QString &area,
                             Tone tone)
{
    m_figureRows.insert(key, m_figures->rowCount());
    LinkGrid::Cell name;
    name.text = label;
    LinkGrid::Cell figure;
    figure.text = value;
    figure.colour = colour(tone);
    figure.link = area;
    figure.toolTip = tr("Open the records behind this");
    m_figures->addRow({name, figure});
}

QString OverviewPage::figureText(const QString &key) const
{
    return m_figures->text(m_figureRows.value(key, -1), 1);
}

QPoint OverviewPage::figurePosition(const QString &key) const
{
    const QRect rect = m_figures->cellRect(m_figureRows.value(key, -1), 1);
    return rect.isValid() ? m_figures->mapTo(this, rect.center()) : QPoint(-1, -1);
}

QString OverviewPage::documentedText(int number) const
{
    return m_documentedTexts.value(number);
}

void OverviewPage::fillDocumented(const DocumentSummary &s)
{
    m_documented->clear();
    m_documentedTexts.clear();
    int counts[4] = {0, 0, 0, 0};
    for (const DocumentedItem &item : s.documentedInformation) {
        ++counts[int(item.state)];
        Tone tone = Tone::Muted;
        QString mark = QStringLiteral("\u2013");
        switch (item.state) {
        case DocumentedItem::State::Present:
            tone = Tone::Good;
            mark = QStringLiteral("\u2713");
            break;
        case DocumentedItem::State::Partial:
            tone = Tone::Warn;
            mark = QStringLiteral("!");
            break;
        case DocumentedItem::State::Missing:
            tone = Tone::Warn;
            mark = QStringLiteral("\u2717");
            break;
        case DocumentedItem::State::NotTracked:
            break;
        }
        m_documentedTexts.insert(item.number,
                                 QStringLiteral("%1: %2").arg(item.title, RequirementRules::stateLabel(item.state)));
        const QString tip = QStringLiteral("%1\n%2").arg(RequirementRules::stateLabel(item.state), item.detail);
        LinkGrid::Cell markCell;
        markCell.text = mark;
        markCell.colour = colour(tone);
        markCell.bold = true;
        markCell.toolTip = tip;
        LinkGrid::Cell clause;
        clause.text = item.clause;
        clause.toolTip = tip;
        LinkGrid::Cell title;
        title.text = item.title;
        title.colour = colour(item.state == DocumentedItem::State::NotTracked ? Tone::Muted : Tone::Normal);
        title.link = item.area;
        title.toolTip = tip;
        // Short in the grid; the summary line above and the tooltip say it in full.
        LinkGrid::Cell state;
        state.text = item.state == DocumentedItem::State::NotTracked ? tr("Not tracked yet")
                                                                     : RequirementRules::stateLabel(item.state);
        state.colour = colour(tone);
        state.toolTip = tip;
        state.alignment = Qt::AlignRight;
        m_documented->addRow({markCell, clause, title, state});
    }
    m_documentedSummary->setParagraph(tr("%1 present, %2 incomplete, %3 missing, %4 not tracked in this version yet. "
                                    "Hover over an item for what Rampart found.")
                                     .arg(counts[int(DocumentedItem::State::Present)])
                                     .arg(counts[int(DocumentedItem::State::Partial)])
                                     .arg(counts[int(DocumentedItem::State::Missing)])
                                     .arg(counts[int(DocumentedItem::State::NotTracked)]),
                                      noteColour());
}

void OverviewPage::refresh()
{
    showSummary(DocumentSummary::overviewOf(*m_document));
}

void OverviewPage::showSummary(const DocumentSummary &s)
{
    m_stale = false;
    const IsmsFacts &f = s.isms;
    m_title->setText(s.organisation.isEmpty() ? tr("Unnamed organisation") : s.organisation);
    LinkGrid::Cell facts;
    facts.text = tr("ISMS under %1 \u00b7 %n change(s) recorded in this file \u00b7", nullptr, int(s.changeLogEntries))
                     .arg(s.catalogStandard);
    facts.colour = noteColour();
    LinkGrid::Cell browse;
    browse.text = tr("browse the %1 Annex A controls").arg(s.controls);
    browse.colour = palette().color(QPalette::Link);
    browse.underline = true;
    browse.link = QStringLiteral("soa");
    m_subtitle->clear();
    m_subtitle->addRow({facts, browse});
    const QString &statement = s.scopeStatement;
    m_scope->setParagraph(statement.isEmpty()
                              ? tr("No scope statement yet. Clause 4.3 asks for the scope to be available as "
                                   "documented information: write it under Context and scope.")
                              : statement);

    m_figures->clear();
    m_figureRows.clear();
    const QString notYet = tr("Not available yet");
    addFigure(QStringLiteral("requirements"), tr("Requirements (4 to 10)"),
              tr("%1 of %2 done, %3 in progress, %4 not started, %5 not assessed")
                  .arg(s.requirementsDone)
                  .arg(s.requirements)
                  .arg(s.requirementsInProgress)
                  .arg(s.requirementsNotStarted)
                  .arg(s.requirementsNotAssessed),
              QStringLiteral("requirements"), s.requirementsDone == s.requirements ? Tone::Good : Tone::Normal);
    addFigure(QStringLiteral("climate"), tr("Climate change (4.1)"),
              f.climateDecision.isEmpty() ? tr("Not decided yet: is it a relevant issue?")
                  : f.climateDecision == QLatin1String("yes") ? tr("Decided: a relevant issue")
                                                               : tr("Decided: not a relevant issue"),
              QStringLiteral("context.issues"), f.climateDecision.isEmpty() ? Tone::Warn : Tone::Normal);
    QString documents;
    if (f.documents == 0)
        documents = tr("No documents in the register yet");
    else if (f.documentsOverdue > 0)
        documents = tr("%n overdue for review (%1)", nullptr, f.documentsOverdue)
                        .arg(f.overdueDocuments.join(QStringLiteral(", ")));
    else
        documents = tr("None overdue");
    if (f.documentsDueSoon > 0)
        documents += tr("; %n more due within 30 days", nullptr, f.documentsDueSoon);
    addFigure(QStringLiteral("documents"), tr("Documents due for review"), documents, QStringLiteral("documents.register"),
              f.documentsOverdue > 0 || f.documents == 0 ? Tone::Warn : Tone::Normal);
    QString review;
    Tone reviewTone = Tone::Normal;
    if (!f.nextReview.isEmpty()) {
        const qint64 days = f.today.daysTo(f.nextReviewDate);
        review = days == 0 ? tr("%1 (%2), today").arg(isoDate(f.nextReviewDate), f.nextReview)
                           : tr("%1 (%2), in %n day(s)", nullptr, int(days)).arg(isoDate(f.nextReviewDate), f.nextReview);
    } else {
        reviewTone = Tone::Warn;
        review = f.lastReview.isEmpty() ? tr("None planned, and none held yet")
                                        : tr("None planned; the last was %1 (%2)").arg(isoDate(f.lastReviewDate), f.lastReview);
    }
    addFigure(QStringLiteral("review"), tr("Next management review"), review, QStringLiteral("review"), reviewTone);
    addFigure(QStringLiteral("actions"), tr("Review actions"),
              f.openReviewActions == 0 ? tr("None open")
                                       : tr("%n open, %1 overdue", nullptr, f.openReviewActions).arg(f.overdueReviewActions),
              QStringLiteral("review"), f.overdueReviewActions > 0 ? Tone::Warn : Tone::Normal);
    addFigure(QStringLiteral("objectives"), tr("Objectives (6.2)"),
              f.objectives == 0 ? tr("None set yet")
                                : tr("%n objective(s): %1 at risk, %2 past the due date, %3 achieved", nullptr, f.objectives)
                                      .arg(f.objectivesAtRisk)
                                      .arg(f.objectivesOverdue)
                                      .arg(f.objectivesAchieved),
              QStringLiteral("objectives.objectives"),
              f.objectives == 0 || f.objectivesAtRisk + f.objectivesOverdue > 0 ? Tone::Warn : Tone::Normal);
    addFigure(QStringLiteral("measurement"), tr("Measurement (9.1)"),
              f.metrics == 0 ? tr("No metrics defined yet")
                             : tr("%n metric(s), latest value %1", nullptr, f.metrics)
                                   .arg(f.lastMeasurement.isValid() ? isoDate(f.lastMeasurement) : tr("none")),
              QStringLiteral("objectives.measurements"), f.metrics == 0 ? Tone::Warn : Tone::Normal);
    addFigure(QStringLiteral("improvement"), tr("Improvement log (10.1)"),
              f.improvements == 0        ? tr("No entries yet")
                  : f.improvementsOpen == 0 ? tr("None open")
                                            : tr("%n open", nullptr, f.improvementsOpen),
              QStringLiteral("improvement"), Tone::Normal);
    addFigure(QStringLiteral("soa"), tr("SoA implementation"),
              !f.soa.available        ? notYet
                  : f.soa.applicable == 0 ? tr("No control decided applicable yet")
                                          : tr("%1 of %2 applicable controls implemented").arg(f.soa.implemented).arg(f.soa.applicable),
              QStringLiteral("soa"), !f.soa.available ? Tone::Muted : f.soa.applicable == 0 ? Tone::Warn : Tone::Normal);
    addFigure(QStringLiteral("risks"), tr("Risks above threshold"),
              f.risk.available ? QString::number(f.risk.aboveThreshold) : notYet, QStringLiteral("risks"),
              f.risk.available ? Tone::Normal : Tone::Muted);
    addFigure(QStringLiteral("treatment"), tr("Overdue treatment actions"),
              f.risk.available ? QString::number(f.risk.overdueTreatmentActions) : notYet, QStringLiteral("risks"),
              f.risk.available ? Tone::Normal : Tone::Muted);
    addFigure(QStringLiteral("nonconformities"), tr("Open nonconformities"),
              f.nonconformity.available ? QString::number(f.nonconformity.open) : notYet, QStringLiteral("improvement"),
              f.nonconformity.available ? Tone::Normal : Tone::Muted);
    addFigure(QStringLiteral("audit"), tr("Next audit"),
              f.audit.available ? (f.audit.nextAudit.isValid() ? isoDate(f.audit.nextAudit) : tr("None planned")) : notYet,
              QStringLiteral("audits"), f.audit.available ? Tone::Normal : Tone::Muted);

    fillDocumented(s);
}

} // namespace rampart
