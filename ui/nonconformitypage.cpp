#include "nonconformitypage.h"

#include "audits.h"
#include "dialogs.h"
#include "document.h"
#include "domain/audit.h"
#include "domain/fields.h"
#include "formbinder.h"
#include "models/nonconformitymodels.h"
#include "recorddelegate.h"
#include "stores/changelogstore.h"
#include "stores/nonconformitystore.h"
#include "stores/organisationstore.h"
#include "widgets.h"

#include <QCheckBox>
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

QWidget *scrolled(QLayout *layout)
{
    auto *content = new QWidget;
    content->setLayout(layout);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

NonconformityPage::NonconformityPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new NonconformityModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new CorrectiveActionModel(document, this))
    , m_form(new FormBinder(m_model, document->isReadOnly(), this))
    , m_view(new QTableView)
    , m_actionView(new QTableView)
    , m_detail(new QTabWidget)
    , m_heading(widgets::sectionTitle(QString()))
    , m_state(new QLabel)
    , m_closure(new QLabel)
    , m_showClosed(new QCheckBox(tr("Show closed")))
    , m_remove(new QPushButton(tr("Delete")))
    , m_addAction(new QPushButton(tr("Add corrective action")))
    , m_removeAction(new QPushButton(tr("Delete action")))
    , m_close(new QPushButton(tr("Close nonconformity")))
    , m_reopen(new QPushButton(tr("Reopen")))
{
    setObjectName(QStringLiteral("nonconformityPage"));
    const bool writable = !document->isReadOnly();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(widgets::note(
        tr("Clause 10.2: each nonconformity with its correction, root cause and corrective actions. It is closed "
           "only after someone has verified that the actions worked. Overdue actions are marked in orange.")));

    auto *toolbar = new QHBoxLayout;
    auto *add = new QPushButton(tr("New nonconformity"));
    add->setObjectName(QStringLiteral("addNonconformity"));
    add->setToolTip(tr("For a nonconformity found outside an audit: an incident, a complaint, a management review. "
                       "Audit findings are raised from the audit's checklist."));
    add->setEnabled(writable);
    m_remove->setObjectName(QStringLiteral("removeNonconformity"));
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    m_showClosed->setChecked(true);
    toolbar->addWidget(add);
    toolbar->addWidget(m_remove);
    toolbar->addStretch();
    toolbar->addWidget(m_showClosed);
    layout->addLayout(toolbar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setFilterKeyColumn(NonconformityModel::ClosedOn);
    m_proxy->setFilterRole(RecordTableModel::KeyRole);
    m_view->setObjectName(QStringLiteral("nonconformityTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NonconformityModel::Reference, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = NonconformityModel::RaisedBy; c < NonconformityModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, true);
    const int em = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {13, 14, 44, 16, 8, 15, 38, 24, 12};
    for (int c = 0; c <= NonconformityModel::AuditReference; ++c)
        m_view->setColumnWidth(c, widths[c] * em);

    auto label = [](int field) { return fieldLabel(Entity::Nonconformity, field); };
    // What the nonconformity is.
    auto *what = new QFormLayout;
    what->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    what->addRow(label(Nonconformity::Title), m_form->text(NonconformityModel::Title, 2, tr("One sentence")));
    auto *facts = new QHBoxLayout;
    facts->addWidget(new QLabel(label(Nonconformity::Source)));
    facts->addWidget(m_form->choice(NonconformityModel::Source, int(ChoiceSet::NcSource)));
    facts->addSpacing(12);
    facts->addWidget(new QLabel(label(Nonconformity::Grade)));
    facts->addWidget(m_form->choice(NonconformityModel::Grade, int(ChoiceSet::Grade)));
    facts->addSpacing(12);
    facts->addWidget(new QLabel(label(Nonconformity::RaisedOn)));
    facts->addWidget(m_form->date(NonconformityModel::RaisedOn));
    facts->addStretch();
    what->addRow(QString(), facts);
    what->addRow(label(Nonconformity::RaisedBy), m_form->line(NonconformityModel::RaisedBy));
    auto *audit = m_form->line(NonconformityModel::AuditReference);
    audit->setReadOnly(true);
    audit->setPlaceholderText(tr("Not raised from an audit"));
    what->addRow(label(Nonconformity::AuditLink), audit);
    what->addRow(label(Nonconformity::Requirement),
                 m_form->line(NonconformityModel::Requirement, tr("A clause (9.1) or an Annex A control (A.8.13)")));
    what->addRow(label(Nonconformity::RequirementText), m_form->text(NonconformityModel::RequirementText, 2));
    what->addRow(label(Nonconformity::Description), m_form->text(NonconformityModel::Description, 4,
                                                                 tr("What was found, where, with what evidence")));
    what->addRow(label(Nonconformity::Correction), m_form->text(NonconformityModel::Correction, 3,
                                                                tr("What was done at once to contain it")));
    what->addRow(label(Nonconformity::RootCause), m_form->text(NonconformityModel::RootCause, 3,
                                                               tr("Why it happened, so that it does not happen again")));
    m_detail->addTab(scrolled(what), tr("Nonconformity"));

    // What is done about it.
    auto *actionsLayout = new QVBoxLayout;
    m_actionView->setObjectName(QStringLiteral("actionTable"));
    m_actionView->setModel(m_actions);
    m_actionView->setItemDelegate(new RecordDelegate(m_actionView));
    m_actionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionView->setWordWrap(true);
    m_actionView->verticalHeader()->hide();
    m_actionView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionView->horizontalHeader()->setStretchLastSection(true);
    m_actionView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    const int actionWidths[] = {60, 28, 13, 14, 13};
    for (int c = 0; c < CorrectiveActionModel::ColumnCount; ++c)
        m_actionView->setColumnWidth(c, actionWidths[c] * em);
    actionsLayout->addWidget(m_actionView, 1);
    auto *actionButtons = new QHBoxLayout;
    m_addAction->setObjectName(QStringLiteral("addAction"));
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_removeAction);
    actionButtons->addStretch();
    actionsLayout->addLayout(actionButtons);
    auto *actionsPage = new QWidget;
    actionsPage->setLayout(actionsLayout);
    m_detail->addTab(actionsPage, tr("Corrective actions"));

    // Whether it worked, and the closure.
    auto *verify = new QFormLayout;
    verify->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    verify->addRow(widgets::note(tr("Once the actions are done, someone checks that the nonconformity does not come "
                                    "back, and records what they looked at. Only a result of \"Effective\" allows "
                                    "the nonconformity to be closed.")));
    verify->addRow(label(Nonconformity::VerifiedBy), m_form->line(NonconformityModel::VerifiedBy));
    verify->addRow(label(Nonconformity::VerifiedOn), m_form->date(NonconformityModel::VerifiedOn));
    verify->addRow(label(Nonconformity::VerificationResult),
                   m_form->choice(NonconformityModel::VerificationResult, int(ChoiceSet::Verification)));
    verify->addRow(label(Nonconformity::VerificationNotes), m_form->text(NonconformityModel::VerificationNotes, 3,
                                                                         tr("What was checked, and what it showed")));
    auto *closure = new QHBoxLayout;
    m_closure->setObjectName(QStringLiteral("closureState"));
    m_close->setObjectName(QStringLiteral("closeNonconformity"));
    m_reopen->setObjectName(QStringLiteral("reopenNonconformity"));
    closure->addWidget(m_closure);
    closure->addStretch();
    closure->addWidget(m_close);
    closure->addWidget(m_reopen);
    verify->addRow(tr("Closure"), closure);
    m_detail->addTab(scrolled(verify), tr("Verification and closure"));

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    auto *headingRow = new QHBoxLayout;
    m_heading->setObjectName(QStringLiteral("nonconformityHeading"));
    m_state->setObjectName(QStringLiteral("nonconformityState"));
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_state);
    detailLayout->addLayout(headingRow);
    detailLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString manager = m_document->organisation().read().ismsManager;
        const qint64 id = m_model->addNonconformity(QStringLiteral("incident"), manager);
        if (id > 0) {
            selectNonconformity(id);
            m_detail->setCurrentIndex(0);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 id = currentNonconformity();
        const std::optional<Record> nc = m_document->nonconformities().record(id);
        if (!nc || !dialogs::question(this, tr("Delete nonconformity"),
                                      tr("Delete %1 with its corrective actions? Edit > Undo brings it back.")
                                          .arg(nc->text(Nonconformity::Reference))))
            return;
        m_model->removeRecord(m_model->rowOf(id), tr("Delete nonconformity %1").arg(nc->text(Nonconformity::Reference)));
    });
    connect(m_showClosed, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterRegularExpression(on ? QString() : QStringLiteral("^$"));
    });
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        QVariantList row;
        for (int f = 0; f < CorrectiveAction::FieldCount; ++f)
            row << QVariant();
        row[CorrectiveAction::Action] = tr("New corrective action");
        row[CorrectiveAction::DueDate] = QDate::currentDate().addMonths(1).toString(Qt::ISODate);
        const qint64 id = m_actions->addRecord(row, tr("Add corrective action"));
        const int r = m_actions->rowOf(id);
        if (r >= 0) {
            m_actionView->setCurrentIndex(m_actions->index(r, CorrectiveActionModel::Action));
            m_actionView->edit(m_actionView->currentIndex());
        }
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        m_actions->removeRecord(m_actionView->currentIndex().row(), tr("Delete corrective action"));
    });
    connect(m_close, &QPushButton::clicked, this, &NonconformityPage::closeCurrent);
    connect(m_reopen, &QPushButton::clicked, this, &NonconformityPage::reopenCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NonconformityPage::showCurrent);
    connect(m_actionView->selectionModel(), &QItemSelectionModel::currentChanged, this, &NonconformityPage::updateState);
    connect(document, &Document::changed, this, &NonconformityPage::onChanged);

    // Start with the first one that needs attention: an overdue action, else the first open one.
    qint64 first = 0;
    const QDate today = QDate::currentDate();
    for (const Record &nc : document->nonconformities().all()) {
        const std::vector<Record> actions =
            document->correctiveActions().linkedTo(CorrectiveAction::NonconformityLink, nc.id);
        if (Audits::hasOverdueAction(actions, today)) {
            first = nc.id;
            break;
        }
        if (first == 0 && nc.text(Nonconformity::ClosedOn).isEmpty())
            first = nc.id;
    }
    if (first == 0 && m_model->rowCount() > 0)
        first = m_model->rowId(0);
    selectNonconformity(first);
    showCurrent();
}

