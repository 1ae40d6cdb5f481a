// The management review pack as printed: rendered to PDF through the report
// framework and read back with pdftotext, from the library and from rampart-cli.

#include "ismstestutil.h"

#include "reports/reports.h"

#include <QProcess>
#include <QRegularExpression>

using namespace rampart;

namespace {

// The text of a PDF with all runs of white space made one space (headings wrap).
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // pdftotext writes ligatures as single characters.
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB00), QStringLiteral("ff"));
    return text.simplified();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RAMPART_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QStringList &inputHeadings()
{
    static const QStringList headings = {
        QStringLiteral("a) Status of actions from previous management reviews"),
        QStringLiteral("b) Changes in external and internal issues relevant to the ISMS"),
        QStringLiteral("c) Changes in needs and expectations of interested parties relevant to the ISMS"),
        QStringLiteral("d) Feedback on information security performance"),
        QStringLiteral("e) Feedback from interested parties"),
        QStringLiteral("f) Results of risk assessment and status of the risk treatment plan"),
        QStringLiteral("g) Opportunities for continual improvement"),
    };
    return headings;
}

} // namespace

class TestManagementReviewPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packHasEveryInputWithMinutesAndResults();
    void latestReviewByDefault();
    void fileWithoutReviewGetsTheInputsAsOfToday();
    void unknownReviewIsRefused();
    void cliPrintsThePack();
    void cliRefusesBadReviewArguments();

private:
    QString render(Document &document, const QString &review, int *pages = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample;
};

void TestManagementReviewPack::initTestCase()
{
    test::setUpApplication();
    QVERIFY(m_dir.isValid());
    m_sample = test::sampleDocument(m_dir);
    QVERIFY(m_sample);
}

QString TestManagementReviewPack::render(Document &document, const QString &review, int *pages)
{
    ReportOptions options;
    options.review = review;
    ReportDocument report;
    QString error;
    if (!Reports::build(document, QStringLiteral("management-review"), options, &report, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString path = m_dir.filePath(QStringLiteral("pack-%1.pdf").arg(review.isEmpty() ? QStringLiteral("latest") : review));
    if (!report.writePdf(path, Paper::A4, &error, pages)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return pdfText(path);
}

void TestManagementReviewPack::packHasEveryInputWithMinutesAndResults()
{
    int pages = 0;
    const QString text = render(*m_sample, QStringLiteral("MR-01"), &pages);
    QVERIFY(!text.isEmpty());
    QVERIFY(pages >= 4);
    QVERIFY(text.contains(QStringLiteral("Management review pack")));
    QVERIFY(text.contains(QStringLiteral("MR-01 of 2026-05-14 (held)")));
    for (const QString &heading : inputHeadings()) {
        // Once in the contents, once above the input.
        QVERIFY2(text.count(heading) >= 2, qPrintable(heading));
    }
    QVERIFY(text.contains(QStringLiteral("Results of the review (clause 9.3.3)")));
    // The minutes of each input and the actions of the review.
    QVERIFY(text.contains(QStringLiteral("Fourteen customer security questionnaires answered")));
    QVERIFY(text.contains(QStringLiteral("automate evidence for access reviews")));
    QVERIFY(text.contains(QStringLiteral("ACT-002")));
    QVERIFY(text.contains(QStringLiteral("Recruit and onboard the second security engineer")));
    // What the file cannot tell yet is said plainly.
    QVERIFY(!text.contains(QStringLiteral("No audit data in this file yet")));
    QVERIFY(text.contains(QStringLiteral("nonconformities raised in the last twelve months")));
    QVERIFY(text.contains(QStringLiteral("above the acceptance threshold")));
    // Measurement trends and objectives.
    QVERIFY(text.contains(QStringLiteral("MET-02 Phishing simulation click rate")));
    QVERIFY(text.contains(QStringLiteral("OBJ-03 Fix critical vulnerabilities in production quickly")));
}

void TestManagementReviewPack::latestReviewByDefault()
{
    const QString text = render(*m_sample, QString());
    QVERIFY(text.contains(QStringLiteral("MR-02 of 2026-12-10 (planned)")));
    QVERIFY(text.contains(QStringLiteral("To be minuted at the review.")));
    // MR-01's actions are input a) of MR-02.
    QVERIFY(text.contains(QStringLiteral("5 decisions and actions from earlier reviews")));
    for (const QString &heading : inputHeadings())
        QVERIFY2(text.contains(heading), qPrintable(heading));
}

void TestManagementReviewPack::fileWithoutReviewGetsTheInputsAsOfToday()
{
    QTemporaryDir dir;
    auto empty = test::newDocument(dir);
    const QString text = render(*empty, QString());
    QVERIFY(text.contains(QStringLiteral("No management review is recorded in this file yet")));
    QVERIFY(text.contains(QStringLiteral("The file records no decision yet on whether climate change is a relevant issue")));
    for (const QString &heading : inputHeadings())
        QVERIFY2(text.contains(heading), qPrintable(heading));
}

void TestManagementReviewPack::unknownReviewIsRefused()
{
    ReportOptions options;
    options.review = QStringLiteral("MR-09");
    ReportDocument report;
    QString error;
    QVERIFY(!Reports::build(*m_sample, QStringLiteral("management-review"), options, &report, &error));
    QCOMPARE(error, QStringLiteral("there is no management review MR-09 (this file has MR-01, MR-02)"));
}

void TestManagementReviewPack::cliPrintsThePack()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const CliResult result = cli({QStringLiteral("report"), m_sample->path(), QStringLiteral("management-review"),
                                  QStringLiteral("--review"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.startsWith(QStringLiteral("Wrote ")));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("MR-01 of 2026-05-14 (held)")));
    for (const QString &heading : inputHeadings())
        QVERIFY2(text.contains(heading), qPrintable(heading));
}

void TestManagementReviewPack::cliRefusesBadReviewArguments()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    CliResult result = cli({QStringLiteral("report"), m_sample->path(), QStringLiteral("management-review"),
                            QStringLiteral("--review"), QStringLiteral("MR-09"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("there is no management review MR-09")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(pdf));
    result = cli({QStringLiteral("report"), m_sample->path(), QStringLiteral("status"), QStringLiteral("--review"),
                  QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--review is for the management-review report")), qPrintable(result.err));
}

QTEST_MAIN(TestManagementReviewPack)
#include "testmanagementreviewpack.moc"
