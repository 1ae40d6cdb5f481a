#pragma once

#include <QWidget>

class QLabel;

namespace rampart {

class Document;
class RegisterPanel;
class TrendChart;

// Clause 9.1: the metrics above; below, the values recorded for the chosen metric
// beside a chart of them against the target.
class MeasurementsTab : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementsTab(Document *document, QWidget *parent = nullptr);

    RegisterPanel *metrics() const { return m_metrics; }
    RegisterPanel *values() const { return m_values; }
    TrendChart *chart() const { return m_chart; }

private:
    void metricChosen(qint64 id);
    void updateChart();

    Document *m_document;
    RegisterPanel *m_metrics;
    RegisterPanel *m_values;
    TrendChart *m_chart;
    QLabel *m_chartTitle;
};

} // namespace rampart
