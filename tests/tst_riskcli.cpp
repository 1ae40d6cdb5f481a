#include "risktestutil.h"
#include "stores/changelogstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rampart;
using namespace rampart::risktest;

// The real rampart-cli binary on real files: CSV import and export of the register,
// the benchmark generator, and what it prints and returns.
class TestRiskCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportAndImportRoundTrip();
    void badFileWritesNothing();
    void dryRunWritesNothing();
    void mapCorrectsHeaders();
    void usageErrors();
    void generator();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QJsonObject info(const QString &file);
    QTemporaryDir m_dir;
};

void TestRiskCli::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(RAMPART_CLI)), RAMPART_CLI);
}

TestRiskCli::Run TestRiskCli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAMPART_TODAY"), QStringLiteral("2026-11-28"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(RAMPART_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject TestRiskCli::info(const QString &file)
{
    const Run run = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("risk")).toObject();
}

void TestRiskCli::exportAndImportRoundTrip()
{
    Run run = cli({QStringLiteral("sample"), QStringLiteral("sample.isms")});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("export"), QStringLiteral("sample.isms"), QStringLiteral("--risks"), QStringLiteral("risks.csv"),
               QStringLiteral("--assets"), QStringLiteral("assets.csv"), QStringLiteral("--treatment-plan"),
               QStringLiteral("plan.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("risks.csv (23 rows)")), qPrintable(run.out));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("plan.csv"))).size() > 100);
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("target.isms")}).exitCode, 0);
    // Two sample risks plan the sample's own controls, which a new file does not have:
    // the import names them and writes nothing.
    run = cli({QStringLiteral("import"), QStringLiteral("target.isms"), QStringLiteral("--assets"), QStringLiteral("assets.csv"),
               QStringLiteral("--risks"), QStringLiteral("risks.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("column \"Planned controls\": \"ORG-01\" is not an Annex A control")),
             qPrintable(run.err));
    QCOMPARE(info(QStringLiteral("target.isms")).value(QStringLiteral("risks")).toInt(), 0);
    {
        QFile file(m_dir.filePath(QStringLiteral("risks.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        file.close();
        csv.replace(", ORG-01", "").replace(", ORG-02", "");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
    }
    run = cli({QStringLiteral("import"), QStringLiteral("target.isms"), QStringLiteral("--assets"), QStringLiteral("assets.csv"),
               QStringLiteral("--risks"), QStringLiteral("risks.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The mapping used is printed.
    QVERIFY(run.out.contains(QStringLiteral("Risk owner -> owner")));
    QVERIFY(run.out.contains(QStringLiteral("Inherent score -> (not imported: derived from the data)")));
    QVERIFY(run.out.contains(QStringLiteral("Imported 18 assets and 23 risks")));
    const QJsonObject summary = info(QStringLiteral("target.isms"));
    QCOMPARE(summary.value(QStringLiteral("risks")).toInt(), 23);
    QCOMPARE(summary.value(QStringLiteral("assets")).toInt(), 18);
    QCOMPARE(summary.value(QStringLiteral("risksAboveThreshold")).toInt(), 1);
    {
        // The change log says what was imported, how much, from which files, and has a
        // row for each new risk beneath.
        QString error;
        auto document = Document::open(m_dir.filePath(QStringLiteral("target.isms")), Database::Access::ReadOnly, &error);
        QVERIFY2(document, qPrintable(error));
        const std::vector<ChangeLogEntry> latest = document->changeLog().latest(2);
        QCOMPARE(latest.size(), size_t(2));
        QCOMPARE(latest[0].field, QStringLiteral("import"));
        QCOMPARE(latest[0].newValue.toString(), QStringLiteral("Import 23 risks and 18 assets from assets.csv, risks.csv"));
        QCOMPARE(latest[1].rowReference, QStringLiteral("R-023"));
    }
    // Importing the same references again is refused: nothing is written.
    run = cli({QStringLiteral("import"), QStringLiteral("target.isms"), QStringLiteral("--risks"), QStringLiteral("risks.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("risks.csv: line 2, column \"Reference\": the reference R-001 is already used")));
    QCOMPARE(info(QStringLiteral("target.isms")).value(QStringLiteral("risks")).toInt(), 23);
}

void TestRiskCli::badFileWritesNothing()
{
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("bad.isms")}).exitCode, 0);
    writeFile(m_dir, QStringLiteral("bad.csv"),
              "Risk ID;Risk;Likelihood (1-5);Impact;Risk Owner;Asset/Area\n"
              "N-1;Fine;2;2;Ann;A-001\n"
              "N-2;Bad;Extreme;2;Ann;A-001\n"
              "N-1;Dup;1;1;Ann;Moon base\n");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("bad.isms"), QStringLiteral("--risks"), QStringLiteral("bad.csv")});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("bad.csv: line 3, column \"Likelihood (1-5)\": \"Extreme\" is not on the likelihood scale")));
    QVERIFY(lines[1].startsWith(QStringLiteral("bad.csv: line 4, column \"Risk ID\": the reference N-1 appears twice")));
    QVERIFY(lines[2].startsWith(QStringLiteral("bad.csv: line 4, column \"Asset/Area\": there is no asset")));
    QCOMPARE(lines[3], QStringLiteral("rampart-cli: 3 problems found; nothing was imported"));
    QCOMPARE(info(QStringLiteral("bad.isms")).value(QStringLiteral("risks")).toInt(), 23);
    // Unreadable CSV: the line and column of the problem.
    writeFile(m_dir, QStringLiteral("quote.csv"), "Title,Owner\n\"Open,Ann\n");
    const Run quote = cli({QStringLiteral("import"), QStringLiteral("bad.isms"), QStringLiteral("--risks"), QStringLiteral("quote.csv")});
    QCOMPARE(quote.exitCode, 1);
    QVERIFY2(quote.err.contains(QStringLiteral("quote.csv: line 2, column 1: a quoted field is never closed")), qPrintable(quote.err));
}

