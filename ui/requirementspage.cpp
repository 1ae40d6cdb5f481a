#include "requirementspage.h"

#include "document.h"
#include "domain/ismsregisters.h"
#include "models/registermodel.h"
#include "models/requirementchecklistmodel.h"
#include "registerform.h"
#include "widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {

enum Filter { All, NotDone, NotAssessed, SetByYou };

class ChecklistFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(int filter)
    {
        m_filter = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const auto status = RequirementStatus(index.data(RequirementChecklistModel::EffectiveStatusRole).toInt());
        switch (m_filter) {
        case NotDone:
            return status != RequirementStatus::Done;
        case NotAssessed:
            return status == RequirementStatus::Unknown;
        case SetByYou:
            return !index.data(RequirementChecklistModel::FromRampartRole).toBool();
        default:
            return true;
        }
    }

private:
    int m_filter = All;
};

QString areaName(const QString &area)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("context.scope"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the scope")},
        {QStringLiteral("context.issues"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the issues")},
        {QStringLiteral("context.parties"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the interested parties")},
        {QStringLiteral("context.processes"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the ISMS processes")},
        {QStringLiteral("context.roles"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the roles")},
        {QStringLiteral("documents.register"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the document register")},
        {QStringLiteral("documents.competence"),
         QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the competence and awareness records")},
        {QStringLiteral("documents.communication"),
         QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the communication plan")},
        {QStringLiteral("objectives.objectives"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the objectives")},
        {QStringLiteral("objectives.measurements"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the measurements")},
        {QStringLiteral("objectives.changes"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the planned changes")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the management reviews")},
        {QStringLiteral("improvement"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the improvement log")},
        {QStringLiteral("risks"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the Risks area")},
        {QStringLiteral("audits"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the Audits area")},
        {QStringLiteral("soa"), QT_TRANSLATE_NOOP("rampart::RequirementsPage", "Open the Statement of Applicability")},
    };
    const char *name = names.value(area);
    return name ? RequirementsPage::tr(name) : area;
}

} // namespace

RequirementsPage::RequirementsPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RequirementChecklistModel(document, this))
    , m_proxy(new ChecklistFilter(this))
    , m_view(new QTableView)
    , m_filter(new QComboBox)
    , m_summary(new QLabel)
    , m_heading(widgets::sectionTitle(QString()))
    , m_description(widgets::note(QString()))
    , m_basis(new QLabel)
    , m_links(new QVBoxLayout)
    , m_form(new RegisterForm(m_model->records(), {RequirementField::Status, RequirementField::WhereMet,
                                                   RequirementField::Documents, RequirementField::Notes}))
{
    setObjectName(QStringLiteral("requirementsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(tr("Requirements of clauses 4 to 10")));
    layout->addWidget(widgets::note(tr("What a certification audit walks through, clause by clause. Rampart pre-fills "
                                       "the status from the records in this file and says what it read; a status you "
                                       "set yourself always wins (choose \u201cRampart's assessment\u201d to hand it "
                                       "back).")));
    auto *bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("summary"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("Show")));
    m_filter->addItem(tr("All requirements"), All);
    m_filter->addItem(tr("Not done yet"), NotDone);
    m_filter->addItem(tr("Not assessed by Rampart"), NotAssessed);
    m_filter->addItem(tr("Status set by you"), SetByYou);
    bar->addWidget(m_filter);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("checklist"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setColumnHidden(RequirementChecklistModel::WhereMet, true);
    m_view->setColumnHidden(RequirementChecklistModel::Documents, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(RequirementChecklistModel::Clause, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequirementChecklistModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(RequirementChecklistModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequirementChecklistModel::Basis, QHeaderView::Stretch);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 4, 0);
    m_heading->setObjectName(QStringLiteral("heading"));
    detailLayout->addWidget(m_heading);
    m_description->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_description);
    QVBoxLayout *assessmentLayout = nullptr;
    QFrame *assessment = widgets::card(&assessmentLayout);
    assessmentLayout->setContentsMargins(12, 8, 12, 8);
    assessmentLayout->addWidget(new QLabel(tr("<b>Rampart's assessment</b>")));
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->setWordWrap(true);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    assessmentLayout->addWidget(m_basis);
    assessmentLayout->addLayout(m_links);
    detailLayout->addWidget(assessment);
    m_form->setUnsetText(RequirementField::Status, tr("(Rampart's assessment)"));
    m_form->setTextLines(RequirementField::WhereMet, 4);
    detailLayout->addWidget(m_form);
    detailLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(detail);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<ChecklistFilter *>(m_proxy)->setFilter(m_filter->currentData().toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequirementsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        showCurrent();
    });
    updateSummary();
    m_view->selectRow(0);
    showCurrent();
}

void RequirementsPage::selectClause(const QString &clause)
{
    const int row = m_model->rowOfClause(clause);
    if (row < 0)
        return;
    m_filter->setCurrentIndex(0);
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, RequirementChecklistModel::Title)));
}

void RequirementsPage::updateSummary()
{
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->effectiveStatus(row))];
    m_summary->setText(tr("<b>%1 of %2 done</b> \u00b7 %3 in progress \u00b7 %4 not started \u00b7 %5 not assessed")
                           .arg(counts[int(RequirementStatus::Done)])
                           .arg(m_model->rowCount())
                           .arg(counts[int(RequirementStatus::InProgress)])
                           .arg(counts[int(RequirementStatus::NotStarted)])
                           .arg(counts[int(RequirementStatus::Unknown)]));
}

void RequirementsPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const int row = current.row();
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!current.isValid()) {
        m_heading->clear();
        m_description->clear();
        m_basis->clear();
        m_form->setRecord(0);
        return;
    }
    const QString code = m_model->data(m_model->index(row, RequirementChecklistModel::Clause)).toString();
    for (const CatalogClause &clause : m_document->catalog().clauses) {
        if (clause.code != code)
            continue;
        m_heading->setText(QStringLiteral("%1 %2").arg(clause.code, clause.title));
        QString text = clause.description.toHtmlEscaped();
        if (!clause.guidance.isEmpty())
            text += QStringLiteral("<br/><br/>") + tr("<i>An auditor may ask:</i> %1").arg(clause.guidance.toHtmlEscaped());
        if (!clause.documentedInformation.isEmpty())
            text += QStringLiteral("<br/><br/>") + tr("<i>Documented information:</i> %1").arg(clause.documentedInformation.toHtmlEscaped());
        m_description->setText(text);
    }
    const RequirementAssessment assessment = m_model->assessment(row);
    m_basis->setText(assessment.status == RequirementStatus::Unknown
                         ? assessment.basis
                         : tr("%1. %2").arg(RequirementRules::statusLabel(assessment.status), assessment.basis));
    for (const QString &area : assessment.areas) {
        auto *button = new QPushButton(areaName(area) + QStringLiteral(" \u2192"));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setObjectName(QStringLiteral("open_%1").arg(area));
        QPalette palette = button->palette();
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
        button->setPalette(palette);
        connect(button, &QPushButton::clicked, this, [this, area] { Q_EMIT areaRequested(area); });
        m_links->addWidget(button, 0, Qt::AlignLeft);
    }
    const qint64 id = m_model->records()->rowId(row);
    if (m_form->record() != id)
        m_form->setRecord(id);
}

} // namespace rampart
