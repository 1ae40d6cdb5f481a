#include "auditspage.h"

#include "auditeditor.h"
#include "audits.h"
#include "dialogs.h"
#include "document.h"
#include "domain/audit.h"
#include "domain/fields.h"
#include "formbinder.h"
#include "models/auditmodels.h"
#include "recorddelegate.h"
#include "stores/auditstore.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {

QVariantList emptyRow(int fields)
{
    QVariantList row;
    for (int f = 0; f < fields; ++f)
        row << QVariant();
    return row;
}

} // namespace

AuditsPage::AuditsPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_programmes(new AuditProgrammeModel(document, this))
    , m_audits(new AuditListModel(document, this))
    , m_calendar(new QSortFilterProxyModel(this))
    , m_coverage(new CoverageModel(document, this))
    , m_coverageFilter(new QSortFilterProxyModel(this))
    , m_programmeForm(new FormBinder(m_programmes, document->isReadOnly(), this))
    , m_tabs(new QTabWidget)
    , m_programmeChoice(new QComboBox)
    , m_coverageSummary(widgets::note(QString()))
    , m_onlyUncovered(new QCheckBox(tr("Only what the cycle does not cover yet")))
    , m_calendarView(new QTableView)
    , m_coverageView(new QTableView)
    , m_auditChoice(new QComboBox)
    , m_editor(new AuditEditor(document))
    , m_removeAudit(new QPushButton(tr("Delete audit")))
    , m_removeProgramme(new QPushButton(tr("Delete programme")))
{
    setObjectName(QStringLiteral("auditsPage"));
    const bool writable = !document->isReadOnly();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(tr("Audits")));
    layout->addWidget(widgets::note(tr("Clause 9.2: the internal audit programme over the certification cycle, the "
                                       "plan and checklist of each audit, and the external audits in the same "
                                       "calendar. Changes are saved as you make them and can be undone.")));

    auto *programmeRow = new QHBoxLayout;
    programmeRow->addWidget(new QLabel(tr("Audit programme")));
    m_programmeChoice->setObjectName(QStringLiteral("programmeChoice"));
    m_programmeChoice->setModel(m_programmes);
    m_programmeChoice->setModelColumn(AuditProgramme::Title);
    m_programmeChoice->setMinimumContentsLength(36);
    programmeRow->addWidget(m_programmeChoice);
    auto *addProgramme = new QPushButton(tr("New programme"));
    addProgramme->setObjectName(QStringLiteral("addProgramme"));
    addProgramme->setEnabled(writable);
    programmeRow->addWidget(addProgramme);
    programmeRow->addWidget(m_removeProgramme);
    programmeRow->addStretch();
    layout->addLayout(programmeRow);

    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->addTab(buildCalendar(), tr("Calendar and coverage"));
    m_tabs->addTab(buildProgramme(), tr("Programme"));
    m_tabs->addTab(buildAudit(), tr("Audit"));
    layout->addWidget(m_tabs, 1);

    connect(m_programmeChoice, &QComboBox::currentIndexChanged, this, &AuditsPage::selectProgramme);
    connect(addProgramme, &QPushButton::clicked, this, [this] {
        QVariantList row = emptyRow(AuditProgramme::FieldCount);
        const int year = QDate::currentDate().year();
        row[AuditProgramme::Title] = tr("Internal audit programme %1\u2013%2").arg(year).arg(year + 2);
        row[AuditProgramme::PeriodStart] = QDate(year, 1, 1);
        row[AuditProgramme::PeriodEnd] = QDate(year + 2, 12, 31);
        const qint64 id = m_programmes->addRecord(row, tr("Add audit programme"));
        if (id > 0) {
            m_programmeChoice->setCurrentIndex(m_programmes->rowOf(id));
            showTab(QStringLiteral("programme"));
        }
    });
    connect(m_removeProgramme, &QPushButton::clicked, this, [this] {
        const int row = m_programmeChoice->currentIndex();
        if (row < 0)
            return;
        if (!dialogs::question(this, tr("Delete programme"),
                               tr("Delete the audit programme \"%1\"? Its audits stay, outside any programme.")
                                   .arg(m_programmeChoice->currentText())))
            return;
        m_programmes->removeRecord(row, tr("Delete audit programme"));
    });
    connect(document, &Document::changed, this, &AuditsPage::onChanged);

    // Start with the programme of today's cycle.
    const qint64 current = Audits::currentProgramme(*document, QDate::currentDate());
    m_programmeChoice->setCurrentIndex(m_programmes->rowOf(current));
    selectProgramme(m_programmeChoice->currentIndex());
    refreshAuditChoices();
    if (const std::optional<Record> next = Audits::nextAudit(*document, QDate::currentDate()))
        openAudit(next->id);
    else if (m_audits->rowCount() > 0)
        openAudit(m_audits->rowId(0));
    showTab(QStringLiteral("calendar"));
}

