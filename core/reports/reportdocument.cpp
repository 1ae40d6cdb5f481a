#include "reportdocument.h"

#include "html.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
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
// on the next. Printed documents must not do either: after a layout we look for the
// first such place, put a page break into the HTML before it, and lay out again.

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

Span blockSpan(QTextDocument &doc, const QTextBlock &block)
{
    Span s;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return s;
    const double top = doc.documentLayout()->blockBoundingRect(block).top();
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    s.top = top + layout->lineAt(0).y();
    s.bottom = top + last.y() + last.height();
    s.valid = true;
    return s;
}

Span cellSpan(QTextDocument &doc, const QTextTableCell &cell)
{
    Span s;
    const QTextBlock last = cell.lastCursorPosition().block();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
        s.add(blockSpan(doc, b));
        if (b == last)
            break;
    }
    return s;
}

Span rowSpan(QTextDocument &doc, QTextTable *table, int row)
{
    Span s;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() == row && cell.column() == c)
            s.add(cellSpan(doc, cell));
    }
    return s;
}

// The n-th match of pattern in html (-1 when there is none).
qsizetype nthMatch(const QString &html, const QRegularExpression &pattern, int n)
{
    qsizetype from = 0;
    for (int i = 0; i <= n; ++i) {
        const QRegularExpressionMatch m = pattern.match(html, from);
        if (!m.hasMatch())
            return -1;
        if (i == n)
            return m.capturedStart();
        from = m.capturedEnd();
    }
    return -1;
}

const QRegularExpression &headingTag()
{
    static const QRegularExpression re(QStringLiteral("<h[1-6][\\s>]"));
    return re;
}

const QRegularExpression &tableTag()
{
    static const QRegularExpression re(QStringLiteral("<table[\\s>]"));
    return re;
}

QString withPageBreak(const QString &openTag)
{
    // openTag is "<h1 ...>" or "<table ...>": add the break as the first attribute.
    const qsizetype nameEnd = openTag.indexOf(QRegularExpression(QStringLiteral("[\\s>]")));
    return openTag.left(nameEnd) + QStringLiteral(" style=\"page-break-before: always\"") + openTag.mid(nameEnd);
}

QString breakBeforeTag(const QString &html, qsizetype at)
{
    const qsizetype close = html.indexOf(QLatin1Char('>'), at);
    if (at < 0 || close < 0)
        return html;
    const QString tag = html.mid(at, close - at + 1);
    if (tag.contains(QLatin1String("page-break-before")))
        return html;
    return html.left(at) + withPageBreak(tag) + html.mid(close + 1);
}

// Where the row-th row (counting the header) of the tableIndex-th table starts in html;
// -1 when there is no such row.
qsizetype rowStart(const QString &html, int tableIndex, int row)
{
    const qsizetype start = nthMatch(html, tableTag(), tableIndex);
    if (start < 0)
        return -1;
    const qsizetype end = html.indexOf(QLatin1String("</table>"), start);
    qsizetype rowAt = start;
    for (int i = 0; i <= row; ++i) {
        rowAt = html.indexOf(QLatin1String("<tr"), rowAt + 1);
        if (rowAt < 0 || rowAt > end)
            return -1;
    }
    return rowAt;
}

// A row that continues the record of the row before it (html::Table::addRow with
// keepWithPrevious): never separated from it by a page break.
bool keepsWithPrevious(const QString &html, int tableIndex, int row)
{
    const qsizetype at = rowStart(html, tableIndex, row);
    return at >= 0 && QStringView(html).mid(at).startsWith(QLatin1String("<tr class=\"more\""));
}

