#include "reportdocument.h"

#include "drawntable.h"
#include "html.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QTextLayout>
#include <QTextDocument>

#include <memory>

namespace rampart {

namespace {

constexpr double MarginMm = 15.0;
constexpr double HeaderMm = 9.0;
constexpr double FooterMm = 9.0;

QString styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/rampart/reports/report.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

void setUp(QTextDocument &doc, QPagedPaintDevice *device, const QSizeF &size)
{
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultStyleSheet(styleSheet());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(size);
}

// --- Keeping things together across page breaks -------------------------------------
// QTextDocument breaks a table row between two lines when it reaches the bottom of a
// page, and leaves a heading alone at the bottom of a page when what follows starts
// on the next. Printed documents must not do either: where a layout does, a page break
// goes before the row (or the heading), and that part is laid out again.

struct Span
{
    double top = 0;
    double bottom = 0;
    bool valid = false;
    void add(const Span &other)
    {
        if (!other.valid)
            return;
        top = valid ? qMin(top, other.top) : other.top;
        bottom = valid ? qMax(bottom, other.bottom) : other.bottom;
        valid = true;
    }
};

// How QTextDocument lays out a line of fixed height on a device: the block advances
// by the height times scale (it scales as CSS pixels, by a factor that depends on the
// platform's idea of a screen), and the line's text sits lineY = slope * height +
// intercept below the block's top. Measured once per resolution.
struct FixedLineMetrics
{
    double scale = 1;
    double slope = 0;
    double intercept = 0;
};

FixedLineMetrics fixedLineMetrics(QPaintDevice *device)
{
    thread_local QHash<int, FixedLineMetrics> known;
    const int dpi = device ? device->logicalDpiY() : 0;
    const auto found = known.constFind(dpi);
    if (found != known.constEnd())
        return *found;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    probe.setDocumentMargin(0);
    probe.setPlainText(QStringLiteral("x\nx\nx"));
    const double heights[2] = {100, 200};
    QTextBlock block = probe.begin();
    for (double height : heights) {
        QTextBlockFormat format;
        format.setLineHeight(height, QTextBlockFormat::FixedHeight);
        QTextCursor(block).setBlockFormat(format);
        block = block.next();
    }
    probe.documentLayout()->documentSize();
    FixedLineMetrics metrics;
    const QTextBlock first = probe.begin();
    const QTextBlock second = first.next();
    const QTextBlock third = second.next();
    auto top = [&probe](const QTextBlock &b) { return probe.documentLayout()->blockBoundingRect(b).top(); };
    auto lineY = [](const QTextBlock &b) { return b.layout()->lineCount() > 0 ? b.layout()->lineAt(0).y() : 0.0; };
    if (third.isValid() && top(second) > 0) {
        metrics.scale = top(second) / heights[0];
        metrics.slope = (lineY(second) - lineY(first)) / (heights[1] - heights[0]);
        metrics.intercept = lineY(first) - metrics.slope * heights[0];
    }
    known.insert(dpi, metrics);
    return metrics;
}

Span blockSpan(QTextDocument &doc, const QTextBlock &block)
{
    Span s;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return s;
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    if (block.blockFormat().lineHeightType() == QTextBlockFormat::FixedHeight) {
        // The place of a drawn table (fixLineHeights): the whole height of its line,
        // found from where the line's text is (a line pushed to the next page takes
        // its block's height along).
        const FixedLineMetrics metrics = fixedLineMetrics(doc.documentLayout()->paintDevice());
        const double height = block.blockFormat().lineHeight();
        s.top = rect.top() + layout->lineAt(0).y() - (metrics.slope * height + metrics.intercept);
        s.bottom = s.top + height * metrics.scale;
        s.valid = true;
        return s;
    }
    const double top = rect.top();
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    s.top = top + layout->lineAt(0).y();
    s.bottom = top + last.y() + last.height();
    s.valid = true;
    return s;
}

QString withPageBreak(const QString &openTag)
{
    // openTag is "<h1 ...>" or "<table ...>": add the break as the first attribute.
    const qsizetype nameEnd = openTag.indexOf(QRegularExpression(QStringLiteral("[\\s>]")));
    return openTag.left(nameEnd) + QStringLiteral(" style=\"page-break-before: always\"") + openTag.mid(nameEnd);
}

QString anchorName(int index)
{
    return QStringLiteral("section-%1").arg(index);
}

// --- Long documents: laid out a few pages at a time ------------------------------------
// Laying out a whole report at once costs time per page for every row or heading that
// must move to the next page, which does not scale to registers of thousands of rows.
// So the body is cut into items (block elements, and groups of table rows that stay
// together), and laid out in windows of a few pages: the full pages of a window are
// kept, what starts on its last page goes on to the next window, which starts on a new
// page. A page is never laid out more than a few times, however long the report.

struct Item
{
    QString html;     // a block element, or the rows of one record of a table
    int table = -1;   // for rows: index of their table's opening tag and header; -1: a block
    bool breakBefore = false;  // starts on a new page
    bool heading = false;  // a heading, or what introduces the next item: kept with the next
    int drawn = -1;  // a table drawn by DrawnTable: this item holds its place in the flow
};

struct Flow
{
    std::vector<Item> items;
    QStringList tables;  // per table: its opening tag and <thead>
    // Tables drawn directly (drawntable.h), and the height of their header and first
    // record: what their place in the flow takes up.
    std::vector<std::shared_ptr<reportlayout::DrawnTable>> drawn;
    std::vector<double> drawnLead;
};

// Grid tables (html::Table) of more rows than this, header included, are drawn by
// DrawnTable where it reads their cells: all of them but for tests, which set
// RAMPART_REPORT_DRAWN_ROWS to have QTextDocument lay them out too. Drawing takes a
// tenth of the time and draws every table the same way, whatever its size.
int drawnTableRows()
{
    static const int rows = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("RAMPART_REPORT_DRAWN_ROWS", &ok);
        return ok && value > 0 ? value : 1;
    }();
    return rows;
}

// The HTML that holds a drawn table's place: one line, made as tall as the table's
// start once laid out (fixLineHeights).
const QString &placeholderHtml()
{
    static const QString html = QStringLiteral("<p>&nbsp;</p>");
    return html;
}

const QString &pageBreakStyle()
{
    static const QString style = QStringLiteral(" style=\"page-break-before: always\"");
    return style;
}

bool startsTag(QStringView html, qsizetype at, QLatin1StringView tag)
{
    if (!html.mid(at).startsWith(tag))
        return false;
    const qsizetype after = at + tag.size();
    if (after >= html.size())
        return true;
    const QChar next = html.at(after);
    return next == QLatin1Char(' ') || next == QLatin1Char('>') || next == QLatin1Char('/');
}

// Just after the element opened at from closes (elements of the same name may nest).
qsizetype elementEnd(const QString &html, qsizetype from, const QString &name)
{
    const QString open = QLatin1Char('<') + name;
    const QString close = QStringLiteral("</") + name + QLatin1Char('>');
    int depth = 0;
    qsizetype at = from;
    while (true) {
        const qsizetype o = html.indexOf(open, at);
        const qsizetype c = html.indexOf(close, at);
        if (c < 0)
            return html.size();
        if (o >= 0 && o < c) {
            if (startsTag(html, o, QLatin1StringView(open.toLatin1())))
                ++depth;
            at = o + open.size();
            continue;
        }
        --depth;
        at = c + close.size();
        if (depth <= 0)
            return at;
    }
}

void splitTable(const QString &table, Flow *flow)
{
    const qsizetype openEnd = table.indexOf(QLatin1Char('>')) + 1;
    QString prefix = table.left(openEnd);
    const int index = int(flow->tables.size());
    bool anyRow = false;
    int depth = 0;  // tables nested in cells
    bool inHead = false;
    qsizetype rowStart = -1;
    for (qsizetype at = table.indexOf(QLatin1Char('<'), openEnd); at >= 0 && at < table.size();
         at = table.indexOf(QLatin1Char('<'), at + 1)) {
        if (startsTag(table, at, QLatin1StringView("<table"))) {
            ++depth;
        } else if (table.mid(at, 8) == QLatin1String("</table>")) {
            if (depth == 0)
                break;
            --depth;
        } else if (depth > 0) {
            continue;
        } else if (table.mid(at, 7) == QLatin1String("<thead>")) {
            inHead = true;
            prefix += table.mid(at, elementEnd(table, at, QStringLiteral("thead")) - at);
        } else if (table.mid(at, 8) == QLatin1String("</thead>")) {
            inHead = false;
        } else if (!inHead && startsTag(table, at, QLatin1StringView("<tr"))) {
            rowStart = at;
        } else if (!inHead && rowStart >= 0 && table.mid(at, 5) == QLatin1String("</tr>")) {
            const QString row = table.mid(rowStart, at + 5 - rowStart);
            const bool more = row.startsWith(QLatin1String("<tr class=\"more\""));
            if (more && !flow->items.empty() && flow->items.back().table == index)
                flow->items.back().html += row;
            else
                flow->items.push_back({row, index, false, false});
            anyRow = true;
            rowStart = -1;
        }
    }
    if (!anyRow) {
        flow->items.push_back({table, -1, false, false});
        return;
    }
    flow->tables << prefix;
}

// Cuts html (a sequence of block elements) into items.
void splitInto(const QString &html, Flow *flow)
{
    static const QStringList blocks = {QStringLiteral("table"), QStringLiteral("p"), QStringLiteral("h1"),
                                       QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
                                       QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"),
                                       QStringLiteral("ol"), QStringLiteral("div"), QStringLiteral("pre"),
                                       QStringLiteral("blockquote")};
    auto blockAt = [&html](qsizetype at) -> QString {
        if (html.at(at) != QLatin1Char('<'))
            return {};
        for (const QString &name : blocks) {
            if (startsTag(html, at, QLatin1StringView((QLatin1Char('<') + name).toLatin1())))
                return name;
        }
        return {};
    };
    QString loose;  // text and inline elements between blocks
    auto flush = [&] {
        if (!loose.trimmed().isEmpty())
            flow->items.push_back({loose, -1, false, false});
        loose.clear();
    };
    qsizetype at = 0;
    while (at < html.size()) {
        const QString name = blockAt(at);
        if (name.isEmpty()) {
            qsizetype next = html.indexOf(QLatin1Char('<'), at + 1);
            if (next < 0)
                next = html.size();
            loose += html.mid(at, next - at);
            at = next;
            continue;
        }
        flush();
        const qsizetype end = elementEnd(html, at, name);
        const QString element = html.mid(at, end - at);
        std::unique_ptr<reportlayout::DrawnTable> drawn;
        if (name == QLatin1String("table") && element.startsWith(QLatin1String("<table class=\"grid\""))
            && element.count(QLatin1String("<tr")) > drawnTableRows())
            drawn = reportlayout::DrawnTable::fromHtml(element);
        if (drawn) {
            Item item{placeholderHtml(), -1, false, false};
            item.drawn = int(flow->drawn.size());
            flow->drawn.push_back(std::move(drawn));
            flow->items.push_back(item);
        } else if (name == QLatin1String("table")) {
            splitTable(element, flow);
        } else {
            const QString openTag = element.left(element.indexOf(QLatin1Char('>')) + 1);
            const bool heading = name.size() == 2 && name.at(0) == QLatin1Char('h');
            // A paragraph right under a heading introduces what follows: it stays with it too.
            const bool intro = name == QLatin1String("p") && !flow->items.empty()
                && flow->items.back().table < 0 && flow->items.back().html.startsWith(QLatin1String("<h"));
            flow->items.push_back({element, -1, openTag.contains(QLatin1String("page-break-before")), heading || intro});
        }
        at = end;
    }
    flush();
}

const QString &spacerAnchor()
{
    static const QString name = QStringLiteral("top-spacer");
    return name;
}

QString unitAnchor(size_t index)
{
    return QStringLiteral("unit-%1").arg(index);
}

// The HTML of items [from, to): rows inside their tables, each item with an anchor to
// find it after the layout.
QString assemble(const Flow &flow, size_t from, size_t to, bool spacer)
{
    QString out = QStringLiteral("<html><body>");
    if (spacer)
        out += QStringLiteral("<p><a name=\"%1\"></a>&nbsp;</p>").arg(spacerAnchor());
    int open = -1;
    for (size_t i = from; i < to; ++i) {
        const Item &item = flow.items[i];
        if (item.table != open && !(item.breakBefore && item.table >= 0 && i > from)) {
            if (open >= 0)
                out += QStringLiteral("</tbody></table>");
            if (item.table >= 0)
                out += flow.tables.at(item.table) + QStringLiteral("<tbody>");
            open = item.table;
        }
        QString html = item.html;
        if (i == from && item.breakBefore) {
            // A window starts on a new page anyway: a break there would leave a blank page.
            const qsizetype tagEnd = html.indexOf(QLatin1Char('>'));
            const qsizetype style = html.indexOf(pageBreakStyle());
            if (style >= 0 && style < tagEnd)
                html.remove(style, pageBreakStyle().size());
        } else if (item.breakBefore && item.table >= 0) {
            // The table goes on on the next page, with its header.
            if (open >= 0)
                out += QStringLiteral("</tbody></table>");
            const QString &prefix = flow.tables.at(item.table);
            const qsizetype tagEnd = prefix.indexOf(QLatin1Char('>')) + 1;
            out += withPageBreak(prefix.left(tagEnd)) + prefix.mid(tagEnd) + QStringLiteral("<tbody>");
            open = item.table;
        } else if (item.breakBefore) {
            const qsizetype tagEnd = html.indexOf(QLatin1Char('>')) + 1;
            if (html.startsWith(QLatin1Char('<')) && !html.left(tagEnd).contains(QLatin1String("page-break-before")))
                html = withPageBreak(html.left(tagEnd)) + html.mid(tagEnd);
        }
        const QString anchor = QStringLiteral("<a name=\"%1\"></a>").arg(unitAnchor(i));
        const qsizetype host = item.table >= 0 ? html.indexOf(QLatin1String("<td")) : (html.startsWith(QLatin1Char('<')) ? 0 : -1);
        if (host < 0)
            html.prepend(anchor);
        else
            html.insert(html.indexOf(QLatin1Char('>'), host) + 1, anchor);
        out += html;
    }
    if (open >= 0)
        out += QStringLiteral("</tbody></table>");
    out += QStringLiteral("</body></html>");
    return out;
}

struct Placed
{
    Span span;
    QTextTable *table = nullptr;  // for rows
};

// Where each item of [from, to) lies in doc (header rows of tables left out).
std::vector<Placed> itemSpans(QTextDocument &doc, size_t from, size_t to)
{
    std::vector<Placed> placed(to - from);
    QHash<QTextTable *, int> bodyStarts;
    qsizetype current = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        bool anchored = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1String("unit-")))
                    continue;
                const qsizetype index = qsizetype(name.mid(5).toLongLong()) - qsizetype(from);
                if (index >= 0 && index < qsizetype(placed.size())) {
                    current = index;
                    anchored = true;
                }
            }
        }
        if (current < 0)
            continue;
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            // Blocks before the first cell of the body are the header's.
            auto body = bodyStarts.constFind(table);
            if (body == bodyStarts.constEnd()) {
                const int headerRows = table->format().headerRowCount();
                body = bodyStarts.insert(table, headerRows < table->rows() ? table->cellAt(headerRows, 0).firstPosition()
                                                                           : table->lastPosition() + 1);
            }
            if (block.position() < *body)
                continue;
            if (anchored)
                placed[size_t(current)].table = table;
        }
        placed[size_t(current)].span.add(blockSpan(doc, block));
    }
    return placed;
}

