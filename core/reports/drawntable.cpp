#include "drawntable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCharFormat>
#include <QTextOption>

#include <algorithm>

namespace rampart::reportlayout {

namespace {

// The colours and sizes of table.grid in resources/reports/report.css.
const QColor Ink(0x1f, 0x23, 0x28);
const QColor MutedInk(0x57, 0x60, 0x6a);
const QColor HeaderInk(0x12, 0x35, 0x5b);
const QColor HeaderBackground(0xdf, 0xe7, 0xf0);
const QColor HeaderBorder(0x9f, 0xb3, 0xc8);
const QColor CellBorder(0xc6, 0xd2, 0xde);
constexpr double PaddingPx = 3;
constexpr double BorderPx = 1;
constexpr double MarginBottomPx = 8;
// What says a row goes on from the page before: small enough for a narrow first column.
constexpr double SmallPointSize = 7;
// CSS pixels are 1/96 inch, as QTextDocument counts them on a printer.
constexpr double CssDpi = 96;

QString attribute(QStringView tag, QLatin1StringView name)
{
    const QString key = QString(name) + QStringLiteral("=\"");
    const qsizetype at = tag.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    const qsizetype end = tag.indexOf(QLatin1Char('"'), from);
    return end < 0 ? QString() : tag.mid(from, end - from).toString();
}

bool applyStyle(const QString &style, QTextCharFormat *format)
{
    const QStringList declarations = style.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return false;
        const QString property = declaration.left(colon).trimmed();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (property == QLatin1String("color")) {
            const QColor colour = QColor::fromString(value);
            if (!colour.isValid())
                return false;
            format->setForeground(colour);
        } else if (property == QLatin1String("background-color")) {
            const QColor colour = QColor::fromString(value);
            if (!colour.isValid())
                return false;
            format->setBackground(colour);
        } else if (property == QLatin1String("font-size") && value.endsWith(QLatin1String("pt"))) {
            bool ok = false;
            const double size = value.chopped(2).toDouble(&ok);
            if (!ok || size <= 0)
                return false;
            format->setFontPointSize(size);
        } else if (property == QLatin1String("font-weight") && value == QLatin1String("bold")) {
            format->setFontWeight(QFont::Bold);
        } else {
            return false;
        }
    }
    return true;
}

bool applyClass(const QString &name, QTextCharFormat *format)
{
    if (name == QLatin1String("warn")) {
        format->setForeground(QColor(0x9a, 0x4d, 0x00));
        format->setFontWeight(QFont::Bold);
    } else if (name == QLatin1String("muted")) {
        format->setForeground(MutedInk);
    } else if (name == QLatin1String("ok")) {
        format->setForeground(QColor(0x1a, 0x7f, 0x37));
    } else if (name == QLatin1String("figure")) {
        format->setFontPointSize(14);
        format->setFontWeight(QFont::Bold);
        format->setForeground(HeaderInk);
    } else {
        return false;
    }
    return true;
}

// One character for an entity at html[at] ('&'); false when it is none we know.
bool entity(const QString &html, qsizetype at, QString *out, qsizetype *length)
{
    const qsizetype end = html.indexOf(QLatin1Char(';'), at);
    if (end < 0 || end - at > 10) {
        *out = QStringLiteral("&");  // a bare ampersand, as QTextDocument reads it
        *length = 1;
        return true;
    }
    const QStringView name = QStringView(html).mid(at + 1, end - at - 1);
    *length = end - at + 1;
    if (name == QLatin1String("amp"))
        *out = QStringLiteral("&");
    else if (name == QLatin1String("lt"))
        *out = QStringLiteral("<");
    else if (name == QLatin1String("gt"))
        *out = QStringLiteral(">");
    else if (name == QLatin1String("quot"))
        *out = QStringLiteral("\"");
    else if (name == QLatin1String("#39") || name == QLatin1String("apos"))
        *out = QStringLiteral("'");
    else if (name == QLatin1String("nbsp"))
        *out = QString(QChar(0x00A0));
    else if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x")) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
        if (!ok || code == 0 || code > 0x10FFFF)
            return false;
        *out = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
    } else {
        return false;
    }
    return true;
}

} // namespace

