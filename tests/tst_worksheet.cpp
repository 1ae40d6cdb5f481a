// The offline worksheet: an audit's checklist out as CSV, filled in elsewhere, and back
// in as one undoable command; broken rows are reported with line and column, and then
// nothing is imported.

#include "testutil.h"

#include "audits.h"
#include "document.h"
#include "domain/audit.h"
#include "io/csv.h"
#include "io/worksheet.h"
#include "sample.h"
#include "stores/auditstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace rampart;
using namespace rampart::test;

namespace {

using SheetEdit = std::function<void(QList<QStringList> &rows)>;

const QString AuditReference = QStringLiteral("IA-2026-01");

// Rows of the worksheet: 0 is the header, 1 the remark, items from 2 on.
QList<QStringList> rowsOf(const QByteArray &csv)
{
    CsvTable table;
    QString error;
    if (!Csv::parse(csv, &table, &error))
        return {};
    QList<QStringList> rows{table.header};
    rows += table.rows;
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(SheetEdit)

class TestWorksheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportHasOneRowPerItem();
    void roundTripWithEdits();
    void reimportIsNotAConflict();
    void dryRunWritesNothing();
    void brokenWorksheet_data();
    void brokenWorksheet();
    void notUtf8();
    void conflictWithChangeMadeAfterExport();

private:
    QByteArray exported() const;
    WorksheetPlan importBytes(const QByteArray &csv, bool dryRun, bool *ok, QString *error);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    qint64 m_audit = 0;
};

void TestWorksheet::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    const QString path = m_dir->file(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    m_doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_audit = m_doc->audits().idForReference(AuditReference);
    QVERIFY(m_audit > 0);
}

void TestWorksheet::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

QByteArray TestWorksheet::exported() const
{
    return Worksheet::toCsv(*m_doc, m_audit);
}

WorksheetPlan TestWorksheet::importBytes(const QByteArray &csv, bool dryRun, bool *ok, QString *error)
{
    const QString path = m_dir->file(QStringLiteral("in.csv"));
    writeFile(path, csv);
    WorksheetPlan plan;
    *ok = Worksheet::importFrom(*m_doc, m_audit, path, dryRun, &plan, error);
    return plan;
}

void TestWorksheet::exportHasOneRowPerItem()
{
    const QByteArray csv = exported();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = rowsOf(csv);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Item key"), QStringLiteral("Clause/control"),
                                      QStringLiteral("Question"), QStringLiteral("Result"), QStringLiteral("Evidence"),
                                      QStringLiteral("Notes"), QStringLiteral("Interviewed"),
                                      QStringLiteral("Export stamp")}));
    QVERIFY(rows.at(1).at(0).startsWith(QLatin1Char('#')));
    const std::vector<Record> items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, m_audit);
    QCOMPARE(rows.size(), qsizetype(items.size()) + 2);
    QCOMPARE(rows.at(2).at(0), QStringLiteral("IA-2026-01/01"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("A.5.1"));
    QCOMPARE(rows.at(2).at(2), items[0].text(ChecklistItem::Question));
    QCOMPARE(rows.at(2).at(3), QStringLiteral("Not yet assessed"));
    QCOMPARE(rows.at(2).at(7), QStringLiteral("1"));
    // The auditor's own question has no clause or control.
    QCOMPARE(rows.last().at(1), QString());
}

