#pragma once

#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

namespace rampart {

// A small line chart of a metric's values over time, with its target as a dashed
// line; values that miss the target are drawn in amber. Painted with QPainter.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setSeries(std::vector<std::pair<QDate, double>> values, const QString &unit, std::optional<double> target,
                   bool higherIsBetter);
    const std::vector<std::pair<QDate, double>> &values() const { return m_values; }
    QSize sizeHint() const override { return {480, 220}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString label(double value) const;

    std::vector<std::pair<QDate, double>> m_values;
    QString m_unit;
    std::optional<double> m_target;
    bool m_higherIsBetter = true;
};

} // namespace rampart