bool parseCellHtml(const QString &html, RichText *out)
{
    out->text.clear();
    out->formats.clear();
    std::vector<QTextCharFormat> stack{QTextCharFormat()};
    std::vector<QString> open;  // tag names, to match the closing ones
    qsizetype runStart = 0;
    auto flush = [&] {
        const qsizetype length = out->text.size() - runStart;
        if (length > 0 && !stack.back().properties().isEmpty())
            out->formats.append({int(runStart), int(length), stack.back()});
        runStart = out->text.size();
    };
    qsizetype at = 0;
    const qsizetype size = html.size();
    while (at < size) {
        const QChar c = html.at(at);
        if (c == QLatin1Char('&')) {
            QString decoded;
            qsizetype length = 0;
            if (!entity(html, at, &decoded, &length))
                return false;
            out->text += decoded;
            at += length;
            continue;
        }
        if (c != QLatin1Char('<')) {
            qsizetype next = at + 1;
            while (next < size && html.at(next) != QLatin1Char('<') && html.at(next) != QLatin1Char('&'))
                ++next;
            // Whitespace collapses as in HTML; the builders use <br/> for line breaks.
            for (qsizetype i = at; i < next; ++i) {
                const QChar ch = html.at(i);
                if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
                    out->text += QLatin1Char(' ');
                else
                    out->text += ch;
            }
            at = next;
            continue;
        }
        const qsizetype end = html.indexOf(QLatin1Char('>'), at);
        if (end < 0)
            return false;
        QStringView tag = QStringView(html).mid(at + 1, end - at - 1).trimmed();
        at = end + 1;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        const bool selfClosing = tag.endsWith(QLatin1Char('/'));
        if (closing)
            tag = tag.mid(1);
        if (selfClosing)
            tag.chop(1);
        const qsizetype nameEnd = tag.indexOf(QLatin1Char(' '));
        const QString name = (nameEnd < 0 ? tag : tag.left(nameEnd)).toString().toLower();
        if (name == QLatin1String("br")) {
            out->text += QChar(QChar::LineSeparator);
            continue;
        }
        if (name != QLatin1String("b") && name != QLatin1String("strong") && name != QLatin1String("i")
            && name != QLatin1String("em") && name != QLatin1String("span"))
            return false;
        if (closing) {
            if (open.empty() || open.back() != name)
                return false;
            flush();
            open.pop_back();
            stack.pop_back();
            continue;
        }
        if (selfClosing)
            continue;
        QTextCharFormat format = stack.back();
        if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            format.setFontWeight(QFont::Bold);
        } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
            format.setFontItalic(true);
        } else {
            const QString style = attribute(tag, QLatin1StringView("style"));
            const QString cssClass = attribute(tag, QLatin1StringView("class"));
            if (!style.isEmpty() && !applyStyle(style, &format))
                return false;
            if (!cssClass.isEmpty() && !applyClass(cssClass, &format))
                return false;
            if (style.isEmpty() && cssClass.isEmpty() && nameEnd >= 0)
                return false;  // attributes we do not know
        }
        flush();
        open.push_back(name);
        stack.push_back(format);
    }
    if (!open.empty())
        return false;
    flush();
    return true;
}