void TestWorksheet::roundTripWithEdits()
{
    QList<QStringList> rows = rowsOf(exported());
    // Results typed the way people type them.
    rows[2][3] = QStringLiteral("conforming");
    rows[2][4] = QStringLiteral("Policy ISP-01 v2.3, approved 2026-09-01");
    rows[3][3] = QStringLiteral("  MINOR NONCONFORMITY ");
    rows[3][5] = QStringLiteral("Two roles have no written security duties.\nSee HR job catalogue.");
    rows[3][6] = QStringLiteral("Sophie Turner; Priya Raman");
    rows[4][3] = QStringLiteral("ofi");
    rows[4][5] = QStringLiteral("=Consider a segregation matrix");  // a formula-looking note stays text
    rows[5][3] = QStringLiteral("Observation");
    rows.last()[3] = QStringLiteral("Major nonconformity");
    // A row left as exported changes nothing.
    const QByteArray csv = Csv::write(rows);

    const int steps = m_doc->undoStack()->count();
    QSignalSpy changed(m_doc.get(), &Document::changed);
    bool ok = false;
    QString error;
    const WorksheetPlan plan = importBytes(csv, false, &ok, &error);
    QVERIFY2(ok, qPrintable(error + QLatin1Char('\n') + (plan.problems.empty() ? QString() : plan.problems.front().toString())));
    QCOMPARE(plan.changedItems, 5);
    QCOMPARE(plan.rows, 38);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY2(m_doc->undoStack()->undoText().contains(AuditReference), qPrintable(m_doc->undoStack()->undoText()));
    QCOMPARE(changed.count(), int(plan.edits.size()));

    std::vector<Record> items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, m_audit);
    QCOMPARE(items[0].text(ChecklistItem::Result), QStringLiteral("conforming"));
    QCOMPARE(items[0].text(ChecklistItem::Evidence), QStringLiteral("Policy ISP-01 v2.3, approved 2026-09-01"));
    QCOMPARE(items[1].text(ChecklistItem::Result), QStringLiteral("minor"));
    QCOMPARE(items[1].text(ChecklistItem::Notes), QStringLiteral("Two roles have no written security duties.\nSee HR job catalogue."));
    QCOMPARE(items[1].text(ChecklistItem::Interviewed), QStringLiteral("Sophie Turner; Priya Raman"));
    QCOMPARE(items[2].text(ChecklistItem::Result), QStringLiteral("ofi"));
    QCOMPARE(items[2].text(ChecklistItem::Notes), QStringLiteral("=Consider a segregation matrix"));
    QCOMPARE(items[3].text(ChecklistItem::Result), QStringLiteral("observation"));
    QCOMPARE(items.back().text(ChecklistItem::Result), QStringLiteral("major"));
    QCOMPARE(items[4].text(ChecklistItem::Result), QStringLiteral("not_assessed"));
    QVERIFY(items[1].number(ChecklistItem::Revision) > 1);
    // The next export says what was imported, and keeps the note a text.
    const QList<QStringList> again = rowsOf(exported());
    QCOMPARE(again[3][3], QStringLiteral("Minor nonconformity"));
    QCOMPARE(again[4][5], QStringLiteral("'=Consider a segregation matrix"));

    // One undo step takes the whole import back.
    m_doc->undoStack()->undo();
    items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, m_audit);
    for (const Record &item : items) {
        QCOMPARE(item.text(ChecklistItem::Result), QStringLiteral("not_assessed"));
        QCOMPARE(item.text(ChecklistItem::Notes), QString());
    }
}

