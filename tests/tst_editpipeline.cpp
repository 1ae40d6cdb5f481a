// The one way of an edit: Document facade -> undo command -> store write in a
// transaction with a change-log row -> Document::changed.

#include "testutil.h"

#include "document.h"
#include "domain/organisation.h"
#include "stores/changelogstore.h"
#include "stores/organisationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QUuid>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rampart;
using namespace rampart::test;

namespace {

Change changeAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<Change>();
}

QString describe(const Change &c)
{
    return QStringLiteral("kind %1, entity %2, id %3, field %4")
        .arg(int(c.kind))
        .arg(entityKey(c.entity))
        .arg(c.id)
        .arg(c.field);
}

} // namespace

class TestEditPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setOrganisationValue_data();
    void setOrganisationValue();
    void setExclusionValue();
    void changePersistsWithoutSave();
    void changeSurvivesAKilledProcess();
    void changeLogRecordsEachWrite();
    void addRowUndoRedoKeepsIdAndUid();
    void removeRowUndoRestoresRow();
    void readOnlyDocumentRefusesEdits();
    void unchangedValuePushesNothing_data();
    void unchangedValuePushesNothing();
    void rapidEditsMerge();
    void mergeBackToOriginalLeavesNoStep();
    void editsOfDifferentFieldsDoNotMerge();
    void changedEmittedOncePerWrite();
    void failedWriteEmitsNoChange();
    void rolledBackBulkWorkAnnouncesNothing();

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_document;
    QString m_path;
};

void TestEditPipeline::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_path = m_dir->file(QStringLiteral("edit.isms"));
    QString error;
    m_document = Document::create(m_path, QStringLiteral("Acme Ltd"), &error);
    QVERIFY2(m_document, qPrintable(error));
}

void TestEditPipeline::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestEditPipeline::setOrganisationValue_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("name") << int(Organisation::Name) << QVariant(QStringLiteral("Acme Group plc"))
                          << QVariant(QStringLiteral("Acme Group plc"));
    QTest::newRow("sector") << int(Organisation::Sector) << QVariant(QStringLiteral("Logistics"))
                            << QVariant(QStringLiteral("Logistics"));
    QTest::newRow("headcount") << int(Organisation::Headcount) << QVariant(250) << QVariant(250);
    QTest::newRow("headcount as text") << int(Organisation::Headcount) << QVariant(QStringLiteral("75"))
                                       << QVariant(75);
    QTest::newRow("scope statement") << int(Organisation::ScopeStatement)
                                     << QVariant(QStringLiteral("All of it.\nReally all."))
                                     << QVariant(QStringLiteral("All of it.\nReally all."));
    QTest::newRow("scope interfaces") << int(Organisation::ScopeInterfaces)
                                      << QVariant(QStringLiteral("Cloud provider"))
                                      << QVariant(QStringLiteral("Cloud provider"));
}

void TestEditPipeline::setOrganisationValue()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);

    OrganisationStore &store = m_document->organisation();
    const QVariant before = store.value(Organisation::RowId, field);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 0);

    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, field, value));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(store.value(Organisation::RowId, field).toString(), stored.toString());
    QVERIFY(!stack->undoText().isEmpty());

    stack->undo();
    QCOMPARE(store.value(Organisation::RowId, field), before);
    stack->redo();
    QCOMPARE(store.value(Organisation::RowId, field).toString(), stored.toString());
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_document->database().transactionDepth(), 0);
}