std::unique_ptr<DrawnTable> DrawnTable::fromHtml(const QString &html)
{
    if (!html.startsWith(QLatin1String("<table class=\"grid\"")))
        return nullptr;
    auto table = std::make_unique<DrawnTable>();
    const qsizetype openEnd = html.indexOf(QLatin1Char('>')) + 1;
    if (html.indexOf(QLatin1String("<table"), openEnd) >= 0)
        return nullptr;  // nested tables
    qsizetype at = openEnd;
    bool inHead = false;
    Row *row = nullptr;
    int column = 0;
    double widthSum = 0;
    while (true) {
        at = html.indexOf(QLatin1Char('<'), at);
        if (at < 0)
            return nullptr;
        const QStringView rest = QStringView(html).mid(at);
        if (rest.startsWith(QLatin1String("</table>")))
            break;
        if (rest.startsWith(QLatin1String("<thead>"))) {
            inHead = true;
            at += 7;
        } else if (rest.startsWith(QLatin1String("</thead>"))) {
            inHead = false;
            at += 8;
        } else if (rest.startsWith(QLatin1String("<tbody>")) || rest.startsWith(QLatin1String("</tbody>"))) {
            at += rest.indexOf(QLatin1Char('>')) + 1;
        } else if (rest.startsWith(QLatin1String("<tr"))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), at);
            const QStringView tag = QStringView(html).mid(at, end - at);
            if (inHead) {
                row = &table->m_header;
            } else {
                table->m_rows.emplace_back();
                row = &table->m_rows.back();
                row->keepWithPrevious = attribute(tag, QLatin1StringView("class")) == QLatin1String("more");
            }
            column = 0;
            at = end + 1;
        } else if (rest.startsWith(QLatin1String("</tr>"))) {
            if (row && !inHead && row->cells.size() == 1 && row->cells.front().span > 1
                && row->cells.front().background.isValid())
                row->group = true;
            row = nullptr;
            at += 5;
        } else if (row && (rest.startsWith(QLatin1String("<td")) || rest.startsWith(QLatin1String("<th")))) {
            const bool headCell = rest.startsWith(QLatin1String("<th"));
            const qsizetype end = html.indexOf(QLatin1Char('>'), at);
            const QStringView tag = QStringView(html).mid(at, end - at);
            const QString close = headCell ? QStringLiteral("</th>") : QStringLiteral("</td>");
            const qsizetype contentEnd = html.indexOf(close, end + 1);
            if (end < 0 || contentEnd < 0)
                return nullptr;
            Cell cell;
            cell.column = column;
            const QString span = attribute(tag, QLatin1StringView("colspan"));
            cell.span = span.isEmpty() ? 1 : std::max(1, span.toInt());
            const QString background = attribute(tag, QLatin1StringView("bgcolor"));
            if (!background.isEmpty())
                cell.background = QColor::fromString(background);
            if (headCell) {
                const QString width = attribute(tag, QLatin1StringView("width"));
                const double percent = width.endsWith(QLatin1Char('%')) ? width.chopped(1).toDouble() : 0;
                table->m_widths.append(percent);
                widthSum += percent;
            }
            if (!parseCellHtml(html.mid(end + 1, contentEnd - end - 1), &cell.content))
                return nullptr;
            column += cell.span;
            row->cells.push_back(std::move(cell));
            at = contentEnd + close.size();
        } else {
            return nullptr;
        }
    }
    for (Cell &cell : table->m_header.cells) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        bold.setForeground(HeaderInk);
        cell.content.formats.prepend({0, int(cell.content.text.size()), bold});
        cell.background = HeaderBackground;
    }
    const qsizetype columns = table->m_widths.size();
    if (columns == 0 || table->m_rows.empty())
        return nullptr;
    for (const Row &r : table->m_rows) {
        if (r.cells.empty() || r.cells.back().column + r.cells.back().span > columns)
            return nullptr;
    }
    // Columns without a width share what the others leave.
    const qsizetype unset = std::count(table->m_widths.cbegin(), table->m_widths.cend(), 0.0);
    const double left = std::max(0.0, 100 - widthSum);
    for (double &w : table->m_widths)
        w = (w > 0 ? w : (unset > 0 ? left / double(unset) : 0)) / std::max(100.0, widthSum + (unset > 0 ? left : 0));
    return table;
}

double DrawnTable::cellWidth(const Cell &cell) const
{
    const int last = std::min(int(m_widths.size()), cell.column + cell.span);
    return m_columnLeft[size_t(last)] - m_columnLeft[size_t(cell.column)];
}