// Ends the table before its row-th row and starts it again on a new page, header and all.
QString breakBeforeRow(const QString &html, int tableIndex, int row)
{
    const qsizetype start = nthMatch(html, tableTag(), tableIndex);
    if (start < 0)
        return html;
    const qsizetype end = html.indexOf(QLatin1String("</table>"), start);
    const QString openTag = html.mid(start, html.indexOf(QLatin1Char('>'), start) - start + 1);
    qsizetype rowAt = start;
    for (int i = 0; i <= row; ++i) {
        rowAt = html.indexOf(QLatin1String("<tr"), rowAt + 1);
        if (rowAt < 0 || rowAt > end)
            return html;
    }
    const qsizetype headStart = html.indexOf(QLatin1String("<thead>"), start);
    const qsizetype headEnd = html.indexOf(QLatin1String("</thead>"), start);
    QString insertion;
    if (headStart >= 0 && headEnd >= 0 && headEnd < end) {
        const QString head = html.mid(headStart, headEnd + 8 - headStart);
        insertion = QStringLiteral("</tbody></table>") + withPageBreak(openTag) + head + QStringLiteral("<tbody>");
    } else {
        insertion = QStringLiteral("</table>") + withPageBreak(openTag);
    }
    return html.left(rowAt) + insertion + html.mid(rowAt);
}

struct RootItem
{
    enum class Kind { Heading, Block, Table } kind;
    int index = 0;  // among headings or among tables, in document order
    Span span;
    QTextTable *table = nullptr;
};

// Lays html out in doc, moving rows and headings that would be cut to the next page.
// Returns the HTML as finally laid out.
QString layOutKeepingTogether(QTextDocument &doc, QString html)
{
    const double pageHeight = doc.pageSize().height();
    // + 1: a line laid out at the top of a page may sit a fraction above its boundary.
    auto pageOf = [pageHeight](double y) { return int((y + 1) / pageHeight); };
    for (int attempt = 0; attempt < 400; ++attempt) {
        doc.setHtml(html);
        doc.documentLayout()->documentSize();  // lays the document out
        std::vector<RootItem> items;
        int headings = 0;
        int tables = 0;
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                RootItem item{RootItem::Kind::Table, tables++, {}, table};
                item.span = rowSpan(doc, table, 0);
                items.push_back(item);
            } else if (it.currentFrame()) {
                continue;
            } else {
                const QTextBlock block = it.currentBlock();
                const bool heading = block.blockFormat().headingLevel() > 0;
                RootItem item{heading ? RootItem::Kind::Heading : RootItem::Kind::Block, heading ? headings++ : 0,
                              blockSpan(doc, block), nullptr};
                if (item.span.valid)
                    items.push_back(item);
            }
        }
        // The first place that needs a break and does not have one yet.
        QString patched;
        auto propose = [&html, &patched](const QString &candidate) {
            if (patched.isEmpty() && candidate != html)
                patched = candidate;
        };
        for (size_t i = 0; i < items.size() && patched.isEmpty(); ++i) {
            const RootItem &item = items[i];
            if (item.kind == RootItem::Kind::Heading && i + 1 < items.size()
                && pageOf(item.span.top) != pageOf(items[i + 1].span.top)) {
                propose(breakBeforeTag(html, nthMatch(html, headingTag(), item.index)));
            } else if (item.kind == RootItem::Kind::Table) {
                const int header = item.table->format().headerRowCount();
                // A table whose last row ends at the very bottom of a page but whose
                // border or margin reaches onto the next gets its header painted alone
                // on that page: take the last row along.
                const Span last = rowSpan(doc, item.table, item.table->rows() - 1);
                const QRectF frame = doc.documentLayout()->frameBoundingRect(item.table);
                if (header > 0 && last.valid && pageOf(frame.bottom() - 2) > pageOf(last.bottom - 2)) {
                    if (item.table->rows() - 1 > header)
                        propose(breakBeforeRow(html, item.index, item.table->rows() - 1));
                    else if (i > 0 && items[i - 1].kind == RootItem::Kind::Heading)
                        propose(breakBeforeTag(html, nthMatch(html, headingTag(), items[i - 1].index)));
                }
                for (int r = header; r < item.table->rows() && patched.isEmpty(); ++r) {
                    const Span row = rowSpan(doc, item.table, r);
                    if (!row.valid || row.bottom - row.top > pageHeight * 0.8
                        || pageOf(row.top) == pageOf(row.bottom - 2))
                        continue;
                    // The record the row belongs to moves as a whole when it fits on a page.
                    int first = r;
                    while (first > header && keepsWithPrevious(html, item.index, first))
                        --first;
                    int last = r;
                    while (last + 1 < item.table->rows() && keepsWithPrevious(html, item.index, last + 1))
                        ++last;
                    Span group;
                    for (int g = first; g <= last; ++g)
                        group.add(rowSpan(doc, item.table, g));
                    const int target = group.valid && group.bottom - group.top <= pageHeight * 0.8 ? first : r;
                    if (target > header)
                        propose(breakBeforeRow(html, item.index, target));
                    else if (i > 0 && items[i - 1].kind == RootItem::Kind::Heading)
                        propose(breakBeforeTag(html, nthMatch(html, headingTag(), items[i - 1].index)));
                    else
                        propose(breakBeforeTag(html, nthMatch(html, tableTag(), item.index)));
                }
            }
        }
        if (patched.isEmpty())
            return html;
        html = patched;
    }
    return html;
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
    bool heading = false;
};

