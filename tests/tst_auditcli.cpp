// rampart-cli on real files for audits: the worksheet out and back in (with --dry-run
// and with broken rows that must leave the file byte-identical), the audit reports as
// PDF with every checklist question and "Page x of y" on every page, and the usage
// errors of --audit.

#include "testutil.h"

#include "catalog/catalog.h"
#include "io/csv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace rampart;
using namespace rampart::test;

namespace {

// Text of a PDF as pdftotext reads it, one string per page; empty when the tool is missing.
QStringList pdfPages(const QString &pdf, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftotext is not installed");
        return {};
    }
    QProcess process;
    // -raw keeps the order in which the text was drawn, so a table cell's lines stay together.
    process.start(tool, {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                         QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Text compared without layout: no white space, ligatures spelt out, break hints gone.
QString squeezed(QString text)
{
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    text.replace(QChar(0xFB00), QStringLiteral("ff"));
    text.replace(QChar(0xFB03), QStringLiteral("ffi"));
    text.replace(QChar(0xFB04), QStringLiteral("ffl"));
    text.remove(QChar(0x200B));
    text.remove(QChar(0x00AD));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(space);
    return text;
}

QList<QStringList> csvRows(const QString &path)
{
    CsvTable table;
    QString error;
    if (!Csv::parse(readAll(path), &table, &error))
        return {};
    QList<QStringList> rows{table.header};
    rows += table.rows;
    return rows;
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void infoReportsAudits();
    void worksheetRoundTrip();
    void brokenWorksheetLeavesFileAlone_data();
    void brokenWorksheetLeavesFileAlone();
    void unknownAuditFails();
    void usageErrors_data();
    void usageErrors();
    void auditPlanPdf();
    void auditReportAndRegisterPdf();

private:
    CliResult run(const QStringList &arguments);
    std::unique_ptr<TempDir> m_dir;
    QString m_file;
};

void TestAuditCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
}

void TestAuditCli::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_file = m_dir->file(QStringLiteral("kestrel.isms"));
    const CliResult r = run({QStringLiteral("sample"), m_file});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe({QStringLiteral("sample"), m_file})));
}

void TestAuditCli::cleanup()
{
    m_dir.reset();
}

CliResult TestAuditCli::run(const QStringList &arguments)
{
    return runCli(arguments, m_dir->path());
}