std::unique_ptr<QTextLayout> DrawnTable::layoutCell(const Cell &cell, const RichText &content) const
{
    auto layout = std::make_unique<QTextLayout>(content.text, m_font);  // m_font is for the device already
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(Qt::AlignLeading);
    layout->setTextOption(option);
    layout->setFormats(content.formats);
    layout->setCacheEnabled(true);
    const double width = std::max(1.0, cellWidth(cell) - 2 * m_padding - m_border);
    layout->beginLayout();
    double y = 0;
    while (true) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

double DrawnTable::rowHeight(const Row &row) const
{
    double content = 0;
    for (const Cell &cell : row.cells) {
        const auto layout = layoutCell(cell, cell.content);
        const int lines = layout->lineCount();
        if (lines > 0) {
            const QTextLine last = layout->lineAt(lines - 1);
            content = std::max(content, last.y() + last.height());
        }
    }
    return content + 2 * m_padding + m_border;
}

void DrawnTable::measure(QPaintDevice *device, double width)
{
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPointSizeF(9);
    m_font = QFont(m_font, device);
    m_width = width;
    const double px = device->logicalDpiY() / CssDpi;
    m_padding = PaddingPx * px;
    m_border = BorderPx * px;
    m_margin = MarginBottomPx * px;
    m_columnLeft.assign(size_t(m_widths.size()) + 1, 0);
    double left = 0;
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        m_columnLeft[size_t(i)] = left;
        left += m_widths.at(i) * width;
    }
    m_columnLeft.back() = width;
    m_header.height = rowHeight(m_header);
    for (Row &row : m_rows)
        row.height = rowHeight(row);
}

double DrawnTable::leadHeight() const
{
    double height = m_header.height;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (i > 0 && !m_rows[i].keepWithPrevious && !m_rows[i - 1].group)
            break;
        height += m_rows[i].height;
    }
    return height;
}

void DrawnTable::markContinued(RichText *text, QChar separator, double pointSize)
{
    const int from = int(text->text.size());
    text->text += separator + tr("(continued)");
    QTextCharFormat muted;
    muted.setForeground(MutedInk);
    if (pointSize > 0)
        muted.setFontPointSize(pointSize);
    text->formats.append({from, int(text->text.size()) - from, muted});
}

RichText DrawnTable::continuedMarker(int index) const
{
    int head = index;
    while (head > 0 && m_rows[size_t(head)].keepWithPrevious)
        --head;
    RichText marker;
    const Row &row = m_rows[size_t(head)];
    if (!row.cells.empty())
        marker.text = row.cells.front().content.text.section(QChar(QChar::LineSeparator), 0, 0);
    QTextCharFormat reference;
    reference.setFontWeight(QFont::Bold);
    reference.setFontPointSize(SmallPointSize);
    marker.formats.append({0, int(marker.text.size()), reference});
    markContinued(&marker, QLatin1Char(' '), SmallPointSize);
    return marker;
}

