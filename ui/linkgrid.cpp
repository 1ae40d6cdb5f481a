#include "linkgrid.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rampart {

// One cell: its text shaped once, and where each word starts and ends on the one line it
// would make unwrapped, so that wrapping at any width only groups words.
//
// A cell that may wrap is laid out by QTextLayout in pieces of some sixty characters
// (`chunks`) rather than as one line: finding where a word is (QTextLine::cursorToX) walks
// the line it is on, so over one long line a paragraph would cost time growing with the
// square of its length. A chunk's offset is where it starts on the unwrapped line.
struct LinkGrid::Item
{
    Cell cell;
    QTextLayout layout;
    std::vector<int> wordStart;  // character positions
    std::vector<int> wordEnd;
    std::vector<qreal> wordLeft;  // x on the unwrapped line
    std::vector<qreal> wordRight;
    std::vector<int> breaksBefore;  // line breaks in the text before each word
    std::vector<qreal> chunkOffset;  // per QTextLine of the layout
    qreal width = 0;

    // WRAPS: whether the cell may wrap; one that may not needs no word positions, which
    // are the dearer part here.
    void shape(const QFont &font, bool wraps)
    {
        // A line break in the text is laid out as a space; it only forces a break
        // between words (breaksBefore).
        QString text = cell.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        layout.setText(text);
        layout.setFont(font);
        QTextOption option;
        option.setWrapMode(wraps ? QTextOption::WordWrap : QTextOption::NoWrap);
        layout.setTextOption(option);
        // Qt also walks from the start of a shaped run of text to the start of the line
        // (QTextEngine::shapeLine): a boundary of a format range ends a run, so a long
        // text gets one range, with no format of its own, per some sixty characters, each
        // ending after spaces, as a chunk does.
        constexpr int chunkLength = 60;
        QList<QTextLayout::FormatRange> runs;
        if (wraps) {
            int from = 0;
            while (text.size() - from > chunkLength) {
                int to = from + chunkLength;
                while (to < text.size() && !text.at(to).isSpace())
                    ++to;
                while (to < text.size() && text.at(to).isSpace())
                    ++to;
                runs.append({from, to - from, QTextCharFormat()});
                from = to;
            }
            if (!runs.isEmpty())
                runs.append({from, int(text.size()) - from, QTextCharFormat()});
        }
        layout.setFormats(runs);
        chunkOffset.clear();
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            // By characters, not by width: a line of unbounded width, whose x positions,
            // its end's among them, are never cut at a width.
            if (wraps)
                line.setNumColumns(chunkLength);
            line.setPosition(QPointF(0, line.lineNumber() * (line.height() + 1)));
        }
        layout.endLayout();
        qreal offset = 0;
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            chunkOffset.push_back(offset);
            offset += line.cursorToX(line.textStart() + line.textLength());
        }
        wordStart.clear();
        wordEnd.clear();
        wordLeft.clear();
        wordRight.clear();
        breaksBefore.clear();
        width = 0;
        if (layout.lineCount() == 0)
            return;
        if (!wraps && !cell.text.contains(QLatin1Char('\n'))) {
            // One span from the first to the last non-space character.
            const QTextLine line = layout.lineAt(0);
            qsizetype first = 0;
            qsizetype end = text.size();
            while (first < end && text.at(first).isSpace())
                ++first;
            while (end > first && text.at(end - 1).isSpace())
                --end;
            if (first == end)
                return;
            wordStart.push_back(int(first));
            wordEnd.push_back(int(end));
            wordLeft.push_back(first == 0 ? 0 : line.cursorToX(int(first)));
            wordRight.push_back(end == text.size() ? line.naturalTextWidth() : line.cursorToX(int(end)));
            breaksBefore.push_back(0);
            width = wordRight.back() - wordLeft.back();
            return;
        }
        int breaks = 0;
        int chunk = 0;
        // X on the unwrapped line of the position AT, which is in a chunk at or after
        // the current one (words come in order).
        const auto xAt = [this, &chunk](int at, bool end) {
            const int last = layout.lineCount() - 1;
            while (chunk < last) {
                const QTextLine line = layout.lineAt(chunk);
                const int chunkEnd = line.textStart() + line.textLength();
                if (at < chunkEnd || (end && at == chunkEnd))
                    break;
                ++chunk;
            }
            const QTextLine line = layout.lineAt(chunk);
            return chunkOffset[size_t(chunk)] + line.cursorToX(at);
        };
        for (int i = 0; i < text.size();) {
            while (i < text.size() && text.at(i).isSpace()) {
                breaks += cell.text.at(i) == QLatin1Char('\n') ? 1 : 0;
                ++i;
            }
            if (i >= text.size())
                break;
            const int start = i;
            while (i < text.size() && !text.at(i).isSpace())
                ++i;
            wordStart.push_back(start);
            wordEnd.push_back(i);
            wordLeft.push_back(xAt(start, false));
            wordRight.push_back(xAt(i, true));
            breaksBefore.push_back(wordStart.size() == 1 ? 0 : breaks);
            breaks = 0;
        }
        // The natural width: the widest run of words between forced breaks.
        size_t first = 0;
        for (size_t w = 0; w < wordStart.size(); ++w) {
            if (breaksBefore[w] > 0)
                first = w;
            width = std::max(width, wordRight[w] - wordLeft[first]);
        }
    }

    // The lines at WIDTH (< 0: no wrapping), each its first and last word; an empty
    // line (a blank line in the text) has last < first.
    std::vector<std::pair<int, int>> lines(qreal width) const
    {
        std::vector<std::pair<int, int>> out;
        const int words = int(wordStart.size());
        int first = 0;
        while (first < words) {
            for (int blank = 1; blank < breaksBefore[size_t(first)]; ++blank)
                out.emplace_back(first, first - 1);
            int last = first;
            while (last + 1 < words && breaksBefore[size_t(last + 1)] == 0
                   && (width < 0 || wordRight[size_t(last + 1)] - wordLeft[size_t(first)] <= width))
                ++last;
            out.emplace_back(first, last);
            first = last + 1;
        }
        return out;
    }
};

