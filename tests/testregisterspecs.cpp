// Every register description checked against itself, against the schema of the
// file, and by a full round of edits through its model; the v2 -> v3 migration; the
// requirements checklist model.

#include "ismstestutil.h"

#include "catalog/catalog.h"
#include "domain/fields.h"
#include "domain/ismsregisters.h"
#include "models/registermodel.h"
#include "models/requirementchecklistmodel.h"
#include "storage/schema.h"
#include "stores/catalogstore.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace rampart;

namespace {

QSet<QString> columnsOf(Document &document, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery query(document.database().connection());
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next())
            columns.insert(query.value(1).toString());
    }
    return columns;
}

// The ON DELETE rule of the foreign key on column, or an empty string.
QString onDelete(Document &document, const QString &table, const QString &column)
{
    QSqlQuery query(document.database().connection());
    if (query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
        while (query.next()) {
            if (query.value(3).toString() == column)
                return query.value(6).toString();
        }
    }
    return {};
}

// A valid value of every type, different from a new row's.
QVariant sampleValue(Document &document, const RegisterSpec &spec, int field, int variant)
{
    const FieldSpec &f = spec.field(field);
    switch (f.type) {
    case FieldType::Reference:
        return QStringLiteral("X-%1").arg(variant);
    case FieldType::Text:
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(f.column)).arg(variant);
    case FieldType::LongText:
        return QStringLiteral("First line %1\nSecond line").arg(variant);
    case FieldType::Date:
        return QDate(2026, 3, 10 + variant).toString(Qt::ISODate);
    case FieldType::Choice:
        return QString::fromLatin1(f.choices[size_t(variant) % f.choices.size()].key);
    case FieldType::Number:
        return 12.5 + variant;
    case FieldType::Link:
        return test::add(document, f.target, {{QString::fromLatin1(registerSpec(f.target)->field(registerSpec(f.target)->titleField).column),
                                               QStringLiteral("Target %1").arg(variant)}});
    case FieldType::CodeSet:
        if (f.codeTarget == CodeTarget::Clauses)
            return variant == 0 ? QStringList{QStringLiteral("5.2"), QStringLiteral("7.5")} : QStringList{QStringLiteral("4.3")};
        if (f.codeTarget == CodeTarget::Controls)
            return variant == 0 ? QStringList{QStringLiteral("5.1")} : QStringList{QStringLiteral("8.8"), QStringLiteral("8.9")};
        {
            const qint64 id = test::add(document, f.target, {{QStringLiteral("title"), QStringLiteral("Doc %1").arg(variant)}});
            return QStringList{document.registerStore(f.target)->referenceOf(id)};
        }
    case FieldType::Parent:
        return test::add(document, f.target, {{QString::fromLatin1(registerSpec(f.target)->field(registerSpec(f.target)->titleField).column),
                                               f.target == Entity::ManagementReview ? QVariant(QStringLiteral("2026-05-14"))
                                                                                    : QVariant(QStringLiteral("Parent"))}});
    case FieldType::ClauseKey:
        break;
    }
    return {};
}

} // namespace

class TestRegisterSpecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpApplication(); }
    void everyDescriptionIsConsistent_data();
    void everyDescriptionIsConsistent();
    void tablesMatchTheDescriptions_data();
    void tablesMatchTheDescriptions();
    void everyRegisterTakesAFullRoundOfEdits_data();
    void everyRegisterTakesAFullRoundOfEdits();
    void migrationFromVersion2();
    void checklistModelShowsOwnStatusOverRampart();

private:
    void registers();
};

void TestRegisterSpecs::registers()
{
    QTest::addColumn<int>("entity");
    for (const RegisterSpec *spec : registerSpecs())
        QTest::newRow(spec->table) << int(spec->entity);
}

void TestRegisterSpecs::everyDescriptionIsConsistent_data()
{
    registers();
}

