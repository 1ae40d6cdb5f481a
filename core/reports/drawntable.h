#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace rampart::reportlayout {

// Text of a table cell with its character formats: what the few tags that the report
// builders put in cells (b, br, span with a class or a colour, entities) come to.
struct RichText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

// Reads cell HTML as html.h builds it. False when it holds anything else, for which
// the report falls back to QTextDocument's rendering.
bool parseCellHtml(const QString &html, RichText *out);

// A table of a report drawn directly with QTextLayout and QPainter instead of through
// QTextDocument: the tables of the reports are simple (text in columns of fixed
// widths), and QTextDocument lays out and draws each page of a long register about ten
// times slower than this. It looks like a table.grid of the report stylesheet: header on
// every page, a record (a row and the rows kept with it) never cut between pages
// unless it is taller than a page, and a group row (one shaded cell across the table,
// e.g. an owner's name) repeated, marked continued, on a page its group goes on to.
class DrawnTable
{
    Q_DECLARE_TR_FUNCTIONS(DrawnTable)

public:
    // The table as html::Table::toHtml writes it; nullptr when it holds markup that
    // only QTextDocument can draw.
    static std::unique_ptr<DrawnTable> fromHtml(const QString &tableHtml);

    qsizetype rowCount() const { return qsizetype(m_rows.size()); }

    // Measures header and rows for drawing on device across width (device units).
    void measure(QPaintDevice *device, double width);
    // The header and the first record: what must fit below where the table starts.
    double leadHeight() const;

    // Places the rows on pages of pageHeight, the first page starting at firstTop (below
    // the top of the page's body). Returns the number of pages.
    int paginate(double firstTop, double pageHeight);
    // Where the table ends on its last page, with its bottom margin.
    double endOnLastPage() const { return m_endOnLastPage; }

    // Draws page page of the table; painter is at the top left corner of the page's body.
    void drawPage(QPainter *painter, int page) const;

private:
    struct Cell
    {
        RichText content;
        QColor background;
        int column = 0;
        int span = 1;
    };
    struct Row
    {
        std::vector<Cell> cells;
        bool keepWithPrevious = false;
        bool group = false;  // one shaded cell across the table
        double height = 0;
    };
    // One row, or the part of a row taller than a page that goes on one page.
    struct Slice
    {
        int row = -1;
        double y = 0;
        double height = 0;
        std::vector<int> firstLine;  // per cell; empty: the whole row
        std::vector<int> endLine;
        bool continued = false;  // a group row repeated on a page its group goes on to
        double marker = 0;  // the line above a part that says whose record goes on
    };
    struct Page
    {
        double top = 0;
        std::vector<Slice> slices;
    };

    std::unique_ptr<QTextLayout> layoutCell(const Cell &cell, const RichText &content) const;
    double cellWidth(const Cell &cell) const;
    double rowHeight(const Row &row) const;
    void drawRow(QPainter *painter, const Row &row, const Slice &slice, bool header) const;
    std::vector<Slice> sliceRow(int row, double firstHeight, double pageHeight) const;
    // "R-002 (continued)": the record's first cell, for a part of a later row of it.
    RichText continuedMarker(int row) const;
    // Appends separator and a muted "(continued)", pointSize 0: the text's own size.
    static void markContinued(RichText *text, QChar separator, double pointSize = 0);

    Row m_header;
    std::vector<Row> m_rows;
    QList<double> m_widths;  // fractions of the table's width
    QFont m_font;
    double m_width = 0;
    double m_padding = 0;
    double m_border = 0;
    double m_margin = 0;
    std::vector<double> m_columnLeft;
    std::vector<Page> m_pages;
    double m_endOnLastPage = 0;
};

} // namespace rampart::reportlayout
