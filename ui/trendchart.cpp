#include "trendchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rampart {

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TrendChart::setSeries(std::vector<std::pair<QDate, double>> values, const QString &unit,
                           std::optional<double> target, bool higherIsBetter)
{
    std::sort(values.begin(), values.end());
    m_values = std::move(values);
    m_unit = unit;
    m_target = target;
    m_higherIsBetter = higherIsBetter;
    update();
}

QString TrendChart::label(double value) const
{
    const QString number = QLocale().toString(value, 'g', 4);
    return m_unit == QLatin1String("%") ? number + m_unit : number;
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    if (m_values.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No values recorded yet"));
        return;
    }

    const QFontMetrics fm = fontMetrics();
    double low = m_values.front().second;
    double high = low;
    for (const auto &[date, value] : m_values) {
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (m_target) {
        low = std::min(low, *m_target);
        high = std::max(high, *m_target);
    }
    const double pad = high > low ? (high - low) * 0.12 : std::max(std::abs(high) * 0.05, 1.0);
    low -= pad;
    high += pad;

    int left = 0;
    for (int i = 0; i <= 2; ++i)
        left = std::max(left, fm.horizontalAdvance(label(low + (high - low) * i / 2.0)));
    left += 14;
    const QRectF plot(left, 12, width() - left - 16, height() - 12 - fm.height() - 12);
    const qint64 firstDay = m_values.front().first.toJulianDay();
    const qint64 span = std::max<qint64>(1, m_values.back().first.toJulianDay() - firstDay);
    const auto xOf = [&](const QDate &date) {
        return m_values.size() == 1 ? plot.center().x() : plot.left() + plot.width() * double(date.toJulianDay() - firstDay) / double(span);
    };
    const auto yOf = [&](double value) { return plot.bottom() - plot.height() * (value - low) / (high - low); };

    // Grid with three value labels.
    p.setFont(font());
    for (int i = 0; i <= 2; ++i) {
        const double value = low + (high - low) * i / 2.0;
        const double y = yOf(value);
        p.setPen(QPen(pal.color(QPalette::Midlight), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, label(value));
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString first = m_values.front().first.toString(Qt::ISODate);
    const QString last = m_values.back().first.toString(Qt::ISODate);
    const QRectF dates(plot.left(), plot.bottom() + 6, plot.width(), fm.height());
    p.drawText(dates, Qt::AlignLeft | Qt::AlignTop, first);
    if (m_values.size() > 1)
        p.drawText(dates, Qt::AlignRight | Qt::AlignTop, last);

    if (m_target) {
        const double y = yOf(*m_target);
        QPen dashed(QColor(26, 127, 55), 1.5, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString text = tr("target %1").arg(label(*m_target));
        p.drawText(QRectF(plot.left() + 4, y - fm.height() - 1, plot.width() - 8, fm.height()), Qt::AlignRight, text);
    }

    QPainterPath line;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const QPointF point(xOf(m_values[i].first), yOf(m_values[i].second));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    const QColor ink = pal.color(QPalette::Link);
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    for (const auto &[date, value] : m_values) {
        const bool meets = !m_target || (m_higherIsBetter ? value >= *m_target : value <= *m_target);
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(meets ? ink : QColor(214, 120, 0));
        p.drawEllipse(QPointF(xOf(date), yOf(value)), 4, 4);
    }
}

} // namespace rampart