void TestRegisterSpecs::everyDescriptionIsConsistent()
{
    QFETCH(int, entity);
    const RegisterSpec &spec = *registerSpec(Entity(entity));
    QCOMPARE(QString::fromLatin1(spec.table), entityKey(spec.entity));
    QVERIFY(std::find(allEntities().begin(), allEntities().end(), spec.entity) != allEntities().end());
    QVERIFY(!spec.translatedLabel().isEmpty());
    QCOMPARE(entityLabel(spec.entity), spec.translatedLabel());
    QVERIFY(!spec.translatedPlural().isEmpty());
    QVERIFY(!spec.translatedIntro().isEmpty());
    QVERIFY(spec.clause && *spec.clause);
    QVERIFY(spec.titleField >= 0 && spec.titleField < spec.fieldCount());
    QVERIFY(spec.field(spec.titleField).type != FieldType::Parent);
    QCOMPARE(spec.referenceField() >= 0, spec.referencePrefix != nullptr);
    QCOMPARE(spec.hasParent(), spec.parent != Entity::Document);
    QSet<QString> columns;
    QSet<QString> jsonKeys;
    for (int i = 0; i < spec.fieldCount(); ++i) {
        const FieldSpec &f = spec.field(i);
        QVERIFY2(!columns.contains(QString::fromLatin1(f.column)), f.column);
        QVERIFY2(!jsonKeys.contains(QString::fromLatin1(f.jsonKey)), f.jsonKey);
        columns.insert(QString::fromLatin1(f.column));
        jsonKeys.insert(QString::fromLatin1(f.jsonKey));
        QCOMPARE(fieldLabel(spec.entity, i), RegisterSpec::translatedFieldLabel(f));
        QVERIFY2(!fieldLabel(spec.entity, i).isEmpty(), f.column);
        if (f.type == FieldType::Choice) {
            QVERIFY(f.choices.size() >= 2);
            QSet<QString> keys;
            for (const ChoiceSpec &choice : f.choices) {
                QVERIFY(!keys.contains(QString::fromLatin1(choice.key)));
                keys.insert(QString::fromLatin1(choice.key));
                QVERIFY(choice.label && *choice.label);
            }
            if (f.initial)
                QVERIFY(RegisterSpec::isChoice(f, QString::fromLatin1(f.initial)));
        } else {
            QVERIFY(f.choices.empty());
            QVERIFY(!f.initial);
        }
        if (f.type == FieldType::Link || f.type == FieldType::Parent
            || (f.type == FieldType::CodeSet && f.codeTarget == CodeTarget::Register))
            QVERIFY2(registerSpec(f.target), f.column);
        QCOMPARE(f.type == FieldType::CodeSet, f.linkTable != nullptr);
        if (f.type == FieldType::Parent) {
            QCOMPARE(i, spec.parentField);
            QCOMPARE(f.target, spec.parent);
        }
        QVERIFY(!f.defaultToday || f.type == FieldType::Date);
    }
    // Parents and link targets come before the registers that point to them (imports
    // write them in this order).
    const auto position = [](Entity e) {
        const auto &specs = registerSpecs();
        return std::find_if(specs.begin(), specs.end(), [e](const RegisterSpec *s) { return s->entity == e; }) - specs.begin();
    };
    for (const FieldSpec &f : spec.fields) {
        if (f.type == FieldType::Link || f.type == FieldType::Parent || f.codeTarget == CodeTarget::Register)
            QVERIFY2(position(f.target) < position(spec.entity), f.column);
    }
}

void TestRegisterSpecs::tablesMatchTheDescriptions_data()
{
    registers();
}

