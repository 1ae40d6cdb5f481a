// The SoA as a spreadsheet: the round trip, the messy files people bring, and bad
// files that must change nothing at all.

#include "soatestutil.h"

#include "io/csv.h"
#include "io/soacsv.h"
#include "soa.h"
#include "stores/riskstore.h"
#include "stores/soastore.h"

#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;

namespace {

const QByteArray Header = "Control,Theme,Title,Applicable,Reasons for inclusion,Why included,"
                          "Justification for exclusion,Status,Implementation,Owner,Target date,"
                          "Documents and evidence,Last reviewed\r\n";

QByteArray fieldsOf(const std::vector<SoaEntry> &entries)
{
    QByteArray out;
    for (const SoaEntry &e : entries) {
        out += e.controlRef.toUtf8();
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            out += '|' + SoaStore::fieldValue(e, field).toString().toUtf8();
        out += '\n';
    }
    return out;
}

} // namespace

class TestSoaCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportWritesEveryRow();
    void roundTripRestoresEveryField();
    void messyFileStillImports();
    void importIsOneUndoableCommand();
    void dryRunWritesNothing();
    void badInput_data();
    void badInput();
    void everyProblemIsReported();
    void exclusionOfAReliedOnControlWarns();
};

void TestSoaCsv::exportWritesEveryRow()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    const qint64 id = soa.entryIdForControl(QStringLiteral("5.1"));
    QVERIFY(soa.setApplicability(id, Applicability::Applicable));
    QVERIFY(soa.setValue(id, SoaEntry::Owner, QStringLiteral("=HYPERLINK(\"http://x\")")));
    QVERIFY(soa.setValue(id, SoaEntry::Reasons, QStringLiteral("risk_treatment,legal")));
    QVERIFY(soa.addOwnControl({}) > 0);
    const QString path = dir.filePath(QStringLiteral("soa.csv"));
    QString error;
    QVERIFY2(SoaCsv::exportTo(*doc, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvTable table;
    QVERIFY2(Csv::parse(file.readAll(), &table, &error), qPrintable(error));
    QCOMPARE(table.header.size(), int(SoaCsv::ColumnCount));
    QCOMPARE(table.rows.size(), 94);
    const QStringList first = table.rows.first();
    QCOMPARE(first.at(SoaCsv::Control), QStringLiteral("5.1"));
    QCOMPARE(first.at(SoaCsv::Theme), QStringLiteral("Organizational"));
    QCOMPARE(first.at(SoaCsv::ApplicableColumn), QStringLiteral("Yes"));
    QCOMPARE(first.at(SoaCsv::ReasonsColumn), QStringLiteral("Risk treatment; Legal or regulatory requirement"));
    QCOMPARE(first.at(SoaCsv::StatusColumn), QStringLiteral("Not started"));
    // A spreadsheet shows it as text and never runs it.
    QCOMPARE(first.at(SoaCsv::OwnerColumn), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(table.rows.last().at(SoaCsv::Control), QStringLiteral("ORG-01"));
}

void TestSoaCsv::roundTripRestoresEveryField()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    OwnControl own;
    own.title = QStringLiteral("Tenant isolation testing");
    const qint64 ownId = soa.addOwnControl(own);
    const qint64 ownEntry = doc->soaEntries().entryIdForOwnControl(ownId);
    const qint64 a = soa.entryIdForControl(QStringLiteral("5.1"));
    const qint64 b = soa.entryIdForControl(QStringLiteral("7.12"));
    QVERIFY(soa.setApplicability(a, Applicability::Applicable));
    QVERIFY(soa.setApplicability(ownEntry, Applicability::Applicable));
    QVERIFY(soa.setValue(a, SoaEntry::Reasons, QStringLiteral("risk_treatment,contractual,business")));
    QVERIFY(soa.setValue(a, SoaEntry::ReasonNarrative, QStringLiteral("Customers ask, \"every\" time;\nand law")));
    QVERIFY(soa.setValue(a, SoaEntry::Status, QStringLiteral("partial")));
    QVERIFY(soa.setValue(a, SoaEntry::Implementation, QStringLiteral("-5 dB, +1 and @home: all text")));
    QVERIFY(soa.setValue(a, SoaEntry::Owner, QStringLiteral("Priya Raman")));
    QVERIFY(soa.setValue(a, SoaEntry::TargetDate, QDate(2027, 2, 28)));
    QVERIFY(soa.setValue(a, SoaEntry::References, QStringLiteral("POL-01\nPOL-02, section 3")));
    QVERIFY(soa.setValue(a, SoaEntry::LastReviewed, QDate(2026, 2, 10)));
    QVERIFY(soa.setApplicability(b, Applicability::NotApplicable));
    QVERIFY(soa.setValue(b, SoaEntry::ExclusionJustification, QStringLiteral("No data centre of our own.")));
    const QByteArray before = fieldsOf(soa.entries());

    const QString path = dir.filePath(QStringLiteral("soa.csv"));
    QString error;
    QVERIFY2(SoaCsv::exportTo(*doc, path, &error), qPrintable(error));
    // Undo everything but the own control (the file cannot make one), then bring it all
    // back from the file.
    doc->undoStack()->setIndex(1);
    QVERIFY(fieldsOf(soa.entries()) != before);
    SoaImportPlan plan;
    QVERIFY2(SoaCsv::importFrom(*doc, path, false, &plan, &error), qPrintable(error));
    QCOMPARE(plan.rowsRead, 94);
    QCOMPARE(plan.rowsChanged, 3);
    QCOMPARE(fieldsOf(soa.entries()), before);

    // The same file again changes nothing.
    QVERIFY(SoaCsv::importFrom(*doc, path, false, &plan, &error));
    QVERIFY(plan.writes.empty());
}

void TestSoaCsv::messyFileStillImports()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    // Semicolons, other header names, an extra column, "A.5.1" style ids, other words.
    const QByteArray csv = "ID;Control name;APPLICABILITY;Reason(s);Implementation status;Control Owner;Due;Remarks\n"
                           "A.5.1;x;yes;risk, Contractual | good practice;Partially implemented;Priya Raman;2027-01-31;"
                           "ignored\n"
                           "a 7.12;x;N/A;;;;;\n"
                           "5.2;x;;;;;;\n";
    const QString path = dir.filePath(QStringLiteral("messy.csv"));
    QVERIFY(writeFile(path, csv));
    SoaImportPlan plan;
    QString error;
    QVERIFY2(SoaCsv::importFrom(*doc, path, false, &plan, &error), qPrintable(error));
    QCOMPARE(plan.ignoredColumns, QStringList{QStringLiteral("Remarks")});
    const SoaEntry a = *doc->soa().entry(doc->soa().entryIdForControl(QStringLiteral("5.1")));
    QCOMPARE(a.applicability, Applicability::Applicable);
    QCOMPARE(a.reasons, RiskTreatmentReason | ContractualReason | BusinessReason);
    QCOMPARE(a.status, ImplementationStatus::Partial);
    QCOMPARE(a.owner, QStringLiteral("Priya Raman"));
    QCOMPARE(a.targetDate, QDate(2027, 1, 31));
    const SoaEntry b = *doc->soa().entry(doc->soa().entryIdForControl(QStringLiteral("7.12")));
    QCOMPARE(b.applicability, Applicability::NotApplicable);
    // Excluded without a status of its own: the status follows the decision.
    QCOMPARE(b.status, ImplementationStatus::NotApplicable);
    QCOMPARE(doc->soa().entry(doc->soa().entryIdForControl(QStringLiteral("5.2")))->applicability,
             Applicability::Undecided);
}

