// The generic register mechanism, tested once and thoroughly on a few registers: the
// model, the edit facade, the commands and undo, the change log, validation, deletes
// that take their dependents with them, fixed rows, read-only files.

#include "ismstestutil.h"

#include "domain/ismsregisters.h"
#include "models/registermodel.h"
#include "stores/changelogstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace rampart;

class TestRegisterMechanism : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpApplication(); }
    void init();
    void cleanup();

    void addEditUndoRedo();
    void editsAnnouncePreciseChanges();
    void repeatedEditsMerge();
    void referencesAreNumberedAndUnique();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void valuesAreNormalised();
    void changeLogRecordsReadableValues();
    void deletingAParentTakesItsChildrenAndUndoRestoresThem();
    void deletingALinkTargetClearsLinksAndUndoRestoresThem();
    void deletingADocumentUnlinksRequirementsAndUndoRelinks();
    void deleteIsAtomic();
    void fixedRowsCannotBeAddedOrDeleted();
    void parentFilterShowsOneParentsRows();
    void attentionFollowsTheRules();
    void readOnlyFileRefusesEdits();
    void resolvesReferences();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestRegisterMechanism::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doc = test::newDocument(*m_dir);
    QVERIFY(m_doc);
}

void TestRegisterMechanism::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestRegisterMechanism::addEditUndoRedo()
{
    RegisterModel model(m_doc.get(), Entity::Issue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 logBefore = m_doc->changeLog().count();

    const qint64 id = model.addRecord({{QStringLiteral("issue"), QStringLiteral("Cloud provider concentration")}});
    QVERIFY(id > 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.value(0, IssueField::Ref).toString(), QStringLiteral("ISS-01"));
    QCOMPARE(model.value(0, IssueField::Issue).toString(), QStringLiteral("Cloud provider concentration"));
    QCOMPARE(m_doc->changeLog().count(), logBefore + 1);
    const QString uid = m_doc->registerStore(Entity::Issue)->row(id).uid;
    QVERIFY(!uid.isEmpty());

    QVERIFY(model.setData(model.index(0, IssueField::Category), QStringLiteral("external")));
    QCOMPARE(model.data(model.index(0, IssueField::Category)).toString(), QStringLiteral("External"));
    QCOMPARE(model.data(model.index(0, IssueField::Category), Qt::EditRole).toString(), QStringLiteral("external"));
    QCOMPARE(m_doc->undoStack()->count(), 2);

    m_doc->undoStack()->undo();
    QVERIFY(model.value(0, IssueField::Category).isNull());
    m_doc->undoStack()->redo();
    QCOMPARE(model.value(0, IssueField::Category).toString(), QStringLiteral("external"));

    // Undo the edit and the add: the row goes; redo brings back the very same row.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowId(0), id);
    QCOMPARE(m_doc->registerStore(Entity::Issue)->row(id).uid, uid);
    QCOMPARE(model.value(0, IssueField::Ref).toString(), QStringLiteral("ISS-01"));
    m_doc->undoStack()->redo();
    QCOMPARE(model.value(0, IssueField::Category).toString(), QStringLiteral("external"));

    QVERIFY(model.deleteRecord(0));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete issue ISS-01"));
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.value(0, IssueField::Category).toString(), QStringLiteral("external"));
    QCOMPARE(m_doc->registerStore(Entity::Issue)->row(id).uid, uid);
}

void TestRegisterMechanism::editsAnnouncePreciseChanges()
{
    RegisterModel model(m_doc.get(), Entity::IsmsDocument);
    model.addRecord({{QStringLiteral("title"), QStringLiteral("Policy")}});
    model.addRecord({{QStringLiteral("title"), QStringLiteral("Procedure")}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(model.setData(model.index(1, DocumentField::Owner), QStringLiteral("Priya")));
    // The cell, and nothing else: the owner does not change whether the row needs attention.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, DocumentField::Owner));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, DocumentField::Owner));
    QCOMPARE(reset.count(), 0);

    // Setting an approval date changes the cell and the row's attention.
    changed.clear();
    QVERIFY(model.setData(model.index(1, DocumentField::ApprovedOn), QStringLiteral("2026-01-10")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, DocumentField::ApprovedOn));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, 0));
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(RegisterModel::AttentionRole));

    // An unchanged value pushes nothing.
    const int commands = m_doc->undoStack()->count();
    QVERIFY(!model.setData(model.index(1, DocumentField::Owner), QStringLiteral("Priya")));
    QCOMPARE(m_doc->undoStack()->count(), commands);
}

