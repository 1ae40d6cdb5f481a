#include "catalogpage.h"

#include "document.h"
#include "models/catalogmodel.h"
#include "widgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rampart {

CatalogPage::CatalogPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ControlCatalogModel(document->catalog(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_detail(new QTextBrowser)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("catalogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(widgets::pageTitle(tr("Statement of Applicability")));
    layout->addWidget(widgets::note(
        tr("This version of Rampart does not record applicability decisions yet. What you see here is the "
           "Annex A catalog that this file carries: the 93 controls of ISO/IEC 27001:2022 with their "
           "ISO/IEC 27002 attributes, a description and an audit question for each. The SoA (decision, "
           "justification, implementation status, owner and linked risks per control) will be built on "
           "these rows.")));

    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search controls: id, title, theme or attribute"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ControlCatalogModel::SortKeyRole);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ControlCatalogModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: measuring 93 rows of text at start would cost more than it gives.
    const int em = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {7, 14, 48, 22, 30, 18, 34, 30};
    for (int column = 0; column < ControlCatalogModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column] * em);

    m_detail->setObjectName(QStringLiteral("controlDetail"));
    m_detail->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_count->setText(tr("%1 of %2 controls").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::showCurrent);
    m_count->setText(tr("%1 of %2 controls").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    m_view->selectRow(0);
    showCurrent();
}

void CatalogPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p>Select a control to see its description and audit question.</p>"));
        return;
    }
    const CatalogControl &c = m_document->catalog().controls[size_t(current.row())];
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(c.code.toHtmlEscaped(), c.title.toHtmlEscaped());
    if (!c.annexATitle.isEmpty())
        html += tr("<p><i>Annex A wording: %1</i></p>").arg(c.annexATitle.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(c.description.toHtmlEscaped());
    html += tr("<p><b>Audit question:</b> %1</p>").arg(c.guidance.toHtmlEscaped());
    html += c.newIn2022 ? tr("<p>New in the 2022 edition.</p>")
                        : tr("<p>ISO/IEC 27001:2013 predecessors: %1</p>")
                              .arg(c.predecessors2013.join(QStringLiteral(", ")).toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace rampart