// Lines made a given height (device units) after the HTML is in: the places of drawn
// tables, and the space a window leaves at its top for the end of a drawn table.
using FixedLines = std::vector<std::pair<QString, double>>;

void fixLineHeights(QTextDocument &doc, const FixedLines &lines, QPaintDevice *device)
{
    if (lines.empty())
        return;
    const double scale = fixedLineMetrics(device).scale;
    QHash<QString, double> heights;
    for (const auto &[name, height] : lines)
        heights.insert(name, height);
    for (QTextBlock block = doc.begin(); block.isValid() && !heights.isEmpty(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                const auto found = heights.constFind(name);
                if (found == heights.constEnd())
                    continue;
                QTextBlockFormat format = block.blockFormat();
                format.setLineHeight(*found / scale, QTextBlockFormat::FixedHeight);
                format.setTopMargin(0);
                format.setBottomMargin(0);
                QTextCursor(block).setBlockFormat(format);
                heights.erase(found);
            }
        }
    }
}

struct Window
{
    QString html;  // as laid out
    FixedLines fixedLines;
    int pages = 0;  // drawn from its top
    // The layout itself while the report is short enough to keep it; else the window is
    // laid out again to be drawn (the same HTML gives the same pages).
    std::shared_ptr<QTextDocument> doc;
};

