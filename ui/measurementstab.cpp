#include "measurementstab.h"

#include "document.h"
#include "domain/ismsregisters.h"
#include "models/registermodel.h"
#include "registerpanel.h"
#include "trendchart.h"
#include "widgets.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace rampart {

MeasurementsTab::MeasurementsTab(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_metrics(new RegisterPanel(document, Entity::Metric))
    , m_values(new RegisterPanel(document, Entity::Measurement, RegisterPanel::Options{.showIntro = false}))
    , m_chart(new TrendChart)
    , m_chartTitle(widgets::sectionTitle(QString()))
{
    m_values->setObjectName(QStringLiteral("values"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    lowerLayout->addWidget(m_chartTitle);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_values);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    lowerLayout->addWidget(split, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_metrics);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    connect(m_metrics, &RegisterPanel::currentRecordChanged, this, &MeasurementsTab::metricChosen);
    RegisterModel *values = m_values->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(values, signal, this, &MeasurementsTab::updateChart);
    connect(values, &QAbstractItemModel::modelReset, this, &MeasurementsTab::updateChart);
    connect(values, &QAbstractItemModel::dataChanged, this, &MeasurementsTab::updateChart);
    // The target and direction live on the metric.
    connect(m_metrics->model(), &QAbstractItemModel::dataChanged, this, &MeasurementsTab::updateChart);
    // The panel opens on its first metric before this tab listens to it.
    metricChosen(m_metrics->currentRecord());
}

void MeasurementsTab::metricChosen(qint64 id)
{
    m_values->setParentRecord(id);
    updateChart();
}

void MeasurementsTab::updateChart()
{
    const qint64 metric = m_metrics->currentRecord();
    const RegisterModel *metrics = m_metrics->model();
    const int row = metrics->rowOf(metric);
    if (row < 0) {
        m_chartTitle->setText(tr("Recorded values"));
        m_chart->setSeries({}, QString(), std::nullopt, true);
        return;
    }
    m_chartTitle->setText(tr("Recorded values of %1 %2")
                              .arg(metrics->value(row, MetricField::Ref).toString(),
                                   metrics->value(row, MetricField::Name).toString()));
    std::vector<std::pair<QDate, double>> points;
    const RegisterModel *values = m_values->model();
    for (int i = 0; i < values->rowCount(); ++i) {
        const QDate date = QDate::fromString(values->value(i, MeasurementField::MeasuredOn).toString(), Qt::ISODate);
        const QVariant value = values->value(i, MeasurementField::Value);
        if (date.isValid() && !value.isNull())
            points.emplace_back(date, value.toDouble());
    }
    const QVariant target = metrics->value(row, MetricField::TargetValue);
    m_chart->setSeries(std::move(points), metrics->value(row, MetricField::Unit).toString(),
                       target.isNull() ? std::nullopt : std::optional<double>(target.toDouble()),
                       metrics->value(row, MetricField::Direction).toString() != QLatin1String("lower"));
}

} // namespace rampart
