#include "io/riskcsv.h"
#include "risktestutil.h"
#include "soa.h"
#include "stores/assetstore.h"

#include <QUndoStack>

using namespace rampart;
using namespace rampart::risktest;

namespace {

// All problems in one string, for failure messages (QVERIFY2 builds it either way).
QString problemsText(const RiskCsv::Result &result)
{
    QStringList lines;
    for (const ImportProblem &p : result.problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Spreadsheet import and export of the register and the inventory: header mapping,
// value matching, and a report of every problem with line, column and reason.
class TestRiskCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guessesHeaders_data();
    void guessesHeaders();
    void mapOption();
    void importsMessySpreadsheet();
    void importsAssetsAndRisksTogether();
    void badInput_data();
    void badInput();
    void reportsEveryProblem();
    void repeatedCellsReportedOnEveryLine();
    void csvErrorAfterRowsIsTheOnlyProblem();
    void importIsOneUndoStep();
    void exportIsFormulaSafe();
    void exportReimports();
    void ownControlsByReference();

private:
    RiskCsv::Result import(const QByteArray &csv, const QString &map = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestRiskCsv::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
    m_doc = openSample(m_dir);
    QVERIFY(m_doc);
}

RiskCsv::Result TestRiskCsv::import(const QByteArray &csv, const QString &map)
{
    static int n = 0;
    const QString path = writeFile(m_dir, QStringLiteral("in%1.csv").arg(++n), csv);
    return RiskCsv::readFile(RiskCsv::Kind::Risks, path, map, *m_doc, {}, nullptr, nullptr);
}

void TestRiskCsv::guessesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::newRow("Risk ID") << "Risk ID" << int(Risk::Reference);
    QTest::newRow("Likelihood (1-5)") << "Likelihood (1-5)" << int(Risk::InherentLikelihood);
    QTest::newRow("Probability") << "Probability" << int(Risk::InherentLikelihood);
    QTest::newRow("Risk Owner") << "Risk Owner" << int(Risk::Owner);
    QTest::newRow("Owner with space") << "Owner " << int(Risk::Owner);
    QTest::newRow("Asset/Area") << "Asset/Area" << int(Risk::Assets);
    QTest::newRow("Treatment") << "Treatment" << int(Risk::Treatment);
    QTest::newRow("Residual Impact") << "Residual Impact" << int(Risk::ResidualImpact);
    QTest::newRow("Consequence [1-5]") << "Consequence [1-5]" << int(Risk::InherentImpact);
    QTest::newRow("Annex A controls") << "Annex A controls" << int(Risk::PlannedControls);
    QTest::newRow("C/I/A") << "C/I/A" << int(Risk::Properties);
    QTest::newRow("Risk score") << "Risk score" << int(RiskCsv::Derived);
    QTest::newRow("our export") << "Inherent likelihood" << int(Risk::InherentLikelihood);
    QTest::newRow("key") << "next_review" << int(Risk::NextReview);
    QTest::newRow("unknown") << "Colour of the sky" << int(RiskCsv::Ignored);
}

void TestRiskCsv::guessesHeaders()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(RiskCsv::guessMapping(RiskCsv::Kind::Risks, {header}).value(0), field);
}

void TestRiskCsv::mapOption()
{
    const QStringList headers = {QStringLiteral("Ref"), QStringLiteral("What"), QStringLiteral("P, est.")};
    QList<int> mapping = RiskCsv::guessMapping(RiskCsv::Kind::Risks, headers);
    QCOMPARE(mapping.value(1), int(RiskCsv::Ignored));
    QString error;
    QVERIFY2(RiskCsv::applyMapOption(RiskCsv::Kind::Risks, headers,
                                     QStringLiteral("What=title,\"P, est.\"=inherent_likelihood,Ref=ignore"), &mapping,
                                     &error),
             qPrintable(error));
    QCOMPARE(mapping, (QList<int>{RiskCsv::Ignored, Risk::Title, Risk::InherentLikelihood}));
    QVERIFY(!RiskCsv::applyMapOption(RiskCsv::Kind::Risks, headers, QStringLiteral("What=colour"), &mapping, &error));
    QVERIFY(error.contains(QStringLiteral("colour")));
    QVERIFY(!RiskCsv::applyMapOption(RiskCsv::Kind::Risks, headers, QStringLiteral("Nope=title"), &mapping, &error));
    QVERIFY(!RiskCsv::applyMapOption(RiskCsv::Kind::Risks, headers, QStringLiteral("title"), &mapping, &error));
}

void TestRiskCsv::importsMessySpreadsheet()
{
    // Semicolons, a BOM, CRLF, labels instead of numbers, a multi-line cell, an asset
    // by name, controls written three ways.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Risk ID;Risk;Description;Likelihood (1-5);Impact;Risk Owner;Asset/Area;Treatment;"
                           "Annex A controls;Residual Likelihood;Residual Impact;Status;Next review;Score\r\n"
                           "X-1;Vendor lock-in;\"We depend on one cloud;\r\nleaving is slow\";High;4;Rui;"
                           "Production cloud accounts;Mitigate;A.5.23, 8.14 Redundancy;2;3;Assessed;2027-01-31;16\r\n"
                           ";Shadow IT;;Very low;very HIGH;Inês;a-008;Accept;;;;;;5\r\n";
    const RiskCsv::Result result = import(csv);
    QVERIFY2(!result.hasProblems(), qPrintable(problemsText(result)));
    QCOMPARE(result.rows, 2);
    QCOMPARE(result.batch.risks.size(), size_t(2));
    const Risk &a = result.batch.risks[0];
    QCOMPARE(a.reference, QStringLiteral("X-1"));
    QCOMPARE(a.description, QStringLiteral("We depend on one cloud;\nleaving is slow"));
    QCOMPARE(a.inherentLikelihood, 4);
    QCOMPARE(a.inherentImpact, 4);
    QCOMPARE(a.assets, QStringList{QStringLiteral("A-005")});
    QCOMPARE(a.treatment, QStringLiteral("modify"));
    QCOMPARE(a.plannedControls, (QStringList{QStringLiteral("5.23"), QStringLiteral("8.14")}));
    QCOMPARE(a.status, QStringLiteral("assessed"));
    QCOMPARE(a.nextReview, QStringLiteral("2027-01-31"));
    const Risk &b = result.batch.risks[1];
    QCOMPARE(b.reference, QStringLiteral("R-024"));  // after the file's R-023
    QCOMPARE(b.inherentLikelihood, 1);
    QCOMPARE(b.inherentImpact, 5);
    QCOMPARE(b.assets, QStringList{QStringLiteral("A-008")});
    QCOMPARE(b.treatment, QStringLiteral("retain"));
    QCOMPARE(b.status, QStringLiteral("identified"));
}

void TestRiskCsv::importsAssetsAndRisksTogether()
{
    const QString assets = writeFile(m_dir, QStringLiteral("assets.csv"),
                                     "Asset ID,Asset name,Type,C,I,A\nZ-1,Field tablets,Device,Low,3,High\n,Warehouse,Premises,,,\n");
    const RiskCsv::Result a = RiskCsv::readFile(RiskCsv::Kind::Assets, assets, {}, *m_doc, {}, nullptr, nullptr);
    QVERIFY2(!a.hasProblems(), qPrintable(problemsText(a)));
    QCOMPARE(a.batch.assets.size(), size_t(2));
    QCOMPARE(a.batch.assets[0].type, QStringLiteral("hardware"));
    QCOMPARE(a.batch.assets[0].confidentiality, 2);
    QCOMPARE(a.batch.assets[1].reference, QStringLiteral("A-019"));
    QCOMPARE(a.batch.assets[1].type, QStringLiteral("site"));
    const QString risks = writeFile(m_dir, QStringLiteral("risks.csv"), "Title,Assets\nTablet theft,\"Z-1, Warehouse\"\n");
    const RiskCsv::Result r = RiskCsv::readFile(RiskCsv::Kind::Risks, risks, {}, *m_doc, a.batch.assets, nullptr, nullptr);
    QVERIFY2(!r.hasProblems(), qPrintable(problemsText(r)));
    QCOMPARE(r.batch.risks[0].assets, (QStringList{QStringLiteral("Z-1"), QStringLiteral("A-019")}));
}

void TestRiskCsv::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray("") << 0 << "" << "the file is empty";
    QTest::newRow("header only") << QByteArray("Title,Owner\n") << 0 << "" << "no rows";
    QTest::newRow("bad encoding") << QByteArray("Title,Owner\nGro\xdf,x\n") << 0 << "" << "not UTF-8";
    QTest::newRow("unterminated quote") << QByteArray("Title,Owner\n\"Fire,x\n") << 0 << "" << "never closed";
    QTest::newRow("ragged row") << QByteArray("Title,Owner\nFire,Ann,extra\n") << 2 << "" << "has 3 fields, the header has 2";
    QTest::newRow("unknown label") << QByteArray("Title,Likelihood\nFire,Extreme\n") << 2 << "Likelihood"
                                   << "\"Extreme\" is not on the likelihood scale";
    QTest::newRow("out of range") << QByteArray("Title,Impact\nFire,6\n") << 2 << "Impact" << "\"6\" is not on the impact scale";
    QTest::newRow("duplicate reference") << QByteArray("Ref,Title\nX-1,Fire\nX-1,Flood\n") << 3 << "Ref"
                                         << "appears twice (also on line 2)";
    QTest::newRow("reference in use") << QByteArray("Ref,Title\nR-001,Fire\n") << 2 << "Ref" << "already used";
    QTest::newRow("unknown asset") << QByteArray("Title,Asset\nFire,Spaceship\n") << 2 << "Asset" << "no asset";
    QTest::newRow("unknown control") << QByteArray("Title,Controls\nFire,A.9.4.1\n") << 2 << "Controls"
                                     << "not an Annex A control";
    QTest::newRow("unknown own control") << QByteArray("Title,Controls\nFire,\"8.13, ORG-99\"\n") << 2 << "Controls"
                                         << "\"ORG-99\" is not an Annex A control of ISO/IEC 27001:2022, nor one of the "
                                            "organisation's own controls";
    QTest::newRow("ambiguous date") << QByteArray("Title,Next review\nFire,03/04/2027\n") << 2 << "Next review"
                                    << "YYYY-MM-DD";
    QTest::newRow("unknown treatment") << QByteArray("Title,Treatment\nFire,Ignore\n") << 2 << "Treatment" << "not a treatment";
    QTest::newRow("empty title") << QByteArray("Title,Owner\n,Ann\n") << 2 << "Title" << "the title is empty";
    QTest::newRow("no title column") << QByteArray("Owner,Impact\nAnn,2\n") << 1 << "" << "no column holds the title";
    QTest::newRow("two likelihood columns") << QByteArray("Title,Likelihood,Probability\nFire,2,3\n") << 1 << "Probability"
                                            << "both mean inherent likelihood";
}

