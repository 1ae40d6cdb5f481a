#include "assetspanel.h"

#include "dialogs.h"
#include "document.h"
#include "io/riskcsv.h"
#include "models/assetmodel.h"
#include "riskdelegates.h"
#include "riskimportdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

AssetsPanel::AssetsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new AssetModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_view(new QTableView)
    , m_add(new QPushButton(tr("Add asset")))
    , m_remove(new QPushButton(tr("Delete")))
{
    setObjectName(QStringLiteral("assetsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search assets"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);
    auto *buttons = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("Import CSV…"));
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("assetTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AssetModel::Reference, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    const struct
    {
        int column;
        int width;
    } widths[] = {{AssetModel::Reference, 84},  {AssetModel::Name, 240},      {AssetModel::Type, 96},
                  {AssetModel::Owner, 120},     {AssetModel::Location, 190},  {AssetModel::Confidentiality, 112},
                  {AssetModel::Integrity, 112}, {AssetModel::Availability, 112}, {AssetModel::Risks, 52}};
    for (const auto &w : widths)
        m_view->setColumnWidth(w.column, w.width);
    m_view->setItemDelegateForColumn(AssetModel::Type, new ChoiceDelegate(RiskVocabulary::assetTypeKeys(),
                                                                          &RiskVocabulary::assetTypeLabel, false, m_view));
    for (int c : {int(AssetModel::Confidentiality), int(AssetModel::Integrity), int(AssetModel::Availability)})
        m_view->setItemDelegateForColumn(c, new ScaleDelegate(document, RiskMethod::Axis::Impact, -1, m_view));
    m_view->setItemDelegateForColumn(AssetModel::Description, new TextDelegate(m_view));
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &AssetsPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 id = m_model->addAsset();
        m_search->clear();
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), AssetModel::Name));
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
        m_model->removeAssets(rows);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openCsvFileName(this, tr("Import assets from CSV"));
        if (path.isEmpty())
            return;
        RiskImportDialog dialog(m_document, RiskCsv::Kind::Assets, path, this);
        dialog.exec();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveCsvFileName(this, tr("Export the asset inventory"), tr("Assets.csv"));
        QString error;
        if (!path.isEmpty() && !RiskCsv::write(path, RiskCsv::assetRows(*m_document), &error))
            dialogs::critical(this, tr("Export failed"), error);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssetsPanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AssetsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetsPanel::updateButtons);
    importButton->setEnabled(!document->isReadOnly());
    updateButtons();
}

void AssetsPanel::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && m_view->selectionModel()->hasSelection());
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%1 assets").arg(m_model->rowCount())
                         : tr("%1 of %2 assets").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace rampart