struct Flow
{
    std::vector<Item> items;
    QStringList tables;  // per table: its opening tag and <thead>
};

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
        if (name == QLatin1String("table")) {
            splitTable(element, flow);
        } else {
            const QString openTag = element.left(element.indexOf(QLatin1Char('>')) + 1);
            flow->items.push_back({element, -1, openTag.contains(QLatin1String("page-break-before")),
                                   name.size() == 2 && name.at(0) == QLatin1Char('h')});
        }
        at = end;
    }
    flush();
}

QString unitAnchor(size_t index)
{
    return QStringLiteral("unit-%1").arg(index);
}

// The HTML of items [from, to): rows inside their tables, each item with an anchor to
// find it after the layout.
QString assemble(const Flow &flow, size_t from, size_t to)
{
    QString out = QStringLiteral("<html><body>");
    int open = -1;
    for (size_t i = from; i < to; ++i) {
        const Item &item = flow.items[i];
        if (item.table != open) {
            if (open >= 0)
                out += QStringLiteral("</tbody></table>");
            if (item.table >= 0)
                out += flow.tables.at(item.table) + QStringLiteral("<tbody>");
            open = item.table;
        }
        QString html = item.html;
        // A window starts on a new page anyway: a break there would leave a blank page.
        if (i == from && item.breakBefore) {
            const qsizetype tagEnd = html.indexOf(QLatin1Char('>'));
            const qsizetype style = html.indexOf(pageBreakStyle());
            if (style >= 0 && style < tagEnd)
                html.remove(style, pageBreakStyle().size());
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

// Where each item of [from, to) lies in doc (header rows of tables left out).
std::vector<Span> itemSpans(QTextDocument &doc, size_t from, size_t to)
{
    std::vector<Span> spans(to - from);
    qsizetype current = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1String("unit-")))
                    continue;
                const qsizetype index = qsizetype(name.mid(5).toLongLong()) - qsizetype(from);
                if (index >= 0 && index < qsizetype(spans.size()))
                    current = index;
            }
        }
        if (current < 0)
            continue;
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            if (table->cellAt(cursor).row() < table->format().headerRowCount())
                continue;
        }
        spans[size_t(current)].add(blockSpan(doc, block));
    }
    return spans;
}

struct Window
{
    QString html;  // as laid out
    int pages = 0;  // drawn from its top
};

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