QWidget *AuditsPage::buildCalendar()
{
    const bool writable = !m_document->isReadOnly();
    m_calendar->setSourceModel(m_audits);
    m_calendar->setSortRole(RecordTableModel::SortRole);
    m_calendarView->setObjectName(QStringLiteral("auditCalendar"));
    m_calendarView->setModel(m_calendar);
    m_calendarView->setItemDelegate(new RecordDelegate(m_calendarView));
    m_calendarView->setSortingEnabled(true);
    m_calendarView->sortByColumn(AuditListModel::StartDate, Qt::AscendingOrder);
    m_calendarView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calendarView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calendarView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_calendarView->verticalHeader()->hide();
    m_calendarView->setAlternatingRowColors(true);
    // One line per audit, so that a whole cycle fits on the screen; tooltips have the rest.
    m_calendarView->setWordWrap(false);
    m_calendarView->verticalHeader()->setDefaultSectionSize(m_calendarView->fontMetrics().height() + 8);
    m_calendarView->horizontalHeader()->setStretchLastSection(true);
    const int em = m_calendarView->fontMetrics().averageCharWidth();
    const int widths[] = {13, 14, 14, 46, 22, 14, 34, 18, 24};
    for (int c = 0; c < AuditListModel::ColumnCount; ++c)
        m_calendarView->setColumnWidth(c, widths[c] * em);

    auto *buttons = new QHBoxLayout;
    auto *addInternal = new QPushButton(tr("New internal audit"));
    addInternal->setObjectName(QStringLiteral("addAudit"));
    auto *addExternal = new QPushButton(tr("New external audit"));
    auto *open = new QPushButton(tr("Open"));
    open->setObjectName(QStringLiteral("openAudit"));
    addInternal->setEnabled(writable);
    addExternal->setEnabled(writable);
    buttons->addWidget(addInternal);
    buttons->addWidget(addExternal);
    buttons->addWidget(open);
    buttons->addWidget(m_removeAudit);
    buttons->addStretch();
    m_removeAudit->setEnabled(false);

    auto addAudit = [this](const QString &type) {
        QVariantList row = emptyRow(Audit::FieldCount);
        row[Audit::Programme] = currentProgramme();
        row[Audit::Type] = type;
        row[Audit::Title] = type == QLatin1String(keys::Internal) ? tr("New internal audit") : tr("New external audit");
        const qint64 id = m_audits->addRecord(row, tr("Add audit"));
        if (id > 0) {
            openAudit(id);
            m_editor->showTab(QStringLiteral("details"));
        }
    };
    connect(addInternal, &QPushButton::clicked, this, [addAudit] { addAudit(QString::fromLatin1(keys::Internal)); });
    connect(addExternal, &QPushButton::clicked, this, [addAudit] { addAudit(QStringLiteral("stage1")); });
    auto currentAudit = [this] {
        return m_audits->rowId(m_calendar->mapToSource(m_calendarView->currentIndex()).row());
    };
    connect(open, &QPushButton::clicked, this, [this, currentAudit] {
        if (const qint64 id = currentAudit())
            openAudit(id);
    });
    connect(m_calendarView, &QTableView::doubleClicked, this, [this, currentAudit] {
        if (const qint64 id = currentAudit())
            openAudit(id);
    });
    connect(m_removeAudit, &QPushButton::clicked, this, [this, currentAudit] {
        const qint64 id = currentAudit();
        const std::optional<Record> audit = m_document->audits().record(id);
        if (!audit || !dialogs::question(this, tr("Delete audit"),
                                         tr("Delete %1 with its areas, agenda and checklist? Nonconformities raised "
                                            "from it stay in the register. Edit > Undo brings it all back.")
                                             .arg(audit->text(Audit::Reference))))
            return;
        m_document->removeRow(Entity::Audit, id, tr("Delete audit %1").arg(audit->text(Audit::Reference)));
    });
    connect(m_calendarView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, writable] {
        m_removeAudit->setEnabled(writable && m_calendarView->currentIndex().isValid());
    });

    m_coverageFilter->setSourceModel(m_coverage);
    m_coverageFilter->setFilterRole(CoverageModel::StateRole);
    m_coverageFilter->setFilterKeyColumn(0);
    m_coverageView->setObjectName(QStringLiteral("coverageGrid"));
    m_coverageView->setModel(m_coverageFilter);
    m_coverageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->verticalHeader()->setDefaultSectionSize(m_coverageView->fontMetrics().height() + 6);
    m_coverageView->setAlternatingRowColors(true);
    m_coverageView->setWordWrap(false);
    m_onlyUncovered->setObjectName(QStringLiteral("onlyUncovered"));
    connect(m_onlyUncovered, &QCheckBox::toggled, this, [this](bool on) {
        m_coverageFilter->setFilterRegularExpression(
            on ? QStringLiteral("^%1$").arg(int(CoverageEntry::State::NotCovered)) : QString());
    });
    connect(m_coverage, &QAbstractItemModel::modelReset, this, [this] {
        const int em = m_coverageView->fontMetrics().averageCharWidth();
        m_coverageView->setColumnWidth(CoverageModel::Reference, 15 * em);
        m_coverageView->setColumnWidth(CoverageModel::Title, 44 * em);
        m_coverageView->setColumnWidth(CoverageModel::State, 24 * em);
        for (int c = CoverageModel::FirstAudit; c < m_coverage->columnCount(); ++c)
            m_coverageView->setColumnWidth(c, 12 * em);
    });

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 8, 0, 0);
    topLayout->addWidget(widgets::sectionTitle(tr("Audits by date")));
    m_noAudits = widgets::note(tr("No audits yet. Plan the internal audits of the cycle with \"New internal "
                                  "audit\", and record the certification body's visits with \"New external "
                                  "audit\"."));
    topLayout->addWidget(m_noAudits);
    topLayout->addWidget(m_calendarView, 1);
    auto showEmpty = [this] { m_noAudits->setVisible(m_audits->rowCount() == 0); };
    connect(m_audits, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(m_audits, &QAbstractItemModel::rowsRemoved, this, showEmpty);
    connect(m_audits, &QAbstractItemModel::modelReset, this, showEmpty);
    showEmpty();
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    auto *coverageTitle = new QHBoxLayout;
    coverageTitle->addWidget(widgets::sectionTitle(tr("Coverage of the cycle")), 1);
    coverageTitle->addWidget(m_onlyUncovered);
    bottomLayout->addLayout(coverageTitle);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    bottomLayout->addWidget(m_coverageSummary);
    bottomLayout->addWidget(m_coverageView, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

QWidget *AuditsPage::buildProgramme()
{
    auto label = [](int field) { return fieldLabel(Entity::AuditProgramme, field); };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(label(AuditProgramme::Title), m_programmeForm->line(AuditProgramme::Title));
    auto *period = new QHBoxLayout;
    period->addWidget(m_programmeForm->date(AuditProgramme::PeriodStart));
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_programmeForm->date(AuditProgramme::PeriodEnd));
    period->addStretch();
    form->addRow(tr("Period"), period);
    const struct
    {
        int field;
        int lines;
        QString placeholder;
    } texts[] = {
        {AuditProgramme::Objectives, 3, tr("What the programme is to achieve over the cycle")},
        {AuditProgramme::Frequency, 3, tr("How often audits take place, and how every clause and control is covered "
                                          "once per cycle")},
        {AuditProgramme::Methods, 3, tr("Interviews, record samples, observation, technical checks, remote sessions")},
        {AuditProgramme::Responsibilities, 3, tr("Who owns the programme, who may audit, what auditees provide")},
        {AuditProgramme::Planning, 3, tr("What every audit plan contains and when it is sent")},
        {AuditProgramme::Reporting, 3, tr("To whom results are reported, and when (clause 9.2.2 c)")},
        {AuditProgramme::ProcessImportance, 3, tr("How the importance of processes shaped the programme (9.2.2)")},
        {AuditProgramme::PreviousResults, 3, tr("How earlier audit results shaped the programme (9.2.2)")},
    };
    for (const auto &t : texts)
        form->addRow(label(t.field), m_programmeForm->text(t.field, t.lines, t.placeholder));

    m_programmeFields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(m_programmeFields);
    fieldsLayout->setContentsMargins(12, 12, 12, 12);
    fieldsLayout->addWidget(widgets::note(tr("Clause 9.2.2 asks the programme to set frequency, methods, "
                                             "responsibilities, planning requirements and reporting, taking into "
                                             "account the importance of the processes concerned and the results of "
                                             "previous audits.")));
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_programmeFields);
    return scroll;
}