void TestRegisterMechanism::repeatedEditsMerge()
{
    RegisterModel model(m_doc.get(), Entity::Role);
    model.addRecord({{QStringLiteral("role"), QStringLiteral("CISO")}});
    const int commands = m_doc->undoStack()->count();
    QVERIFY(model.setData(model.index(0, RoleField::Person), QStringLiteral("P")));
    QVERIFY(model.setData(model.index(0, RoleField::Person), QStringLiteral("Pr")));
    QVERIFY(model.setData(model.index(0, RoleField::Person), QStringLiteral("Priya")));
    QCOMPARE(m_doc->undoStack()->count(), commands + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(model.value(0, RoleField::Person).toString(), QString());
}

void TestRegisterMechanism::referencesAreNumberedAndUnique()
{
    RegisterModel model(m_doc.get(), Entity::IsmsDocument);
    for (int i = 0; i < 3; ++i)
        QVERIFY(model.addRecord() > 0);
    QCOMPARE(model.value(0, DocumentField::Ref).toString(), QStringLiteral("DOC-001"));
    QCOMPARE(model.value(2, DocumentField::Ref).toString(), QStringLiteral("DOC-003"));
    QCOMPARE(model.value(2, DocumentField::Title).toString(), QStringLiteral("New document"));
    QVERIFY(model.deleteRecord(1));
    QVERIFY(model.addRecord() > 0);
    QCOMPARE(model.value(2, DocumentField::Ref).toString(), QStringLiteral("DOC-004"));

    // People may use their own numbering, but never one reference twice, and never none.
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    QVERIFY(model.setData(model.index(0, DocumentField::Ref), QStringLiteral("ISMS-POL-01")));
    QVERIFY(!model.setData(model.index(1, DocumentField::Ref), QStringLiteral("ISMS-POL-01")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("already used")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!model.setData(model.index(1, DocumentField::Ref), QStringLiteral("  ")));
    QCOMPARE(model.value(1, DocumentField::Ref).toString(), QStringLiteral("DOC-003"));
    // A failed edit leaves nothing on the undo stack.
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change reference"));
}

void TestRegisterMechanism::invalidValuesAreRefused_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("date month 13") << int(Entity::IsmsDocument) << int(DocumentField::NextReview)
                                   << QVariant(QStringLiteral("2026-13-01")) << QStringLiteral("not a date");
    QTest::newRow("date 30 February") << int(Entity::IsmsDocument) << int(DocumentField::NextReview)
                                      << QVariant(QStringLiteral("2026-02-30")) << QStringLiteral("not a date");
    QTest::newRow("date in words") << int(Entity::IsmsDocument) << int(DocumentField::ApprovedOn)
                                   << QVariant(QStringLiteral("next week")) << QStringLiteral("not a date");
    QTest::newRow("unknown choice") << int(Entity::IsmsDocument) << int(DocumentField::Type)
                                    << QVariant(QStringLiteral("memo")) << QStringLiteral("is not one of");
    QTest::newRow("number in words") << int(Entity::Metric) << int(MetricField::TargetValue)
                                     << QVariant(QStringLiteral("ninety")) << QStringLiteral("not a number");
    QTest::newRow("infinite number") << int(Entity::Metric) << int(MetricField::TargetValue)
                                     << QVariant(QStringLiteral("inf")) << QStringLiteral("not a number");
    QTest::newRow("unknown clause") << int(Entity::IsmsDocument) << int(DocumentField::Clauses)
                                    << QVariant(QStringList{QStringLiteral("5.2"), QStringLiteral("11.1")})
                                    << QStringLiteral("not a clause");
    QTest::newRow("unknown control") << int(Entity::IsmsDocument) << int(DocumentField::Controls)
                                     << QVariant(QStringList{QStringLiteral("5.99")})
                                     << QStringLiteral("not an Annex A control");
    QTest::newRow("missing link target") << int(Entity::Metric) << int(MetricField::Objective)
                                         << QVariant(qint64(4711)) << QStringLiteral("no longer exists");
}

void TestRegisterMechanism::invalidValuesAreRefused()
{
    QFETCH(int, entity);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    RegisterModel model(m_doc.get(), Entity(entity));
    QVERIFY(model.addRecord() > 0);
    const QVariant before = model.value(0, field);
    const qint64 logBefore = m_doc->changeLog().count();
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    QVERIFY(!model.setData(model.index(0, field), value));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(message), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(model.value(0, field), before);
    QCOMPARE(m_doc->changeLog().count(), logBefore);
}

void TestRegisterMechanism::valuesAreNormalised()
{
    RegisterModel documents(m_doc.get(), Entity::IsmsDocument);
    documents.addRecord();
    QVERIFY(documents.setData(documents.index(0, DocumentField::NextReview), QDate(2027, 3, 1)));
    QCOMPARE(documents.value(0, DocumentField::NextReview).toString(), QStringLiteral("2027-03-01"));
    QVERIFY(documents.setData(documents.index(0, DocumentField::NextReview), QString()));
    QVERIFY(documents.value(0, DocumentField::NextReview).isNull());
    // A set is kept in catalog order, without repeats; asking for the same set in
    // another order changes nothing.
    QVERIFY(documents.setData(documents.index(0, DocumentField::Clauses),
                              QStringList{QStringLiteral("7.5"), QStringLiteral("5.2"), QStringLiteral("7.5")}));
    QCOMPARE(documents.value(0, DocumentField::Clauses).toStringList(),
             (QStringList{QStringLiteral("5.2"), QStringLiteral("7.5")}));
    QCOMPARE(documents.data(documents.index(0, DocumentField::Clauses)).toString(), QStringLiteral("5.2, 7.5"));
    QVERIFY(!documents.setData(documents.index(0, DocumentField::Clauses),
                               QStringList{QStringLiteral("7.5"), QStringLiteral("5.2")}));

    RegisterModel metrics(m_doc.get(), Entity::Metric);
    metrics.addRecord();
    QVERIFY(metrics.setData(metrics.index(0, MetricField::TargetValue), QStringLiteral("99.5")));
    QCOMPARE(metrics.value(0, MetricField::TargetValue).toDouble(), 99.5);
    QVERIFY(metrics.setData(metrics.index(0, MetricField::TargetValue), QString()));
    QVERIFY(metrics.value(0, MetricField::TargetValue).isNull());
}

void TestRegisterMechanism::changeLogRecordsReadableValues()
{
    const qint64 objective = test::add(*m_doc, Entity::Objective,
                                       {{QStringLiteral("objective"), QStringLiteral("Patch faster")}});
    RegisterModel metrics(m_doc.get(), Entity::Metric);
    metrics.addRecord({{QStringLiteral("name"), QStringLiteral("Patch latency")}});
    QVERIFY(metrics.setData(metrics.index(0, MetricField::Objective), objective));
    ChangeLogEntry entry = m_doc->changeLog().latest(1).front();
    QCOMPARE(entry.entity, QStringLiteral("metric"));
    QCOMPARE(entry.rowReference, QStringLiteral("MET-01"));
    QCOMPARE(entry.field, QStringLiteral("objective_id"));
    QVERIFY(entry.oldValue.isNull());
    QCOMPARE(entry.newValue.toString(), QStringLiteral("OBJ-01"));
    QCOMPARE(metrics.data(metrics.index(0, MetricField::Objective)).toString(), QStringLiteral("OBJ-01 Patch faster"));

    RegisterModel documents(m_doc.get(), Entity::IsmsDocument);
    documents.addRecord({{QStringLiteral("title"), QStringLiteral("Access control policy")}});
    entry = m_doc->changeLog().latest(1).front();
    QCOMPARE(entry.rowReference, QStringLiteral("DOC-001"));
    QCOMPARE(entry.newValue.toString(), QStringLiteral("Access control policy"));
    QVERIFY(documents.setData(documents.index(0, DocumentField::Controls),
                              QStringList{QStringLiteral("5.15"), QStringLiteral("8.5")}));
    entry = m_doc->changeLog().latest(1).front();
    QCOMPARE(entry.newValue.toString(), QStringLiteral("5.15, 8.5"));
    QCOMPARE(m_doc->fieldLabelForKey(QStringLiteral("isms_document"), QStringLiteral("controls")),
             QStringLiteral("Controls served"));
    QCOMPARE(m_doc->entityLabelForKey(QStringLiteral("isms_document")), QStringLiteral("Document"));

    // A value of a metric is logged under its metric's reference.
    const qint64 metric = metrics.rowId(0);
    test::add(*m_doc, Entity::Measurement,
              {{QStringLiteral("metric_id"), metric}, {QStringLiteral("measured_on"), QStringLiteral("2026-01-31")},
               {QStringLiteral("value"), 12.0}});
    entry = m_doc->changeLog().latest(1).front();
    QCOMPARE(entry.entity, QStringLiteral("measurement"));
    QCOMPARE(entry.rowReference, QStringLiteral("MET-01"));
}

void TestRegisterMechanism::deletingAParentTakesItsChildrenAndUndoRestoresThem()
{
    RegisterModel metrics(m_doc.get(), Entity::Metric);
    RegisterModel values(m_doc.get(), Entity::Measurement);
    QAbstractItemModelTester tester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 metric = metrics.addRecord({{QStringLiteral("name"), QStringLiteral("Phishing click rate")}});
    const qint64 other = metrics.addRecord({{QStringLiteral("name"), QStringLiteral("Backup restore tests")}});
    QList<qint64> ids;
    for (int month = 1; month <= 3; ++month)
        ids << test::add(*m_doc, Entity::Measurement,
                         {{QStringLiteral("metric_id"), metric},
                          {QStringLiteral("measured_on"), QDate(2026, month, 28).toString(Qt::ISODate)},
                          {QStringLiteral("value"), 10.0 - month}});
    test::add(*m_doc, Entity::Measurement,
              {{QStringLiteral("metric_id"), other}, {QStringLiteral("measured_on"), QStringLiteral("2026-02-01")},
               {QStringLiteral("value"), 1.0}});
    QCOMPARE(values.rowCount(), 4);
    const RegisterStore *store = m_doc->registerStore(Entity::Measurement);
    const QString uid = store->row(ids.at(1)).uid;

    QVERIFY(metrics.deleteRecord(metrics.rowOf(metric)));
    QCOMPARE(metrics.rowCount(), 1);
    QCOMPARE(values.rowCount(), 1);
    QCOMPARE(test::rowCount(*m_doc, QStringLiteral("measurement")), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(metrics.rowCount(), 2);
    QCOMPARE(values.rowCount(), 4);
    QCOMPARE(store->row(ids.at(1)).uid, uid);
    QCOMPARE(store->row(ids.at(1)).values.value(MeasurementField::Value).toDouble(), 8.0);
    QCOMPARE(store->row(ids.at(1)).values.value(MeasurementField::Metric).toLongLong(), metric);

    m_doc->undoStack()->redo();
    QCOMPARE(values.rowCount(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(values.rowCount(), 4);
}

void TestRegisterMechanism::deletingALinkTargetClearsLinksAndUndoRestoresThem()
{
    RegisterModel objectives(m_doc.get(), Entity::Objective);
    RegisterModel metrics(m_doc.get(), Entity::Metric);
    const qint64 objective = objectives.addRecord({{QStringLiteral("objective"), QStringLiteral("Fewer incidents")}});
    metrics.addRecord({{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("objective_id"), objective}});
    metrics.addRecord({{QStringLiteral("name"), QStringLiteral("B")}, {QStringLiteral("objective_id"), objective}});
    QCOMPARE(metrics.value(1, MetricField::Objective).toLongLong(), objective);
    QSignalSpy changed(&metrics, &QAbstractItemModel::dataChanged);

    QVERIFY(objectives.deleteRecord(0));
    QVERIFY(metrics.value(0, MetricField::Objective).isNull());
    QVERIFY(metrics.value(1, MetricField::Objective).isNull());
    QVERIFY(changed.count() >= 2);

    m_doc->undoStack()->undo();
    QCOMPARE(objectives.rowCount(), 1);
    QCOMPARE(metrics.value(0, MetricField::Objective).toLongLong(), objective);
    QCOMPARE(metrics.value(1, MetricField::Objective).toLongLong(), objective);
    QCOMPARE(metrics.data(metrics.index(1, MetricField::Objective)).toString(), QStringLiteral("OBJ-01 Fewer incidents"));
}

void TestRegisterMechanism::deletingADocumentUnlinksRequirementsAndUndoRelinks()
{
    RegisterModel documents(m_doc.get(), Entity::IsmsDocument);
    RegisterModel requirements(m_doc.get(), Entity::Requirement);
    documents.addRecord({{QStringLiteral("title"), QStringLiteral("Policy")}});
    documents.addRecord({{QStringLiteral("title"), QStringLiteral("Scope")}});
    int row52 = -1;
    for (int row = 0; row < requirements.rowCount(); ++row) {
        if (requirements.value(row, RequirementField::Clause).toString() == QLatin1String("5.2"))
            row52 = row;
    }
    QVERIFY(row52 >= 0);
    QVERIFY(requirements.setData(requirements.index(row52, RequirementField::Documents),
                                 QStringList{QStringLiteral("DOC-001"), QStringLiteral("DOC-002")}));

    QVERIFY(documents.deleteRecord(0));
    QCOMPARE(requirements.value(row52, RequirementField::Documents).toStringList(), QStringList{QStringLiteral("DOC-002")});
    m_doc->undoStack()->undo();
    QCOMPARE(requirements.value(row52, RequirementField::Documents).toStringList(),
             (QStringList{QStringLiteral("DOC-001"), QStringLiteral("DOC-002")}));

    // Renaming a document shows in the requirements that list it.
    QVERIFY(documents.setData(documents.index(1, DocumentField::Ref), QStringLiteral("ISMS-04")));
    QCOMPARE(requirements.value(row52, RequirementField::Documents).toStringList(),
             (QStringList{QStringLiteral("DOC-001"), QStringLiteral("ISMS-04")}));
}

void TestRegisterMechanism::deleteIsAtomic()
{
    RegisterModel metrics(m_doc.get(), Entity::Metric);
    const qint64 metric = metrics.addRecord({{QStringLiteral("name"), QStringLiteral("M")}});
    test::add(*m_doc, Entity::Measurement,
              {{QStringLiteral("metric_id"), metric}, {QStringLiteral("measured_on"), QStringLiteral("2026-01-01")},
               {QStringLiteral("value"), 1.0}});
    // The values go first and the metric last: make the last step fail.
    QSqlQuery query(m_doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON metric"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const int commands = m_doc->undoStack()->count();
    QVERIFY(!metrics.deleteRecord(0));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(test::rowCount(*m_doc, QStringLiteral("measurement")), 1);
    QCOMPARE(metrics.rowCount(), 1);
    QCOMPARE(m_doc->undoStack()->count(), commands);
}

void TestRegisterMechanism::fixedRowsCannotBeAddedOrDeleted()
{
    RegisterModel requirements(m_doc.get(), Entity::Requirement);
    QAbstractItemModelTester tester(&requirements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int subClauses = 0;
    for (const CatalogClause &clause : m_doc->catalog().clauses)
        subClauses += clause.level >= 2 ? 1 : 0;
    QCOMPARE(subClauses, 34);
    QCOMPARE(requirements.rowCount(), subClauses);
    QCOMPARE(requirements.value(0, RequirementField::Clause).toString(), QStringLiteral("4.1"));
    QCOMPARE(requirements.value(subClauses - 1, RequirementField::Clause).toString(), QStringLiteral("10.2"));
    QCOMPARE(requirements.addRecord(), 0);
    QVERIFY(!requirements.deleteRecord(0));
    QVERIFY(!(requirements.flags(requirements.index(0, RequirementField::Clause)) & Qt::ItemIsEditable));
    QVERIFY(requirements.setData(requirements.index(0, RequirementField::Status), QStringLiteral("done")));
    QCOMPARE(requirements.data(requirements.index(0, RequirementField::Status)).toString(), QStringLiteral("Done"));
    QCOMPARE(m_doc->changeLog().latest(1).front().rowReference, QStringLiteral("4.1"));
}

void TestRegisterMechanism::parentFilterShowsOneParentsRows()
{
    const qint64 a = test::add(*m_doc, Entity::Metric, {{QStringLiteral("name"), QStringLiteral("A")}});
    const qint64 b = test::add(*m_doc, Entity::Metric, {{QStringLiteral("name"), QStringLiteral("B")}});
    RegisterModel values(m_doc.get(), Entity::Measurement);
    QAbstractItemModelTester tester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
    values.setParentFilter(0);
    QCOMPARE(values.rowCount(), 0);
    QCOMPARE(values.addRecord(), 0);  // no metric chosen: nothing to add to
    values.setParentFilter(a);
    const qint64 first = values.addRecord({{QStringLiteral("value"), 3.0}});
    QVERIFY(first > 0);
    QCOMPARE(values.rowCount(), 1);
    QCOMPARE(values.value(0, MeasurementField::MeasuredOn).toString(), QDate::currentDate().toString(Qt::ISODate));
    QSignalSpy inserted(&values, &QAbstractItemModel::rowsInserted);
    test::add(*m_doc, Entity::Measurement,
              {{QStringLiteral("metric_id"), b}, {QStringLiteral("measured_on"), QStringLiteral("2026-01-01")},
               {QStringLiteral("value"), 5.0}});
    QCOMPARE(inserted.count(), 0);
    values.setParentFilter(b);
    QCOMPARE(values.rowCount(), 1);
    QCOMPARE(values.value(0, MeasurementField::Value).toDouble(), 5.0);
}

void TestRegisterMechanism::attentionFollowsTheRules()
{
    RegisterModel documents(m_doc.get(), Entity::IsmsDocument);
    documents.setToday(QDate(2026, 6, 1));
    documents.addRecord({{QStringLiteral("title"), QStringLiteral("Policy")},
                         {QStringLiteral("approved_on"), QStringLiteral("2025-05-01")},
                         {QStringLiteral("next_review"), QStringLiteral("2026-05-01")}});
    documents.addRecord({{QStringLiteral("title"), QStringLiteral("Plan")},
                         {QStringLiteral("approved_on"), QStringLiteral("2026-01-01")},
                         {QStringLiteral("next_review"), QStringLiteral("2027-01-01")}});
    QCOMPARE(documents.attention(0), QStringLiteral("Review overdue since 2026-05-01"));
    QVERIFY(documents.data(documents.index(0, DocumentField::Title), Qt::BackgroundRole).isValid());
    QVERIFY(documents.attention(1).isEmpty());
    QVERIFY(!documents.data(documents.index(1, DocumentField::Title), Qt::BackgroundRole).isValid());
    QCOMPARE(documents.attentionCount(), 1);
    documents.setToday(QDate(2027, 2, 1));
    QCOMPARE(documents.attentionCount(), 2);
}

void TestRegisterMechanism::readOnlyFileRefusesEdits()
{
    test::add(*m_doc, Entity::Issue, {{QStringLiteral("issue"), QStringLiteral("Skills shortage")}});
    const QString path = m_doc->path();
    m_doc.reset();
    QString error;
    auto readOnly = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(readOnly, qPrintable(error));
    RegisterModel model(readOnly.get(), Entity::Issue);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!(model.flags(model.index(0, IssueField::Issue)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, IssueField::Issue), QStringLiteral("x")));
    QCOMPARE(model.addRecord(), 0);
    QVERIFY(!model.deleteRecord(0));
    QCOMPARE(model.rowCount(), 1);
}

void TestRegisterMechanism::resolvesReferences()
{
    test::add(*m_doc, Entity::IsmsDocument, {{QStringLiteral("title"), QStringLiteral("Policy")}});
    const qint64 second = test::add(*m_doc, Entity::IsmsDocument, {{QStringLiteral("title"), QStringLiteral("Plan")}});
    const RegisterStore *documents = m_doc->registerStore(Entity::IsmsDocument);
    QCOMPARE(documents->idForReference(QStringLiteral("DOC-002")), second);
    QCOMPARE(documents->idForReference(QStringLiteral("DOC-009")), 0);
    QCOMPARE(documents->displayName(second), QStringLiteral("DOC-002 Plan"));
    QCOMPARE(documents->count(), 2);
}

QTEST_GUILESS_MAIN(TestRegisterMechanism)
#include "testregistermechanism.moc"
