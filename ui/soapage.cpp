#include "soapage.h"

#include "approvesoadialog.h"
#include "catalog/catalog.h"
#include "dialogs.h"
#include "document.h"
#include "documentsummary.h"
#include "io/soacsv.h"
#include "models/soacomparisonmodel.h"
#include "models/soafilterproxy.h"
#include "models/soafindingmodel.h"
#include "models/soamodel.h"
#include "models/soaversionmodel.h"
#include "soa.h"
#include "soadelegate.h"
#include "soadetailpane.h"
#include "stores/soastore.h"
#include "soatreeview.h"
#include "stores/organisationstore.h"
#include "widgets.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

constexpr int MaxProblemsShown = 25;

QTableView *plainTable(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

// The list opens wide enough for its longest entry, however narrow the combo is.
void fitPopup(QComboBox *combo)
{
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

} // namespace

SoaPage::SoaPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SoaModel(document, this))
    , m_proxy(new SoaFilterProxy(this))
    , m_findings(new SoaFindingModel(document, this))
    , m_versions(new SoaVersionModel(document, this))
    , m_comparison(new SoaComparisonModel(document, this))
    , m_view(new SoaTreeView)
    , m_detail(new SoaDetailPane(m_model))
    , m_summary(widgets::note(QString()))
    , m_count(new QLabel)
    , m_addOwn(new QPushButton(tr("Add own control")))
    , m_deleteOwn(new QPushButton(tr("Delete own control")))
    , m_approve(new QPushButton(tr("Approve this SoA…")))
    , m_import(new QPushButton(tr("Import CSV…")))
    , m_export(new QPushButton(tr("Export CSV…")))
    , m_summaryTimer(new QTimer(this))
{
    document->soa().setExclusionConfirmation([this](const QStringList &risks) {
        return dialogs::question(this, tr("Exclude a control that risks rely on?"),
                                 tr("The treatment of these risks plans this control:\n\n%1\n\nMark it not "
                                    "applicable anyway? The risks keep the control in their treatment until you "
                                    "change them.")
                                     .arg(risks.join(QLatin1Char('\n'))));
    });
    setObjectName(QStringLiteral("soaPage"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(widgets::pageTitle(tr("Statement of Applicability")), 1);
    m_addOwn->setObjectName(QStringLiteral("addOwnControl"));
    m_addOwn->setToolTip(tr("Add a control of your own beyond Annex A (clause 6.1.3 c)"));
    m_deleteOwn->setObjectName(QStringLiteral("deleteOwnControl"));
    m_deleteOwn->setToolTip(tr("Delete the selected own control and its SoA row (Edit > Undo brings it back)"));
    m_import->setObjectName(QStringLiteral("importSoa"));
    m_import->setToolTip(tr("Update the SoA from a spreadsheet, matched by control; a file with any problem "
                            "changes nothing"));
    m_export->setObjectName(QStringLiteral("exportSoa"));
    m_export->setToolTip(tr("Write the SoA to a spreadsheet (CSV)"));
    m_approve->setObjectName(QStringLiteral("approveSoa"));
    m_approve->setToolTip(tr("Approve this SoA: freeze it as a new version with approver, date and note"));
    for (QPushButton *b : {m_addOwn, m_deleteOwn, m_import, m_export, m_approve})
        titleRow->addWidget(b);
    layout->addLayout(titleRow);
    m_summary->setObjectName(QStringLiteral("soaSummary"));
    layout->addWidget(m_summary);
    layout->addWidget(buildFilterBar());

    m_view->setObjectName(QStringLiteral("soaTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new SoaDelegate(m_view));
    setUpColumns();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("soaTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(buildFindingsTab(), QString());
    m_tabs->addTab(buildVersionsTab(), QString());
    updateTabTitles();

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("soaSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    arrangePanels();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_detail->setEntry(currentEntryId());
        updateButtons();
    });
    connect(m_detail, &SoaDetailPane::openRisk, this, &SoaPage::openRisk);
    // The linked risks open from the table too: double-click on their cell, or the
    // context menu anywhere on the row.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = linkedRisksMenu(m_view->indexAt(pos), this);
        if (!menu)
            return;
        menu->exec(m_view->viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != SoaModel::LinkedRisksColumn)
            return;
        const QVariantList ids = index.data(SoaModel::LinkedRiskIdsRole).toList();
        if (ids.size() == 1) {
            Q_EMIT openRisk(ids.first().toLongLong());
        } else if (QMenu *menu = linkedRisksMenu(index, this)) {
            menu->exec(m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft()));
            delete menu;
        }
    });
    connect(m_addOwn, &QPushButton::clicked, this, &SoaPage::addOwnControl);
    connect(m_deleteOwn, &QPushButton::clicked, this, &SoaPage::deleteCurrentOwnControl);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        commitPendingEdits();
        ApproveSoaDialog dialog(m_document, this);
        if (dialog.exec() == QDialog::Accepted)
            approve(dialog.approver(), dialog.approvedOn(), dialog.note());
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openCsvFileName(this, tr("Import the SoA from a spreadsheet"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString organisation = m_document->organisation().read().name;
        const QString suggested = organisation.isEmpty() ? tr("Statement of Applicability.csv")
                                                         : tr("%1 - Statement of Applicability.csv").arg(organisation);
        const QString path = dialogs::saveCsvFileName(this, tr("Export the SoA to a spreadsheet"), suggested);
        if (!path.isEmpty())
            exportCsv(path);
    });

    // Figures follow the edits, once per burst of changes.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &SoaPage::updateSummary);
    connect(document, &Document::changed, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &,
                                                                    const QList<int> &) { fillOwnerFilter(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SoaPage::fillOwnerFilter);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateSummary(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SoaPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SoaPage::updateSummary);

    updateSummary();
    updateButtons();
    // Start where a manager starts: the decision on the first control.
    const std::vector<SoaEntry> entries = document->soa().entries();
    if (!entries.empty()) {
        const QModelIndex first = m_proxy->mapFromSource(
            m_model->indexOfEntry(entries.front().id, SoaModel::ApplicabilityColumn));
        m_view->setCurrentIndex(first);
    }
}

QWidget *SoaPage::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("soaSearch"));
    m_search->setPlaceholderText(tr("Search control, title, owner or text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    row->addWidget(m_search, 3);

    m_themeFilter = new QComboBox;
    m_themeFilter->setObjectName(QStringLiteral("themeFilter"));
    m_themeFilter->addItem(tr("All themes"), QString());
    for (const CatalogTheme &theme : m_document->catalog().themes)
        m_themeFilter->addItem(theme.name, theme.code);
    m_themeFilter->addItem(tr("Own controls"), SoaModel::ownGroupKey());

    m_decisionFilter = new QComboBox;
    m_decisionFilter->setObjectName(QStringLiteral("decisionFilter"));
    m_decisionFilter->addItem(tr("Any decision"), QString());
    for (const Applicability a : allApplicabilities())
        m_decisionFilter->addItem(applicabilityLabel(a), applicabilityKey(a));

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const ImplementationStatus s : allStatuses())
        m_statusFilter->addItem(statusLabel(s), statusKey(s));

    m_ownerFilter = new QComboBox;
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));

    m_attributeFilter = new QComboBox;
    m_attributeFilter->setObjectName(QStringLiteral("attributeFilter"));
    m_attributeFilter->addItem(tr("Any attribute"), QString());
    const Catalog &catalog = m_document->catalog();
    for (int kind = 0; kind < AttributeKindCount; ++kind) {
        QStringList values;
        QSet<QString> seen;
        for (const CatalogControl &c : catalog.controls) {
            for (const QString &v : c.attributes[kind]) {
                if (!seen.contains(v)) {
                    seen.insert(v);
                    values << v;
                }
            }
        }
        values.sort(Qt::CaseInsensitive);
        m_attributeFilter->insertSeparator(m_attributeFilter->count());
        for (const QString &v : std::as_const(values))
            m_attributeFilter->addItem(QStringLiteral("%1: %2").arg(attributeKindName(AttributeKind(kind)),
                                                                   attributeValueName(v)),
                                       attributeKindKey(AttributeKind(kind)) + QLatin1Char(':') + v);
    }

    for (QComboBox *combo : {m_themeFilter, m_decisionFilter, m_statusFilter, m_ownerFilter, m_attributeFilter}) {
        // Long entries (owners, attribute values) must not push the search box away.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        fitPopup(combo);
        row->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &SoaPage::applyFilters);
    }
    m_clearFilters = new QPushButton(tr("Clear"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->setToolTip(tr("Show every control again"));
    m_clearFilters->setEnabled(false);
    row->addWidget(m_clearFilters);
    m_count->setObjectName(QStringLiteral("soaCount"));
    row->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &SoaPage::applyFilters);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_themeFilter),
                                           QSignalBlocker(m_decisionFilter), QSignalBlocker(m_statusFilter),
                                           QSignalBlocker(m_ownerFilter), QSignalBlocker(m_attributeFilter)};
        m_search->clear();
        for (QComboBox *combo :
             {m_themeFilter, m_decisionFilter, m_statusFilter, m_ownerFilter, m_attributeFilter})
            combo->setCurrentIndex(0);
        applyFilters();
    });
    fillOwnerFilter();
    return bar;
}