void TestEditPipeline::setExclusionValue()
{
    const qint64 id = m_document->addRow(
        Entity::ScopeExclusion, {QStringLiteral("Canteen Wi-Fi"), QString()}, QStringLiteral("Add exclusion"));
    QVERIFY(id > 0);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 1);
    ScopeExclusionStore &store = m_document->scopeExclusions();

    QVERIFY(m_document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Justification,
                                 QStringLiteral("Guest network, no company data")));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(store.value(id, ScopeExclusion::Justification).toString(),
             QStringLiteral("Guest network, no company data"));
    QVERIFY(m_document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Exclusion,
                                 QStringLiteral("Canteen guest Wi-Fi")));
    QCOMPARE(stack->count(), 3);

    stack->undo();
    QCOMPARE(store.value(id, ScopeExclusion::Exclusion).toString(), QStringLiteral("Canteen Wi-Fi"));
    stack->undo();
    QCOMPARE(store.value(id, ScopeExclusion::Justification).toString(), QString());
    stack->redo();
    stack->redo();
    QCOMPARE(store.value(id, ScopeExclusion::Justification).toString(),
             QStringLiteral("Guest network, no company data"));
    QCOMPARE(store.value(id, ScopeExclusion::Exclusion).toString(), QStringLiteral("Canteen guest Wi-Fi"));
}

void TestEditPipeline::changeSurvivesAKilledProcess()
{
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                 QStringLiteral("Written before the crash")));
    // A killed process leaves its files exactly as they are at this moment, log and
    // all, and never closes the connection: copy them as they are, then open the copy.
    TempDir crashed;
    const QString copy = crashed.file(QStringLiteral("edit.isms"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QVERIFY(QFile::copy(m_path + suffix, copy + suffix));
    }
    QString error;
    {
        auto reopened = Document::open(copy, Database::Access::ReadWrite, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->organisation().read().sector, QStringLiteral("Written before the crash"));
    }
    // The recovering Rampart closed cleanly: nothing is left beside the file.
    QCOMPARE(QDir(crashed.path()).entryList(QDir::Files), QStringList{QStringLiteral("edit.isms")});
}

void TestEditPipeline::changePersistsWithoutSave()
{
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::ScopeStatement,
                                 QStringLiteral("Written through at once.")));
    const qint64 id = m_document->addRow(Entity::ScopeExclusion,
                                         {QStringLiteral("Staff canteen"), QStringLiteral("No information")},
                                         QStringLiteral("Add exclusion"));
    QVERIFY(id > 0);
    const QString uid = m_document->scopeExclusions().rowSnapshot(id).value(ScopeExclusion::FieldCount).toString();
    // No save: the document just goes away, as when the program is closed or dies.
    m_document.reset();

    QString error;
    m_document = Document::open(m_path, Database::Access::ReadWrite, &error);
    QVERIFY2(m_document, qPrintable(error));
    QCOMPARE(m_document->organisation().read().scopeStatement, QStringLiteral("Written through at once."));
    const std::vector<ScopeExclusion> rows = m_document->scopeExclusions().all();
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].id, id);
    QCOMPARE(rows[0].uid, uid);
    QCOMPARE(rows[0].exclusion, QStringLiteral("Staff canteen"));
    // Undo history is per session.
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestEditPipeline::changeLogRecordsEachWrite()
{
    ChangeLogStore &log = m_document->changeLog();
    const qint64 before = log.count();
    // Times have millisecond precision: keep the file's creation entry out of "since".
    QTest::qSleep(3);
    const QDateTime start = QDateTime::currentDateTimeUtc();

    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                 QStringLiteral("Acme Group plc")));
    QCOMPARE(log.count(), before + 1);
    ChangeLogEntry entry = log.latest(1).at(0);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QCOMPARE(entry.changedBy, ChangeLogStore::currentUser());
    QVERIFY(!entry.changedBy.isEmpty());
    QVERIFY2(entry.changedAt.isValid(), "the time is stored as ISO 8601 text");
    QCOMPARE(entry.changedAt.timeSpec(), Qt::UTC);
    QVERIFY2(entry.changedAt >= start && entry.changedAt <= end,
             qPrintable(entry.changedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(entry.entity, QStringLiteral("organisation"));
    QCOMPARE(entry.rowId, Organisation::RowId);
    QCOMPARE(entry.field, QStringLiteral("name"));
    QCOMPARE(entry.oldValue.toString(), QStringLiteral("Acme Ltd"));
    QCOMPARE(entry.newValue.toString(), QStringLiteral("Acme Group plc"));
    // The time is stored in UTC: the text ends in Z whatever the local zone.
    const QVariantList raw = sqliteQuery(m_path, QStringLiteral("SELECT changed_at FROM change_log ORDER BY id DESC LIMIT 1"));
    QVERIFY2(raw.value(0).toString().endsWith(QLatin1Char('Z')), qPrintable(raw.value(0).toString()));

    // Undo is a write too, and is recorded the other way round.
    m_document->undoStack()->undo();
    QCOMPARE(log.count(), before + 2);
    entry = log.latest(1).at(0);
    QCOMPARE(entry.field, QStringLiteral("name"));
    QCOMPARE(entry.oldValue.toString(), QStringLiteral("Acme Group plc"));
    QCOMPARE(entry.newValue.toString(), QStringLiteral("Acme Ltd"));

    // A headcount from nothing: the old value is recorded as NULL, not as "".
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Headcount, 120));
    entry = log.latest(1).at(0);
    QCOMPARE(entry.field, QStringLiteral("headcount"));
    QVERIFY(entry.oldValue.isNull());
    QCOMPARE(entry.newValue.toString(), QStringLiteral("120"));

    // Rows: insert, field change and delete each leave one entry naming the row.
    const qint64 id = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("Canteen"), QStringLiteral("")},
                                         QStringLiteral("Add"));
    QVERIFY(id > 0);
    entry = log.latest(1).at(0);
    QCOMPARE(entry.entity, QStringLiteral("scope_exclusion"));
    QCOMPARE(entry.rowId, id);
    QVERIFY(entry.oldValue.isNull());
    QCOMPARE(entry.newValue.toString(), QStringLiteral("Canteen"));

    QVERIFY(m_document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Justification, QStringLiteral("Why")));
    entry = log.latest(1).at(0);
    QCOMPARE(entry.rowId, id);
    QCOMPARE(entry.field, QStringLiteral("justification"));
    QCOMPARE(entry.oldValue.toString(), QString());
    QCOMPARE(entry.newValue.toString(), QStringLiteral("Why"));

    QVERIFY(m_document->removeRow(Entity::ScopeExclusion, id, QStringLiteral("Delete")));
    entry = log.latest(1).at(0);
    QCOMPARE(entry.entity, QStringLiteral("scope_exclusion"));
    QCOMPARE(entry.rowId, id);
    QCOMPARE(entry.oldValue.toString(), QStringLiteral("Canteen"));
    QVERIFY(entry.newValue.isNull());
    QCOMPARE(log.count(), before + 6);

    // since() finds the entries of this session, newest first.
    const std::vector<ChangeLogEntry> recent = log.since(start);
    QCOMPARE(recent.size(), size_t(6));
    QVERIFY(recent.front().id > recent.back().id);
}

