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
#include <QTextBlock>
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
    // numbers take the same room, so nothing moves).
    const bool withContents = sections.size() > 1;
    QTextDocument content;
    setUp(content, device, body.size());
    auto buildBody = [&](const QList<int> &pages) {
        QString html = QStringLiteral("<html><body>");
        if (withContents) {
            html += QStringLiteral("<h1>%1</h1><table class=\"toc\" width=\"100%\">").arg(tr("Contents"));
            for (int i = 0; i < sections.size(); ++i)
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                            .arg(html::text(sections.at(i).title))
                            .arg(i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("000"));
            html += QStringLiteral("</table>");
        }
        for (int i = 0; i < sections.size(); ++i) {
            const ReportSection &section = sections.at(i);
            const bool breakBefore = section.newPage || (withContents && i == 0);
            html += QStringLiteral("<h1%1><a name=\"%2\"></a>%3</h1>")
                        .arg(breakBefore ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                             anchorName(i), html::text(section.title));
            html += section.html;
        }
        html += QStringLiteral("</body></html>");
        content.setHtml(html);
    };
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
    buildBody({});
    if (withContents)
        buildBody(sectionPages());

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
