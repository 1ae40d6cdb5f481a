#include "auditeditor.h"

#include "audits.h"
#include "catalog/requirements.h"
#include "dialogs.h"
#include "document.h"
#include "domain/audit.h"
#include "domain/fields.h"
#include "formbinder.h"
#include "io/worksheet.h"
#include "models/auditmodels.h"
#include "recorddelegate.h"
#include "scopepicker.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"
#include "widgets.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {

QList<int> allAuditFields()
{
    QList<int> fields;
    for (int f = 0; f < Audit::FieldCount; ++f)
        fields << f;
    return fields;
}

QTableView *registerTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new RecordDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    return view;
}

void setWidths(QTableView *view, std::initializer_list<int> characters)
{
    const int em = view->fontMetrics().averageCharWidth();
    int column = 0;
    for (int chars : characters)
        view->setColumnWidth(column++, chars * em);
}

QVariantList emptyRow(int fields)
{
    QVariantList row;
    for (int f = 0; f < fields; ++f)
        row << QVariant();
    return row;
}

} // namespace

AuditEditor::AuditEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_audits(new RecordTableModel(document, Entity::Audit, allAuditFields(), this))
    , m_areas(new AuditAreaModel(document, this))
    , m_agenda(new AgendaModel(document, this))
    , m_checklist(new ChecklistModel(document, this))
    , m_form(new FormBinder(m_audits, document->isReadOnly(), this))
    , m_heading(widgets::sectionTitle(QString()))
    , m_impartiality(new QLabel)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("auditEditor"));
    m_audits->showChildrenOf(-1, 0);
    m_heading->setObjectName(QStringLiteral("auditHeading"));
    m_impartiality->setObjectName(QStringLiteral("impartialityWarning"));
    m_impartiality->setWordWrap(true);
    m_impartiality->setTextFormat(Qt::PlainText);
    m_impartiality->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a3d00; border: 1px solid #e8b26a;"
                                                 " border-radius: 4px; padding: 6px 8px; }"));
    m_tabs->setObjectName(QStringLiteral("auditEditorTabs"));
    m_tabs->addTab(buildDetails(), tr("Details"));
    m_tabs->addTab(buildScope(), tr("Scope and areas"));
    m_tabs->addTab(buildAgenda(), tr("Agenda"));
    m_tabs->addTab(buildChecklist(), tr("Checklist"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_impartiality);
    layout->addWidget(m_tabs, 1);

    connect(document, &Document::changed, this, &AuditEditor::onChanged);
    setAudit(0);
}

QWidget *AuditEditor::buildDetails()
{
    auto label = [](int field) { return fieldLabel(Entity::Audit, field); };
    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(label(Audit::Reference), m_form->line(Audit::Reference, tr("IA-2026-01")));
    left->addRow(label(Audit::Title), m_form->line(Audit::Title, tr("What the audit is about")));
    left->addRow(label(Audit::Type), m_form->choice(Audit::Type, int(ChoiceSet::AuditType)));
    left->addRow(label(Audit::Status), m_form->choice(Audit::Status, int(ChoiceSet::AuditStatus)));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_form->date(Audit::StartDate));
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_form->date(Audit::EndDate));
    dates->addStretch();
    left->addRow(tr("Dates"), dates);
    m_programme = new QComboBox;
    m_programme->setObjectName(QStringLiteral("auditProgramme"));
    m_programme->setEnabled(!m_document->isReadOnly());
    left->addRow(label(Audit::Programme), m_programme);
    left->addRow(label(Audit::LeadAuditor), m_form->line(Audit::LeadAuditor, tr("Name, role")));
    left->addRow(label(Audit::Auditors), m_form->text(Audit::Auditors, 3, tr("One per line: name, role")));
    left->addRow(label(Audit::Auditees), m_form->text(Audit::Auditees, 5, tr("One per line")));

    auto *right = new QFormLayout;
    right->setRowWrapPolicy(QFormLayout::WrapAllRows);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(label(Audit::Objectives),
                  m_form->text(Audit::Objectives, 4, tr("What the audit is to find out (clause 9.2.2 a)")));
    right->addRow(label(Audit::Criteria),
                  m_form->text(Audit::Criteria, 4, tr("The standard, policies and procedures audited against")));
    right->addRow(label(Audit::Conclusion),
                  m_form->text(Audit::Conclusion, 6, tr("Written after the closing meeting, for the audit report")));

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(24);
    // Rows keep their natural height; the space left over goes below them.
    auto *leftColumn = new QVBoxLayout;
    leftColumn->addLayout(left);
    leftColumn->addStretch();
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addLayout(right);
    rightColumn->addStretch();
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    connect(m_programme, &QComboBox::activated, this, [this] {
        m_document->setValue(Entity::Audit, m_auditId, Audit::Programme, m_programme->currentData());
    });
    return scroll;
}