void TestEditPipeline::addRowUndoRedoKeepsIdAndUid()
{
    QUndoStack *stack = m_document->undoStack();
    ScopeExclusionStore &store = m_document->scopeExclusions();
    const qint64 first = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("First"), QStringLiteral("J1")},
                                            QStringLiteral("Add"));
    const qint64 id = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("Second"), QStringLiteral("J2")},
                                         QStringLiteral("Add"));
    QVERIFY(first > 0);
    QVERIFY(id > first);
    const QVariantList snapshot = store.rowSnapshot(id);
    const QString uid = snapshot.value(ScopeExclusion::FieldCount).toString();
    QVERIFY2(!QUuid::fromString(uid).isNull(), qPrintable(uid));

    stack->undo();
    QVERIFY(store.rowSnapshot(id).isEmpty());
    QCOMPARE(store.all().size(), size_t(1));
    stack->redo();
    QCOMPARE(store.rowSnapshot(id), snapshot);
    QCOMPARE(store.all().size(), size_t(2));

    // Several times over, and with later commands that name the row.
    QVERIFY(m_document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Justification, QStringLiteral("J2b")));
    stack->undo();
    stack->undo();
    stack->undo();
    QVERIFY(store.all().empty());
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(store.value(id, ScopeExclusion::Justification).toString(), QStringLiteral("J2b"));
    QCOMPARE(store.rowSnapshot(id).value(ScopeExclusion::FieldCount).toString(), uid);
    QCOMPARE(store.rowSnapshot(first).value(ScopeExclusion::Exclusion).toString(), QStringLiteral("First"));
}