void TestRegisterSpecs::tablesMatchTheDescriptions()
{
    QFETCH(int, entity);
    const RegisterSpec &spec = *registerSpec(Entity(entity));
    QTemporaryDir dir;
    auto doc = test::newDocument(dir);
    const QString table = QString::fromLatin1(spec.table);
    const QSet<QString> columns = columnsOf(*doc, table);
    QVERIFY(columns.contains(QStringLiteral("id")));
    QVERIFY(columns.contains(QStringLiteral("uid")));
    for (const FieldSpec &f : spec.fields) {
        if (f.type == FieldType::CodeSet) {
            const QSet<QString> link = columnsOf(*doc, QString::fromLatin1(f.linkTable));
            QCOMPARE(link, (QSet<QString>{QStringLiteral("row_id"), QStringLiteral("target_id")}));
            QCOMPARE(onDelete(*doc, QString::fromLatin1(f.linkTable), QStringLiteral("row_id")), QStringLiteral("CASCADE"));
            QCOMPARE(onDelete(*doc, QString::fromLatin1(f.linkTable), QStringLiteral("target_id")),
                     f.codeTarget == CodeTarget::Register ? QStringLiteral("CASCADE") : QStringLiteral("RESTRICT"));
            continue;
        }
        QVERIFY2(columns.contains(QString::fromLatin1(f.column)), f.column);
        if (f.type == FieldType::Parent || f.type == FieldType::ClauseKey)
            QCOMPARE(onDelete(*doc, table, QString::fromLatin1(f.column)), QStringLiteral("CASCADE"));
        if (f.type == FieldType::Link)
            QCOMPARE(onDelete(*doc, table, QString::fromLatin1(f.column)), QStringLiteral("SET NULL"));
    }
}

void TestRegisterSpecs::everyRegisterTakesAFullRoundOfEdits_data()
{
    registers();
}

void TestRegisterSpecs::everyRegisterTakesAFullRoundOfEdits()
{
    QFETCH(int, entity);
    const RegisterSpec &spec = *registerSpec(Entity(entity));
    QTemporaryDir dir;
    auto doc = test::newDocument(dir);
    RegisterModel model(doc.get(), spec.entity);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    qint64 id = 0;
    if (spec.fixedRows) {
        QCOMPARE(model.rowCount(), 34);
        id = model.rowId(0);
    } else {
        QVariantMap initial;
        for (int field = 0; field < spec.fieldCount(); ++field)
            initial.insert(QString::fromLatin1(spec.field(field).column), sampleValue(*doc, spec, field, 0));
        id = model.addRecord(initial);
        QVERIFY(id > 0);
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        for (int field = 0; field < spec.fieldCount(); ++field) {
            const QVariant expected = doc->registerStore(spec.entity)->normalised(field, initial.value(QString::fromLatin1(spec.field(field).column)));
            QVERIFY2(model.value(row, field) == expected || model.value(row, field).toString() == expected.toString(),
                     spec.field(field).column);
        }
    }
    // Every editable field changes through the model and comes back with undo.
    for (int field = 0; field < spec.fieldCount(); ++field) {
        if (!(model.flags(model.index(model.rowOf(id), field)) & Qt::ItemIsEditable))
            continue;
        const QVariant before = model.value(model.rowOf(id), field);
        const QVariant after = sampleValue(*doc, spec, field, 1);
        QVERIFY2(model.setData(model.index(model.rowOf(id), field), after), spec.field(field).column);
        QVERIFY2(model.value(model.rowOf(id), field) != before, spec.field(field).column);
        QVERIFY(!model.data(model.index(model.rowOf(id), field)).toString().isEmpty());
        doc->undoStack()->undo();
        QVERIFY2(model.value(model.rowOf(id), field) == before
                     || (model.value(model.rowOf(id), field).isNull() && before.toString().isEmpty()),
                 spec.field(field).column);
    }
    if (!spec.fixedRows) {
        const int rows = model.rowCount();
        QVERIFY(model.deleteRecord(model.rowOf(id)));
        QCOMPARE(model.rowCount(), rows - 1);
        doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.rowOf(id) >= 0);
    }
}