void TestRiskCsv::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const RiskCsv::Result result = import(csv);
    QVERIFY(result.hasProblems());
    const ImportProblem &p = result.problems.front();
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(reason), qPrintable(p.toString()));
    QVERIFY(result.batch.risks.empty() || result.validRows < result.rows);
}

void TestRiskCsv::reportsEveryProblem()
{
    const RiskCsv::Result result = import("Ref,Title,Likelihood,Impact,Status\n"
                                          "X-1,Fire,2,3,Identified\n"
                                          "X-2,,9,Big,Lost\n"
                                          "X-3,Flood,1,1\n"
                                          "X-4,Theft,Low,Low,Closed\n");
    // Line 3: title, likelihood, impact, status; line 4: ragged. The rest is valid.
    QCOMPARE(result.problems.size(), size_t(5));
    QCOMPARE(result.problems[0].line, 3);
    QCOMPARE(result.problems[0].column, QStringLiteral("Title"));
    QCOMPARE(result.problems[1].column, QStringLiteral("Likelihood"));
    QCOMPARE(result.problems[2].column, QStringLiteral("Impact"));
    QCOMPARE(result.problems[3].column, QStringLiteral("Status"));
    QCOMPARE(result.problems[4].line, 4);
    QCOMPARE(result.validRows, 2);
    QCOMPARE(result.batch.risks[1].reference, QStringLiteral("X-4"));
    QCOMPARE(result.problems[0].toString(), QStringLiteral("line 3, column \"Title\": the title is empty"));
}