void TestSoaCsv::importIsOneUndoableCommand()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    const QString path = dir.filePath(QStringLiteral("soa.csv"));
    QVERIFY(writeFile(path, Header + "5.1,,,Yes,Risk,,,Implemented,Done by IT,Aisha Khan,,,2026-02-01\r\n"
                                     "5.2,,,No,,,Not needed,,,,,,\r\n"));
    const qint64 logBefore = doc->changeLog().count();
    QString error;
    QVERIFY2(SoaCsv::importFrom(*doc, path, false, nullptr, &error), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import SoA from soa.csv"));
    // Every field written is in the change log.
    QCOMPARE(doc->changeLog().count(), logBefore + 6 + 3);
    doc->undoStack()->undo();
    for (const SoaEntry &e : doc->soa().entries())
        QCOMPARE(e.applicability, Applicability::Undecided);
}

void TestSoaCsv::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString isms = dir.filePath(QStringLiteral("t.isms"));
    auto doc = newDocument(dir);
    const QString path = dir.filePath(QStringLiteral("soa.csv"));
    QVERIFY(writeFile(path, Header + "5.1,,,Yes,Risk,,,Implemented,Done by IT,Aisha Khan,,,2026-02-01\r\n"));
    const QByteArray hash = fileHash(isms);
    SoaImportPlan plan;
    QString error;
    QVERIFY2(SoaCsv::importFrom(*doc, path, true, &plan, &error), qPrintable(error));
    QCOMPARE(plan.rowsChanged, 1);
    QCOMPARE(int(plan.writes.size()), 6);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(fileHash(isms), hash);
}