// Pages whose layout is kept for drawing (100 to 250 kB each); beyond, a long report is
// laid out twice rather than held in memory whole.
constexpr int KeptPages = 400;

struct SectionAnchor
{
    int section = 0;
    int page = 0;  // counted from the first page of the flow, from 0
};

// The section anchors in doc on pages before pages, offset by base.
void collectSections(QTextDocument &doc, int pages, int base, std::vector<SectionAnchor> *out)
{
    const double pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1String("section-")))
                    continue;
                // The first line, not the block: a heading pushed to a new page keeps
                // its block's top on the page before.
                double top = doc.documentLayout()->blockBoundingRect(block).top();
                if (block.layout() && block.layout()->lineCount() > 0)
                    top += block.layout()->lineAt(0).y();
                const int page = int((top + 1) / pageHeight);  // + 1: rounding at the page top
                if (page < pages)
                    out->push_back({name.mid(8).toInt(), base + page});
            }
        }
    }
}

// The item to put a page break before so that item moves to the next page: the first
// row of a table goes with the heading above it.
size_t breakTarget(const Flow &flow, size_t item)
{
    const Item &it = flow.items[item];
    const bool firstRow = it.table >= 0 && item > 0 && flow.items[item - 1].table != it.table;
    if (it.table >= 0 && !firstRow)
        return item;
    // Headings and introductions move with what they introduce.
    while (item > 0 && !flow.items[item].breakBefore && flow.items[item - 1].table < 0 && flow.items[item - 1].heading)
        --item;
    return item;
}