void TestEditPipeline::removeRowUndoRestoresRow()
{
    QUndoStack *stack = m_document->undoStack();
    ScopeExclusionStore &store = m_document->scopeExclusions();
    const qint64 a = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QStringLiteral("Ja")},
                                        QStringLiteral("Add"));
    const qint64 b = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("B"), QStringLiteral("Jb")},
                                        QStringLiteral("Add"));
    const qint64 c = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("C"), QStringLiteral("Jc")},
                                        QStringLiteral("Add"));
    QVERIFY(a > 0 && b > a && c > b);
    const QVariantList snapshot = store.rowSnapshot(b);

    QVERIFY(m_document->removeRow(Entity::ScopeExclusion, b, QStringLiteral("Delete")));
    QCOMPARE(stack->count(), 4);
    QVERIFY(store.rowSnapshot(b).isEmpty());
    QCOMPARE(store.all().size(), size_t(2));

    stack->undo();
    QCOMPARE(store.rowSnapshot(b), snapshot);
    const std::vector<ScopeExclusion> rows = store.all();
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[1].id, b);
    QCOMPARE(rows[1].uid, snapshot.value(ScopeExclusion::FieldCount).toString());

    stack->redo();
    QVERIFY(store.rowSnapshot(b).isEmpty());
    stack->undo();
    QCOMPARE(store.rowSnapshot(b), snapshot);

    // A row that is not there cannot be removed, and nothing is pushed.
    QVERIFY(!m_document->removeRow(Entity::ScopeExclusion, 9999, QStringLiteral("Delete")));
    QVERIFY(!m_document->removeRow(Entity::Organisation, Organisation::RowId, QStringLiteral("Delete")));
    QVERIFY(!m_document->addRow(Entity::Organisation, {QStringLiteral("x")}, QStringLiteral("Add")));
    QCOMPARE(stack->count(), 4);
}

void TestEditPipeline::readOnlyDocumentRefusesEdits()
{
    QVERIFY(m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QStringLiteral("Ja")},
                               QStringLiteral("Add")));
    const qint64 id = m_document->scopeExclusions().all().at(0).id;
    m_document.reset();
    QVERIFY(backdate(m_path));
    const FileState before = fileState(m_path);

    QString error;
    auto document = Document::open(m_path, Database::Access::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isReadOnly());
    const qint64 logCount = document->changeLog().count();
    QSignalSpy changed(document.get(), &Document::changed);
    QSignalSpy failed(document.get(), &Document::writeFailed);

    QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("X")));
    QVERIFY(!document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Exclusion, QStringLiteral("X")));
    QCOMPARE(document->addRow(Entity::ScopeExclusion, {QStringLiteral("B"), QString()}, QStringLiteral("Add")), qint64(0));
    QVERIFY(!document->removeRow(Entity::ScopeExclusion, id, QStringLiteral("Delete")));
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document->organisation().read().name, QStringLiteral("Acme Ltd"));
    QCOMPARE(document->scopeExclusions().all().size(), size_t(1));
    QCOMPARE(document->changeLog().count(), logCount);

    // Even the layer below refuses.
    QVERIFY(!document->applyValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                  QStringLiteral("X"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    document.reset();
    QCOMPARE(fileState(m_path), before);
}

void TestEditPipeline::unchangedValuePushesNothing_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("same name") << int(Organisation::Name) << QVariant(QStringLiteral("Acme Ltd"));
    QTest::newRow("empty text as empty") << int(Organisation::Sector) << QVariant(QStringLiteral(""));
    QTest::newRow("empty text as null") << int(Organisation::Sector) << QVariant();
    QTest::newRow("no headcount as null") << int(Organisation::Headcount) << QVariant();
}

void TestEditPipeline::unchangedValuePushesNothing()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    const qint64 logCount = m_document->changeLog().count();
    QSignalSpy changed(m_document.get(), &Document::changed);
    QVERIFY(!m_document->setValue(Entity::Organisation, Organisation::RowId, field, value));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->changeLog().count(), logCount);
    QCOMPARE(changed.count(), 0);
}