QWidget *SoaPage::buildFindingsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(widgets::note(tr("Gaps an auditor would point at: no decision, an exclusion without "
                                       "justification, an inclusion without a reason, an implemented control "
                                       "without a description, no owner, no review in the last %1 months. "
                                       "Select a finding to go to its control.")
                                        .arg(SoaCompleteness::ReviewIntervalMonths)));
    m_findingView = plainTable(QStringLiteral("soaFindings"));
    m_findingView->setModel(m_findings);
    m_findingView->setColumnWidth(SoaFindingModel::Control, 70);
    m_findingView->setColumnWidth(SoaFindingModel::Finding, 210);
    layout->addWidget(m_findingView, 1);
    auto go = [this](const QModelIndex &index) {
        if (index.isValid())
            selectEntry(index.data(SoaFindingModel::EntryIdRole).toLongLong());
    };
    connect(m_findingView, &QAbstractItemView::clicked, this, go);
    connect(m_findingView, &QAbstractItemView::activated, this, go);
    connect(m_findings, &QAbstractItemModel::modelReset, this, &SoaPage::updateTabTitles);
    return tab;
}

QWidget *SoaPage::buildVersionsTab()
{
    auto *tab = new QWidget;
    // The versions and the comparison sit side by side when the panel is wide, one
    // above the other when it is narrow (arrangePanels).
    m_versionsLayout = new QBoxLayout(QBoxLayout::TopToBottom, tab);
    m_versionsLayout->setContentsMargins(8, 8, 8, 8);
    m_versionsLayout->setSpacing(12);
    auto *listColumn = new QWidget;
    auto *layout = new QVBoxLayout(listColumn);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widgets::note(tr("Each approved version is the SoA frozen as it was approved. Select one "
                                       "to see what has changed since, field by field.")));
    m_versionView = plainTable(QStringLiteral("soaVersions"));
    m_versionView->setModel(m_versions);
    m_versionView->setMinimumHeight(m_versionView->verticalHeader()->defaultSectionSize() * 3
                                    + m_versionView->horizontalHeader()->sizeHint().height() + 4);
    m_versionView->setColumnWidth(SoaVersionModel::Number, 90);
    m_versionView->setColumnWidth(SoaVersionModel::ApprovedOn, 100);
    m_versionView->setColumnWidth(SoaVersionModel::Approver, 220);
    // The note gets a line of its own under the list, where it can be read whole.
    m_versionView->setColumnHidden(SoaVersionModel::Note, true);
    layout->addWidget(m_versionView);
    m_versionNote = widgets::note(QString());
    m_versionNote->setObjectName(QStringLiteral("versionNote"));
    layout->addWidget(m_versionNote);
    m_versionsLayout->addWidget(listColumn, 2);
    auto *comparisonColumn = new QWidget;
    layout = new QVBoxLayout(comparisonColumn);
    layout->setContentsMargins(0, 0, 0, 0);
    m_versionsLayout->addWidget(comparisonColumn, 3);
    m_comparisonTitle = widgets::sectionTitle(QString());
    m_comparisonTitle->setObjectName(QStringLiteral("comparisonTitle"));
    layout->addWidget(m_comparisonTitle);
    m_comparisonView = plainTable(QStringLiteral("soaComparison"));
    m_comparisonView->setModel(m_comparison);
    // Narrow panel: the title is in the tooltip, and the kind of change shows in the
    // field column for added and removed controls.
    m_comparisonView->setColumnHidden(SoaComparisonModel::Title, true);
    m_comparisonView->setColumnHidden(SoaComparisonModel::Kind, true);
    m_comparisonView->setColumnWidth(SoaComparisonModel::Control, 64);
    m_comparisonView->setColumnWidth(SoaComparisonModel::Field, 170);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(SoaComparisonModel::Before, QHeaderView::Stretch);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(SoaComparisonModel::After, QHeaderView::Stretch);
    layout->addWidget(m_comparisonView, 1);

    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVersion(current.row()); });
    auto go = [this](const QModelIndex &index) {
        const qint64 id = index.data(SoaComparisonModel::EntryIdRole).toLongLong();
        if (id != 0)
            selectEntry(id);
    };
    connect(m_comparisonView, &QAbstractItemView::clicked, this, go);
    connect(m_comparisonView, &QAbstractItemView::activated, this, go);
    connect(m_versions, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        updateTabTitles();
        m_versionView->selectRow(first);
    });
    connect(m_versions, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateTabTitles();
        if (m_versions->rowOf(m_comparison->versionId()) < 0)
            m_versionView->selectRow(0);
        showVersion(m_versionView->currentIndex().row());
    });
    connect(m_versions, &QAbstractItemModel::modelReset, this, [this] {
        updateTabTitles();
        m_versionView->selectRow(0);
        showVersion(m_versionView->currentIndex().row());
    });
    connect(m_comparison, &QAbstractItemModel::modelReset, this, [this] { showVersion(m_versionView->currentIndex().row()); });
    if (m_versions->rowCount() > 0)
        m_versionView->selectRow(0);
    else
        showVersion(-1);
    return tab;
}