void TestAuditCli::infoReportsAudits()
{
    const QStringList args = {QStringLiteral("info"), QStringLiteral("--json"), m_file};
    const CliResult r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject audits = info.value(QLatin1String("audits")).toObject();
    const QJsonObject ncs = info.value(QLatin1String("nonconformities")).toObject();
    QCOMPARE(ncs.value(QLatin1String("total")).toInt(), 4);
    QCOMPARE(ncs.value(QLatin1String("open")).toInt(), 3);
    // The sample is dated: this holds while its cycle (2025-2027) lasts and beyond.
    QCOMPARE(audits.value(QLatin1String("programme")).toString(), QStringLiteral("Internal audit programme 2025\u20132027"));
    QCOMPARE(audits.value(QLatin1String("coveragePercent")).toInt(), 100);
    QCOMPARE(audits.value(QLatin1String("done")).toInt() + audits.value(QLatin1String("planned")).toInt(), 6);
    QVERIFY(ncs.value(QLatin1String("overdueActions")).toInt() >= 1);

    const CliResult text = run({QStringLiteral("info"), m_file});
    QVERIFY2(text.out.contains(QStringLiteral("Audit programme:   Internal audit programme 2025\u20132027")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Nonconformities:   3 open of 4")), qPrintable(text.out));
}

void TestAuditCli::worksheetRoundTrip()
{
    const QString sheet = m_dir->file(QStringLiteral("IA-2026-01.csv"));
    QStringList args = {QStringLiteral("export"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-2026-01"),
                        QStringLiteral("--worksheet"), sheet};
    CliResult r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe(args)));
    QList<QStringList> rows = csvRows(sheet);
    QCOMPARE(rows.at(2).at(0), QStringLiteral("IA-2026-01/01"));
    QCOMPARE(rows.at(2).size(), qsizetype(8));

    // Filled in elsewhere: results typed in any case, evidence and people interviewed.
    const QString filled = m_dir->file(QStringLiteral("filled.csv"));
    rows[20][3] = QStringLiteral("CONFORMING");
    rows[20][4] = QStringLiteral("Supplier register SUP-REG v4");
    rows[20][6] = QStringLiteral("Leah Morgan");
    rows[23][3] = QStringLiteral("minor nonconformity");
    rows[23][4] = QStringLiteral("Reviews of 2 of 5 suppliers, one overdue");
    rows[23][6] = QStringLiteral("Leah Morgan");
    QVERIFY(writeFile(filled, Csv::write(rows)));

    QVERIFY(backdate(m_file));
    const FileState before = fileState(m_file);
    args = QStringList{QStringLiteral("import"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-2026-01"),
                       QStringLiteral("--worksheet"), filled, QStringLiteral("--dry-run")};
    r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY2(r.out.contains(QLatin1String("2 items would be updated")) || r.out.contains(QLatin1String("2 item(s) would be updated")),
             qPrintable(r.out));
    QCOMPARE(fileState(m_file), before);

    args.removeLast();
    r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY2(r.out.contains(QLatin1String("updated")), qPrintable(r.out));
    QVERIFY(fileState(m_file) != before);

    // The JSON export has the results.
    const QString json = m_dir->file(QStringLiteral("out.json"));
    r = run({QStringLiteral("export"), m_file, QStringLiteral("--json"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray audits = QJsonDocument::fromJson(readAll(json)).object().value(QLatin1String("audits")).toArray();
    QJsonObject audit;
    for (const QJsonValue &a : audits) {
        if (a.toObject().value(QLatin1String("reference")).toString() == QLatin1String("IA-2026-01"))
            audit = a.toObject();
    }
    const QJsonArray checklist = audit.value(QLatin1String("checklist")).toArray();
    QCOMPARE(checklist.at(18).toObject().value(QLatin1String("result")).toString(), QStringLiteral("conforming"));
    QCOMPARE(checklist.at(18).toObject().value(QLatin1String("interviewed")).toString(), QStringLiteral("Leah Morgan"));
    QCOMPARE(checklist.at(21).toObject().value(QLatin1String("result")).toString(), QStringLiteral("minor"));
    QCOMPARE(checklist.at(21).toObject().value(QLatin1String("evidence")).toString(),
             QStringLiteral("Reviews of 2 of 5 suppliers, one overdue"));
    QCOMPARE(checklist.at(20).toObject().value(QLatin1String("result")).toString(), QStringLiteral("not_assessed"));

    // The same worksheet once more: nothing to change, no conflict.
    r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY2(r.out.contains(QLatin1String("0 item")), qPrintable(r.out));
}

void TestAuditCli::brokenWorksheetLeavesFileAlone_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("where");

    QTest::newRow("unknown item") << QByteArray("IA-2026-01/05,") << QByteArray("IA-2026-01/77,")
                                  << "line 7, column 1: there is no item IA-2026-01/77";
    QTest::newRow("bad result") << QByteArray("Not yet assessed,,,,1\r\nIA-2026-01/04")
                                << QByteArray("Sort of,,,,1\r\nIA-2026-01/04") << "line 5, column 4:";
    QTest::newRow("ragged row") << QByteArray(",,,,1\r\nIA-2026-01/03") << QByteArray(",,1\r\nIA-2026-01/03")
                                << "line 4, column 7: this row has 6 cells";
    QTest::newRow("not UTF-8") << QByteArray("Not yet assessed,,,,1\r\nIA-2026-01/04")
                               << QByteArray("Not yet assessed,Caf\xE9,,,1\r\nIA-2026-01/04") << "line 5, column";
}

void TestAuditCli::brokenWorksheetLeavesFileAlone()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, where);

    const QString sheet = m_dir->file(QStringLiteral("sheet.csv"));
    CliResult r = run({QStringLiteral("export"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-2026-01"),
                       QStringLiteral("--worksheet"), sheet});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QByteArray csv = readAll(sheet);
    // A good row first, so that a half import would show.
    csv.replace("IA-2026-01/01,A.5.1", "IA-2026-01/01,A.5.1");
    const qsizetype first = csv.indexOf("Not yet assessed");
    csv.replace(first, 16, "Conforming");
    QVERIFY2(csv.contains(find), find.constData());
    csv.replace(csv.indexOf(find), find.size(), replace);
    QVERIFY(writeFile(sheet, csv));

    QVERIFY(backdate(m_file));
    const FileState before = fileState(m_file);
    const QStringList entries = m_dir->entries();
    const QStringList args = {QStringLiteral("import"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-2026-01"),
                              QStringLiteral("--worksheet"), sheet};
    r = run(args);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
    QVERIFY2(r.err.startsWith(QLatin1String("rampart-cli: sheet.csv: ")) && r.err.contains(QLatin1String("nothing was imported")),
             qPrintable(r.describe(args)));
    QVERIFY2(r.err.contains(where), qPrintable(r.describe(args)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileState(m_file), before);
    QCOMPARE(m_dir->entries(), entries);
}

void TestAuditCli::unknownAuditFails()
{
    QVERIFY(backdate(m_file));
    const FileState before = fileState(m_file);
    const QString sheet = m_dir->file(QStringLiteral("x.csv"));
    QVERIFY(writeFile(sheet, "Item key\r\n"));
    const QList<QStringList> commands = {
        {QStringLiteral("export"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-1999-01"),
         QStringLiteral("--worksheet"), m_dir->file(QStringLiteral("out.csv"))},
        {QStringLiteral("import"), m_file, QStringLiteral("--audit"), QStringLiteral("IA-1999-01"),
         QStringLiteral("--worksheet"), sheet},
        {QStringLiteral("report"), m_file, QStringLiteral("audit-plan"), QStringLiteral("--audit"),
         QStringLiteral("IA-1999-01"), QStringLiteral("--pdf"), m_dir->file(QStringLiteral("out.pdf"))},
    };
    for (const QStringList &args : commands) {
        const CliResult r = run(args);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.errLines().size() == 1 && r.err.contains(QLatin1String("no audit IA-1999-01")),
                 qPrintable(r.describe(args)));
        QCOMPARE(fileState(m_file), before);
    }
    QVERIFY(!QFileInfo::exists(m_dir->file(QStringLiteral("out.csv"))));
    QVERIFY(!QFileInfo::exists(m_dir->file(QStringLiteral("out.pdf"))));
}

void TestAuditCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("report without --audit")
        << QStringList{QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("audit-plan"),
                       QStringLiteral("--pdf"), QStringLiteral("out.pdf")}
        << "report audit-plan needs --audit REF";
    QTest::newRow("audit report without --audit")
        << QStringList{QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("audit-report"),
                       QStringLiteral("--pdf"), QStringLiteral("out.pdf")}
        << "report audit-report needs --audit REF";
    QTest::newRow("export worksheet without --audit")
        << QStringList{QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--worksheet"),
                       QStringLiteral("out.csv")}
        << "export --worksheet needs --audit REF";
    QTest::newRow("import audit without --worksheet")
        << QStringList{QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("--audit"),
                       QStringLiteral("IA-2026-01")}
        << "import --audit needs --worksheet IN";
    QTest::newRow("both json and worksheet")
        << QStringList{QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--json"), QStringLiteral("a.json"),
                       QStringLiteral("--audit"), QStringLiteral("IA-2026-01"), QStringLiteral("--worksheet"),
                       QStringLiteral("b.csv")}
        << "not both";
    QTest::newRow("dry run of a JSON import")
        << QStringList{QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("--json"), QStringLiteral("a.json"),
                       QStringLiteral("--dry-run")}
        << "--dry-run goes with --soa, --worksheet, --risks or --assets";
}

void TestAuditCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("FILE"))
            argument = m_file;
    }
    QVERIFY(backdate(m_file));
    const FileState before = fileState(m_file);
    const CliResult r = run(arguments);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe(arguments)));
    QVERIFY2(r.err.contains(message), qPrintable(r.describe(arguments)));
    QCOMPARE(fileState(m_file), before);
    QCOMPARE(m_dir->entries(), QStringList{QStringLiteral("kestrel.isms")});
}