void TestEditPipeline::rapidEditsMerge()
{
    QUndoStack *stack = m_document->undoStack();
    const qint64 logCount = m_document->changeLog().count();
    // Typing: one write per keystroke, one undo step for the burst.
    for (const char *text : {"A", "Ac", "Acm", "Acme", "Acme G", "Acme Group"})
        QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                     QString::fromLatin1(text)));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_document->organisation().read().name, QStringLiteral("Acme Group"));
    // Every write is in the audit trail even though the undo steps merged.
    QCOMPARE(m_document->changeLog().count(), logCount + 6);

    stack->undo();
    QCOMPARE(m_document->organisation().read().name, QStringLiteral("Acme Ltd"));
    stack->redo();
    QCOMPARE(m_document->organisation().read().name, QStringLiteral("Acme Group"));
}

void TestEditPipeline::mergeBackToOriginalLeavesNoStep()
{
    QUndoStack *stack = m_document->undoStack();
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                 QStringLiteral("Retail")));
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector, QString()));
    QCOMPARE(m_document->organisation().read().sector, QString());
    // Typed and deleted again: nothing to undo.
    QCOMPARE(stack->count(), 0);
}

void TestEditPipeline::editsOfDifferentFieldsDoNotMerge()
{
    QUndoStack *stack = m_document->undoStack();
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("N")));
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector, QStringLiteral("S")));
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("N2")));
    QCOMPARE(stack->count(), 3);
    const qint64 a = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QString()}, QStringLiteral("Add"));
    const qint64 b = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("B"), QString()}, QStringLiteral("Add"));
    QVERIFY(m_document->setValue(Entity::ScopeExclusion, a, ScopeExclusion::Justification, QStringLiteral("x")));
    QVERIFY(m_document->setValue(Entity::ScopeExclusion, b, ScopeExclusion::Justification, QStringLiteral("y")));
    QCOMPARE(stack->count(), 7);
    stack->undo();
    QCOMPARE(m_document->scopeExclusions().value(b, ScopeExclusion::Justification).toString(), QString());
    QCOMPARE(m_document->scopeExclusions().value(a, ScopeExclusion::Justification).toString(), QStringLiteral("x"));
}

void TestEditPipeline::changedEmittedOncePerWrite()
{
    QSignalSpy changed(m_document.get(), &Document::changed);
    QVERIFY(changed.isValid());

    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                 QStringLiteral("Logistics")));
    QCOMPARE(changed.count(), 1);
    Change c = changeAt(changed, 0);
    QVERIFY2(c.kind == Change::Kind::Updated && c.entity == Entity::Organisation && c.id == Organisation::RowId
                 && c.field == Organisation::Sector,
             qPrintable(describe(c)));

    const qint64 id = m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QString()},
                                         QStringLiteral("Add"));
    QCOMPARE(changed.count(), 2);
    c = changeAt(changed, 1);
    QVERIFY2(c.kind == Change::Kind::Inserted && c.entity == Entity::ScopeExclusion && c.id == id,
             qPrintable(describe(c)));

    QVERIFY(m_document->setValue(Entity::ScopeExclusion, id, ScopeExclusion::Justification, QStringLiteral("J")));
    QCOMPARE(changed.count(), 3);
    c = changeAt(changed, 2);
    QVERIFY2(c.kind == Change::Kind::Updated && c.entity == Entity::ScopeExclusion && c.id == id
                 && c.field == ScopeExclusion::Justification,
             qPrintable(describe(c)));

    QVERIFY(m_document->removeRow(Entity::ScopeExclusion, id, QStringLiteral("Delete")));
    QCOMPARE(changed.count(), 4);
    c = changeAt(changed, 3);
    QVERIFY2(c.kind == Change::Kind::Removed && c.entity == Entity::ScopeExclusion && c.id == id,
             qPrintable(describe(c)));

    // Undo announces the way back, once per write.
    m_document->undoStack()->undo();
    QCOMPARE(changed.count(), 5);
    c = changeAt(changed, 4);
    QVERIFY2(c.kind == Change::Kind::Inserted && c.id == id, qPrintable(describe(c)));
    m_document->undoStack()->undo();
    QCOMPARE(changed.count(), 6);
    c = changeAt(changed, 5);
    QVERIFY2(c.kind == Change::Kind::Updated && c.field == ScopeExclusion::Justification, qPrintable(describe(c)));

    // Inside an outer transaction, the announcement waits for the commit.
    {
        Transaction outer(m_document->database());
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QString error;
        QVERIFY2(m_document->applyValue(Entity::Organisation, Organisation::RowId, Organisation::Locations,
                                        QStringLiteral("Leeds"), &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 6);
        QVERIFY2(outer.commit(), qPrintable(outer.error()));
    }
    QCOMPARE(changed.count(), 7);
    c = changeAt(changed, 6);
    QVERIFY2(c.kind == Change::Kind::Updated && c.field == Organisation::Locations, qPrintable(describe(c)));
}

