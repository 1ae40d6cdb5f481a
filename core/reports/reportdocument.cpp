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
                    if (r > header)
                        propose(breakBeforeRow(html, item.index, r));
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
    // contents need the page numbers of the sections, which are known only after a
    // layout: lay out once with placeholders, read the pages, lay out again (the
    // numbers take the same room, so nothing moves). Rows and headings that a page
    // break would cut are moved to the next page on the way.
    const bool withContents = sections.size() > 1;
    QTextDocument content;
    setUp(content, device, body.size());
    auto contents = [&](const QList<int> &pages) {
        if (!withContents)
            return QString();
        QString html = QStringLiteral("<h1>%1</h1><table class=\"toc\" width=\"100%\">").arg(tr("Contents"));
        for (int i = 0; i < sections.size(); ++i)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(html::text(sections.at(i).title))
                        .arg(i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("000"));
        html += QStringLiteral("</table>");
        return html;
    };
    QString bodyHtml = QStringLiteral("<html><body>") + contents({});
    for (int i = 0; i < sections.size(); ++i) {
        const ReportSection &section = sections.at(i);
        const bool breakBefore = section.newPage || (withContents && i == 0);
        bodyHtml += QStringLiteral("<h1%1><a name=\"%2\"></a>%3</h1>")
                        .arg(breakBefore ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                             anchorName(i), html::text(section.title));
        bodyHtml += section.html;
    }
    bodyHtml += QStringLiteral("</body></html>");
    auto sectionPages = [&] {
        QList<int> pages(sections.size(), 0);
        const double pageHeight = content.pageSize().height();
        for (QTextBlock block = content.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QStringList names = it.fragment().charFormat().anchorNames();
                for (const QString &name : names) {
                    if (!name.startsWith(QLatin1String("section-")))
                        continue;
                    const int index = name.mid(8).toInt();
                    // The first line, not the block: a heading pushed to a new page keeps
                    // its block's top on the page before.
                    double top = content.documentLayout()->blockBoundingRect(block).top();
                    if (block.layout() && block.layout()->lineCount() > 0)
                        top += block.layout()->lineAt(0).y();
                    // The cover is page 1.
                    if (index >= 0 && index < pages.size())
                        pages[index] = 2 + int((top + 1) / pageHeight);  // + 1: rounding at the page top
                }
            }
        }
        return pages;
    };
    bodyHtml = layOutKeepingTogether(content, bodyHtml);
    if (withContents) {
        // The page breaks found for the placeholder contents hold for the numbered
        // ones too: the numbers take the same room.
        const QString placeholder = contents({});
        const QString numbered = contents(sectionPages());
        layOutKeepingTogether(content, bodyHtml.replace(bodyHtml.indexOf(placeholder), placeholder.size(), numbered));
    }

    const int coverPages = qMax(1, cover.pageCount());
    const int contentPages = content.pageCount();
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
    for (int i = 0; i < contentPages; ++i)
        drawPage(content, i);
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