// Lays flow out in windows. With topOffset, the first page starts that far down (below
// the end of a drawn table); if the first item cannot stay there (a heading whose text
// would go on on the next page), nothing is laid out and *refused is set. lastTop: where
// the last item starts on the last page.
std::vector<Window> paginate(Flow &flow, QPagedPaintDevice *device, const QSizeF &size,
                             std::vector<SectionAnchor> *sections, double topOffset = 0, double *lastTop = nullptr,
                             bool *refused = nullptr)
{
    std::vector<Window> windows;
    const size_t count = flow.items.size();
    size_t perWindow = 60;  // items; adjusted to what fits on about six pages
    double lastHeaderOffset = 0;
    int pagesSoFar = 0;
    size_t from = 0;
    while (from < count) {
        const size_t to = std::min(count, from + perWindow);
        auto holder = std::make_shared<QTextDocument>();
        QTextDocument &doc = *holder;
        setUp(doc, device, size);
        const bool spacer = from == 0 && topOffset > 0;
        const QString html = assemble(flow, from, to, spacer);
        FixedLines fixedLines;
        if (spacer)
            fixedLines.emplace_back(spacerAnchor(), topOffset);
        for (size_t i = from; i < to; ++i) {
            if (flow.items[i].drawn >= 0)
                fixedLines.emplace_back(unitAnchor(i), flow.drawnLead[size_t(flow.items[i].drawn)]);
        }
        doc.setHtml(html);
        fixLineHeights(doc, fixedLines, device);
        doc.documentLayout()->documentSize();  // lays the document out
        const int pages = doc.pageCount();
        const double pageHeight = doc.pageSize().height();
        // + 1: a line laid out at the top of a page may sit a fraction above its boundary.
        auto pageOf = [pageHeight](double y) { return int((y + 1) / pageHeight); };
        const std::vector<Placed> placed = itemSpans(doc, from, to);
        auto at = [&](size_t i) -> const Span & { return placed[i - from].span; };
        auto nextValid = [&](size_t i) {
            size_t next = i + 1;
            while (next < to && !at(next).valid)
                ++next;
            return next;
        };
        // Where an item's first line sits when it starts a page: rows below their
        // table's header, blocks at the top.
        QHash<QTextTable *, double> headerOffsets;  // first row's first line below the table's top
        for (size_t i = from; i < to; ++i) {
            const Placed &p = placed[i - from];
            if (!p.table || !p.span.valid || headerOffsets.contains(p.table))
                continue;
            const double top = doc.documentLayout()->frameBoundingRect(p.table).top();
            if (pageOf(top) == pageOf(p.span.top)) {
                headerOffsets.insert(p.table, p.span.top - top);
                lastHeaderOffset = p.span.top - top;
            }
        }
        auto offsetAtTop = [&](size_t i) -> double {
            const Placed &p = placed[i - from];
            if (!p.table)
                return 0;
            return headerOffsets.value(p.table, lastHeaderOffset);
        };
        // Does item i (at top..bottom) need to start on the next page?
        auto needsBreak = [&](size_t i, double top, double bottom, double nextTop) {
            const Item &item = flow.items[i];
            if (item.table >= 0)
                return bottom - top <= pageHeight * 0.8 && pageOf(top) != pageOf(bottom - 2);
            // (Not when what follows starts a new page anyway: the end of a section.)
            const size_t next = i + 1;
            const bool followed = next < to && !flow.items[next].breakBefore;
            return item.heading && followed && pageOf(nextTop) != pageOf(top);
        };

        // The first place in this layout that needs a page break.
        size_t problem = to;
        if (spacer && at(from).valid && pageOf(at(from).top) > 0) {
            *refused = true;  // nothing of it fits below the drawn table
            return {};
        }
        for (size_t i = spacer ? from : from + 1; i < to && problem == to; ++i) {
            if (!at(i).valid)
                continue;
            const size_t next = nextValid(i);
            bool needed = needsBreak(i, at(i).top, at(i).bottom, next < to ? at(next).top : at(i).top);
            // A table whose last row ends at the very bottom of a page but whose border
            // reaches onto the next gets its header painted alone on that page.
            const Placed &p = placed[i - from];
            if (!needed && p.table && (i + 1 == to || flow.items[i + 1].table != flow.items[i].table)) {
                const QRectF frame = doc.documentLayout()->frameBoundingRect(p.table);
                needed = int(frame.bottom() / pageHeight) > pageOf(at(i).bottom - 2);
            }
            // A table's bottom margin that reaches past the end of the page moves a page
            // break after it one page further: an empty page. Its last rows go along.
            if (!needed && next < to && flow.items[next].breakBefore && at(next).valid)
                needed = pageOf(at(next).top) > pageOf(at(i).bottom - 2) + 1;
            if (!needed)
                continue;
            const size_t target = breakTarget(flow, i);
            if (spacer && target == from) {
                *refused = true;  // what starts the flow must start on a page of its own
                return {};
            }
            if (target > from && !flow.items[target].breakBefore)
                problem = target;
        }

        int boundary = 0;  // pages [0, boundary) are final
        size_t carry = to;
        if (problem == to && to == count) {
            // All of it, but no page that only a table's border spilled onto.
            int last = 0;
            for (size_t i = from; i < to; ++i) {
                if (at(i).valid)
                    last = std::max(last, pageOf(at(i).bottom - 2));
            }
            boundary = std::min(pages, last + 1);
            if (lastTop && at(to - 1).valid) {
                const double top = at(to - 1).top;
                *lastTop = std::max(0.0, top - pageOf(at(to - 1).bottom - 2) * pageHeight);
            }
        } else {
            const int limit = problem < to ? pageOf(at(problem).top) : pages - 1;
            // The last page boundary up to limit that no item crosses and that has no
            // heading just above it.
            for (int b = limit; b >= 1 && boundary == 0; --b) {
                bool clean = true;
                size_t firstAfter = to;
                size_t lastBefore = to;
                int lastPage = -1;  // the last page with something on it above the boundary
                for (size_t i = from; i < to && clean; ++i) {
                    if (!at(i).valid)
                        continue;
                    if (pageOf(at(i).top) < b) {
                        clean = pageOf(at(i).bottom - 2) < b;
                        lastBefore = i;
                        lastPage = std::max(lastPage, pageOf(at(i).bottom - 2));
                    } else if (firstAfter == to) {
                        firstAfter = i;
                    }
                }
                if (!clean || firstAfter == to || lastBefore == to || lastPage != b - 1
                    || (flow.items[lastBefore].heading && !flow.items[firstAfter].breakBefore))
                    continue;
                boundary = b;
                carry = firstAfter;
            }
        }
        if (problem < to) {
            // Break there, and foresee the breaks after it: from there on the layout
            // moves down by as much as the break adds, so the rows that would then be
            // cut are known now. The next layout checks.
            flow.items[problem].breakBefore = true;
            double shift = (pageOf(at(problem).top) + 1) * pageHeight + offsetAtTop(problem) - at(problem).top;
            double bottomSoFar = at(problem).bottom + shift;
            for (size_t i = nextValid(problem); i < to; i = nextValid(i)) {
                if (flow.items[i].breakBefore) {
                    // Already on a page of its own: after what now comes before it.
                    const double offset = at(i).top - pageOf(at(i).top) * pageHeight;
                    shift = (pageOf(bottomSoFar - 2) + 1) * pageHeight + offset - at(i).top;
                }
                const double top = at(i).top + shift;
                const double bottom = at(i).bottom + shift;
                bottomSoFar = std::max(bottomSoFar, bottom);
                const size_t next = nextValid(i);
                const double nextTop = next < to ? at(next).top + shift : top;
                if (flow.items[i].breakBefore || !needsBreak(i, top, bottom, nextTop))
                    continue;
                const size_t target = breakTarget(flow, i);
                if (target <= problem || flow.items[target].breakBefore)
                    continue;
                flow.items[target].breakBefore = true;
                shift = (pageOf(at(target).top + shift) + 1) * pageHeight + offsetAtTop(target) - at(target).top;
                bottomSoFar = at(target).bottom + shift;
                i = target;
            }
        }
        if (boundary == 0) {
            if (problem == to)
                perWindow *= 2;  // nothing to cut cleanly yet: take more at once
            continue;
        }
        collectSections(doc, boundary, pagesSoFar, sections);
        windows.push_back({html, fixedLines, boundary, pagesSoFar + boundary <= KeptPages ? holder : nullptr});
        pagesSoFar += boundary;
        if (carry < count)
            perWindow = std::max<size_t>(8, (carry - from) * 6 / size_t(boundary) + 1);
        from = carry;
    }
    return windows;
}