QWidget *AuditsPage::buildAudit()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Audit")));
    m_auditChoice->setObjectName(QStringLiteral("auditChoice"));
    m_auditChoice->setMinimumContentsLength(50);
    row->addWidget(m_auditChoice);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);
    connect(m_auditChoice, &QComboBox::activated, this,
            [this](int index) { m_editor->setAudit(m_auditChoice->itemData(index).toLongLong()); });
    return page;
}

void AuditsPage::openAudit(qint64 id)
{
    m_editor->setAudit(id);
    refreshAuditChoices();
    showTab(QStringLiteral("audit"));
}

void AuditsPage::showTab(const QString &name)
{
    const QStringList names = {QStringLiteral("calendar"), QStringLiteral("programme"), QStringLiteral("audit")};
    if (names.contains(name))
        m_tabs->setCurrentIndex(int(names.indexOf(name)));
}

qint64 AuditsPage::currentProgramme() const
{
    return m_programmes->rowId(m_programmeChoice->currentIndex());
}

void AuditsPage::commitPendingEdits()
{
    m_programmeForm->commit();
    m_editor->commitPendingEdits();
}

void AuditsPage::selectProgramme(int index)
{
    m_programmeForm->setRow(index);
    m_programmeFields->setEnabled(index >= 0);
    m_removeProgramme->setEnabled(index >= 0 && !m_document->isReadOnly());
    m_coverage->showProgramme(m_programmes->rowId(index));
    refreshCoverageSummary();
}

