// Reports as an auditor receives them: rendered to PDF through the real rampart-cli,
// the text read back with pdftotext. Also hostile user text, which must print as
// text and never as markup.

#include "document.h"
#include "reports/drawntable.h"
#include "reports/html.h"
#include "reports/reports.h"
#include "sample.h"
#include "stores/organisationstore.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace rampart;
using namespace rampart::test;

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKindFromTheCli_data();
    void everyKindFromTheCli();
    void contentsPointAtTheRightPages();
    void hostileTextPrintsAsText();
    void htmlHelpersEscape();
    void cellMarkupForDrawnTables();
    void drawnTablesTakeOnlyWhatTheyDraw();
    void paperSizes();
    void cliRefusesBadArguments();
    void failedWriteLeavesNoFile();

private:
    // pdftotext's text, one string per page.
    QStringList pagesOf(const QString &pdf);

    std::unique_ptr<TempDir> m_dir;
    QString m_sample;
};

void TestReports::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; ./dev.sh test installs it");
    m_dir = std::make_unique<TempDir>();
    m_sample = m_dir->file(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(m_sample, &error), qPrintable(error));
}

QStringList TestReports::pagesOf(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void TestReports::everyKindFromTheCli_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("scope") << QStringLiteral("scope")
                           << QStringList{QStringLiteral("Context and ISMS scope"), QStringLiteral("Kestrel Cloudworks"),
                                          QStringLiteral("Scope statement"), QStringLiteral("Kestrel Labs research sandbox"),
                                          QStringLiteral("Document control")};
    QTest::newRow("soa") << QStringLiteral("soa")
                         << QStringList{QStringLiteral("Statement of Applicability"), QStringLiteral("Document control"),
                                        // Control ids and the derived linked risks (titles may wrap in
                                        // their column, so they are not matched here).
                                        QStringLiteral("5.1"), QStringLiteral("8.30"), QStringLiteral("Risks: R-")};
    QTest::newRow("status") << QStringLiteral("status")
                            << QStringList{QStringLiteral("ISMS status summary"), QStringLiteral("Organizational"),
                                           QStringLiteral("Recent changes")};
}

void TestReports::everyKindFromTheCli()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, mustContain);
    const QString pdf = m_dir->file(kind + QStringLiteral(".pdf"));
    const QStringList arguments = {QStringLiteral("report"), m_sample, kind, QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--classification"), QStringLiteral("Internal")};
    const CliResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe(arguments)));
    const QStringList pages = pagesOf(pdf);
    QVERIFY(pages.size() >= 2);
    const QString all = pages.join(QLatin1Char('\n'));
    for (const QString &text : mustContain)
        QVERIFY2(all.contains(text), qPrintable(QStringLiteral("missing: ") + text));
    // Page furniture on every page: page x of y and the classification.
    for (int i = 0; i < pages.size(); ++i) {
        const QString expected = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(pages.at(i).contains(expected), qPrintable(QStringLiteral("page %1 lacks '%2'").arg(i + 1).arg(expected)));
        QVERIFY2(pages.at(i).contains(QStringLiteral("Internal")), qPrintable(QStringLiteral("page %1 lacks the label").arg(i + 1)));
    }
}