LinkGrid::LinkGrid(int columns, int wrappingColumn, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_wrappingColumn(wrappingColumn)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

LinkGrid::~LinkGrid() = default;

void LinkGrid::setSpacing(int horizontal, int vertical)
{
    m_horizontalSpacing = horizontal;
    m_verticalSpacing = vertical;
    m_geometry = {};
    updateGeometry();
    update();
}

void LinkGrid::clear()
{
    m_rows.clear();
    m_measured = false;
    m_geometry = {};
    m_pressed = m_hovered = {-1, -1};
    unsetCursor();
    updateAccessibleText();
    updateGeometry();
    update();
}

void LinkGrid::setParagraph(const QString &text, const QColor &colour)
{
    m_rows.clear();
    Cell cell;
    cell.text = text;
    cell.colour = colour;
    addRow({cell});
}

void LinkGrid::addRow(std::vector<Cell> cells)
{
    std::vector<std::unique_ptr<Item>> row;
    cells.resize(size_t(m_columns));
    for (Cell &cell : cells) {
        auto item = std::make_unique<Item>();
        item->cell = std::move(cell);
        row.push_back(std::move(item));
    }
    m_rows.push_back(std::move(row));
    m_measured = false;
    m_geometry = {};
    updateAccessibleText();
    updateGeometry();
    update();
}

int LinkGrid::rowCount() const
{
    return int(m_rows.size());
}

QString LinkGrid::text(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_columns)
        return {};
    return m_rows[size_t(row)][size_t(column)]->cell.text;
}

QString LinkGrid::link(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_columns)
        return {};
    return m_rows[size_t(row)][size_t(column)]->cell.link;
}

QString LinkGrid::toolTip(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_columns)
        return {};
    return m_rows[size_t(row)][size_t(column)]->cell.toolTip;
}

void LinkGrid::measure() const
{
    if (m_measured)
        return;
    m_measured = true;
    QFont boldFont = font();
    boldFont.setBold(true);
    m_lineHeight = std::max(QFontMetricsF(font()).lineSpacing(), QFontMetricsF(boldFont).lineSpacing());
    m_fixedWidth.assign(size_t(m_columns), 0);
    for (const auto &row : m_rows) {
        for (int column = 0; column < m_columns; ++column) {
            Item &item = *row[size_t(column)];
            QFont cellFont = item.cell.bold ? boldFont : font();
            cellFont.setUnderline(item.cell.underline);
            item.shape(cellFont, column == m_wrappingColumn);
            m_fixedWidth[size_t(column)] = std::max(m_fixedWidth[size_t(column)], item.width);
        }
    }
}

