#include "heatmapview.h"

#include "models/heatmapmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace rampart {

namespace {
constexpr int CellWidth = 66;
constexpr int CellHeight = 26;
}

HeatMapView::HeatMapView(HeatMapModel *model, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_caption(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_table->setModel(model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(true);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(CellWidth);
    m_table->verticalHeader()->setDefaultSectionSize(CellHeight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // The impact labels are long: the header shows the value, the tooltip the label.
    m_table->horizontalHeader()->setMinimumSectionSize(CellWidth);
    m_table->setStyleSheet(QStringLiteral("QTableView::item:selected { border: 3px solid palette(text); }"));
    layout->addWidget(m_table);
    m_caption->setText(tr("Likelihood (rows) by impact (columns). Click a cell to filter the register."));
    m_caption->setWordWrap(true);
    m_caption->setMaximumWidth(360);
    QPalette palette = m_caption->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_caption->setPalette(palette);
    layout->addWidget(m_caption);
    layout->addStretch();

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int l = index.data(HeatMapModel::LikelihoodRole).toInt();
        const int i = index.data(HeatMapModel::ImpactRole).toInt();
        if (l == m_selectedLikelihood && i == m_selectedImpact) {
            setSelectedCell(0, 0);
            Q_EMIT cleared();
        } else {
            setSelectedCell(l, i);
            Q_EMIT cellClicked(l, i);
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &HeatMapView::fitToContents);
    fitToContents();
}

void HeatMapView::setSelectedCell(int likelihood, int impact)
{
    m_selectedLikelihood = likelihood;
    m_selectedImpact = impact;
    if (likelihood > 0 && impact > 0)
        m_table->setCurrentIndex(m_model->indexOf(likelihood, impact));
    else
        m_table->clearSelection();
}

void HeatMapView::fitToContents()
{
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, CellWidth);
    const int width = m_table->verticalHeader()->sizeHint().width() + CellWidth * m_model->columnCount()
        + 2 * m_table->frameWidth();
    const int height = m_table->horizontalHeader()->sizeHint().height() + CellHeight * m_model->rowCount()
        + 2 * m_table->frameWidth();
    m_table->setFixedSize(width, height);
}

} // namespace rampart