QWidget *AuditEditor::buildScope()
{
    m_scope = new ScopePicker(m_document->catalog());
    m_scope->setReadOnly(m_document->isReadOnly());
    connect(m_scope, &ScopePicker::applyRequested, this, [this](const QString &scope) {
        m_document->setValue(Entity::Audit, m_auditId, Audit::Scope, scope);
    });

    auto *areas = new QWidget;
    auto *areaLayout = new QVBoxLayout(areas);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(widgets::sectionTitle(tr("Areas and processes in scope")));
    areaLayout->addWidget(widgets::note(tr("With their owners: an auditor who owns an area in scope is flagged, "
                                           "because nobody should audit their own work (clause 9.2.2 b).")));
    m_areaView = registerTable(m_areas, QStringLiteral("areaTable"));
    setWidths(m_areaView, {36, 30});
    areaLayout->addWidget(m_areaView, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add area"));
    add->setObjectName(QStringLiteral("addArea"));
    m_removeArea = new QPushButton(tr("Delete area"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeArea);
    buttons->addStretch();
    areaLayout->addLayout(buttons);
    m_writeActions << add;
    connect(add, &QPushButton::clicked, this, [this] {
        QVariantList row = emptyRow(AuditArea::FieldCount);
        row[AuditArea::Area] = tr("New area or process");
        const qint64 id = m_areas->addRecord(row, tr("Add audited area"));
        const int r = m_areas->rowOf(id);
        if (r >= 0) {
            m_areaView->setCurrentIndex(m_areas->index(r, AuditAreaModel::Area));
            m_areaView->edit(m_areaView->currentIndex());
        }
    });
    connect(m_removeArea, &QPushButton::clicked, this, [this] {
        m_areas->removeRecord(m_areaView->currentIndex().row(), tr("Delete audited area"));
    });
    connect(m_areaView->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditEditor::updateButtons);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(widgets::sectionTitle(tr("Clauses and controls")));
    leftLayout->addWidget(widgets::note(tr("The checklist is generated from these: one question per clause or "
                                           "control.")));
    leftLayout->addWidget(m_scope, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(areas);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 450});
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
    return page;
}

QWidget *AuditEditor::buildAgenda()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(widgets::note(tr("Sessions of the audit, in date and time order. The agenda is printed in the "
                                       "audit plan.")));
    m_agendaView = registerTable(m_agenda, QStringLiteral("agendaTable"));
    setWidths(m_agendaView, {14, 8, 8, 60, 30});
    layout->addWidget(m_agendaView, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add session"));
    add->setObjectName(QStringLiteral("addSession"));
    m_removeSession = new QPushButton(tr("Delete session"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeSession);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_writeActions << add;
    connect(add, &QPushButton::clicked, this, [this] {
        QVariantList row = emptyRow(AuditSession::FieldCount);
        const std::optional<Record> audit = m_document->audits().record(m_auditId);
        row[AuditSession::Date] = audit ? audit->text(Audit::StartDate) : QString();
        row[AuditSession::Topic] = tr("New session");
        const qint64 id = m_agenda->addRecord(row, tr("Add agenda session"));
        const int r = m_agenda->rowOf(id);
        if (r >= 0) {
            m_agendaView->setCurrentIndex(m_agenda->index(r, AgendaModel::Topic));
            m_agendaView->edit(m_agendaView->currentIndex());
        }
    });
    connect(m_removeSession, &QPushButton::clicked, this, [this] {
        m_agenda->removeRecord(m_agendaView->currentIndex().row(), tr("Delete agenda session"));
    });
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditEditor::updateButtons);
    return page;
}

QWidget *AuditEditor::buildChecklist()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *buttons = new QHBoxLayout;
    auto *generate = new QPushButton(tr("Generate from scope"));
    generate->setObjectName(QStringLiteral("generateChecklist"));
    generate->setToolTip(tr("Adds a question for every clause and control in scope that has none yet."));
    auto *own = new QPushButton(tr("Add own question"));
    own->setObjectName(QStringLiteral("addOwnItem"));
    m_removeItem = new QPushButton(tr("Delete item"));
    m_raise = new QPushButton(tr("Raise nonconformity"));
    m_raise->setObjectName(QStringLiteral("raiseNonconformity"));
    m_raise->setToolTip(tr("Turns the selected major or minor nonconformity into a record in the nonconformity "
                           "register (Improvement)."));
    auto *exportSheet = new QPushButton(tr("Export worksheet…"));
    exportSheet->setObjectName(QStringLiteral("exportWorksheet"));
    exportSheet->setToolTip(tr("The checklist as a CSV file to fill in on a machine without Rampart."));
    auto *importSheet = new QPushButton(tr("Import worksheet…"));
    importSheet->setObjectName(QStringLiteral("importWorksheet"));
    buttons->addWidget(generate);
    buttons->addWidget(own);
    buttons->addWidget(m_removeItem);
    buttons->addWidget(m_raise);
    buttons->addStretch();
    buttons->addWidget(exportSheet);
    buttons->addWidget(importSheet);
    layout->addLayout(buttons);
    m_checklistSummary = widgets::note(QString());
    m_checklistSummary->setObjectName(QStringLiteral("checklistSummary"));
    layout->addWidget(m_checklistSummary);
    m_checklistView = registerTable(m_checklist, QStringLiteral("checklistTable"));
    setWidths(m_checklistView, {16, 17, 46, 30, 24, 34, 34, 18, 14});
    layout->addWidget(m_checklistView, 1);
    m_writeActions << generate << own << importSheet;

    connect(generate, &QPushButton::clicked, this, &AuditEditor::generateChecklist);
    connect(own, &QPushButton::clicked, this, [this] {
        const qint64 id = m_checklist->addOwnItem(tr("Your question"));
        const int r = m_checklist->rowOf(id);
        if (r >= 0) {
            m_checklistView->setCurrentIndex(m_checklist->index(r, ChecklistModel::Question));
            m_checklistView->scrollTo(m_checklistView->currentIndex());
            m_checklistView->edit(m_checklistView->currentIndex());
        }
    });
    connect(m_removeItem, &QPushButton::clicked, this, [this] {
        m_checklist->removeRecord(m_checklistView->currentIndex().row(), tr("Delete checklist item"));
    });
    connect(m_raise, &QPushButton::clicked, this,
            [this] { raiseNonconformity(m_checklistView->currentIndex().row()); });
    connect(exportSheet, &QPushButton::clicked, this, [this] {
        const std::optional<Record> audit = m_document->audits().record(m_auditId);
        const QString suggested = (audit ? audit->text(Audit::Reference) : tr("audit")) + tr(" worksheet.csv");
        const QString path = dialogs::saveFileName(this, tr("Export worksheet"), suggested, tr("CSV files (*.csv)"),
                                                   QStringLiteral("csv"));
        if (!path.isEmpty())
            exportWorksheet(path);
    });
    connect(importSheet, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openFileName(this, tr("Import worksheet"), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importWorksheet(path);
    });
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditEditor::updateButtons);
    return page;
}