void TestEditPipeline::failedWriteEmitsNoChange()
{
    QSignalSpy changed(m_document.get(), &Document::changed);
    QSignalSpy failed(m_document.get(), &Document::writeFailed);
    const qint64 logCount = m_document->changeLog().count();
    QUndoStack *stack = m_document->undoStack();

    // The store refuses the value: the command's write fails.
    QVERIFY2(!m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Headcount,
                                   QStringLiteral("many")),
             "a write that failed is not reported as done");
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("headcount")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(m_document->changeLog().count(), logCount);
    QCOMPARE(m_document->organisation().read().headcount, 0);
    QCOMPARE(m_document->database().transactionDepth(), 0);

    // The layer below says why, and announces nothing either.
    QString error;
    QVERIFY(!m_document->applyValue(Entity::Organisation, Organisation::RowId, Organisation::Headcount, -3, &error));
    QVERIFY2(error.contains(QLatin1String("headcount")), qPrintable(error));
    QVERIFY(!m_document->applyValue(Entity::Organisation, Organisation::RowId, 99, QStringLiteral("x"), &error));
    QVERIFY2(!error.isEmpty(), "an unknown field is an error");
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_document->changeLog().count(), logCount);
    QCOMPARE(m_document->database().transactionDepth(), 0);

    // A failed write inside an outer transaction is not announced after the commit.
    {
        Transaction outer(m_document->database());
        QVERIFY(!m_document->applyValue(Entity::Organisation, Organisation::RowId, Organisation::Headcount,
                                        QStringLiteral("lots"), &error));
        QVERIFY(outer.commit());
    }
    QCOMPARE(changed.count(), 0);

    // The pipeline still works afterwards.
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Headcount, 12));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stack->count(), 1);
}

void TestEditPipeline::rolledBackBulkWorkAnnouncesNothing()
{
    QSignalSpy changed(m_document.get(), &Document::changed);
    const qint64 logCount = m_document->changeLog().count();
    {
        // Bulk work that is abandoned half-way: its writes succeeded one by one,
        // but the outer transaction never commits.
        Transaction outer(m_document->database());
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QString error;
        QVERIFY2(m_document->applyValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                        QStringLiteral("Never"), &error),
                 qPrintable(error));
        QVERIFY2(m_document->applyInsert(Entity::ScopeExclusion, 0, {QStringLiteral("Never"), QString()}, &error) > 0,
                 qPrintable(error));
        QCOMPARE(changed.count(), 0);
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_document->organisation().read().sector, QString());
    QVERIFY(m_document->scopeExclusions().all().empty());
    QCOMPARE(m_document->changeLog().count(), logCount);

    // The next write announces itself alone, not the changes that never happened.
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                 QStringLiteral("Next")));
    QCOMPARE(changed.count(), 1);
    const Change c = changeAt(changed, 0);
    QVERIFY2(c.kind == Change::Kind::Updated && c.entity == Entity::Organisation && c.field == Organisation::Name,
             qPrintable(describe(c)));
}

QTEST_GUILESS_MAIN(TestEditPipeline)
#include "tst_editpipeline.moc"