// Values that repeat down a column are worked out once; every line that has a wrong one
// still gets its own problem, and the good ones their own values.
void TestRiskCsv::repeatedCellsReportedOnEveryLine()
{
    const RiskCsv::Result result = import("Ref,Title,Status,Controls,Treatment\n"
                                          "X-1,Fire,Lost,\"5.15, 9.99\",Mitigate\n"
                                          "X-2,Flood,Lost,\"5.15, 9.99\",Mitigate\n"
                                          "X-3,Theft,In progress,\"A.5.15; 8.2\",Mitigate\n"
                                          "X-4,Fraud,In progress,\"A.5.15; 8.2\",Mitigate\n");
    QCOMPARE(result.problems.size(), size_t(4));
    for (size_t i = 0; i < 4; ++i)
        QCOMPARE(result.problems[i].line, int(2 + i / 2));
    QCOMPARE(result.problems[0].column, QStringLiteral("Status"));
    QCOMPARE(result.problems[1].toString(), QStringLiteral("line 2, column \"Controls\": \"9.99\" is not an Annex A control of "
                                                           "ISO/IEC 27001:2022, nor one of the organisation's own controls"));
    QCOMPARE(result.problems[3].column, QStringLiteral("Controls"));
    QCOMPARE(result.validRows, 2);
    for (const Risk &r : result.batch.risks) {
        QCOMPARE(r.status, QStringLiteral("in_treatment"));
        QCOMPARE(r.treatment, QStringLiteral("modify"));
        QCOMPARE(r.plannedControls, (QStringList{QStringLiteral("5.15"), QStringLiteral("8.2")}));
    }
}