void AuditEditor::setAudit(qint64 id)
{
    commitPendingEdits();
    m_auditId = id;
    m_form->setRow(m_audits->rowOf(id));
    m_areas->showChildrenOf(AuditArea::AuditLink, id);
    m_agenda->showChildrenOf(AuditSession::AuditLink, id);
    m_checklist->showAudit(id);
    m_checklistView->setColumnHidden(ChecklistModel::Soa, !m_checklist->hasSoaContext());
    const std::optional<Record> audit = m_document->audits().record(id);
    m_scope->setScope(audit ? audit->text(Audit::Scope) : QString());
    m_tabs->setEnabled(audit.has_value());
    refreshProgrammes();
    refreshHeader();
    refreshImpartiality();
    refreshChecklistSummary();
    updateButtons();
}

void AuditEditor::commitPendingEdits()
{
    m_form->commit();
}

void AuditEditor::showTab(const QString &name)
{
    const QStringList names = {QStringLiteral("details"), QStringLiteral("scope"), QStringLiteral("agenda"),
                               QStringLiteral("checklist")};
    if (names.contains(name))
        m_tabs->setCurrentIndex(int(names.indexOf(name)));
}

void AuditEditor::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        setAudit(m_document->audits().record(m_auditId) ? m_auditId : 0);
        return;
    }
    switch (change.entity) {
    case Entity::Audit:
        if (change.kind == Change::Kind::Inserted || change.kind == Change::Kind::Removed) {
            if (change.id == m_auditId)
                setAudit(change.kind == Change::Kind::Removed ? 0 : m_auditId);
            return;
        }
        if (change.id != m_auditId)
            return;
        // The form follows the model by itself; the other parts are refreshed here.
        if (change.field == Audit::Scope)
            m_scope->setScope(m_document->audits().record(m_auditId)->text(Audit::Scope));
        if (change.field == Audit::Programme)
            refreshProgrammes();
        refreshHeader();
        refreshImpartiality();
        break;
    case Entity::AuditArea:
    case Entity::Organisation:
        refreshImpartiality();
        break;
    case Entity::AuditProgramme:
        refreshProgrammes();
        break;
    case Entity::ChecklistItem:
    case Entity::Nonconformity:
        refreshChecklistSummary();
        updateButtons();
        break;
    default:
        break;
    }
}