void AuditsPage::refreshCoverageSummary()
{
    const Coverage &c = m_coverage->coverage();
    if (!c.programme) {
        m_coverageSummary->setText(tr("No audit programme yet. Create one (\"New programme\") to plan audits over "
                                      "the certification cycle and see what they cover."));
        return;
    }
    QStringList missing;
    for (const CoverageEntry &e : c.entries) {
        if (e.state == CoverageEntry::State::NotCovered)
            missing << e.reference;
    }
    QString text = tr("%1 clauses and applicable controls to cover in this cycle: %2 in the scope of an internal "
                      "audit (%3%), %4 already audited (%5%).")
                       .arg(c.required)
                       .arg(c.covered)
                       .arg(c.coveredPercent())
                       .arg(c.audited)
                       .arg(c.auditedPercent());
    if (missing.isEmpty())
        text += QLatin1Char(' ') + tr("Nothing is left uncovered.");
    else if (missing.size() <= 12)
        text += QLatin1Char(' ') + tr("Not covered in this cycle: %1.").arg(missing.join(QStringLiteral(", ")));
    else
        text += QLatin1Char(' ') + tr("%1 are not covered in this cycle, starting with %2.")
                                       .arg(missing.size())
                                       .arg(missing.mid(0, 8).join(QStringLiteral(", ")));
    m_coverageSummary->setText(text);
}

void AuditsPage::refreshAuditChoices()
{
    m_auditChoice->clear();
    for (const Record &audit : m_document->audits().all())
        m_auditChoice->addItem(QStringLiteral("%1 \u2014 %2").arg(audit.text(Audit::Reference), audit.text(Audit::Title)),
                               audit.id);
    m_auditChoice->setCurrentIndex(m_auditChoice->findData(m_editor->auditId()));
}

void AuditsPage::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        m_programmeChoice->setCurrentIndex(
            m_programmes->rowOf(Audits::currentProgramme(*m_document, QDate::currentDate())));
        selectProgramme(m_programmeChoice->currentIndex());
        refreshAuditChoices();
        return;
    }
    if (change.entity == Entity::Audit) {
        refreshCoverageSummary();
        if (change.kind != Change::Kind::Updated || change.field == Audit::Reference || change.field == Audit::Title)
            refreshAuditChoices();
    } else if (change.entity == Entity::AuditProgramme && change.kind != Change::Kind::Updated) {
        if (m_programmeChoice->currentIndex() < 0 && m_programmes->rowCount() > 0)
            m_programmeChoice->setCurrentIndex(0);
        selectProgramme(m_programmeChoice->currentIndex());
    }
}

} // namespace rampart