void TestReports::contentsPointAtTheRightPages()
{
    const QString pdf = m_dir->file(QStringLiteral("contents.pdf"));
    const CliResult result = runCli({QStringLiteral("report"), m_sample, QStringLiteral("scope"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.exitCode, 0);
    const QStringList pages = pagesOf(pdf);
    const QString contents = pages.value(1);
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    for (const QString &section : {QStringLiteral("The organisation"), QStringLiteral("ISMS scope (clause 4.3)"),
                                   QStringLiteral("Exclusions")}) {
        const QRegularExpression line(QRegularExpression::escape(section) + QStringLiteral("\\s+(\\d+)"));
        const QRegularExpressionMatch match = line.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(section));
        const int page = match.captured(1).toInt();
        QVERIFY2(page >= 3 && page <= pages.size(), qPrintable(section));
        // The section's heading is on the page the contents name (below the header line).
        const QString body = pages.at(page - 1).section(QLatin1Char('\n'), 1);
        QVERIFY2(body.contains(section), qPrintable(QStringLiteral("%1 is not on page %2").arg(section).arg(page)));
    }
}

void TestReports::hostileTextPrintsAsText()
{
    const QString file = m_dir->file(QStringLiteral("hostile.isms"));
    const QString markup = QStringLiteral("<b>Acme</b> & <script>alert(1)</script>");
    const QString longWord = QString(QLatin1Char('X')).repeated(300);
    const QString arabic = QStringLiteral("\u0634\u0631\u0643\u0629 \u0627\u0644\u0623\u0645\u0646");
    {
        QString error;
        auto doc = Document::create(file, markup, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::ScopeStatement,
                              QStringLiteral("Line one\nLine two <i>not italic</i>\n") + longWord));
        QVERIFY(doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::ScopeBoundaries, arabic));
    }
    const QString pdf = m_dir->file(QStringLiteral("hostile.pdf"));
    const CliResult result = runCli({QStringLiteral("report"), file, QStringLiteral("scope"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString all = pagesOf(pdf).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("<b>Acme</b> & <script>alert(1)</script>")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(QStringLiteral("Line two <i>not italic</i>")));
    QVERIFY(all.contains(QStringLiteral("Line one")));
    // The long word is printed whole (broken over lines, never cut off).
    QString compact = all;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    compact.remove(QChar(0x200B));
    QVERIFY(compact.contains(longWord));
    // pdftotext gives Arabic as the shaped presentation forms; compatibility
    // normalisation turns them back into letters.
    QString letters = all.normalized(QString::NormalizationForm_KC);
    letters.remove(QRegularExpression(QStringLiteral("[\u200E\u200F\u202A-\u202E]")));
    QVERIFY2(letters.contains(QStringLiteral("\u0634\u0631\u0643\u0629")), qPrintable(letters.right(800)));
}

void TestReports::htmlHelpersEscape()
{
    QCOMPARE(html::text(QStringLiteral("a<b>&\"c\"\nd")), QStringLiteral("a&lt;b&gt;&amp;&quot;c&quot;<br/>d"));
    const QString broken = html::text(QString(QLatin1Char('y')).repeated(100));
    QVERIFY(broken.contains(QChar(0x200B)));
    html::Table table({QStringLiteral("H")});
    table.addRow({html::text(QStringLiteral("<td>"))});
    QVERIFY(table.toHtml().contains(QStringLiteral("<thead>")));
    QVERIFY(table.toHtml().contains(QStringLiteral("&lt;td&gt;")));
}

void TestReports::cellMarkupForDrawnTables()
{
    using reportlayout::RichText;
    RichText cell;
    QVERIFY(reportlayout::parseCellHtml(QStringLiteral("<b>R-1</b> a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;"), &cell));
    QCOMPARE(cell.text, QStringLiteral("R-1 a & <b> \"c\" 'd'"));
    QCOMPARE(cell.formats.size(), 1);
    QCOMPARE(cell.formats.at(0).start, 0);
    QCOMPARE(cell.formats.at(0).length, 3);
    QCOMPARE(cell.formats.at(0).format.fontWeight(), int(QFont::Bold));

    // What html::text makes of user text comes back as that text.
    const QString user = QStringLiteral("x < y & \"z\"\nsecond line ") + QString(QLatin1Char('W')).repeated(60);
    QVERIFY(reportlayout::parseCellHtml(html::text(user), &cell));
    QString expected = user;
    expected.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    QCOMPARE(QString(cell.text).remove(QChar(0x200B)), expected);

    QVERIFY(reportlayout::parseCellHtml(QStringLiteral("<span class=\"warn\">late</span><br/>next"), &cell));
    QCOMPARE(cell.text, QStringLiteral("late") + QChar(QChar::LineSeparator) + QStringLiteral("next"));
    QCOMPARE(cell.formats.size(), 1);
    QCOMPARE(cell.formats.at(0).format.foreground().color(), QColor(0x9a, 0x4d, 0x00));

    QVERIFY(reportlayout::parseCellHtml(
        QStringLiteral("<span style=\"background-color: #ff0000; color: #ffffff\">&nbsp;High&nbsp;</span> 12"), &cell));
    QCOMPARE(cell.text, QChar(0xA0) + QStringLiteral("High") + QChar(0xA0) + QStringLiteral(" 12"));
    QCOMPARE(cell.formats.at(0).format.background().color(), QColor(Qt::red));
    QCOMPARE(cell.formats.at(0).format.foreground().color(), QColor(Qt::white));

    QVERIFY(reportlayout::parseCellHtml(QStringLiteral("<span style=\"font-size: 8pt\"><b>a</b> <span class=\"muted\">b</span></span>"),
                                        &cell));
    QCOMPARE(cell.text, QStringLiteral("a b"));
    for (const auto &range : std::as_const(cell.formats))
        QCOMPARE(range.format.fontPointSize(), 8.0);

    // Markup it does not know is left to QTextDocument.
    for (const QString &html : {QStringLiteral("<a href=\"x\">link</a>"), QStringLiteral("<table><tr><td>x</td></tr></table>"),
                                QStringLiteral("<b>open"), QStringLiteral("<b>x</span>"), QStringLiteral("<span class=\"other\">x</span>"),
                                QStringLiteral("<span style=\"float: left\">x</span>"), QStringLiteral("&bogus;")})
        QVERIFY2(!reportlayout::parseCellHtml(html, &cell), qPrintable(html));
}

void TestReports::drawnTablesTakeOnlyWhatTheyDraw()
{
    html::Table table({QStringLiteral("Risk"), QStringLiteral("Title")}, {20, 80});
    table.addRow({QStringLiteral("<b>R-1</b>"), html::text(QStringLiteral("<script>"))});
    table.addRow(QList<html::Cell>{{QStringLiteral("Second line"), {}, 2}}, true);
    table.addRow(QList<html::Cell>{{QStringLiteral("<b>Group</b>"), QColor(Qt::lightGray), 2}});
    auto drawn = reportlayout::DrawnTable::fromHtml(table.toHtml());
    QVERIFY(drawn);
    QCOMPARE(drawn->rowCount(), 3);

    html::Table nested({QStringLiteral("A")});
    nested.addRow({QStringLiteral("<table><tr><td>x</td></tr></table>")});
    QVERIFY(!reportlayout::DrawnTable::fromHtml(nested.toHtml()));
    html::Table linked({QStringLiteral("A")});
    linked.addRow({QStringLiteral("<a href=\"https://example.org\">x</a>")});
    QVERIFY(!reportlayout::DrawnTable::fromHtml(linked.toHtml()));
    QVERIFY(!reportlayout::DrawnTable::fromHtml(html::facts({{QStringLiteral("a"), QStringLiteral("b")}})));
}

void TestReports::paperSizes()
{
    Paper paper = Paper::A4;
    QVERIFY(ReportDocument::paperFromName(QStringLiteral("Letter"), &paper));
    QCOMPARE(paper, Paper::Letter);
    QVERIFY(!ReportDocument::paperFromName(QStringLiteral("A3"), &paper));
    const QString pdf = m_dir->file(QStringLiteral("letter.pdf"));
    const CliResult result = runCli({QStringLiteral("report"), m_sample, QStringLiteral("status"), QStringLiteral("--pdf"),
                                     pdf, QStringLiteral("--paper"), QStringLiteral("letter")});
    QCOMPARE(result.exitCode, 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("612 x 792")), qPrintable(text));
    }
}