void TestWorksheet::reimportIsNotAConflict()
{
    QList<QStringList> rows = rowsOf(exported());
    rows[2][3] = QStringLiteral("Conforming");
    const QByteArray csv = Csv::write(rows);
    bool ok = false;
    QString error;
    importBytes(csv, false, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    const int steps = m_doc->undoStack()->count();
    // The same sheet again: the item's revision moved on, but nothing would change.
    const WorksheetPlan plan = importBytes(csv, false, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(plan.changedItems, 0);
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestWorksheet::dryRunWritesNothing()
{
    QList<QStringList> rows = rowsOf(exported());
    rows[2][3] = QStringLiteral("Conforming");
    rows[3][3] = QStringLiteral("Conforming");
    const int steps = m_doc->undoStack()->count();
    bool ok = false;
    QString error;
    const WorksheetPlan plan = importBytes(Csv::write(rows), true, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(plan.changedItems, 2);
    QVERIFY(plan.summary(true).contains(QLatin1String("would be updated")));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, m_audit).front().text(ChecklistItem::Result),
             QStringLiteral("not_assessed"));
}

void TestWorksheet::brokenWorksheet_data()
{
    QTest::addColumn<SheetEdit>("edit");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    // A good change on the first item row makes sure nothing lands half-way.
    QTest::newRow("unknown item") << SheetEdit([](QList<QStringList> &rows) { rows[5][0] = QStringLiteral("IA-2026-01/99"); })
                                  << 6 << 1 << "there is no item IA-2026-01/99";
    QTest::newRow("item of another audit")
        << SheetEdit([](QList<QStringList> &rows) { rows[5][0] = QStringLiteral("IA-2025-01/03"); }) << 6 << 1
        << "belongs to audit IA-2025-01";
    QTest::newRow("bad result") << SheetEdit([](QList<QStringList> &rows) { rows[4][3] = QStringLiteral("Partly OK"); })
                                << 5 << 4 << "\"Partly OK\" is not a result";
    QTest::newRow("ragged row") << SheetEdit([](QList<QStringList> &rows) { rows[6].removeLast(); rows[6].removeLast(); })
                                << 7 << 7 << "this row has 6 cells but the header has 8";
    QTest::newRow("duplicate item") << SheetEdit([](QList<QStringList> &rows) { rows[7][0] = rows[3][0]; })
                                    << 8 << 1 << "appears twice (also on line 4)";
    QTest::newRow("missing column") << SheetEdit([](QList<QStringList> &rows) {
        for (QStringList &row : rows)
            row.removeAt(7);
    }) << 1 << 0 << "the column \"Export stamp\" is missing";
    QTest::newRow("unknown column") << SheetEdit([](QList<QStringList> &rows) {
        rows[0] << QStringLiteral("My notes");
        for (qsizetype i = 1; i < rows.size(); ++i)
            rows[i] << QString();
    }) << 1 << 9 << "unknown column \"My notes\"";
    QTest::newRow("question changed in the sheet") << SheetEdit([](QList<QStringList> &rows) {
        rows[4][2] = QStringLiteral("A better question?");
        rows[4][3] = QStringLiteral("Conforming");
    }) << 5 << 3 << "the question of item IA-2026-01/03 is not the one in Rampart";
    QTest::newRow("stamp not a number") << SheetEdit([](QList<QStringList> &rows) {
        rows[4][7] = QStringLiteral("abc");
    }) << 5 << 8 << "export stamp";
}

void TestWorksheet::brokenWorksheet()
{
    QFETCH(SheetEdit, edit);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    QList<QStringList> rows = rowsOf(exported());
    rows[2][3] = QStringLiteral("Conforming");
    edit(rows);
    const QByteArray csv = Csv::write(rows);
    const QString path = m_dir->file(QStringLiteral("in.csv"));
    QVERIFY(writeFile(path, csv));

    // "Not a byte changed": measured on the file with the document closed around it.
    const QString isms = m_doc->path();
    m_doc.reset();
    QVERIFY(backdate(isms));
    const FileState before = fileState(isms);
    QString error;
    m_doc = Document::open(isms, Database::Access::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));

    WorksheetPlan plan;
    QVERIFY(!Worksheet::importFrom(*m_doc, m_audit, path, false, &plan, &error));
    QVERIFY2(error.contains(QLatin1String("nothing was imported")), qPrintable(error));
    QVERIFY(!plan.problems.empty());
    const WorksheetProblem &p = plan.problems.front();
    QVERIFY2(p.line == line && p.column == column && p.message.contains(message), qPrintable(p.toString()));
    QVERIFY(plan.edits.empty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    m_doc.reset();
    QCOMPARE(fileState(isms), before);
}

void TestWorksheet::notUtf8()
{
    QList<QStringList> rows = rowsOf(exported());
    rows[3][4] = QStringLiteral("Caf\u00e9");
    QByteArray csv = Csv::write(rows);
    // A spreadsheet that saved it as Latin-1.
    csv.replace("Caf\xC3\xA9", "Caf\xE9");
    bool ok = true;
    QString error;
    const WorksheetPlan plan = importBytes(csv, false, &ok, &error);
    QVERIFY(!ok);
    QCOMPARE(plan.problems.size(), size_t(1));
    QVERIFY2(plan.problems.front().toString().contains(QLatin1String("line 4, column")), qPrintable(plan.problems.front().toString()));
    QVERIFY(plan.problems.front().toString().contains(QLatin1String("not UTF-8")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestWorksheet::conflictWithChangeMadeAfterExport()
{
    QList<QStringList> rows = rowsOf(exported());
    // Meanwhile, in Rampart, someone records evidence on the third item.
    const std::vector<Record> items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, m_audit);
    QVERIFY(m_doc->setValue(Entity::ChecklistItem, items[2].id, ChecklistItem::Evidence, QStringLiteral("Seen in Rampart")));
    const int steps = m_doc->undoStack()->count();
    rows[2][3] = QStringLiteral("Conforming");
    rows[4][3] = QStringLiteral("Minor nonconformity");
    rows[4][5] = QStringLiteral("Written on paper");
    bool ok = true;
    QString error;
    const WorksheetPlan plan = importBytes(Csv::write(rows), false, &ok, &error);
    QVERIFY(!ok);
    QCOMPARE(plan.problems.size(), size_t(1));
    const WorksheetProblem &p = plan.problems.front();
    // The first value of the row that differs from Rampart's: the result.
    QCOMPARE(p.line, 5);
    QCOMPARE(p.column, 4);
    QVERIFY2(p.message.contains(QLatin1String("conflict")) && p.message.contains(QLatin1String("IA-2026-01/03")),
             qPrintable(p.message));
    // Nothing landed, not even the good first row.
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->checklistItems().record(items[0].id)->text(ChecklistItem::Result), QStringLiteral("not_assessed"));
    QCOMPARE(m_doc->checklistItems().record(items[2].id)->text(ChecklistItem::Evidence), QStringLiteral("Seen in Rampart"));
}

QTEST_GUILESS_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