// The table needs its width for the decision, status and owner columns; the panel
// goes beside it only when there is room for both.
void SoaPage::arrangePanels()
{
    const Qt::Orientation wanted = width() >= SideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted && m_arranged)
        return;
    m_arranged = true;
    m_splitter->setOrientation(wanted);
    m_detail->setSideBySide(wanted == Qt::Vertical);
    m_versionsLayout->setDirection(wanted == Qt::Vertical ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (wanted == Qt::Horizontal)
        m_splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    else
        m_splitter->setSizes({height() * 11 / 20, height() * 9 / 20});
}

void SoaPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangePanels();
}

void SoaPage::updateTabTitles()
{
    m_tabs->setTabText(1, m_findings->rowCount() == 0 ? tr("Completeness: no gaps")
                                                      : tr("Completeness (%1)").arg(m_findings->rowCount()));
    m_tabs->setTabText(2, m_versions->rowCount() == 0 ? tr("Versions")
                                                      : tr("Versions (%1)").arg(m_versions->rowCount()));
}

void SoaPage::showVersion(int row)
{
    const qint64 id = m_versions->versionId(row);
    if (id != m_comparison->versionId())
        m_comparison->setVersion(id);
    const QString note = m_versions->index(row, SoaVersionModel::Note).data().toString();
    m_versionNote->setText(note.isEmpty() ? QString() : tr("Note: %1").arg(note));
    m_versionNote->setVisible(!note.isEmpty());
    if (id == 0) {
        m_comparisonTitle->setText(tr("No version approved yet"));
        return;
    }
    const int changed = m_comparison->changedControls();
    m_comparisonTitle->setText(changed == 0 ? tr("No changes since version %1").arg(m_comparison->versionNumber())
                                            : tr("Changed since version %1: %n control(s)", nullptr, changed)
                                                  .arg(m_comparison->versionNumber()));
}