void TestRegisterSpecs::migrationFromVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.isms"));
    QString error;
    {
        auto db = Database::createAtVersion(path, 2, &error);
        QVERIFY2(db, qPrintable(error));
        const Catalog *catalog = Catalog::builtIn(&error);
        QVERIFY(catalog);
        Transaction t(*db);
        QVERIFY2(CatalogStore(*db).install(*catalog, &error), qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE organisation SET name = 'Old Ltd', scope_statement = 'All of it'")));
        QVERIFY(t.commit());
        QCOMPARE(db->schemaVersion(), 2);
    }
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    QVERIFY(schema::CurrentVersion >= 3);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".v2.bak")));
    QCOMPARE(doc->organisation().read().name, QStringLiteral("Old Ltd"));
    QVERIFY(doc->organisation().read().climateRelevant.isEmpty());
    // Every sub-clause got its checklist row, with a uid of its own.
    const auto rows = doc->registerStore(Entity::Requirement)->rows();
    QCOMPARE(int(rows.size()), 34);
    QSet<QString> uids;
    for (const auto &row : rows)
        uids.insert(row.uid);
    QCOMPARE(uids.size(), 34);
    QCOMPARE(doc->registerStore(Entity::IsmsDocument)->count(), 0);
    QVERIFY(doc->database().integrityCheck(false).isEmpty());
    // And the file works as a new one does.
    QVERIFY(test::add(*doc, Entity::Issue, {{QStringLiteral("issue"), QStringLiteral("Migrated")}}) > 0);
}

void TestRegisterSpecs::checklistModelShowsOwnStatusOverRampart()
{
    QTemporaryDir dir;
    auto doc = test::newDocument(dir);
    RequirementChecklistModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 34);
    const int row = model.rowOfClause(QStringLiteral("4.1"));
    QCOMPARE(row, 0);
    const QModelIndex status = model.index(row, RequirementChecklistModel::Status);
    QCOMPARE(model.data(status).toString(), QStringLiteral("Not started"));
    QVERIFY(model.data(status, RequirementChecklistModel::FromRampartRole).toBool());
    QVERIFY(model.data(model.index(row, RequirementChecklistModel::Basis)).toString().startsWith(QStringLiteral("Pre-filled by Rampart")));
    QCOMPARE(model.data(model.index(row, RequirementChecklistModel::Title)).toString(),
             QStringLiteral("Understanding the organization and its context"));
    QCOMPARE(model.data(model.index(model.rowOfClause(QStringLiteral("6.1.2")), RequirementChecklistModel::Title)).toString(),
             QStringLiteral("    Information security risk assessment"));

    // Records elsewhere in the file move Rampart's assessment, with a precise signal.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    test::add(*doc, Entity::Issue, {{QStringLiteral("issue"), QStringLiteral("Cloud concentration")}});
    QCOMPARE(model.data(status).toString(), QStringLiteral("In progress"));
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QVERIFY(signal.at(0).toModelIndex().column() >= RequirementChecklistModel::Status);
        QVERIFY(signal.at(1).toModelIndex().column() <= RequirementChecklistModel::Basis);
    }

    // The user's own status wins, and can be handed back.
    QVERIFY(model.setData(status, QStringLiteral("done")));
    QCOMPARE(model.data(status).toString(), QStringLiteral("Done"));
    QVERIFY(!model.data(status, RequirementChecklistModel::FromRampartRole).toBool());
    QVERIFY(model.data(model.index(row, RequirementChecklistModel::Basis)).toString().startsWith(QStringLiteral("Set by you.")));
    doc->undoStack()->undo();
    QCOMPARE(model.data(status).toString(), QStringLiteral("In progress"));
    doc->undoStack()->redo();
    QCOMPARE(model.data(status).toString(), QStringLiteral("Done"));
    QVERIFY(model.setData(status, QString()));
    QCOMPARE(model.data(status).toString(), QStringLiteral("In progress"));
    QVERIFY(model.data(status, RequirementChecklistModel::FromRampartRole).toBool());
    QVERIFY(model.setData(model.index(row, RequirementChecklistModel::WhereMet), QStringLiteral("Context register")));
    QCOMPARE(model.data(model.index(row, RequirementChecklistModel::WhereMet)).toString(), QStringLiteral("Context register"));
    QVERIFY(!(model.flags(model.index(row, RequirementChecklistModel::Clause)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestRegisterSpecs)
#include "testregisterspecs.moc"