const LinkGrid::Geometry &LinkGrid::geometryFor(int width) const
{
    measure();
    if (m_geometry.width == width)
        return m_geometry;
    Geometry g;
    g.width = width;
    qreal fixed = m_horizontalSpacing * qreal(std::max(0, m_columns - 1));
    for (int column = 0; column < m_columns; ++column) {
        if (column != m_wrappingColumn)
            fixed += m_fixedWidth[size_t(column)];
    }
    const qreal minimumWrap = 8 * QFontMetricsF(font()).averageCharWidth();
    qreal x = 0;
    for (int column = 0; column < m_columns; ++column) {
        const qreal w = column == m_wrappingColumn ? std::max(minimumWrap, width - fixed) : m_fixedWidth[size_t(column)];
        g.columnX.push_back(x);
        g.columnWidth.push_back(w);
        x += w + m_horizontalSpacing;
    }
    qreal y = 0;
    for (const auto &row : m_rows) {
        int lines = 1;
        for (int column = 0; column < m_columns; ++column) {
            const Item &item = *row[size_t(column)];
            const qreal wrapAt = column == m_wrappingColumn ? g.columnWidth[size_t(column)] : -1;
            lines = std::max(lines, int(item.lines(wrapAt).size()));
        }
        if (!g.rowY.empty())
            y += m_verticalSpacing;
        g.rowY.push_back(y);
        g.rowHeight.push_back(lines * m_lineHeight);
        y += lines * m_lineHeight;
    }
    g.height = y;
    m_geometry = std::move(g);
    return m_geometry;
}

bool LinkGrid::hasHeightForWidth() const
{
    return true;
}

int LinkGrid::heightForWidth(int width) const
{
    return int(std::ceil(geometryFor(width).height));
}

QSize LinkGrid::sizeHint() const
{
    measure();
    const qreal em = QFontMetricsF(font()).averageCharWidth();
    qreal width = m_horizontalSpacing * qreal(std::max(0, m_columns - 1));
    for (int column = 0; column < m_columns; ++column) {
        width += column == m_wrappingColumn ? std::min(m_fixedWidth[size_t(column)], 40 * em)
                                            : m_fixedWidth[size_t(column)];
    }
    const int w = int(std::ceil(width));
    return {w, heightForWidth(w)};
}

QSize LinkGrid::minimumSizeHint() const
{
    measure();
    qreal width = m_horizontalSpacing * qreal(std::max(0, m_columns - 1));
    for (int column = 0; column < m_columns; ++column) {
        if (column != m_wrappingColumn)
            width += m_fixedWidth[size_t(column)];
    }
    width += 8 * QFontMetricsF(font()).averageCharWidth();
    // As a word-wrapped QLabel does: the height with no wrapping. Layouts that know the
    // width ask heightForWidth(); the height at the narrowest width would only make the
    // page taller than it is.
    return {int(std::ceil(width)), heightForWidth(QWIDGETSIZE_MAX)};
}

QRect LinkGrid::cellRect(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_columns)
        return {};
    const Geometry &g = geometryFor(width());
    const Item &item = *m_rows[size_t(row)][size_t(column)];
    const qreal columnWidth = g.columnWidth[size_t(column)];
    const auto lines = item.lines(column == m_wrappingColumn ? columnWidth : -1);
    qreal textWidth = 0;
    for (const auto &[first, last] : lines) {
        if (last >= first)
            textWidth = std::max(textWidth, item.wordRight[size_t(last)] - item.wordLeft[size_t(first)]);
    }
    const qreal left = item.cell.alignment & Qt::AlignRight ? g.columnX[size_t(column)] + columnWidth - textWidth
                                                            : g.columnX[size_t(column)];
    return QRectF(left, g.rowY[size_t(row)], textWidth, qreal(std::max<size_t>(1, lines.size())) * m_lineHeight)
        .toAlignedRect();
}