std::vector<Window> paginate(const Flow &flow, QPagedPaintDevice *device, const QSizeF &size,
                             std::vector<SectionAnchor> *sections)
{
    std::vector<Window> windows;
    const size_t count = flow.items.size();
    size_t perWindow = 40;  // items; adjusted to what fits on about three pages
    int pagesSoFar = 0;
    size_t from = 0;
    while (from < count) {
        size_t segmentEnd = from + 1;
        while (segmentEnd < count && !flow.items[segmentEnd].breakBefore)
            ++segmentEnd;
        size_t to = std::min(segmentEnd, from + perWindow);
        while (true) {
            QTextDocument doc;
            setUp(doc, device, size);
            const QString html = layOutKeepingTogether(doc, assemble(flow, from, to));
            const int pages = doc.pageCount();
            if (to == segmentEnd) {
                collectSections(doc, pages, pagesSoFar, sections);
                windows.push_back({html, pages});
                pagesSoFar += pages;
                from = to;
                break;
            }
            // The last page boundary that no item crosses and that has no heading just
            // before it: the pages above it are final.
            const double pageHeight = doc.pageSize().height();
            auto pageOf = [pageHeight](double y) { return int((y + 1) / pageHeight); };
            const std::vector<Span> spans = itemSpans(doc, from, to);
            int boundary = 0;
            size_t carry = to;
            for (int b = pages - 1; b >= 1 && boundary == 0; --b) {
                bool clean = true;
                size_t firstAfter = to;
                size_t lastBefore = to;
                for (size_t i = 0; i < spans.size() && clean; ++i) {
                    const Span &span = spans[i];
                    if (!span.valid)
                        continue;
                    if (pageOf(span.top) < b) {
                        clean = pageOf(span.bottom - 2) < b;
                        lastBefore = from + i;
                    } else if (firstAfter == to) {
                        firstAfter = from + i;
                    }
                }
                if (!clean || firstAfter == to || lastBefore == to || flow.items[lastBefore].heading)
                    continue;
                boundary = b;
                carry = firstAfter;
            }
            if (boundary == 0) {
                // Nothing fits a clean cut: take more at once.
                to = std::min(segmentEnd, from + 2 * (to - from));
                continue;
            }
            collectSections(doc, boundary, pagesSoFar, sections);
            windows.push_back({html, boundary});
            pagesSoFar += boundary;
            perWindow = std::max<size_t>(4, (carry - from) * 3 / size_t(boundary) + 1);
            from = carry;
            break;
        }
    }
    return windows;
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
    std::vector<Window> contentsWindows;
    int contentsPages = 0;
    if (withContents) {
        Flow flow;
        splitInto(contents({}), &flow);
        std::vector<SectionAnchor> none;
        contentsWindows = paginate(flow, device, body.size(), &none);
        for (const Window &w : contentsWindows)
            contentsPages += w.pages;
    }
    const std::vector<Window> bodyWindows = paginate(bodyFlow, device, body.size(), &anchors);
    if (withContents) {
        // The cover is page 1.
        QList<int> pages(sections.size(), 0);
        for (const SectionAnchor &a : anchors) {
            if (a.section >= 0 && a.section < pages.size())
                pages[a.section] = 1 + qMax(1, cover.pageCount()) + contentsPages + a.page;
        }
        Flow flow;
        splitInto(contents(pages), &flow);
        std::vector<SectionAnchor> none;
        contentsWindows = paginate(flow, device, body.size(), &none);
    }
    std::vector<Window> windows = contentsWindows;
    windows.insert(windows.end(), bodyWindows.begin(), bodyWindows.end());
    int contentPages = 0;
    for (const Window &w : windows)
        contentPages += w.pages;

    const int coverPages = qMax(1, cover.pageCount());
    const int total = coverPages + contentPages;

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
    auto drawPage = [&](QTextDocument &doc, int index) {
        if (pageNumber > 0)
            device->newPage();
        drawFurniture();
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
    for (int i = 0; i < coverPages; ++i)
        drawPage(cover, i);
    // Each window laid out again (the same HTML gives the same pages), one at a time:
    // a long report never holds more than a few pages' layout.
    for (const Window &w : windows) {
        QTextDocument doc;
        setUp(doc, device, body.size());
        doc.setHtml(w.html);
        for (int i = 0; i < w.pages; ++i)
            drawPage(doc, i);
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