void TestRiskCli::dryRunWritesNothing()
{
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("dry.isms")}).exitCode, 0);
    writeFile(m_dir, QStringLiteral("good.csv"), "Title,Likelihood,Impact\nFlood,Low,High\nFire,1,5\n");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("dry.isms"), QStringLiteral("--risks"),
                         QStringLiteral("good.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Dry run: 0 assets and 2 risks would be imported; nothing was written.")));
    QCOMPARE(info(QStringLiteral("dry.isms")).value(QStringLiteral("risks")).toInt(), 23);
}

void TestRiskCli::mapCorrectsHeaders()
{
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("map.isms")}).exitCode, 0);
    writeFile(m_dir, QStringLiteral("map.csv"), "Risk,Probability,Likelihood,Who\nQuake,2,3,Ann\n");
    Run run = cli({QStringLiteral("import"), QStringLiteral("map.isms"), QStringLiteral("--risks"), QStringLiteral("map.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("both mean inherent likelihood")));
    run = cli({QStringLiteral("import"), QStringLiteral("map.isms"), QStringLiteral("--risks"), QStringLiteral("map.csv"),
               QStringLiteral("--map"), QStringLiteral("Probability=ignore,Who=owner")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Probability -> (not imported)")));
    QVERIFY(run.out.contains(QStringLiteral("Who -> owner")));
    QCOMPARE(info(QStringLiteral("map.isms")).value(QStringLiteral("risks")).toInt(), 24);
    run = cli({QStringLiteral("import"), QStringLiteral("map.isms"), QStringLiteral("--risks"), QStringLiteral("map.csv"),
               QStringLiteral("--map"), QStringLiteral("Who=boss")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("\"boss\" is not a field")));
    // One --map for two files: each takes the entries for its own columns.
    writeFile(m_dir, QStringLiteral("map-assets.csv"), "Asset code,Name\nZ-9,Warehouse\n");
    writeFile(m_dir, QStringLiteral("map-risks.csv"), "Risk,Where\nFlooded warehouse,Z-9\n");
    run = cli({QStringLiteral("import"), QStringLiteral("map.isms"), QStringLiteral("--assets"), QStringLiteral("map-assets.csv"),
               QStringLiteral("--risks"), QStringLiteral("map-risks.csv"), QStringLiteral("--map"),
               QStringLiteral("Asset code=reference,Where=assets")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(info(QStringLiteral("map.isms")).value(QStringLiteral("assets")).toInt(), 19);
    run = cli({QStringLiteral("import"), QStringLiteral("map.isms"), QStringLiteral("--assets"), QStringLiteral("map-assets.csv"),
               QStringLiteral("--risks"), QStringLiteral("map-risks.csv"), QStringLiteral("--map"),
               QStringLiteral("Asset kode=reference"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("neither file has a column \"Asset kode\"")));
}

void TestRiskCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("usage.isms")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("usage.isms")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("usage.isms")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("usage.isms"), QStringLiteral("--json"), QStringLiteral("x.json"),
                  QStringLiteral("--risks"), QStringLiteral("x.csv")})
                 .exitCode,
             2);
    const Run missing = cli({QStringLiteral("import"), QStringLiteral("usage.isms"), QStringLiteral("--risks"), QStringLiteral("none.csv")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("none.csv: the file does not exist")));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("x.isms"), QStringLiteral("--risks"), QStringLiteral("many")}).exitCode, 2);
}

void TestRiskCli::generator()
{
    const Run run = cli({QStringLiteral("sample"), QStringLiteral("generated.isms"), QStringLiteral("--risks"),
                         QStringLiteral("400"), QStringLiteral("--assets"), QStringLiteral("12")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject summary = info(QStringLiteral("generated.isms"));
    QCOMPARE(summary.value(QStringLiteral("risks")).toInt(), 423);
    QCOMPARE(summary.value(QStringLiteral("assets")).toInt(), 30);
    QVERIFY(summary.value(QStringLiteral("treatmentActions")).toInt() > 200);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("generated.isms")}).exitCode, 0);
    // The same arguments give the same register.
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("generated2.isms"), QStringLiteral("--risks"),
                  QStringLiteral("400"), QStringLiteral("--assets"), QStringLiteral("12")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("generated.isms"), QStringLiteral("--risks"), QStringLiteral("g1.csv")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("generated2.isms"), QStringLiteral("--risks"), QStringLiteral("g2.csv")}).exitCode, 0);
    QFile a(m_dir.filePath(QStringLiteral("g1.csv"))), b(m_dir.filePath(QStringLiteral("g2.csv")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

QTEST_GUILESS_MAIN(TestRiskCli)
#include "tst_riskcli.moc"