std::pair<int, int> LinkGrid::cellAt(const QPoint &pos) const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < m_columns; ++column) {
            if (cellRect(row, column).contains(pos))
                return {row, column};
        }
    }
    return {-1, -1};
}

void LinkGrid::paintEvent(QPaintEvent *)
{
    const Geometry &g = geometryFor(width());
    QPainter painter(this);
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < m_columns; ++column) {
            const Item &item = *m_rows[size_t(row)][size_t(column)];
            if (item.wordStart.empty())
                continue;
            const QTextLine line = item.layout.lineAt(0);
            const qreal columnWidth = g.columnWidth[size_t(column)];
            painter.setPen(item.cell.colour.isValid() ? item.cell.colour : palette().color(QPalette::WindowText));
            qreal y = g.rowY[size_t(row)];
            for (const auto &[first, last] : item.lines(column == m_wrappingColumn ? columnWidth : -1)) {
                if (last < first) {
                    y += m_lineHeight;
                    continue;
                }
                const qreal lineWidth = item.wordRight[size_t(last)] - item.wordLeft[size_t(first)];
                const qreal left = item.cell.alignment & Qt::AlignRight
                    ? g.columnX[size_t(column)] + columnWidth - lineWidth
                    : g.columnX[size_t(column)];
                // The glyphs of each chunk the words are in, placed as on the unwrapped line.
                const int start = item.wordStart[size_t(first)];
                const int end = item.wordEnd[size_t(last)];
                for (int chunk = 0; chunk < item.layout.lineCount(); ++chunk) {
                    const QTextLine piece = item.layout.lineAt(chunk);
                    const int from = std::max(start, piece.textStart());
                    const int to = std::min(end, piece.textStart() + piece.textLength());
                    if (from >= to)
                        continue;
                    const QPointF at(left - item.wordLeft[size_t(first)] + item.chunkOffset[size_t(chunk)], y - piece.y());
                    for (const QGlyphRun &run : piece.glyphRuns(from, to - from))
                        painter.drawGlyphRun(at, run);
                }
                // Glyph runs carry no decoration: a link's underline is drawn here, where
                // the font puts it.
                if (item.cell.underline) {
                    const QFontMetricsF metrics(item.layout.font());
                    const qreal at = std::round(y + line.ascent() + metrics.underlinePos()) + 0.5;
                    painter.save();
                    painter.setPen(QPen(painter.pen().color(), std::max<qreal>(1, metrics.lineWidth())));
                    painter.drawLine(QPointF(left, at), QPointF(left + lineWidth, at));
                    painter.restore();
                }
                y += m_lineHeight;
            }
        }
    }
}

bool LinkGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, column] = cellAt(help->pos());
        const QString tip = toolTip(row, column);
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this, cellRect(row, column));
        }
        return true;
    }
    return QWidget::event(event);
}

void LinkGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_measured = false;
        m_geometry = {};
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void LinkGrid::mouseMoveEvent(QMouseEvent *event)
{
    const std::pair<int, int> cell = cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        if (link(cell.first, cell.second).isEmpty())
            unsetCursor();
        else
            setCursor(Qt::PointingHandCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void LinkGrid::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? cellAt(event->position().toPoint()) : std::pair{-1, -1};
    QWidget::mousePressEvent(event);
}

void LinkGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const std::pair<int, int> cell = cellAt(event->position().toPoint());
    const bool activated = event->button() == Qt::LeftButton && cell == m_pressed;
    m_pressed = {-1, -1};
    const QString target = link(cell.first, cell.second);
    if (activated && !target.isEmpty())
        Q_EMIT linkActivated(target);
    QWidget::mouseReleaseEvent(event);
}

void LinkGrid::leaveEvent(QEvent *event)
{
    m_hovered = {-1, -1};
    unsetCursor();
    QWidget::leaveEvent(event);
}

// Screen readers get the rows as text, one line each, as the labels they replace gave.
void LinkGrid::updateAccessibleText()
{
    QStringList lines;
    for (const auto &row : m_rows) {
        QStringList cells;
        for (const auto &item : row) {
            if (!item->cell.text.isEmpty())
                cells << item->cell.text;
        }
        lines << cells.join(QStringLiteral("  "));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

} // namespace rampart
