#include "registerpanel.h"

#include "document.h"
#include "models/registermodel.h"
#include "registerform.h"
#include "widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {


} // namespace

RegisterPanel::RegisterPanel(Document *document, Entity entity, QWidget *parent)
    : RegisterPanel(document, entity, Options(), parent)
{
}

RegisterPanel::RegisterPanel(Document *document, Entity entity, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RegisterModel(document, entity, this))
    , m_options(options)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_form(new RegisterForm(m_model, options.formFields))
    , m_search(new QLineEdit)
    , m_add(new QPushButton)
    , m_delete(new QPushButton)
    , m_count(new QLabel)
    , m_tableStack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_formStack(new QStackedWidget)
{
    const RegisterSpec &spec = m_model->spec();
    const QString label = spec.translatedLabel().toLower();
    setObjectName(QStringLiteral("panel_%1").arg(QString::fromLatin1(spec.table)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    if (options.showIntro)
        layout->addWidget(widgets::note(spec.translatedIntro()));

    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search %1").arg(spec.translatedPlural().toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_add->setText(tr("Add %1").arg(label));
    m_add->setObjectName(QStringLiteral("add"));
    m_delete->setText(tr("Delete"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Delete the chosen %1 (Edit > Undo brings it back)").arg(label));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RegisterModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int field = 0; field < spec.fieldCount(); ++field) {
        const FieldSpec &f = spec.field(field);
        m_view->setColumnHidden(field, !f.inTable || f.type == FieldType::Parent);
    }
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setMargin(24);
    QPalette palette = m_empty->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_empty->setPalette(palette);
    m_tableStack->addWidget(m_view);
    m_tableStack->addWidget(m_empty);

    auto *formScroll = new QScrollArea;
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *formHolder = new QWidget;
    auto *formLayout = new QVBoxLayout(formHolder);
    formLayout->setContentsMargins(12, 0, 4, 0);
    formLayout->addWidget(m_form);
    formLayout->addStretch();
    formScroll->setWidget(formHolder);
    auto *pick = widgets::note(tr("Choose a row in the table to see and edit it."));
    pick->setAlignment(Qt::AlignCenter);
    m_formStack->addWidget(formScroll);
    m_formStack->addWidget(pick);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_formStack);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterPanel::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &RegisterPanel::addRecord);
    connect(m_delete, &QPushButton::clicked, this, &RegisterPanel::deleteCurrent);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &RegisterPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegisterPanel::updateState);
    updateState();
    // Open on the first record rather than on an empty form.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, spec.titleField));
}

bool RegisterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RegisterPanel::fitColumns()
{
    // The row's name gets the room that is left once the short columns (references,
    // dates, choices) have what they need and the other texts a narrow column each; on
    // a narrow pane the other texts give way first. People can still widen any column.
    const RegisterSpec &spec = m_model->spec();
    const int available = m_view->viewport()->width();
    int fixed = 0;
    QList<int> texts;
    for (int field = 0; field < spec.fieldCount(); ++field) {
        if (m_view->isColumnHidden(field) || field == spec.titleField)
            continue;
        const FieldType type = spec.field(field).type;
        if (type == FieldType::Text || type == FieldType::LongText || type == FieldType::CodeSet
            || type == FieldType::Link) {
            texts << field;
            continue;
        }
        const QAbstractItemView *view = m_view;  // public there, protected in QTableView
        const int width = qMax(view->sizeHintForColumn(field), m_view->horizontalHeader()->sectionSizeHint(field));
        m_view->setColumnWidth(field, qMin(width, 130));
        fixed += m_view->columnWidth(field);
    }
    const int minimumTitle = qMin(260, available / 3);
    int textWidth = texts.isEmpty() ? 0 : qBound(70, (available - fixed - minimumTitle) / int(texts.size()), 150);
    for (int field : std::as_const(texts))
        m_view->setColumnWidth(field, textWidth);
    m_view->setColumnWidth(spec.titleField, qMax(minimumTitle, available - fixed - textWidth * int(texts.size())));
}

qint64 RegisterPanel::currentRecord() const
{
    return m_form->record();
}

void RegisterPanel::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_search->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, m_model->spec().titleField));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RegisterPanel::setParentRecord(qint64 parentId)
{
    m_model->setParentFilter(parentId);
    updateState();
}

void RegisterPanel::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const qint64 id = current.isValid() ? m_model->rowId(current.row()) : 0;
    if (id == m_form->record() && id != 0)
        return;
    m_form->setRecord(id);
    updateState();
    Q_EMIT currentRecordChanged(id);
}

qint64 RegisterPanel::addRecord()
{
    m_form->commitPending();
    const qint64 id = m_model->addRecord(m_options.initial);
    if (id == 0)
        return 0;
    selectRecord(id);
    m_form->focusField(m_model->spec().titleField);
    return id;
}

bool RegisterPanel::deleteCurrent()
{
    const qint64 id = m_form->record();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_form->commitPending();
    const QModelIndex proxyIndex = m_view->currentIndex();
    const QString name = m_document->registerStore(m_model->spec().entity)->displayName(id);
    if (!m_model->deleteRecord(row))
        return false;
    if (auto *window = qobject_cast<QMainWindow *>(this->window()))
        window->statusBar()->showMessage(tr("Deleted %1. Edit > Undo brings it back.").arg(name), 8000);
    // Carry on with the row that took its place.
    const int next = qMin(proxyIndex.row(), m_proxy->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_proxy->index(next, m_model->spec().titleField));
    return true;
}

void RegisterPanel::updateState()
{
    const RegisterSpec &spec = m_model->spec();
    const bool writable = !m_document->isReadOnly();
    const bool hasParent = !spec.hasParent() || (m_model->parentFilter() && *m_model->parentFilter() != 0);
    const int rows = m_model->rowCount();
    m_add->setEnabled(writable && hasParent && !spec.fixedRows);
    m_add->setVisible(!spec.fixedRows);
    m_delete->setVisible(!spec.fixedRows);
    m_delete->setEnabled(writable && m_form->record() != 0);
    const int attention = m_model->attentionCount();
    QString count = tr("%n record(s)", nullptr, rows);
    if (attention > 0)
        count += QStringLiteral(" \u00b7 ") + tr("%n highlighted", nullptr, attention);
    m_count->setText(count);
    m_count->setToolTip(attention > 0 ? tr("Highlighted rows need attention: hover over one to see why.") : QString());
    if (rows == 0) {
        const QString plural = spec.translatedPlural().toLower();
        m_empty->setText(!hasParent ? tr("Nothing chosen yet.")
                             : writable
                             ? tr("No %1 recorded yet.\nUse \u201c%2\u201d to record the first.").arg(plural, m_add->text())
                             : tr("No %1 recorded.").arg(plural));
        m_tableStack->setCurrentWidget(m_empty);
    } else {
        m_tableStack->setCurrentWidget(m_view);
    }
    m_formStack->setCurrentIndex(m_form->record() != 0 ? 0 : 1);
}

} // namespace rampart
