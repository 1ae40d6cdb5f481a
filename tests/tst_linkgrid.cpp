// LinkGrid, the painted grid of figures and links on the Overview: its columns, its
// wrapping, links that answer a real click, tooltips, and the widgets helper WrapLabel.

#include "linkgrid.h"
#include "widgets.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rampart;

namespace {

LinkGrid::Cell cell(const QString &text, const QString &link = {}, const QString &tip = {})
{
    LinkGrid::Cell c;
    c.text = text;
    c.link = link;
    c.toolTip = tip;
    return c;
}

} // namespace

class TestLinkGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsLineUpAndTheLastWraps();
    void aClickOnALinkEmitsItsTarget();
    void cellsKeepTheirTexts();
    void aParagraphKeepsItsLineBreaks();
    void aLongParagraphMeasuresAsOneLine();
    void wrapLabelAnswersForTheCurrentText();
};

void TestLinkGrid::columnsLineUpAndTheLastWraps()
{
    LinkGrid grid(2, 1);
    grid.setSpacing(16, 6);
    const QString longText = QStringLiteral("one overdue for review (DOC-007 Acceptable use policy); one more due within 30 days");
    grid.addRow({cell(QStringLiteral("Short")), cell(QStringLiteral("3 open"), QStringLiteral("improvement"))});
    grid.addRow({cell(QStringLiteral("A longer name")), cell(longText, QStringLiteral("documents.register"))});
    grid.resize(2000, grid.heightForWidth(2000));
    // Column 0 is as wide as its widest text; both values start at the same x.
    QCOMPARE(grid.cellRect(0, 1).left(), grid.cellRect(1, 1).left());
    QVERIFY(grid.cellRect(0, 1).left() >= grid.cellRect(1, 0).right() + 16);
    const int oneLine = grid.cellRect(1, 1).height();
    const QRect wideCell = grid.cellRect(1, 1);
    QVERIFY(qAbs(grid.cellRect(0, 1).height() - oneLine) <= 1);  // whole pixels around fractional lines
    // Narrow: the long value wraps over several lines, never wider than its column, and
    // the grid grows to hold it.
    const int wideHeight = grid.heightForWidth(2000);
    const int narrow = grid.cellRect(1, 1).left() + 150;
    QVERIFY(grid.heightForWidth(narrow) > wideHeight);
    grid.resize(narrow, grid.heightForWidth(narrow));
    QVERIFY(grid.cellRect(1, 1).height() >= 3 * oneLine - 2);
    QVERIFY2(grid.cellRect(1, 1).right() <= narrow,
             qPrintable(QStringLiteral("%1 > %2").arg(grid.cellRect(1, 1).right()).arg(narrow)));
    // The second row starts below the first one's tallest cell.
    QVERIFY(grid.cellRect(1, 0).top() >= grid.cellRect(0, 1).bottom());
    QVERIFY(grid.minimumSizeHint().width() <= grid.sizeHint().width());
    // Wide again: one line, as wide as before it wrapped (its words, measured once it had
    // to wrap, span what the whole text did).
    grid.resize(2000, grid.heightForWidth(2000));
    QCOMPARE(grid.heightForWidth(2000), wideHeight);
    QVERIFY2(qAbs(grid.cellRect(1, 1).width() - wideCell.width()) <= 1,
             qPrintable(QStringLiteral("%1 / %2").arg(grid.cellRect(1, 1).width()).arg(wideCell.width())));
    QCOMPARE(grid.cellRect(1, 1).height(), oneLine);
}

void TestLinkGrid::aClickOnALinkEmitsItsTarget()
{
    LinkGrid grid(3, 1);
    grid.addRow({cell(QStringLiteral("4.3")), cell(QStringLiteral("The ISMS scope"), QStringLiteral("context.scope"),
                                                    QStringLiteral("Present\nScope statement written.")),
                 cell(QStringLiteral("Present"))});
    grid.resize(600, grid.heightForWidth(600));
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy activated(&grid, &LinkGrid::linkActivated);
    // Not a link: nothing.
    QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(0, 0).center());
    QCOMPARE(activated.count(), 0);
    // Beside the text, in the empty part of the row: nothing.
    QTest::mouseClick(&grid, Qt::LeftButton, {}, QPoint(grid.cellRect(0, 1).right() + 5, grid.cellRect(0, 1).center().y()));
    QCOMPARE(activated.count(), 0);
    QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(0, 1).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("context.scope"));
    // A right click does not follow the link.
    QTest::mouseClick(&grid, Qt::RightButton, {}, grid.cellRect(0, 1).center());
    QCOMPARE(activated.count(), 1);
}

