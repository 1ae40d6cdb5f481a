#pragma once

#include <QString>
#include <QStringList>

namespace rampart::html {

// Every user value goes through here before it enters a report: escaped, and line
// breaks kept. Very long words get break opportunities so they cannot push a table
// off the page.
QString text(const QString &value);
// A whole paragraph of user text (several lines become several lines).
QString paragraph(const QString &value, const QString &cssClass = {});

// A table with a header row that repeats on every page.
class Table
{
public:
    explicit Table(const QStringList &headers, const QList<int> &widthsPercent = {});
    // Cells are HTML already (use html::text for user values).
    void addRow(const QStringList &cells);
    QString toHtml() const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<int> m_widths;
    QStringList m_rows;
};

// Label/value pairs without grid lines.
QString facts(const QList<QPair<QString, QString>> &rows);

} // namespace rampart::html