std::vector<DrawnTable::Slice> DrawnTable::sliceRow(int index, double firstHeight, double pageHeight) const
{
    // A row taller than a page goes on over pages, cut between lines: each cell shows the
    // lines that fit whole, and goes on with the next line on the next page.
    const Row &row = m_rows[size_t(index)];
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    for (const Cell &cell : row.cells)
        layouts.push_back(layoutCell(cell, cell.content));
    // A later row of a record (a register entry's scenario line) says whose record its
    // parts on the next pages belong to.
    double markerHeight = 0;
    if (row.keepWithPrevious && !row.cells.empty()) {
        const auto marker = layoutCell(row.cells.front(), continuedMarker(index));
        const QTextLine last = marker->lineAt(marker->lineCount() - 1);
        markerHeight = last.y() + last.height();
    }
    std::vector<int> next(row.cells.size(), 0);
    std::vector<Slice> slices;
    double room = firstHeight;
    while (true) {
        Slice slice;
        slice.row = index;
        slice.firstLine = next;
        slice.endLine = next;
        if (!slices.empty()) {
            slice.marker = markerHeight;
            room -= markerHeight;
        }
        double used = 0;
        bool more = false;
        for (size_t c = 0; c < layouts.size(); ++c) {
            const QTextLayout &layout = *layouts[c];
            int line = next[c];
            const double top = line < layout.lineCount() ? layout.lineAt(line).y() : 0;
            while (line < layout.lineCount()) {
                const QTextLine l = layout.lineAt(line);
                if (l.y() + l.height() - top > room - 2 * m_padding - m_border && line > next[c])
                    break;
                used = std::max(used, l.y() + l.height() - top);
                ++line;
            }
            slice.endLine[c] = line;
            more = more || line < layout.lineCount();
            next[c] = line;
        }
        slice.height = used + 2 * m_padding + m_border + slice.marker;
        slices.push_back(std::move(slice));
        if (!more)
            break;
        room = pageHeight;
    }
    return slices;
}

int DrawnTable::paginate(double firstTop, double pageHeight)
{
    m_pages.clear();
    m_pages.push_back({firstTop, {}});
    double y = firstTop + m_header.height;
    int group = -1;  // the group row the rows now belong to
    const double room = pageHeight - m_header.height;
    auto newPage = [&](bool repeatGroup) {
        m_pages.push_back({0, {}});
        y = m_header.height;
        if (repeatGroup && group >= 0) {
            Slice repeat;
            repeat.row = group;
            repeat.y = y;
            repeat.height = m_rows[size_t(group)].height;
            repeat.continued = true;
            m_pages.back().slices.push_back(repeat);
            y += repeat.height;
        }
    };
    size_t i = 0;
    while (i < m_rows.size()) {
        // A record: the row, the rows kept with it, and a group row with its first record.
        size_t end = i + 1;
        while (end < m_rows.size() && (m_rows[end].keepWithPrevious || m_rows[end - 1].group))
            ++end;
        double height = 0;
        for (size_t r = i; r < end; ++r)
            height += m_rows[r].height;
        const bool startsGroup = m_rows[i].group;
        const bool pageHasRows = !m_pages.back().slices.empty();
        if (y + height > pageHeight + 0.5) {
            // To the next page, unless it is taller than a page anyway and its first row
            // fits here.
            const double roomOnNewPage = room - (startsGroup || group < 0 ? 0 : m_rows[size_t(group)].height);
            const bool firstRowFits = y + m_rows[i].height <= pageHeight + 0.5;
            if (pageHasRows ? (height <= roomOnNewPage || !firstRowFits) : (firstTop > 0 && !firstRowFits))
                newPage(!startsGroup);
        }
        if (startsGroup)
            group = int(i);
        auto place = [&](size_t r) {
            Slice slice;
            slice.row = int(r);
            slice.y = y;
            slice.height = m_rows[r].height;
            m_pages.back().slices.push_back(slice);
            y += slice.height;
        };
        for (size_t r = i; r < end; ++r) {
            const Row &row = m_rows[r];
            if (y + row.height <= pageHeight + 0.5) {
                place(r);
                continue;
            }
            // Taller than what is left: on the next page, or cut between lines where it
            // is taller than a page.
            const bool repeat = group >= 0 && size_t(group) != r;
            if (row.height <= room - (repeat ? m_rows[size_t(group)].height : 0)) {
                newPage(repeat);
                place(r);
                continue;
            }
            if (pageHeight - y < room / 4)
                newPage(false);
            std::vector<Slice> slices = sliceRow(int(r), pageHeight - y, room);
            for (size_t s = 0; s < slices.size(); ++s) {
                if (s > 0)
                    newPage(false);
                slices[s].y = y;
                y += slices[s].height;
                m_pages.back().slices.push_back(std::move(slices[s]));
            }
        }
        i = end;
    }
    m_endOnLastPage = y + m_margin;
    return int(m_pages.size());
}