// Rows are checked as they are read, but a file the CSV reader fails on later has only
// that problem: nothing of its rows comes back.
void TestRiskCsv::csvErrorAfterRowsIsTheOnlyProblem()
{
    const RiskCsv::Result result = import("Ref,Title,Impact\nX-1,Fire,9\nX-2,Flood,1\nX-3,\"Theft\"s,1\n");
    QCOMPARE(result.problems.size(), size_t(1));
    QCOMPARE(result.problems[0].toString(), QStringLiteral("line 4, column 12: unexpected text after a closing quote"));
    QCOMPARE(result.rows, 0);
    QVERIFY(result.batch.risks.empty());

    const QString path = writeFile(m_dir, QStringLiteral("header.csv"), "Ref , Title,Impact\nX-1,Fire,1\n");
    QStringList header;
    QList<int> mapping;
    const RiskCsv::Result read = RiskCsv::readFile(RiskCsv::Kind::Risks, path, {}, *m_doc, {}, &header, &mapping);
    QVERIFY2(!read.hasProblems(), qPrintable(problemsText(read)));
    QCOMPARE(header, (QStringList{QStringLiteral("Ref"), QStringLiteral("Title"), QStringLiteral("Impact")}));
    QCOMPARE(mapping, (QList<int>{Risk::Reference, Risk::Title, Risk::InherentImpact}));
    QCOMPARE(read.rows, 1);
}

void TestRiskCsv::importIsOneUndoStep()
{
    auto doc = openSample(m_dir, QStringLiteral("undo.isms"));
    QVERIFY(doc);
    const QString path = writeFile(m_dir, QStringLiteral("undo.csv"), "Title,Likelihood,Impact\nA,1,2\nB,2,2\nC,3,3\n");
    const RiskCsv::Result result = RiskCsv::readFile(RiskCsv::Kind::Risks, path, {}, *doc, {}, nullptr, nullptr);
    QVERIFY(!result.hasProblems());
    const int commands = doc->undoStack()->count();
    QVERIFY(doc->importRegister(result.batch, QStringLiteral("Import risks")));
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QCOMPARE(doc->risks().count(), 26);
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().count(), 23);
}

void TestRiskCsv::exportIsFormulaSafe()
{
    auto doc = openSample(m_dir, QStringLiteral("formula.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-001"));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Title, QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")")));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Owner, QStringLiteral("@admin")));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Notes, QStringLiteral("-1+2")));
    const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
    QString error;
    QVERIFY2(RiskCsv::write(path, RiskCsv::riskRows(*doc), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvTable table;
    QVERIFY(Csv::parse(file.readAll(), &table, &error));
    const QStringList row = table.rows.first();
    QCOMPARE(row.at(1), QStringLiteral("'=HYPERLINK(\"http://evil\",\"click\")"));
    QCOMPARE(row.at(8), QStringLiteral("'@admin"));
    QCOMPARE(row.last(), QStringLiteral("'-1+2"));
    for (const QStringList &r : std::as_const(table.rows)) {
        for (const QString &cell : r)
            QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+'))
                         && !cell.startsWith(QLatin1Char('@')),
                     qPrintable(cell));
    }
    // Reading our own export back takes the apostrophe off again.
    const RiskCsv::Result back = RiskCsv::read(RiskCsv::Kind::Risks, CsvTable{table.header, {row}, {2}, QLatin1Char(',')},
                                               RiskCsv::guessMapping(RiskCsv::Kind::Risks, table.header), *m_doc);
    QCOMPARE(back.problems.front().column, QStringLiteral("Reference"));  // R-001 exists there
    QCOMPARE(back.batch.risks.size(), size_t(0));
}