// What goes on one page: a page of a window, a page of a drawn table, or both (a table
// that starts below the end of a window's text, or text that goes on below a table).
struct Part
{
    int window = -1;
    int table = -1;
    int page = 0;
};

struct LaidOut
{
    std::vector<Window> windows;
    std::vector<std::shared_ptr<reportlayout::DrawnTable>> tables;
    std::vector<std::vector<Part>> pages;
};

// Lays out the flow: the text in windows (paginate), each drawn table from where its
// place in the text is, and the text after a drawn table below its end when there is
// room for it.
LaidOut layOut(Flow &flow, QPagedPaintDevice *device, const QSizeF &size, std::vector<SectionAnchor> *sections)
{
    LaidOut out;
    out.tables = flow.drawn;
    flow.drawnLead.clear();
    for (const auto &table : flow.drawn) {
        table->measure(device, size.width());
        flow.drawnLead.push_back(std::min(table->leadHeight(), size.height() * 0.6));
    }
    auto pageAt = [&out](int index) -> std::vector<Part> & {
        while (int(out.pages.size()) <= index)
            out.pages.emplace_back();
        return out.pages[size_t(index)];
    };
    size_t start = 0;
    double offset = 0;  // where the drawn table before ended on its last page; 0: none
    while (start < flow.items.size()) {
        size_t end = start;
        while (end < flow.items.size() && flow.items[end].drawn < 0)
            ++end;
        const bool endsInTable = end < flow.items.size();
        if (endsInTable)
            ++end;  // its place
        Flow part;
        part.tables = flow.tables;
        part.drawnLead = flow.drawnLead;
        part.items.assign(flow.items.begin() + qsizetype(start), flow.items.begin() + qsizetype(end));
        std::vector<SectionAnchor> anchors;
        double lastTop = 0;
        bool refused = false;
        std::vector<Window> windows;
        const bool below = offset > 0 && !part.items.front().breakBefore;
        if (below)
            windows = paginate(part, device, size, &anchors, offset, &lastTop, &refused);
        const bool continues = below && !refused;
        if (!continues) {
            anchors.clear();
            windows = paginate(part, device, size, &anchors, 0, &lastTop);
        }
        const int base = continues ? int(out.pages.size()) - 1 : int(out.pages.size());
        int page = base;
        for (Window &w : windows) {
            const int index = int(out.windows.size());
            const int count = w.pages;
            out.windows.push_back(std::move(w));
            for (int i = 0; i < count; ++i)
                pageAt(page++).push_back({index, -1, i});
        }
        for (const SectionAnchor &a : anchors)
            sections->push_back({a.section, base + a.page});
        offset = 0;
        if (endsInTable) {
            const int t = part.items.back().drawn;
            reportlayout::DrawnTable &table = *flow.drawn[size_t(t)];
            const int count = table.paginate(lastTop, size.height());
            const int first = std::max(0, int(out.pages.size()) - 1);  // where its place is
            for (int i = 0; i < count; ++i)
                pageAt(first + i).push_back({-1, t, i});
            // What follows goes on below it where that leaves room enough.
            if (table.endOnLastPage() < size.height() * 0.95)
                offset = table.endOnLastPage();
        }
        start = end;
    }
    return out;
}

} // namespace