void DrawnTable::drawRow(QPainter *painter, const Row &row, const Slice &slice, bool header) const
{
    const QPen border(header ? HeaderBorder : CellBorder, m_border);
    // The part of a row taller than a page that goes on from the page before.
    const bool goesOn = std::any_of(slice.firstLine.cbegin(), slice.firstLine.cend(), [](int line) { return line > 0; });
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const Cell &cell = row.cells[c];
        const QRectF rect(m_columnLeft[size_t(cell.column)], slice.y, cellWidth(cell), slice.height);
        if (cell.background.isValid())
            painter->fillRect(rect, cell.background);
        // Inside the cell's padding and half its border.
        const QPointF inside(rect.left() + m_padding + m_border / 2, rect.top() + m_padding + m_border / 2);
        RichText content = cell.content;
        if (slice.continued)
            markContinued(&content, QLatin1Char(' '));  // the group row on a page its group goes on to
        auto layout = layoutCell(cell, content);
        int first = slice.firstLine.empty() ? 0 : slice.firstLine[c];
        int end = slice.endLine.empty() ? layout->lineCount() : slice.endLine[c];
        if (first > 0 && first < end) {
            // The part of a cell that goes on from the page before: laid out from the
            // start of its first line (the lines break where they did), as QTextLayout
            // draws a line more above a clip than asked for.
            const int from = layout->lineAt(first).textStart();
            RichText rest;
            rest.text = content.text.mid(from);
            for (const QTextLayout::FormatRange &range : std::as_const(content.formats)) {
                const int start = std::max(range.start, from);
                const int stop = range.start + range.length;
                if (stop > start)
                    rest.formats.append({start - from, stop - start, range.format});
            }
            layout = layoutCell(cell, rest);
            end -= first;
            first = 0;
        }
        if (goesOn && c == 0 && first >= end) {
            // The row's first cell (a risk's reference) again, marked continued, so a
            // reader knows whose text goes on: where it fits.
            RichText again = cell.content;
            markContinued(&again, QChar(QChar::LineSeparator), SmallPointSize);
            const auto repeated = layoutCell(cell, again);
            const QTextLine last = repeated->lineAt(repeated->lineCount() - 1);
            if (last.y() + last.height() + 2 * m_padding + m_border <= slice.height) {
                painter->setPen(Ink);
                repeated->draw(painter, inside);
            }
        }
        if (slice.marker > 0 && c == 0) {
            painter->setPen(Ink);
            layoutCell(cell, continuedMarker(slice.row))->draw(painter, inside);
        }
        if (first < end) {
            painter->setPen(Ink);
            const QPointF origin = inside + QPointF(0, c == 0 ? slice.marker : 0);
            if (end == layout->lineCount()) {
                layout->draw(painter, origin);
            } else {
                // Only the lines of this part: QTextLayout leaves out the lines that start
                // below the clip (so their text is not on the page at all), and the
                // painter's clip keeps the rest inside.
                const QTextLine last = layout->lineAt(end - 1);
                const QRectF lines(rect.left(), origin.y(), rect.width(), last.y() + last.height());
                painter->save();
                painter->setClipRect(lines, Qt::IntersectClip);
                layout->draw(painter, origin, {}, lines.adjusted(0, 0, 0, -1));
                painter->restore();
            }
        }
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
    }
}

void DrawnTable::drawPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    const Page &page = m_pages[size_t(index)];
    if (page.slices.empty())
        return;
    painter->save();
    painter->setPen(Ink);
    Slice head;
    head.y = page.top;
    head.height = m_header.height;
    drawRow(painter, m_header, head, true);
    for (const Slice &slice : page.slices) {
        painter->setPen(Ink);
        drawRow(painter, m_rows[size_t(slice.row)], slice, false);
    }
    painter->restore();
}

} // namespace rampart::reportlayout
