#include "riskregisterpanel.h"

#include "dialogs.h"
#include "document.h"
#include "documentsummary.h"
#include "heatmapview.h"
#include "io/riskcsv.h"
#include "models/heatmapmodel.h"
#include "models/riskfilterproxymodel.h"
#include "models/riskregistermodel.h"
#include "riskdelegates.h"
#include "riskdetailpane.h"
#include "riskimportdialog.h"
#include "soa.h"
#include "stores/assetstore.h"
#include "stores/riskstore.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

// Fewer keystrokes than this many rows need no pause: filtering is immediate.
constexpr int ImmediateFilterRows = 5000;
constexpr int SearchDelayMs = 150;

QList<MultiSelectDelegate::Choice> assetChoices(Document *document)
{
    QList<MultiSelectDelegate::Choice> choices;
    for (const Asset &a : document->assets().all())
        choices.append({a.reference, QStringLiteral("%1  %2").arg(a.reference, a.name)});
    return choices;
}

QList<MultiSelectDelegate::Choice> controlChoices(Document *document)
{
    QList<MultiSelectDelegate::Choice> choices;
    for (const CatalogControl &c : document->catalog().controls)
        choices.append({c.code, QStringLiteral("%1  %2").arg(c.code, c.title)});
    // The organisation's own controls, from the SoA, after Annex A.
    for (const OwnControl &c : document->soa().ownControls())
        choices.append({c.reference, RiskRegisterPanel::tr("%1  %2 (own control)").arg(c.reference, c.title)});
    return choices;
}

QList<MultiSelectDelegate::Choice> propertyChoices()
{
    return {{QStringLiteral("C"), RiskVocabulary::propertiesLabel(QStringLiteral("C"))},
            {QStringLiteral("I"), RiskVocabulary::propertiesLabel(QStringLiteral("I"))},
            {QStringLiteral("A"), RiskVocabulary::propertiesLabel(QStringLiteral("A"))}};
}

} // namespace

