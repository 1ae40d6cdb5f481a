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

QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString out = QStringLiteral("<table class=\"facts\" cellspacing=\"0\">");
    for (const auto &[label, value] : rows)
        out += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    out += QStringLiteral("</table>");
    return out;
}

} // namespace rampart::html