void SoaPage::setUpColumns()
{
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    const std::pair<int, int> widths[] = {
        {SoaModel::Control, 92},          {SoaModel::Title, 270},        {SoaModel::ApplicabilityColumn, 108},
        {SoaModel::ReasonsColumn, 130},   {SoaModel::StatusColumn, 156}, {SoaModel::OwnerColumn, 130},
        {SoaModel::TargetDateColumn, 92}, {SoaModel::LastReviewedColumn, 100},
        {SoaModel::ReasonNarrativeColumn, 220}, {SoaModel::JustificationColumn, 220},
        {SoaModel::ImplementationColumn, 260}, {SoaModel::ReferencesColumn, 180},
        {SoaModel::ControlTypeColumn, 150}, {SoaModel::PropertiesColumn, 210}, {SoaModel::ConceptsColumn, 160},
        {SoaModel::CapabilitiesColumn, 200}, {SoaModel::DomainsColumn, 230},
        {SoaModel::LinkedRisksColumn, 200},
    };
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    // The long texts have the detail pane; their columns are there for those who want
    // them side by side (header menu).
    for (int column : {SoaModel::ReasonNarrativeColumn, SoaModel::JustificationColumn, SoaModel::ImplementationColumn,
                       SoaModel::ReferencesColumn})
        header->setSectionHidden(column, true);
    // What a reader scans first comes first: decision, status, owner.
    header->moveSection(header->visualIndex(SoaModel::StatusColumn), header->visualIndex(SoaModel::ReasonsColumn));
    header->moveSection(header->visualIndex(SoaModel::OwnerColumn), header->visualIndex(SoaModel::ReasonsColumn));
    // The risks that rely on a control sit beside the reasons for including it.
    header->moveSection(header->visualIndex(SoaModel::LinkedRisksColumn),
                        header->visualIndex(SoaModel::ReasonsColumn) + 1);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu;
        for (int column = SoaModel::Title; column < SoaModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void SoaPage::fillOwnerFilter()
{
    if (!m_ownerFilter)
        return;
    const QStringList owners = m_model->owners();
    QStringList shown;
    for (int i = 2; i < m_ownerFilter->count(); ++i)
        shown << m_ownerFilter->itemText(i);
    if (m_ownerFilter->count() >= 2 && shown == owners)
        return;
    const int current = m_ownerFilter->currentIndex();
    const QString currentOwner = m_ownerFilter->currentText();
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Any owner"));
    m_ownerFilter->addItem(tr("No owner"));
    m_ownerFilter->addItems(owners);
    fitPopup(m_ownerFilter);
    int restore = current <= 1 ? qMax(0, current) : m_ownerFilter->findText(currentOwner);
    m_ownerFilter->setCurrentIndex(qMax(0, restore));
    if (current > 1 && restore < 0)
        applyFilters();
}

void SoaPage::applyFilters()
{
    m_proxy->setThemeFilter(m_themeFilter->currentData().toString());
    m_proxy->setApplicabilityFilter(m_decisionFilter->currentData().toString());
    m_proxy->setStatusFilter(m_statusFilter->currentData().toString());
    const int owner = m_ownerFilter->currentIndex();
    m_proxy->setOwnerFilter(owner >= 1, owner >= 2 ? m_ownerFilter->currentText() : QString());
    m_proxy->setAttributeFilter(m_attributeFilter->currentData().toString());
    m_proxy->setTextFilter(m_search->text());
    m_clearFilters->setEnabled(m_proxy->isFiltering());
    updateSummary();
}

void SoaPage::updateSummary()
{
    const DocumentSummary s = DocumentSummary::of(*m_document);
    QStringList parts;
    parts << tr("%1 of %2 controls decided").arg(s.soaDecided).arg(s.soaEntries);
    parts << tr("%1 applicable").arg(s.soaApplicable);
    parts << tr("%1 excluded").arg(s.soaExcluded);
    parts << tr("%1 implemented").arg(s.soaImplemented);
    parts << (s.soaLatestVersion > 0 ? tr("approved: version %1 on %2 by %3")
                                           .arg(s.soaLatestVersion)
                                           .arg(s.soaLatestApprovedOn, s.soaLatestApprover)
                                     : tr("no version approved yet"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    int shown = 0;
    for (int group = 0; group < m_proxy->rowCount(); ++group)
        shown += m_proxy->rowCount(m_proxy->index(group, 0));
    m_count->setText(m_proxy->isFiltering() ? tr("%1 of %2 shown").arg(shown).arg(s.soaEntries)
                                            : tr("%1 controls").arg(s.soaEntries));
}

void SoaPage::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const SoaEntry *e = m_model->entryAt(m_proxy->mapToSource(m_view->currentIndex()));
    m_addOwn->setEnabled(writable);
    m_deleteOwn->setEnabled(writable && e && e->own);
    m_import->setEnabled(writable);
    m_approve->setEnabled(writable);
}

QMenu *SoaPage::linkedRisksMenu(const QModelIndex &index, QWidget *parent)
{
    const SoaEntry *e = m_model->entryAt(m_proxy->mapToSource(index));
    if (!e)
        return nullptr;
    const std::vector<LinkedRisk> &risks = m_model->linkedRisks(e->id);
    if (risks.empty())
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("linkedRisksMenu"));
    for (const LinkedRisk &risk : risks) {
        // Menus show "&" as a shortcut marker.
        QString title = risk.title;
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *open = menu->addAction(tr("Open risk %1 %2").arg(risk.reference, title));
        open->setData(risk.id);
        const qint64 id = risk.id;
        connect(open, &QAction::triggered, this, [this, id] { Q_EMIT openRisk(id); });
    }
    return menu;
}

qint64 SoaPage::currentEntryId() const
{
    const SoaEntry *e = m_model->entryAt(m_proxy->mapToSource(m_view->currentIndex()));
    return e ? e->id : 0;
}

void SoaPage::selectEntry(qint64 entryId, int column)
{
    if (column < 0) {
        const QModelIndex current = m_view->currentIndex();
        column = current.isValid() && !current.data(SoaModel::IsGroupRole).toBool() ? current.column()
                                                                                    : int(SoaModel::Control);
    }
    const QModelIndex source = m_model->indexOfEntry(entryId, column);
    if (!source.isValid())
        return;
    QModelIndex at = m_proxy->mapFromSource(source);
    if (!at.isValid()) {
        m_clearFilters->click();
        at = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(at);
    m_view->scrollTo(at);
    m_view->setFocus();
}

void SoaPage::commitPendingEdits()
{
    m_detail->commitPendingEdits();
}

bool SoaPage::approve(const QString &approver, const QDate &approvedOn, const QString &note)
{
    commitPendingEdits();
    QString error;
    const qint64 id = m_document->soa().approve(approver, approvedOn, note, &error);
    if (id == 0) {
        dialogs::critical(this, tr("Cannot approve the SoA"), error);
        return false;
    }
    m_tabs->setCurrentIndex(2);
    Q_EMIT statusMessage(tr("Approved the SoA as version %1").arg(m_document->soaVersions().value(id, 0).toInt()));
    return true;
}

bool SoaPage::importCsv(const QString &path)
{
    commitPendingEdits();
    SoaImportPlan plan;
    QString error;
    if (!SoaCsv::importFrom(*m_document, path, false, &plan, &error)) {
        QStringList lines = error.split(QLatin1Char('\n'));
        if (lines.size() > MaxProblemsShown) {
            const qsizetype more = lines.size() - MaxProblemsShown;
            lines = lines.mid(0, MaxProblemsShown);
            lines << tr("… and %n more problem(s).", nullptr, int(more));
        }
        const QString intro = plan.problems.isEmpty()
            ? QString()
            : tr("Nothing was imported. Correct the spreadsheet and import it again:") + QStringLiteral("\n\n");
        dialogs::critical(this, tr("Cannot import the SoA"), intro + lines.join(QLatin1Char('\n')));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (!plan.warnings.isEmpty()) {
        QStringList lines = plan.warnings;
        if (lines.size() > MaxProblemsShown) {
            const qsizetype more = lines.size() - MaxProblemsShown;
            lines = lines.mid(0, MaxProblemsShown);
            lines << tr("… and %n more.", nullptr, int(more));
        }
        dialogs::information(this, tr("Excluded controls that risks rely on"),
                             tr("%1 was imported. It marks controls not applicable that the treatment of risks "
                                "plans; the risks keep them until you change their treatment:")
                                     .arg(name)
                                 + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    }
    Q_EMIT statusMessage(plan.writes.empty()
                             ? tr("%1 holds nothing new: the SoA is unchanged").arg(name)
                             : tr("Imported %1: %n control(s) changed (Edit > Undo takes it back)", nullptr,
                                  plan.rowsChanged)
                                   .arg(name));
    return true;
}

bool SoaPage::exportCsv(const QString &path)
{
    commitPendingEdits();
    QString error;
    if (!SoaCsv::exportTo(*m_document, path, &error)) {
        dialogs::critical(this, tr("Cannot export the SoA"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the SoA to %1").arg(path));
    return true;
}

qint64 SoaPage::addOwnControl()
{
    OwnControl control;
    control.title = tr("New control");
    const qint64 id = m_document->soa().addOwnControl(control);
    const QModelIndex source = m_model->indexOfOwnControl(id, SoaModel::Title);
    if (!source.isValid())
        return id;
    selectEntry(m_model->entryAt(source)->id, SoaModel::Title);
    m_view->edit(m_view->currentIndex());
    return id;
}

bool SoaPage::deleteCurrentOwnControl()
{
    const SoaEntry *e = m_model->entryAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!e || !e->own)
        return false;
    const QString reference = e->controlRef;
    // The risks that plan it lose it from their treatment in the same step.
    QStringList risks;
    for (const LinkedRisk &risk : m_model->linkedRisks(e->id))
        risks << risk.reference;
    if (!m_document->soa().removeOwnControl(e->ownControlId))
        return false;
    Q_EMIT statusMessage(risks.isEmpty()
                             ? tr("Deleted %1 (Edit > Undo brings it back)").arg(reference)
                             : tr("Deleted %1; the treatment of %2 no longer plans it (Edit > Undo brings both back)")
                                   .arg(reference, SoaCompleteness::riskList(risks)));
    return true;
}

} // namespace rampart