void AuditEditor::refreshHeader()
{
    const std::optional<Record> audit = m_document->audits().record(m_auditId);
    if (!audit) {
        m_heading->setText(tr("No audit chosen"));
        return;
    }
    m_heading->setText(tr("%1 \u2014 %2 (%3, %4)")
                           .arg(audit->text(Audit::Reference),
                                audit->text(Audit::Title).isEmpty() ? tr("untitled") : audit->text(Audit::Title),
                                Choices::name(ChoiceSet::AuditType, audit->text(Audit::Type)),
                                Choices::name(ChoiceSet::AuditStatus, audit->text(Audit::Status)).toLower()));
}

void AuditEditor::refreshImpartiality()
{
    const std::vector<ImpartialityIssue> issues = Audits::impartialityIssues(*m_document, m_auditId);
    QStringList lines;
    for (const ImpartialityIssue &issue : issues)
        lines << issue.message;
    m_impartiality->setText(lines.join(QLatin1Char('\n')));
    m_impartiality->setVisible(!issues.empty());
}

void AuditEditor::refreshProgrammes()
{
    m_programme->clear();
    m_programme->addItem(tr("Not part of a programme"), qint64(0));
    for (const Record &p : m_document->auditProgrammes().all())
        m_programme->addItem(p.text(AuditProgramme::Title), p.id);
    const std::optional<Record> audit = m_document->audits().record(m_auditId);
    const int index = m_programme->findData(audit ? audit->link(Audit::Programme) : qint64(0));
    m_programme->setCurrentIndex(qMax(0, index));
}

