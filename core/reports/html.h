#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace rampart::html {

// Every user value goes through here before it enters a report: escaped, and line
// breaks kept. Very long words get break opportunities so they cannot push a table
// off the page.
QString text(const QString &value);
// A whole paragraph of user text (several lines become several lines).
QString paragraph(const QString &value, const QString &cssClass = {});

// One cell of a table row with more than text: a background colour, or spanning
// several columns.
struct Cell
{
    QString html;  // HTML already (use html::text for user values)
    QColor background;  // invalid: none
    int columns = 1;
};

// Black or white, whichever reads better on background.
QColor textOn(const QColor &background);
// A level's name on its colour, e.g. a risk level: for inside a Cell with that background.
QString onColour(const QString &text, const QColor &background);

// A table with a header row that repeats on every page.
class Table
{
public:
    explicit Table(const QStringList &headers, const QList<int> &widthsPercent = {});
    // Cells are HTML already (use html::text for user values).
    void addRow(const QStringList &cells);
    // keepWithPrevious: the row goes to the next page together with the row before it
    // (a second line of the same record); the report layout never separates them.
    void addRow(const QList<Cell> &cells, bool keepWithPrevious = false);
    QString toHtml() const;
    bool isEmpty() const { return m_rows.isEmpty(); }
    int columnCount() const { return int(m_headers.size()); }

private:
    QStringList m_headers;
    QList<int> m_widths;
    QStringList m_rows;
};

// Label/value pairs without grid lines.
QString facts(const QList<QPair<QString, QString>> &rows);

} // namespace rampart::html