void TestAuditCli::auditPlanPdf()
{
    const QString pdf = m_dir->file(QStringLiteral("plan.pdf"));
    const QStringList args = {QStringLiteral("report"), m_file, QStringLiteral("audit-plan"), QStringLiteral("--audit"),
                              QStringLiteral("IA-2026-01"), QStringLiteral("--pdf"), pdf};
    const CliResult r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QString error;
    const QStringList pages = pdfPages(pdf, &error);
    if (pages.isEmpty())
        QSKIP(qPrintable(error));
    const qsizetype total = pages.size();
    QVERIFY(total >= 5);
    for (qsizetype i = 0; i < total; ++i)
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(total)),
                 qPrintable(QStringLiteral("page %1:\n%2").arg(i + 1).arg(pages.at(i))));
    // Every question of the checklist is printed, whole (a row is never cut by a page break).
    const QString all = squeezed(pages.join(QString()));
    const Catalog *catalog = Catalog::builtIn();
    QVERIFY(catalog);
    int questions = 0;
    for (const CatalogControl &control : catalog->controls) {
        if (!control.code.startsWith(QLatin1String("5.")))
            continue;
        ++questions;
        QVERIFY2(all.contains(squeezed(control.guidance)), qPrintable(control.code + QLatin1String(": ") + control.guidance));
    }
    QCOMPARE(questions, 37);
    QVERIFY(all.contains(squeezed(QStringLiteral("How are security questionnaires from customers answered"))));
    QVERIFY(all.contains(squeezed(QStringLiteral("IA-2026-01/38"))));
    // Scope, team, agenda and the impartiality warning are there too.
    for (const QString &text : {QStringLiteral("Joana Ferreira"), QStringLiteral("Suppliers and cloud services"),
                                QStringLiteral("Ines Carvalho, Head of Platform Operations is on the audit team"),
                                QStringLiteral("Incident management and business continuity")})
        QVERIFY2(all.contains(squeezed(text)), qPrintable(text));
}