RiskRegisterPanel::RiskRegisterPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RiskRegisterModel(document, this))
    , m_proxy(new RiskFilterProxyModel(m_model, this))
    , m_inherentMap(new HeatMapModel(document, HeatMapModel::Rating::Inherent, this))
    , m_residualMap(new HeatMapModel(document, HeatMapModel::Rating::Residual, this))
    , m_inherentView(new HeatMapView(m_inherentMap, tr("Inherent risk")))
    , m_residualView(new HeatMapView(m_residualMap, tr("Residual risk")))
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_level(new QComboBox)
    , m_status(new QComboBox)
    , m_owner(new QComboBox)
    , m_treatment(new QComboBox)
    , m_overdue(new QCheckBox(tr("Overdue actions")))
    , m_attention(new QCheckBox(tr("Needs attention")))
    , m_clearCell(new QPushButton)
    , m_clear(new QPushButton(tr("Clear filters")))
    , m_count(new QLabel)
    , m_figures(new QLabel)
    , m_empty(new QLabel)
    , m_figuresTimer(new QTimer(this))
    , m_prefetchTimer(new QTimer(this))
    , m_view(new QTableView)
    , m_detail(new RiskDetailPane(document, m_proxy))
    , m_add(new QPushButton(tr("Add risk")))
    , m_duplicate(new QPushButton(tr("Duplicate")))
    , m_remove(new QPushButton(tr("Delete")))
{
    setObjectName(QStringLiteral("riskRegisterPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    // Heat maps side by side.
    auto *maps = new QHBoxLayout;
    maps->setSpacing(24);
    m_inherentView->setObjectName(QStringLiteral("inherentHeatMap"));
    m_residualView->setObjectName(QStringLiteral("residualHeatMap"));
    maps->addWidget(m_inherentView);
    maps->addWidget(m_residualView);
    m_figures->setObjectName(QStringLiteral("riskFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setMinimumWidth(220);
    maps->addWidget(m_figures, 1);
    layout->addLayout(maps);

    // Filters.
    auto *filters = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("riskSearch"));
    m_search->setPlaceholderText(tr("Search title, scenario, owner, asset…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    filters->addWidget(m_search, 2);
    for (QComboBox *combo : {m_level, m_status, m_owner, m_treatment}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
    }
    filters->addWidget(m_overdue);
    filters->addWidget(m_attention);
    filters->addWidget(m_clearCell);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_treatment->setObjectName(QStringLiteral("treatmentFilter"));
    m_clearCell->setObjectName(QStringLiteral("clearCellFilter"));
    m_clearCell->hide();
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : RiskVocabulary::statusKeys())
        m_status->addItem(RiskVocabulary::statusLabel(key), key);
    m_treatment->addItem(tr("Any treatment"), QVariant());
    m_treatment->addItem(tr("Not decided"), QString());
    for (const QString &key : RiskVocabulary::treatmentKeys())
        m_treatment->addItem(RiskVocabulary::treatmentLabel(key), key);
    refillChoices();

    // Actions on the register.
    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addRisk"));
    m_duplicate->setObjectName(QStringLiteral("duplicateRisk"));
    m_remove->setObjectName(QStringLiteral("removeRisk"));
    auto *importButton = new QPushButton(tr("Import CSV…"));
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    importButton->setObjectName(QStringLiteral("importRisks"));
    exportButton->setObjectName(QStringLiteral("exportRisks"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    // The register and the detail pane.
    m_view->setObjectName(QStringLiteral("riskTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    // No sort until the user asks for one: sorting needs every row, and a register of
    // 100,000 risks should open showing its first page at once.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int c = RiskRegisterModel::Description; c < RiskRegisterModel::ColumnCount; ++c)
        m_view->hideColumn(c);
    for (int c : {int(RiskRegisterModel::Category), int(RiskRegisterModel::Properties),
                  int(RiskRegisterModel::IdentifiedOn), int(RiskRegisterModel::LastReview)})
        m_view->hideColumn(c);
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {RiskRegisterModel::Reference, 80},           {RiskRegisterModel::Title, 280},
        {RiskRegisterModel::Assets, 130},             {RiskRegisterModel::Owner, 120},
        {RiskRegisterModel::InherentLikelihood, 112}, {RiskRegisterModel::InherentImpact, 112},
        {RiskRegisterModel::InherentScore, 52},       {RiskRegisterModel::InherentLevel, 76},
        {RiskRegisterModel::Treatment, 128},          {RiskRegisterModel::PlannedControls, 140},
        {RiskRegisterModel::ResidualLikelihood, 112}, {RiskRegisterModel::ResidualImpact, 112},
        {RiskRegisterModel::ResidualScore, 72},       {RiskRegisterModel::ResidualLevel, 76},
        {RiskRegisterModel::Status, 100},             {RiskRegisterModel::NextReview, 92},
        {RiskRegisterModel::Actions, 120},            {RiskRegisterModel::Acceptance, 140},
    };
    for (const auto &w : widths)
        m_view->setColumnWidth(w.column, w.width);

    m_view->setItemDelegateForColumn(RiskRegisterModel::InherentLikelihood,
                                     new ScaleDelegate(document, RiskMethod::Axis::Likelihood,
                                                       RiskRegisterModel::InherentImpact, m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::InherentImpact,
                                     new ScaleDelegate(document, RiskMethod::Axis::Impact,
                                                       RiskRegisterModel::InherentLikelihood, m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::ResidualLikelihood,
                                     new ScaleDelegate(document, RiskMethod::Axis::Likelihood,
                                                       RiskRegisterModel::ResidualImpact, m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::ResidualImpact,
                                     new ScaleDelegate(document, RiskMethod::Axis::Impact,
                                                       RiskRegisterModel::ResidualLikelihood, m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::Treatment,
                                     new ChoiceDelegate(RiskVocabulary::treatmentKeys(), &RiskVocabulary::treatmentLabel,
                                                        true, m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::Status,
                                     new ChoiceDelegate(RiskVocabulary::statusKeys(), &RiskVocabulary::statusLabel, false,
                                                        m_view));
    for (int c : {int(RiskRegisterModel::IdentifiedOn), int(RiskRegisterModel::LastReview),
                  int(RiskRegisterModel::NextReview)})
        m_view->setItemDelegateForColumn(c, new DateDelegate(m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::Assets,
                                     new MultiSelectDelegate([document] { return assetChoices(document); },
                                                             tr("Assets of the risk"), m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::PlannedControls,
                                     new MultiSelectDelegate([document] { return controlChoices(document); },
                                                             tr("Planned controls (Annex A and own)"), m_view));
    m_view->setItemDelegateForColumn(RiskRegisterModel::Properties,
                                     new MultiSelectDelegate(&propertyChoices, tr("Affected properties"), m_view));

    // The table with a line above it that says why it is empty, when it is.
    auto *tableSide = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("registerEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setContentsMargins(4, 4, 4, 4);
    tableLayout->addWidget(m_empty);
    tableLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(320);
    layout->addWidget(splitter, 1);

    // Wiring.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RiskRegisterPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_model->totalCount() < ImmediateFilterRows)
            applyFilters();
        else
            m_searchTimer->start();
    });
    for (QComboBox *combo : {m_level, m_status, m_owner, m_treatment})
        connect(combo, &QComboBox::activated, this, &RiskRegisterPanel::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &RiskRegisterPanel::applyFilters);
    connect(m_attention, &QCheckBox::toggled, this, &RiskRegisterPanel::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockOverdue(m_overdue);
        const QSignalBlocker blockAttention(m_attention);
        m_search->clear();
        for (QComboBox *combo : {m_level, m_status, m_owner, m_treatment})
            combo->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_attention->setChecked(false);
        m_inherentView->setSelectedCell(0, 0);
        m_residualView->setSelectedCell(0, 0);
        m_proxy->setFilter({});
        m_clearCell->hide();
        updateCount();
    });
    auto cellFilter = [this](HeatMapView *other, RiskFilter::Rating rating, int l, int i) {
        other->setSelectedCell(0, 0);
        m_proxy->setCell(rating, l, i);
        m_clearCell->setText(rating == RiskFilter::Rating::Inherent
                                 ? tr("Inherent %1 x %2  ✕").arg(l).arg(i)
                                 : tr("Residual %1 x %2  ✕").arg(l).arg(i));
        m_clearCell->show();
        updateCount();
    };
    connect(m_inherentView, &HeatMapView::cellClicked, this, [this, cellFilter](int l, int i) {
        cellFilter(m_residualView, RiskFilter::Rating::Inherent, l, i);
    });
    connect(m_residualView, &HeatMapView::cellClicked, this, [this, cellFilter](int l, int i) {
        cellFilter(m_inherentView, RiskFilter::Rating::Residual, l, i);
    });
    auto clearCell = [this] {
        m_inherentView->setSelectedCell(0, 0);
        m_residualView->setSelectedCell(0, 0);
        m_proxy->clearCell();
        m_clearCell->hide();
        updateCount();
    };
    connect(m_inherentView, &HeatMapView::cleared, this, clearCell);
    connect(m_residualView, &HeatMapView::cleared, this, clearCell);
    connect(m_clearCell, &QPushButton::clicked, this, clearCell);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RiskRegisterPanel::showColumnMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->setCurrent(current);
                updateButtons();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskRegisterPanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RiskRegisterPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RiskRegisterPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->setCurrent({});
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { m_detail->setCurrent(m_view->currentIndex()); });
    connect(document, &Document::changed, this, [this](const Change &change) {
        if ((change.entity == Entity::Risk && (change.field == Risk::Owner || change.kind != Change::Kind::Updated))
            || change.kind == Change::Kind::Reset)
            refillChoices();
        if (change.entity == Entity::RiskMethod || change.kind == Change::Kind::Reset)
            refillChoices();
    });

    connect(m_add, &QPushButton::clicked, this, [this] { selectRisk(m_model->addRisk(), true); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid())
            selectRisk(m_model->duplicateRisk(current.row()), true);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        m_model->removeRisks(rows);
    });
    connect(importButton, &QPushButton::clicked, this, &RiskRegisterPanel::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &RiskRegisterPanel::exportCsv);
    importButton->setEnabled(!document->isReadOnly());
    // The figures take a few counting queries: coalesce bursts of edits.
    m_figuresTimer->setSingleShot(true);
    m_figuresTimer->setInterval(250);
    connect(m_figuresTimer, &QTimer::timeout, this, &RiskRegisterPanel::refreshFigures);
    connect(document, &Document::changed, this, [this] {
        m_figuresStale = true;
        if (isVisible())
            m_figuresTimer->start();
    });
    connect(m_figures, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("overdue"))
            m_overdue->setChecked(true);
        else if (link == QLatin1String("attention"))
            m_attention->setChecked(true);
        else if (link == QLatin1String("above")) {
            // The levels above the threshold, through the proxy's filter.
            RiskFilter f = m_proxy->filter();
            f.levels.clear();
            for (int level = m_document->riskMethod().acceptanceLevel + 1;
                 level < int(m_document->riskMethod().levels.size()); ++level)
                f.levels << level;
            m_proxy->setFilter(f);
            updateCount();
        }
    });
    // Counted when the panel is first shown, after the first paint (showEvent).
    // Large registers open with their first page; the rest is loaded while the user
    // looks at it, a step per timer tick, so that the first search or sort does not
    // have to wait for it.
    m_prefetchTimer->setInterval(15);
    connect(m_prefetchTimer, &QTimer::timeout, this, &RiskRegisterPanel::prefetch);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_searchPrepared = 0;
        if (isVisible())
            m_prefetchTimer->start();
    });
    updateCount();
    updateButtons();
}

void RiskRegisterPanel::prefetch()
{
    constexpr int RowsPerStep = 4000;
    constexpr int SearchTextsPerStep = 10000;
    if (!m_model->isComplete()) {
        m_model->fetchRows(RowsPerStep);
        updateCount();
        return;
    }
    if (m_searchPrepared < m_model->rowCount()) {
        m_searchPrepared = m_model->prepareSearch(m_searchPrepared, SearchTextsPerStep);
        return;
    }
    m_prefetchTimer->stop();
}

void RiskRegisterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_prefetchTimer->start();
    if (m_figuresStale)
        QTimer::singleShot(0, this, &RiskRegisterPanel::refreshFigures);
}

void RiskRegisterPanel::refreshFigures()
{
    m_figuresStale = false;
    const DocumentSummary s = DocumentSummary::riskRegisterOf(*m_document);
    const RiskMethod &method = m_document->riskMethod();
    auto line = [](const QString &text, bool warn, const QString &link = {}) {
        const QString shown = link.isEmpty() || !warn ? text.toHtmlEscaped()
                                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(link, text.toHtmlEscaped());
        return warn ? QStringLiteral("<div style=\"color:#b71c1c; margin-bottom:4px\">%1</div>").arg(shown)
                    : QStringLiteral("<div style=\"margin-bottom:4px\">%1</div>").arg(shown);
    };
    QString html = QStringLiteral("<div style=\"font-weight:bold; margin-bottom:6px\">%1</div>").arg(tr("At a glance").toHtmlEscaped());
    if (s.risks == 0) {
        html += line(tr("No risks in the register yet."), false);
        html += line(tr("%1 assets in the inventory").arg(s.assets), false);
        m_figures->setText(html);
        return;
    }
    html += line(s.risksNotRated > 0 ? tr("%1 risks, %2 not rated yet").arg(s.risks).arg(s.risksNotRated)
                                     : tr("%1 risks, all rated").arg(s.risks),
                 false);
    html += line(tr("%1 above the acceptance threshold (%2)").arg(s.risksAboveThreshold).arg(method.levelName(method.acceptanceLevel)),
                 s.risksAboveThreshold > 0, QStringLiteral("above"));
    html += line(tr("%1 of %2 treatment actions overdue").arg(s.overdueTreatmentActions).arg(s.treatmentActions),
                 s.overdueTreatmentActions > 0, QStringLiteral("overdue"));
    html += line(tr("%1 of %2 acceptances need renewal").arg(s.acceptancesNeedingRenewal).arg(s.acceptances),
                 s.acceptancesNeedingRenewal > 0, QStringLiteral("attention"));
    html += line(tr("%1 assets in the inventory").arg(s.assets), false);
    m_figures->setText(html);
}

void RiskRegisterPanel::refillChoices()
{
    const QString owner = m_owner->currentData().toString();
    const int level = m_level->currentData().isValid() ? m_level->currentData().toInt() : -1;
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    for (const QString &name : m_document->risks().owners())
        m_owner->addItem(name, name);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_level->clear();
    m_level->addItem(tr("Any level"), QVariant());
    const RiskMethod &method = m_document->riskMethod();
    for (size_t i = 0; i < method.levels.size(); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(method.levels[i].colour);
        m_level->addItem(QIcon(swatch), method.levels[i].name, int(i));
    }
    m_level->setCurrentIndex(level >= 0 ? std::max(0, m_level->findData(level)) : 0);
}

void RiskRegisterPanel::applyFilters()
{
    RiskFilter f = m_proxy->filter();
    f.text = m_search->text();
    f.levels.clear();
    if (m_level->currentData().isValid())
        f.levels << m_level->currentData().toInt();
    f.statuses.clear();
    if (!m_status->currentData().toString().isEmpty())
        f.statuses << m_status->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.treatments.clear();
    if (m_treatment->currentData().isValid())
        f.treatments << m_treatment->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.attentionOnly = m_attention->isChecked();
    m_proxy->setFilter(f);
    updateCount();
}

void RiskRegisterPanel::updateCount()
{
    const bool filtered = m_proxy->filter().isActive();
    m_count->setText(filtered ? tr("%1 of %2 risks").arg(m_proxy->rowCount()).arg(m_model->totalCount())
                              : tr("%1 risks").arg(m_model->totalCount()));
    m_clear->setEnabled(filtered);
    if (m_model->totalCount() == 0)
        m_empty->setText(tr("No risks yet. Add the first with \"Add risk\", or bring in a spreadsheet with "
                            "\"Import CSV…\" (import the assets first, under Assets, if the risks name them)."));
    else if (filtered && m_proxy->rowCount() == 0)
        m_empty->setText(tr("No risk matches the filters. \"Clear filters\" shows the whole register."));
    m_empty->setVisible(m_model->totalCount() == 0 || (filtered && m_proxy->rowCount() == 0));
}

void RiskRegisterPanel::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_add->setEnabled(writable);
    m_duplicate->setEnabled(writable && hasCurrent);
    m_remove->setEnabled(writable && m_view->selectionModel()->hasSelection());
}

void RiskRegisterPanel::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int c = 0; c < RiskRegisterModel::Description; ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        action->setEnabled(c != RiskRegisterModel::Reference);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

void RiskRegisterPanel::selectRisk(qint64 id, bool edit)
{
    if (id == 0)
        return;
    int row = m_model->rowOf(id);
    if (row < 0) {
        m_model->fetchAll();
        row = m_model->rowOf(id);
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, RiskRegisterModel::Title));
    if (!index.isValid()) {
        // Hidden by a filter: show everything, so the new row can be seen.
        m_clear->click();
        index = m_proxy->mapFromSource(m_model->index(row, RiskRegisterModel::Title));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (edit)
        m_view->edit(index);
}

void RiskRegisterPanel::commitPendingEdits()
{
    m_detail->commitPendingEdits();
}

void RiskRegisterPanel::importCsv()
{
    const QString path = dialogs::openCsvFileName(this, tr("Import risks from CSV"));
    if (path.isEmpty())
        return;
    RiskImportDialog dialog(m_document, RiskCsv::Kind::Risks, path, this);
    dialog.exec();
}

void RiskRegisterPanel::exportCsv()
{
    const QString path = dialogs::saveCsvFileName(this, tr("Export the risk register"), tr("Risk register.csv"));
    if (path.isEmpty())
        return;
    QString error;
    if (!RiskCsv::write(path, RiskCsv::riskRows(*m_document), &error))
        dialogs::critical(this, tr("Export failed"), error);
}

} // namespace rampart
