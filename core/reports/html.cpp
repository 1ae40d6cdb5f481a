#include "html.h"

namespace rampart::html {

namespace {

constexpr int LongestUnbrokenRun = 40;

// Inserts a zero-width space into runs of more than LongestUnbrokenRun characters
// without a space (hashes, URLs, pasted identifiers).
QString breakLongWords(const QString &value)
{
    QString out;
    out.reserve(value.size());
    int run = 0;
    for (const QChar c : value) {
        if (c.isSpace()) {
            run = 0;
        } else if (++run > LongestUnbrokenRun) {
            out += QChar(0x200B);
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace

QString text(const QString &value)
{
    QString escaped = breakLongWords(value).toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

QString paragraph(const QString &value, const QString &cssClass)
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(text(value));
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, text(value));
}

Table::Table(const QStringList &headers, const QList<int> &widthsPercent)
    : m_headers(headers)
    , m_widths(widthsPercent)
{
}

void Table::addRow(const QStringList &cells)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        row += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
    row += QStringLiteral("</tr>");
    m_rows << row;
}

QString Table::toHtml() const
{
    QString out = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (int i = 0; i < m_headers.size(); ++i) {
        if (i < m_widths.size() && m_widths.at(i) > 0)
            out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(m_widths.at(i)).arg(m_headers.at(i));
        else
            out += QStringLiteral("<th>%1</th>").arg(m_headers.at(i));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    out += m_rows.join(QString());
    out += QStringLiteral("</tbody></table>");
    return out;
}

QColor textOn(const QColor &background)
{
    const int brightness = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return brightness > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

QString onColour(const QString &text, const QColor &background)
{
    if (!background.isValid())
        return text;
    return QStringLiteral("<span style=\"color: %1\">%2</span>").arg(textOn(background).name(), text);
}

void Table::addRow(const QList<Cell> &cells, bool keepWithPrevious)
{
    // The class marks the row for the layout (reportdocument.cpp), which keeps it
    // with the row before.
    QString row = keepWithPrevious ? QStringLiteral("<tr class=\"more\">") : QStringLiteral("<tr>");
    for (const Cell &cell : cells) {
        row += QStringLiteral("<td");
        if (cell.columns > 1)
            row += QStringLiteral(" colspan=\"%1\"").arg(cell.columns);
        if (cell.background.isValid())
            row += QStringLiteral(" bgcolor=\"%1\"").arg(cell.background.name());
        row += QLatin1Char('>') + cell.html + QStringLiteral("</td>");
    }
    row += QStringLiteral("</tr>");
    m_rows << row;
}

QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString out = QStringLiteral("<table class=\"facts\" cellspacing=\"0\">");
    for (const auto &[label, value] : rows)
        out += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    out += QStringLiteral("</table>");
    return out;
}

} // namespace rampart::html