void TestAuditCli::auditReportAndRegisterPdf()
{
    const QString report = m_dir->file(QStringLiteral("report.pdf"));
    CliResult r = run({QStringLiteral("report"), m_file, QStringLiteral("audit-report"), QStringLiteral("--audit"),
                       QStringLiteral("IA-2025-01"), QStringLiteral("--pdf"), report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString ncs = m_dir->file(QStringLiteral("ncs.pdf"));
    r = run({QStringLiteral("report"), m_file, QStringLiteral("nonconformities"), QStringLiteral("--pdf"), ncs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    const QStringList reportPages = pdfPages(report, &error);
    if (reportPages.isEmpty())
        QSKIP(qPrintable(error));
    const QString reportText = squeezed(reportPages.join(QString()));
    for (const QString &text : {QStringLiteral("Results by outcome"), QStringLiteral("NC-001"), QStringLiteral("NC-002"),
                                QStringLiteral("Two copies of the access control policy"),
                                QStringLiteral("Minor nonconformity")})
        QVERIFY2(reportText.contains(squeezed(text)), qPrintable(text));
    const QStringList ncPages = pdfPages(ncs, &error);
    const QString ncText = squeezed(ncPages.join(QString()));
    for (const QString &text : {QStringLiteral("NC-001"), QStringLiteral("NC-004"), QStringLiteral("overdue"),
                                QStringLiteral("Not effective: further action needed"),
                                QStringLiteral("incident notification terms to the supplier review template")})
        QVERIFY2(ncText.contains(squeezed(text)), qPrintable(text));
    for (qsizetype i = 0; i < ncPages.size(); ++i)
        QVERIFY(ncPages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(ncPages.size())));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