void TestSoaCsv::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown control id")
        << QByteArray(Header + "5.99,,,Yes,Risk,,,,,,,,\r\n")
        << QStringLiteral("line 2, column \"Control\": \"5.99\" is neither an Annex A control nor one of this SoA's "
                          "own controls");
    QTest::newRow("duplicate control id")
        << QByteArray(Header + "5.1,,,Yes,Risk,,,,,,,,\r\n5.2,,,,,,,,,,,,\r\nA.5.1,,,No,,,x,,,,,,\r\n")
        << QStringLiteral("line 4, column \"Control\": 5.1 appears again (first on line 2)");
    QTest::newRow("bad applicability")
        << QByteArray(Header + "5.1,,,Perhaps,,,,,,,,,\r\n")
        << QStringLiteral("line 2, column \"Applicable\": \"Perhaps\" is not a decision");
    QTest::newRow("bad status")
        << QByteArray(Header + "5.1,,,Yes,,,,Done,,,,,\r\n")
        << QStringLiteral("line 2, column \"Status\": \"Done\" is not an implementation status");
    QTest::newRow("status against decision")
        << QByteArray(Header + "5.1,,,No,,,Not needed,Implemented,,,,,\r\n")
        << QStringLiteral("line 2, column \"Status\": the status \"Implemented\" does not fit the decision");
    QTest::newRow("bad reason")
        << QByteArray(Header + "5.1,,,Yes,Risk; Whim,,,,,,,,\r\n")
        << QStringLiteral("line 2, column \"Reasons for inclusion\": \"Whim\" is not a reason for inclusion");
    QTest::newRow("bad date")
        << QByteArray(Header + "5.1,,,Yes,,,,,,,31/01/2027,,\r\n")
        << QStringLiteral("line 2, column \"Target date\": \"31/01/2027\" is not a date");
    QTest::newRow("impossible date")
        << QByteArray(Header + "5.1,,,Yes,,,,,,,,,2026-02-30\r\n")
        << QStringLiteral("line 2, column \"Last reviewed\": \"2026-02-30\" is not a date");
    QTest::newRow("ragged row")
        << QByteArray(Header + "5.1,,,Yes\r\n")
        << QStringLiteral("line 2: 4 cells, but the header has 13");
    QTest::newRow("multi-line cell then ragged row")
        << QByteArray(Header + "5.1,,,Yes,,\"two\nlines\",,,,,,,\r\n5.2,x\r\n")
        << QStringLiteral("line 4: 2 cells, but the header has 13");
    QTest::newRow("not UTF-8")
        << QByteArray(Header + "5.1,,,Yes,,,,,,Jos\xe9,,,\r\n")
        << QStringLiteral("line 2, column 19: the file is not UTF-8 text");
    QTest::newRow("no control column")
        << QByteArray("Title,Applicable\r\nx,Yes\r\n")
        << QStringLiteral("line 1: no column names the control");
    QTest::newRow("two status columns")
        << QByteArray("Control,Status,Implementation status\r\n5.1,Planned,Planned\r\n")
        << QStringLiteral("line 1, column \"Implementation status\": a second column for Status");
    QTest::newRow("empty file")
        << QByteArray("")
        << QStringLiteral("line 1: the file is empty");
}