void TestRiskCsv::exportReimports()
{
    auto source = openSample(m_dir, QStringLiteral("source.isms"));
    QVERIFY(source);
    QString error;
    const QString assets = m_dir.filePath(QStringLiteral("out-assets.csv"));
    const QString risks = m_dir.filePath(QStringLiteral("out-risks.csv"));
    const QString plan = m_dir.filePath(QStringLiteral("out-plan.csv"));
    QVERIFY(RiskCsv::write(assets, RiskCsv::assetRows(*source), &error));
    QVERIFY(RiskCsv::write(risks, RiskCsv::riskRows(*source), &error));
    QVERIFY(RiskCsv::write(plan, RiskCsv::treatmentPlanRows(*source), &error));
    QFile planFile(plan);
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    CsvTable planTable;
    QVERIFY(Csv::parse(planFile.readAll(), &planTable, &error));
    QCOMPARE(planTable.rows.size(), 22);
    int overdue = 0;
    for (const QStringList &row : std::as_const(planTable.rows))
        overdue += row.last() == QLatin1String("yes") ? 1 : 0;
    QCOMPARE(overdue, 5);

    auto target = newDocument(m_dir, QStringLiteral("target.isms"));
    // Risks name own controls by reference: the target has the same own controls.
    for (const OwnControl &c : source->soa().ownControls())
        QVERIFY(target->soa().addOwnControl(c) > 0);
    const RiskCsv::Result a = RiskCsv::readFile(RiskCsv::Kind::Assets, assets, {}, *target, {}, nullptr, nullptr);
    QVERIFY(!a.hasProblems());
    const RiskCsv::Result r = RiskCsv::readFile(RiskCsv::Kind::Risks, risks, {}, *target, a.batch.assets, nullptr, nullptr);
    QVERIFY2(!r.hasProblems(), qPrintable(problemsText(r)));
    RiskRegisterBatch batch;
    batch.assets = a.batch.assets;
    batch.risks = r.batch.risks;
    QVERIFY(target->importRegister(batch, QStringLiteral("Import")));
    const std::vector<Risk> before = source->risks().all();
    const std::vector<Risk> after = target->risks().all();
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].reference, before[i].reference);
        QCOMPARE(after[i].description, before[i].description);
        QCOMPARE(after[i].assets, before[i].assets);
        QCOMPARE(after[i].plannedControls, before[i].plannedControls);
        QCOMPARE(after[i].residualImpact, before[i].residualImpact);
        QCOMPARE(after[i].treatment, before[i].treatment);
        QCOMPARE(after[i].status, before[i].status);
        QCOMPARE(after[i].nextReview, before[i].nextReview);
    }
}

void TestRiskCsv::ownControlsByReference()
{
    // The sample has the own controls ORG-01 and ORG-02; a cell names them beside
    // Annex A controls, in any case.
    RiskCsv::Result result = import("Ref,Title,Planned controls\nX-10,Tenant data mixed up,\"org-01, 8.25\"\n");
    QVERIFY2(!result.hasProblems(), result.hasProblems() ? qPrintable(result.problems.front().toString()) : "");
    QCOMPARE(result.batch.risks.size(), size_t(1));
    QCOMPARE(result.batch.risks.front().plannedControls, (QStringList{QStringLiteral("ORG-01"), QStringLiteral("8.25")}));
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->importRegister(result.batch, QStringLiteral("Import")));
    const qint64 id = m_doc->risks().idOfReference(QStringLiteral("X-10"));
    QVERIFY(id > 0);
    QCOMPARE(m_doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("8.25, ORG-01"));
    // The export writes the reference back.
    bool exported = false;
    for (const QStringList &row : RiskCsv::riskRows(*m_doc)) {
        if (row.first() == QStringLiteral("X-10"))
            exported = row.contains(QStringLiteral("8.25, ORG-01"));
    }
    QVERIFY(exported);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->risks().idOfReference(QStringLiteral("X-10")), qint64(0));

    // An unknown reference is a problem of its row and column; that row is not imported.
    result = import("Ref,Title,Planned controls\nX-11,Fire,ORG-99\n");
    QCOMPARE(result.problems.size(), size_t(1));
    QCOMPARE(result.problems.front().line, 2);
    QCOMPARE(result.problems.front().column, QStringLiteral("Planned controls"));
    QVERIFY(result.problems.front().message.contains(QStringLiteral("ORG-99")));
    QCOMPARE(result.validRows, 0);
}

QTEST_GUILESS_MAIN(TestRiskCsv)
#include "tst_riskcsv.moc"
