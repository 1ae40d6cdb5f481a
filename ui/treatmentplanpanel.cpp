#include "treatmentplanpanel.h"

#include "dialogs.h"
#include "document.h"
#include "io/riskcsv.h"
#include "models/riskactionmodel.h"
#include "riskdelegates.h"
#include "stores/riskstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {

// Open / overdue / all, on top of the text search.
class PlanFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    enum class Show { All, Open, Overdue };
    void setShow(Show show)
    {
        m_show = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = static_cast<const RiskActionModel *>(sourceModel());
        const RiskActionRow *r = model->rowAt(row);
        if (!r)
            return false;
        if (m_show == Show::Open && !r->action.isOpen())
            return false;
        if (m_show == Show::Overdue && !model->index(row, 0).data(RiskActionModel::OverdueRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    Show m_show = Show::All;
};

} // namespace

TreatmentPlanPanel::TreatmentPlanPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RiskActionModel(document, 0, this))
    , m_proxy(new PlanFilter(this))
    , m_search(new QLineEdit)
    , m_show(new QComboBox)
    , m_summary(new QLabel)
    , m_view(new QTableView)
    , m_riskReference(new QLineEdit)
    , m_add(new QPushButton(tr("Add action")))
    , m_remove(new QPushButton(tr("Delete action")))
{
    setObjectName(QStringLiteral("treatmentPlanPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search actions, owners, risks…"));
    m_search->setClearButtonEnabled(true);
    m_show->addItem(tr("All actions"));
    m_show->addItem(tr("Open actions"));
    m_show->addItem(tr("Overdue actions"));
    top->addWidget(m_search, 1);
    top->addWidget(m_show);
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    m_riskReference->setPlaceholderText(tr("Risk, e.g. R-004"));
    m_riskReference->setMaximumWidth(140);
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    buttons->addWidget(new QLabel(tr("New action for")));
    buttons->addWidget(m_riskReference);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("treatmentPlanTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RiskActionModel::DueOn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setColumnWidth(RiskActionModel::Risk, 70);
    m_view->setColumnWidth(RiskActionModel::RiskTitle, 200);
    m_view->setColumnWidth(RiskActionModel::Title, 320);
    m_view->setColumnWidth(RiskActionModel::Owner, 130);
    m_view->setColumnWidth(RiskActionModel::DueOn, 96);
    m_view->setColumnWidth(RiskActionModel::Status, 100);
    m_view->setColumnWidth(RiskActionModel::Effort, 160);
    m_view->setItemDelegateForColumn(RiskActionModel::Status,
                                     new ChoiceDelegate(RiskVocabulary::actionStatusKeys(),
                                                        &RiskVocabulary::actionStatusLabel, false, m_view));
    m_view->setItemDelegateForColumn(RiskActionModel::DueOn, new DateDelegate(m_view));
    m_view->setItemDelegateForColumn(RiskActionModel::CompletedOn, new DateDelegate(m_view));
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TreatmentPlanPanel::applyFilter);
    connect(m_show, &QComboBox::activated, this, &TreatmentPlanPanel::applyFilter);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString reference = m_riskReference->text().trimmed();
        const qint64 riskId = m_document->risks().idOfReference(reference);
        if (riskId == 0) {
            dialogs::critical(this, tr("No such risk"),
                              reference.isEmpty() ? tr("Type the reference of the risk the action treats, e.g. R-004.")
                                                  : tr("There is no risk %1 in this file.").arg(reference));
            return;
        }
        const qint64 id = m_model->addAction(riskId);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), RiskActionModel::Title));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->edit(index);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        m_model->removeActions(rows);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveCsvFileName(this, tr("Export the treatment plan"), tr("Treatment plan.csv"));
        QString error;
        if (!path.isEmpty() && !RiskCsv::write(path, RiskCsv::treatmentPlanRows(*m_document), &error))
            dialogs::critical(this, tr("Export failed"), error);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TreatmentPlanPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TreatmentPlanPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TreatmentPlanPanel::updateSummary);
    const bool writable = !document->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable);
    m_riskReference->setEnabled(writable);
    updateSummary();
}

void TreatmentPlanPanel::applyFilter()
{
    static_cast<PlanFilter *>(m_proxy)->setShow(PlanFilter::Show(m_show->currentIndex()));
    m_proxy->setFilterFixedString(m_search->text());
}

void TreatmentPlanPanel::updateSummary()
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->rowAt(row)->action.isOpen() ? 1 : 0;
    const int overdue = m_model->overdueCount();
    m_summary->setText(overdue > 0 ? tr("%1 actions, %2 open, <b style=\"color:#b71c1c\">%3 overdue</b>")
                                         .arg(m_model->rowCount())
                                         .arg(open)
                                         .arg(overdue)
                                   : tr("%1 actions, %2 open, none overdue").arg(m_model->rowCount()).arg(open));
}

} // namespace rampart