void TestReports::cliRefusesBadArguments()
{
    const QString pdf = m_dir->file(QStringLiteral("never.pdf"));
    struct Case
    {
        QStringList arguments;
        int exitCode;
    };
    const QList<Case> cases = {
        {{QStringLiteral("report"), m_sample, QStringLiteral("novel"), QStringLiteral("--pdf"), pdf}, 2},
        {{QStringLiteral("report"), m_sample, QStringLiteral("scope")}, 2},
        {{QStringLiteral("report"), m_sample}, 2},
        {{QStringLiteral("report"), m_sample, QStringLiteral("scope"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
          QStringLiteral("a3")},
         2},
        {{QStringLiteral("report"), m_dir->file(QStringLiteral("missing.isms")), QStringLiteral("scope"),
          QStringLiteral("--pdf"), pdf},
         1},
    };
    for (const Case &c : cases) {
        const CliResult result = runCli(c.arguments);
        QVERIFY2(result.exitCode == c.exitCode, qPrintable(result.describe(c.arguments)));
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(!QFileInfo::exists(pdf));
    }
}

void TestReports::failedWriteLeavesNoFile()
{
    const QString pdf = m_dir->file(QStringLiteral("no-such-folder/out.pdf"));
    const CliResult result = runCli({QStringLiteral("report"), m_sample, QStringLiteral("scope"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.err.contains(QStringLiteral("out.pdf")));
    QVERIFY(!QFileInfo::exists(pdf));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