void AuditEditor::refreshChecklistSummary()
{
    const std::vector<Record> items = m_document->checklistItems().linkedTo(ChecklistItem::AuditLink, m_auditId);
    if (items.empty()) {
        m_checklistSummary->setText(tr("No checklist yet: choose the clauses and controls under \"Scope and areas\", "
                                       "then generate the checklist from them."));
        return;
    }
    QStringList parts;
    int unraised = 0;
    for (const QString &key : Choices::keys(ChoiceSet::Result)) {
        int count = 0;
        for (const Record &item : items) {
            if (item.text(ChecklistItem::Result) != key)
                continue;
            ++count;
            if (Audits::isFinding(key) && m_document->nonconformities().forChecklistItem(item.id).empty())
                ++unraised;
        }
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(Choices::name(ChoiceSet::Result, key).toLower());
    }
    QString text = tr("%1 items: %2.").arg(items.size()).arg(parts.join(QStringLiteral(", ")));
    if (unraised > 0)
        text += QLatin1Char(' ') + tr("%1 finding(s) without a nonconformity record yet.").arg(unraised);
    m_checklistSummary->setText(text);
}

void AuditEditor::updateButtons()
{
    const bool writable = !m_document->isReadOnly() && m_auditId > 0;
    for (QWidget *w : std::as_const(m_writeActions))
        w->setEnabled(writable);
    m_removeArea->setEnabled(writable && m_areaView->currentIndex().isValid());
    m_removeSession->setEnabled(writable && m_agendaView->currentIndex().isValid());
    const QModelIndex current = m_checklistView->currentIndex();
    m_removeItem->setEnabled(writable && current.isValid());
    const Record *item = m_checklist->record(current.row());
    m_raise->setEnabled(writable && item && Audits::isFinding(item->text(ChecklistItem::Result))
                        && m_document->nonconformities().forChecklistItem(item->id).empty());
}

bool AuditEditor::generateChecklist()
{
    int added = 0;
    QString error;
    if (!Audits::generateChecklist(*m_document, m_auditId, &added, &error)) {
        dialogs::information(this, tr("Generate checklist"), error);
        return false;
    }
    showTab(QStringLiteral("checklist"));
    return true;
}

bool AuditEditor::exportWorksheet(const QString &path)
{
    QString error;
    if (!Worksheet::exportTo(*m_document, m_auditId, path, &error)) {
        dialogs::critical(this, tr("Cannot export the worksheet"), error);
        return false;
    }
    return true;
}

bool AuditEditor::importWorksheet(const QString &path)
{
    WorksheetPlan plan;
    QString error;
    if (!Worksheet::importFrom(*m_document, m_auditId, path, false, &plan, &error)) {
        QStringList lines{error};
        const size_t shown = qMin(plan.problems.size(), size_t(15));
        for (size_t i = 0; i < shown; ++i)
            lines << plan.problems[i].toString();
        if (plan.problems.size() > shown)
            lines << tr("… and %1 more.").arg(plan.problems.size() - shown);
        dialogs::critical(this, tr("Worksheet not imported"), lines.join(QLatin1Char('\n')));
        return false;
    }
    dialogs::information(this, tr("Worksheet imported"),
                         tr("%1 from %2. Edit > Undo takes the whole import back.")
                             .arg(plan.summary(false), QFileInfo(path).fileName()));
    return true;
}

bool AuditEditor::raiseNonconformity(int checklistRow)
{
    QString error;
    if (Audits::raiseNonconformity(*m_document, m_checklist->rowId(checklistRow), QDate::currentDate(), &error) == 0) {
        dialogs::information(this, tr("Raise nonconformity"), error);
        return false;
    }
    updateButtons();
    return true;
}

} // namespace rampart