void TestSoaCsv::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString isms = dir.filePath(QStringLiteral("t.isms"));
    auto doc = newDocument(dir);
    // Close and reopen: the bytes to compare are those of a closed file (while a file
    // is open for writing, part of it lives in SQLite's write-ahead log).
    doc.reset();
    QString openError;
    doc = Document::open(isms, Database::Access::ReadWrite, &openError);
    QVERIFY2(doc, qPrintable(openError));
    // Some good rows too: nothing of them may land either.
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, csv));
    const QByteArray hash = fileHash(isms);
    const qint64 logBefore = doc->changeLog().count();
    SoaImportPlan plan;
    QString error;
    QVERIFY(!SoaCsv::importFrom(*doc, path, false, &plan, &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.csv: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(plan.writes.empty());
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->changeLog().count(), logBefore);
    doc.reset();
    QCOMPARE(fileHash(isms), hash);
}

void TestSoaCsv::everyProblemIsReported()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, Header + "5.1,,,Yes,Risk,,,Implemented,x,y,,,\r\n"
                                     "5.2,,,Maybe,,,,,,,,,\r\n"
                                     "5.3,,,Yes,,,,Finished,,,2027-13-01,,\r\n"
                                     "9.9,,,Yes,,,,,,,,,\r\n"));
    QString error;
    QVERIFY(!SoaCsv::importFrom(*doc, path, false, nullptr, &error));
    const QStringList lines = error.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains(QStringLiteral("line 3, column \"Applicable\"")));
    QVERIFY(lines.at(1).contains(QStringLiteral("line 4, column \"Status\"")));
    QVERIFY(lines.at(2).contains(QStringLiteral("line 4, column \"Target date\"")));
    QVERIFY(lines.at(3).contains(QStringLiteral("line 5, column \"Control\"")));
    QCOMPARE(doc->soa().entry(doc->soa().entryIdForControl(QStringLiteral("5.1")))->applicability,
             Applicability::Undecided);
}

void TestSoaCsv::exclusionOfAReliedOnControlWarns()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QVERIFY(doc);
    Risk risk;
    risk.reference = QStringLiteral("R-003");
    risk.title = QStringLiteral("Lost backups");
    risk.plannedControls = {QStringLiteral("8.13"), QStringLiteral("5.30")};
    QVERIFY(doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk")) > 0);
    risk.reference = QStringLiteral("R-017");
    risk.plannedControls = {QStringLiteral("8.13")};
    QVERIFY(doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk")) > 0);

    const QString path = dir.filePath(QStringLiteral("soa.csv"));
    QVERIFY(writeFile(path, Header + "5.1,,,Yes,Risk,,,,,,,,\r\n"
                                     "8.13,,,No,,,Backups are the provider's,,,,,,\r\n"
                                     "5.30,,,Yes,Risk,,,,,,,,\r\n"));
    // A dry run reports it too.
    SoaImportPlan plan;
    QString error;
    QVERIFY2(SoaCsv::importFrom(*doc, path, true, &plan, &error), qPrintable(error));
    const QStringList expected{QStringLiteral("line 3, column \"Applicable\": 8.13 is marked not applicable, but the "
                                              "treatment of R-003, R-017 plans it")};
    QCOMPARE(plan.warnings, expected);
    QCOMPARE(doc->undoStack()->count(), 2);

    // The warning does not stop the import.
    QVERIFY2(SoaCsv::importFrom(*doc, path, false, &plan, &error), qPrintable(error));
    QCOMPARE(plan.warnings, expected);
    const qint64 entry = doc->soa().entryIdForControl(QStringLiteral("8.13"));
    QCOMPARE(doc->soa().entry(entry)->applicability, Applicability::NotApplicable);
    QCOMPARE(doc->risks().value(doc->risks().idOfReference(QStringLiteral("R-017")), Risk::PlannedControls).toString(),
             QStringLiteral("8.13"));

    // A file that does not decide leaves nothing to warn about.
    QVERIFY(writeFile(path, "Control,Owner\r\n8.13,Aisha Khan\r\n"));
    QVERIFY2(SoaCsv::importFrom(*doc, path, false, &plan, &error), qPrintable(error));
    QVERIFY(plan.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestSoaCsv)
#include "tst_soacsv.moc"