void TestLinkGrid::cellsKeepTheirTexts()
{
    LinkGrid grid(2, 1);
    grid.addRow({cell(QStringLiteral("Next audit")), cell(QStringLiteral("2026-12-01"), QStringLiteral("audits"),
                                                           QStringLiteral("Open the records behind this"))});
    QCOMPARE(grid.rowCount(), 1);
    QCOMPARE(grid.text(0, 0), QStringLiteral("Next audit"));
    QCOMPARE(grid.text(0, 1), QStringLiteral("2026-12-01"));
    QCOMPARE(grid.link(0, 1), QStringLiteral("audits"));
    QCOMPARE(grid.toolTip(0, 1), QStringLiteral("Open the records behind this"));
    QVERIFY(grid.text(3, 0).isEmpty());
    QVERIFY(grid.accessibleDescription().contains(QStringLiteral("Next audit  2026-12-01")));
    grid.clear();
    QCOMPARE(grid.rowCount(), 0);
    QCOMPARE(grid.heightForWidth(400), 0);
}

void TestLinkGrid::aParagraphKeepsItsLineBreaks()
{
    LinkGrid grid(1, 0);
    grid.setParagraph(QStringLiteral("one line"));
    const int oneLine = grid.heightForWidth(2000);
    QVERIFY(oneLine > 0);
    // A scope statement typed over several lines, with a blank line: four lines even
    // where all of it would fit on one.
    grid.setParagraph(QStringLiteral("The first line\nthe second\n\nthe fourth"));
    QCOMPARE(grid.rowCount(), 1);
    QVERIFY(qAbs(grid.heightForWidth(2000) - 4 * oneLine) <= 2);
    // Its minimum height is that of the text unwrapped, as a QLabel's is, not the height
    // at the narrowest width.
    QCOMPARE(grid.minimumSizeHint().height(), grid.heightForWidth(2000));
    QVERIFY(grid.heightForWidth(grid.minimumSizeHint().width()) > grid.minimumSizeHint().height());
}

void TestLinkGrid::aLongParagraphMeasuresAsOneLine()
{
    // Some 4,000 characters: laid out in pieces (see LinkGrid::Item), measured as the one
    // line they make unwrapped, and wrapped by words at any width.
    QString text;
    const QStringList words = {QStringLiteral("scope"), QStringLiteral("covers"), QStringLiteral("the"),
                               QStringLiteral("platform,"), QStringLiteral("its"), QStringLiteral("offices"),
                               QStringLiteral("and"), QStringLiteral("cloud"), QStringLiteral("infrastructure.")};
    for (int i = 0; i < 450; ++i)
        text += words.at(i % words.size()) + QLatin1Char(' ');
    text = text.trimmed();
    LinkGrid grid(1, 0);
    grid.setParagraph(text, QColor());
    const int wide = 1000000;
    grid.resize(wide, grid.heightForWidth(wide));
    const qreal oneLine = QFontMetricsF(grid.font()).lineSpacing();
    QVERIFY(qAbs(grid.heightForWidth(wide) - oneLine) <= 2);
    const qreal unwrapped = QFontMetricsF(grid.font()).horizontalAdvance(text);
    QVERIFY2(qAbs(grid.cellRect(0, 0).width() - unwrapped) <= 2,
             qPrintable(QStringLiteral("%1 / %2").arg(grid.cellRect(0, 0).width()).arg(unwrapped)));
    // Wrapped at 300 pixels: no line wider, and as many lines as the words need at least.
    const int narrow = 300;
    grid.resize(narrow, grid.heightForWidth(narrow));
    QVERIFY2(grid.cellRect(0, 0).width() <= narrow, qPrintable(QString::number(grid.cellRect(0, 0).width())));
    const int lines = qRound(grid.heightForWidth(narrow) / oneLine);
    QVERIFY2(lines >= int(std::ceil(unwrapped / narrow)), qPrintable(QString::number(lines)));
    QVERIFY2(lines <= int(std::ceil(unwrapped / narrow)) * 2, qPrintable(QString::number(lines)));
}

void TestLinkGrid::wrapLabelAnswersForTheCurrentText()
{
    widgets::WrapLabel label(QStringLiteral("short"));
    const int oneLine = label.heightForWidth(300);
    QVERIFY(oneLine > 0);
    label.setText(QStringLiteral("a much longer text that certainly needs several lines at this narrow width"));
    QVERIFY(label.heightForWidth(300) > oneLine);
    QCOMPARE(label.heightForWidth(300), label.QLabel::heightForWidth(300));
    label.setText(QStringLiteral("short"));
    QCOMPARE(label.heightForWidth(300), oneLine);
    // A larger font is a larger height, at once.
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    QVERIFY(label.heightForWidth(300) > oneLine);
    label.setWordWrap(false);
    QCOMPARE(label.heightForWidth(300), label.QLabel::heightForWidth(300));
}

QTEST_MAIN(TestLinkGrid)
#include "tst_linkgrid.moc"