qint64 NonconformityPage::currentNonconformity() const
{
    return m_model->rowId(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void NonconformityPage::selectNonconformity(qint64 id)
{
    const QModelIndex source = m_model->index(m_model->rowOf(id), NonconformityModel::Reference);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void NonconformityPage::commitPendingEdits()
{
    m_form->commit();
}

void NonconformityPage::showCurrent()
{
    const qint64 id = currentNonconformity();
    m_form->setRow(m_model->rowOf(id));
    m_actions->showNonconformity(id);
    m_detail->setVisible(id > 0);
    updateState();
}

void NonconformityPage::updateState()
{
    const qint64 id = currentNonconformity();
    const bool writable = !m_document->isReadOnly();
    const std::optional<Record> nc = m_document->nonconformities().record(id);
    m_remove->setEnabled(writable && nc.has_value());
    m_addAction->setEnabled(writable && nc.has_value());
    m_removeAction->setEnabled(writable && nc.has_value() && m_actionView->currentIndex().isValid());
    if (!nc) {
        m_heading->setText(m_model->rowCount() == 0
                               ? tr("No nonconformities recorded. Findings of an audit are raised from its checklist "
                                    "(Audits); others, such as incidents and complaints, with \"New nonconformity\".")
                               : tr("No nonconformity chosen"));
        m_heading->setWordWrap(true);
        m_state->clear();
        m_closure->clear();
        m_close->setEnabled(false);
        m_reopen->setEnabled(false);
        return;
    }
    const std::vector<Record> actions =
        m_document->correctiveActions().linkedTo(CorrectiveAction::NonconformityLink, id);
    m_heading->setText(QStringLiteral("%1 \u2014 %2").arg(nc->text(Nonconformity::Reference),
                                                         nc->text(Nonconformity::Title).simplified()));
    const bool overdue = Audits::hasOverdueAction(actions, QDate::currentDate());
    m_state->setText(Audits::stateName(Audits::state(*nc, actions))
                     + (overdue ? tr(" \u2014 a corrective action is overdue") : QString()));
    m_state->setStyleSheet(overdue ? QStringLiteral("color: #c43c00; font-weight: bold;") : QString());
    const bool closed = !nc->text(Nonconformity::ClosedOn).isEmpty();
    QString why;
    const bool closable = Audits::canClose(*nc, &why);
    m_closure->setText(closed ? tr("Closed on %1").arg(nc->text(Nonconformity::ClosedOn))
                              : closable ? tr("Verified effective: it can be closed.") : tr("Open"));
    m_close->setEnabled(writable && !closed);
    m_close->setToolTip(closable ? tr("Closes it today.") : why);
    m_reopen->setEnabled(writable && closed);
}

bool NonconformityPage::closeCurrent()
{
    const std::optional<Record> nc = m_document->nonconformities().record(currentNonconformity());
    if (!nc)
        return false;
    m_form->commit();
    QString why;
    if (!Audits::canClose(*m_document->nonconformities().record(nc->id), &why)) {
        dialogs::information(this, tr("Cannot close %1").arg(nc->text(Nonconformity::Reference)), why);
        return false;
    }
    return m_document->setValue(Entity::Nonconformity, nc->id, Nonconformity::ClosedOn, QDate::currentDate());
}

bool NonconformityPage::reopenCurrent()
{
    const qint64 id = currentNonconformity();
    return id > 0 && m_document->setValue(Entity::Nonconformity, id, Nonconformity::ClosedOn, QString());
}

void NonconformityPage::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::Reset) {
        showCurrent();
        return;
    }
    if (change.entity == Entity::Nonconformity || change.entity == Entity::CorrectiveAction)
        updateState();
}

} // namespace rampart