Paper ReportDocument::defaultPaper()
{
    const QLocale locale;
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
}

bool ReportDocument::paperFromName(const QString &name, Paper *paper)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0) {
        *paper = Paper::A4;
        return true;
    }
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        *paper = Paper::Letter;
        return true;
    }
    return false;
}

int ReportDocument::render(QPagedPaintDevice *device, Paper paper) const
{
    const QPageLayout layout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                             landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    device->setPageLayout(layout);

    const double dpi = device->logicalDpiY();
    const double mm = dpi / 25.4;
    const QRectF page = layout.paintRectPixels(int(dpi)).translated(-layout.paintRectPixels(int(dpi)).topLeft());
    const double headerHeight = HeaderMm * mm;
    const double footerHeight = FooterMm * mm;
    const QRectF body(page.left(), page.top() + headerHeight, page.width(),
                      page.height() - headerHeight - footerHeight);

    // The cover page.
    QTextDocument cover;
    setUp(cover, device, body.size());
    {
        QList<QPair<QString, QString>> facts;
        auto add = [&facts](const QString &label, const QString &value) {
            if (!value.isEmpty())
                facts.append({label, html::text(value)});
        };
        add(tr("Organisation"), organisation);
        add(tr("Version"), version);
        add(tr("Date"), QLocale().toString(date, QLocale::LongFormat));
        add(tr("Classification"), classification);
        add(tr("Author"), author);
        add(tr("Owner"), owner);
        add(tr("Approval"), approval);
        QString html = QStringLiteral("<html><body><p style=\"margin-top: 60px\" class=\"muted\">%1</p>"
                                      "<h1 style=\"font-size: 24pt\">%2</h1><p style=\"font-size: 12pt\">%3</p>"
                                      "<p style=\"margin-top: 30px\"></p>%4")
                           .arg(html::text(organisation), html::text(title), html::text(subtitle),
                                html::facts(facts));
        html += QStringLiteral("<h2 style=\"margin-top: 40px\">%1</h2>").arg(tr("Document control"));
        html::Table control({tr("Version"), tr("Date"), tr("By"), tr("Change")}, {12, 18, 25, 45});
        for (const DocumentControlEntry &entry : history)
            control.addRow({html::text(entry.version), html::text(entry.date), html::text(entry.author),
                            html::text(entry.description)});
        if (control.isEmpty())
            html += html::paragraph(tr("No approved versions yet."), QStringLiteral("muted"));
        else
            html += control.toHtml();
        html += html::paragraph(tr("Produced by Rampart %1 from %2.").arg(QStringLiteral(RAMPART_VERSION), sourceFile),
                                QStringLiteral("muted"));
        html += QStringLiteral("</body></html>");
        cover.setHtml(html);
    }

    // The body, with a table of contents when there is more than one section. The
    // contents need the page numbers of the sections, which are known only after the
    // layout: lay out with placeholders, read the pages, lay the contents out again (the
    // numbers take the same room, so nothing moves). Rows and headings that a page break
    // would cut are moved to the next page on the way.
    const bool withContents = sections.size() > 1;
    auto contents = [&](const QList<int> &pages) {
        QString html = QStringLiteral("<h1>%1</h1><table class=\"toc\" width=\"100%\">").arg(tr("Contents"));
        for (int i = 0; i < sections.size(); ++i)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(html::text(sections.at(i).title))
                        .arg(i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("000"));
        html += QStringLiteral("</table>");
        return html;
    };
    Flow bodyFlow;
    for (int i = 0; i < sections.size(); ++i) {
        const ReportSection &section = sections.at(i);
        const bool breakBefore = section.newPage && i > 0;
        splitInto(QStringLiteral("<h1%1><a name=\"%2\"></a>%3</h1>")
                      .arg(breakBefore ? pageBreakStyle() : QString(), anchorName(i), html::text(section.title)),
                  &bodyFlow);
        splitInto(section.html, &bodyFlow);
    }
    std::vector<SectionAnchor> anchors;
    LaidOut contentsPages;
    if (withContents) {
        Flow flow;
        splitInto(contents({}), &flow);
        std::vector<SectionAnchor> none;
        contentsPages = layOut(flow, device, body.size(), &none);
    }
    const LaidOut bodyPages = layOut(bodyFlow, device, body.size(), &anchors);
    const int coverPages = qMax(1, cover.pageCount());
    if (withContents) {
        // The cover is page 1.
        QList<int> pages(sections.size(), 0);
        for (const SectionAnchor &a : anchors) {
            if (a.section >= 0 && a.section < pages.size() && pages.at(a.section) == 0)
                pages[a.section] = 1 + coverPages + int(contentsPages.pages.size()) + a.page;
        }
        Flow flow;
        splitInto(contents(pages), &flow);
        std::vector<SectionAnchor> none;
        contentsPages = layOut(flow, device, body.size(), &none);
    }
    const int total = coverPages + int(contentsPages.pages.size() + bodyPages.pages.size());

    QPainter painter(device);
    QFont furniture(QStringLiteral("DejaVu Sans"));
    furniture.setPointSizeF(7.5);
    const QColor ink(87, 96, 106);
    int pageNumber = 0;

    auto drawFurniture = [&] {
        ++pageNumber;
        painter.save();
        painter.setFont(furniture);
        painter.setPen(ink);
        const QRectF headerRect(page.left(), page.top(), page.width(), headerHeight - 2 * mm);
        const QString left = organisation.isEmpty() ? title : QStringLiteral("%1 \u2014 %2").arg(organisation, title);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(left, Qt::ElideRight, int(page.width() * 0.7)));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, classification);
        painter.drawLine(QPointF(page.left(), page.top() + headerHeight - 1.5 * mm),
                         QPointF(page.right(), page.top() + headerHeight - 1.5 * mm));
        const QRectF footerRect(page.left(), page.bottom() - footerHeight + 2 * mm, page.width(),
                                footerHeight - 2 * mm);
        painter.drawLine(QPointF(page.left(), footerRect.top() - 0.5 * mm),
                         QPointF(page.right(), footerRect.top() - 0.5 * mm));
        const QString versionText = version.isEmpty() ? QString() : tr("Version %1").arg(version);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("%1  %2").arg(versionText, QLocale().toString(date, QLocale::ShortFormat)));
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignTop, classification);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(pageNumber).arg(total));
        painter.restore();
    };
    auto drawText = [&](QTextDocument &doc, int index) {
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        // A line that starts exactly on the page boundary belongs to the next page.
        const QRectF clip(0, index * body.height(), body.width(), body.height() - 1);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(31, 35, 40));
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    auto beginPage = [&] {
        if (pageNumber > 0)
            device->newPage();
        drawFurniture();
    };
    for (int i = 0; i < coverPages; ++i) {
        beginPage();
        drawText(cover, i);
    }
    for (const LaidOut *laidOut : std::initializer_list<const LaidOut *>{&contentsPages, &bodyPages}) {
        // Windows beyond those kept are laid out again, one at a time, to be drawn.
        int loadedWindow = -1;
        std::unique_ptr<QTextDocument> loaded;
        for (const std::vector<Part> &parts : laidOut->pages) {
            beginPage();
            for (const Part &part : parts) {
                if (part.table >= 0) {
                    painter.save();
                    painter.translate(body.topLeft());
                    laidOut->tables[size_t(part.table)]->drawPage(&painter, part.page);
                    painter.restore();
                    continue;
                }
                const Window &w = laidOut->windows[size_t(part.window)];
                if (w.doc) {
                    drawText(*w.doc, part.page);
                    continue;
                }
                if (loadedWindow != part.window) {
                    loaded = std::make_unique<QTextDocument>();
                    setUp(*loaded, device, body.size());
                    loaded->setHtml(w.html);
                    fixLineHeights(*loaded, w.fixedLines, device);
                    loadedWindow = part.window;
                }
                drawText(*loaded, part.page);
            }
        }
    }
    painter.end();
    return total;
}

bool ReportDocument::writePdf(const QString &path, Paper paper, QString *error, int *pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Rampart %1").arg(QStringLiteral(RAMPART_VERSION)));
        const int count = render(&writer, paper);
        if (pages)
            *pages = count;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rampart
