// The models over a Document: consistent under QAbstractItemModelTester, edits go
// through the undo stack, and the signals are as narrow as the change.

#include "testutil.h"

#include "catalog/catalog.h"
#include "document.h"
#include "domain/fields.h"
#include "domain/organisation.h"
#include "models/catalogmodel.h"
#include "models/changelogmodel.h"
#include "models/organisationmodel.h"
#include "stores/changelogstore.h"
#include "stores/organisationstore.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rampart;
using namespace rampart::test;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void organisationModel();
    void organisationSetDataGoesThroughUndoStack_data();
    void organisationSetDataGoesThroughUndoStack();
    void organisationFollowsUndoAndOtherWriters();
    void organisationRejectsBadEdits();
    void scopeExclusionModelRows();
    void scopeExclusionSetData();
    void scopeExclusionFlagsMissingJustification();
    void modelsResetOnImport();
    void readOnlyModelsAreNotEditable();
    void controlCatalogModel();
    void changeLogModel();

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_document;
};

void TestModels::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    QString error;
    m_document = Document::create(m_dir->file(QStringLiteral("models.isms")), QStringLiteral("Acme Ltd"), &error);
    QVERIFY2(m_document, qPrintable(error));
}

void TestModels::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestModels::organisationModel()
{
    OrganisationModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(Organisation::FieldCount));
    QCOMPARE(model.index(0, Organisation::Name).data().toString(), QStringLiteral("Acme Ltd"));
    QVERIFY(model.index(0, Organisation::Headcount).data().isNull());
    QCOMPARE(model.index(0, Organisation::Headcount).data(Qt::EditRole), QVariant(0));
    QCOMPARE(model.headerData(Organisation::ScopeStatement, Qt::Horizontal).toString(),
             QStringLiteral("Scope statement"));
    QVERIFY(model.flags(model.index(0, Organisation::Name)) & Qt::ItemIsEditable);
    // A table has no children.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestModels::organisationSetDataGoesThroughUndoStack_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("name") << int(Organisation::Name) << QVariant(QStringLiteral("Acme Group"));
    QTest::newRow("headcount") << int(Organisation::Headcount) << QVariant(42);
    QTest::newRow("ISMS manager") << int(Organisation::IsmsManager) << QVariant(QStringLiteral("R. Patel"));
    QTest::newRow("scope boundaries") << int(Organisation::ScopeBoundaries)
                                      << QVariant(QStringLiteral("Head office only"));
}

void TestModels::organisationSetDataGoesThroughUndoStack()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);

    OrganisationModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QUndoStack *stack = m_document->undoStack();
    const QModelIndex cell = model.index(0, field);
    const QVariant before = cell.data();

    QVERIFY(model.setData(cell, value));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(cell.data(), value);
    QCOMPARE(m_document->organisation().value(Organisation::RowId, field), value);
    // Exactly the cell that changed.
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), cell);
    QCOMPARE(reset.count(), 0);

    stack->undo();
    QCOMPARE(cell.data(), before);
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(dataChanged.at(1).at(0).toModelIndex(), cell);
    QCOMPARE(dataChanged.at(1).at(1).toModelIndex(), cell);

    // Only the edit role writes.
    QVERIFY(!model.setData(cell, value, Qt::DisplayRole));
    QCOMPARE(stack->index(), 0);
}

void TestModels::organisationFollowsUndoAndOtherWriters()
{
    OrganisationModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    // An edit made through the Document facade (a form, the CLI) shows in the model.
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                 QStringLiteral("Logistics")));
    QCOMPARE(model.index(0, Organisation::Sector).data().toString(), QStringLiteral("Logistics"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), model.index(0, Organisation::Sector));

    // Changes to other entities do not touch this model.
    QVERIFY(m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QString()}, QStringLiteral("Add")));
    QCOMPARE(dataChanged.count(), 1);
}

void TestModels::organisationRejectsBadEdits()
{
    OrganisationModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy failed(m_document.get(), &Document::writeFailed);

    // Unchanged value, invalid index, and a value the store refuses.
    QVERIFY(!model.setData(model.index(0, Organisation::Name), QStringLiteral("Acme Ltd")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Index QModelIndex.* is not valid")));
    QVERIFY(!model.setData(QModelIndex(), QStringLiteral("x")));
    QVERIFY(!model.setData(model.index(0, Organisation::Headcount), QStringLiteral("a few")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(model.index(0, Organisation::Headcount).data().isNull());
}

void TestModels::scopeExclusionModelRows()
{
    ScopeExclusionModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ScopeExclusion::FieldCount));

    const qint64 a = model.addExclusion(QStringLiteral("Canteen"), QStringLiteral("No data"));
    const qint64 b = model.addExclusion(QStringLiteral("Car park"), QStringLiteral("No systems"));
    const qint64 c = model.addExclusion(QStringLiteral("Archive room"));
    QVERIFY(a > 0 && b > a && c > b);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(model.index(1, ScopeExclusion::Exclusion).data().toString(), QStringLiteral("Car park"));
    QCOMPARE(model.rowId(1), b);
    QCOMPARE(model.rowOf(c), 2);

    // Remove the middle row: exactly that row goes.
    QVERIFY(model.removeExclusion(1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowOf(b), -1);

    // Undo puts it back in its place, with its id.
    stack->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(inserted.at(3).at(1).toInt(), 1);
    QCOMPARE(model.rowId(1), b);
    QCOMPARE(model.index(1, ScopeExclusion::Justification).data().toString(), QStringLiteral("No systems"));

    // Undo the additions, last first; then redo them all.
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(model.rowCount(), 0);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowId(0), a);
    QCOMPARE(model.rowId(2), c);
    stack->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 0);

    QVERIFY(!model.removeExclusion(7));
    QCOMPARE(model.rowId(7), qint64(0));
}

void TestModels::scopeExclusionSetData()
{
    ScopeExclusionModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addExclusion(QStringLiteral("Canteen"));
    model.addExclusion(QStringLiteral("Car park"));
    QUndoStack *stack = m_document->undoStack();
    const int steps = stack->count();
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex cell = model.index(1, ScopeExclusion::Justification);
    QVERIFY(model.setData(cell, QStringLiteral("No company systems there")));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("No company systems there"));
    QCOMPARE(m_document->scopeExclusions().value(model.rowId(1), ScopeExclusion::Justification).toString(),
             QStringLiteral("No company systems there"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), cell);

    stack->undo();
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(dataChanged.at(1).at(0).toModelIndex(), cell);
    QCOMPARE(model.index(0, ScopeExclusion::Justification).data().toString(), QString());
}

void TestModels::scopeExclusionFlagsMissingJustification()
{
    ScopeExclusionModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addExclusion(QStringLiteral("Canteen"));
    const QModelIndex cell = model.index(0, ScopeExclusion::Justification);
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("4.3")));
    QVERIFY(model.setData(cell, QStringLiteral("Guests only")));
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Guests only"));
}

void TestModels::modelsResetOnImport()
{
    OrganisationModel organisation(m_document.get());
    ScopeExclusionModel exclusions(m_document.get());
    ChangeLogModel log(m_document.get(), 50);
    QAbstractItemModelTester t1(&organisation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&exclusions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    exclusions.addExclusion(QStringLiteral("Old"));
    QSignalSpy organisationReset(&organisation, &QAbstractItemModel::modelReset);
    QSignalSpy exclusionsReset(&exclusions, &QAbstractItemModel::modelReset);

    DocumentContent content;
    content.organisation.name = QStringLiteral("Imported Ltd");
    content.scopeExclusions.push_back({0, {}, QStringLiteral("New one"), QStringLiteral("Because")});
    content.scopeExclusions.push_back({0, {}, QStringLiteral("New two"), QStringLiteral("Because")});
    QString error;
    QVERIFY2(m_document->replaceContent(content, &error), qPrintable(error));
    QCOMPARE(organisationReset.count(), 1);
    QCOMPARE(exclusionsReset.count(), 1);
    QCOMPARE(organisation.index(0, Organisation::Name).data().toString(), QStringLiteral("Imported Ltd"));
    QCOMPARE(exclusions.rowCount(), 2);
    QCOMPARE(exclusions.index(1, ScopeExclusion::Exclusion).data().toString(), QStringLiteral("New two"));
}

void TestModels::readOnlyModelsAreNotEditable()
{
    const QString path = m_document->path();
    m_document->addRow(Entity::ScopeExclusion, {QStringLiteral("A"), QString()}, QStringLiteral("Add"));
    m_document.reset();
    QString error;
    m_document = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(m_document, qPrintable(error));

    OrganisationModel organisation(m_document.get());
    ScopeExclusionModel exclusions(m_document.get());
    QAbstractItemModelTester t1(&organisation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&exclusions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!(organisation.flags(organisation.index(0, Organisation::Name)) & Qt::ItemIsEditable));
    QVERIFY(!(exclusions.flags(exclusions.index(0, ScopeExclusion::Exclusion)) & Qt::ItemIsEditable));
    QVERIFY(!organisation.setData(organisation.index(0, Organisation::Name), QStringLiteral("X")));
    QVERIFY(!exclusions.setData(exclusions.index(0, ScopeExclusion::Exclusion), QStringLiteral("X")));
    QCOMPARE(exclusions.addExclusion(QStringLiteral("B")), qint64(0));
    QVERIFY(!exclusions.removeExclusion(0));
    QCOMPARE(exclusions.rowCount(), 1);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestModels::controlCatalogModel()
{
    ControlCatalogModel model(m_document->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 93);
    QCOMPARE(model.columnCount(), int(ControlCatalogModel::ColumnCount));

    int row523 = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ControlCatalogModel::Id).data().toString() == QLatin1String("5.23"))
            row523 = row;
    }
    QVERIFY(row523 >= 0);
    QCOMPARE(model.index(row523, ControlCatalogModel::Title).data().toString(),
             QStringLiteral("Information security for use of cloud services"));
    QCOMPARE(model.index(row523, ControlCatalogModel::Theme).data().toString(), QStringLiteral("Organizational"));
    QCOMPARE(model.index(row523, ControlCatalogModel::Properties).data().toString(),
             QStringLiteral("Confidentiality, Integrity, Availability"));
    QCOMPARE(model.index(row523, ControlCatalogModel::Domains).data().toString(),
             QStringLiteral("Governance and Ecosystem, Protection"));
    QVERIFY(!model.index(row523, ControlCatalogModel::Title).data(ControlCatalogModel::DescriptionRole)
                 .toString()
                 .isEmpty());
    QVERIFY(!(model.flags(model.index(row523, ControlCatalogModel::Title)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(row523, ControlCatalogModel::Title), QStringLiteral("x")));

    // The sort key puts 5.9 before 5.10.
    const auto key = [&](const QString &code) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ControlCatalogModel::Id);
            if (index.data().toString() == code)
                return index.data(ControlCatalogModel::SortKeyRole).toString();
        }
        return QString();
    };
    QVERIFY(key(QStringLiteral("5.9")) < key(QStringLiteral("5.10")));
    QVERIFY(key(QStringLiteral("5.37")) < key(QStringLiteral("6.1")));
    QCOMPARE(model.headerData(ControlCatalogModel::Id, Qt::Horizontal).toString(), QStringLiteral("Control"));
}

void TestModels::changeLogModel()
{
    ChangeLogModel model(m_document.get(), 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The new file's creation is the first entry.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ChangeLogModel::What).data().toString(), entityLabel(Entity::Document));

    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                 QStringLiteral("Acme Group")));
    QCOMPARE(model.rowCount(), 2);
    // Newest first, with the human names of record and field.
    QCOMPARE(model.index(0, ChangeLogModel::What).data().toString(), entityLabel(Entity::Organisation));
    QCOMPARE(model.index(0, ChangeLogModel::Field).data().toString(),
             fieldLabel(Entity::Organisation, Organisation::Name));
    QCOMPARE(model.index(0, ChangeLogModel::OldValue).data().toString(), QStringLiteral("Acme Ltd"));
    QCOMPARE(model.index(0, ChangeLogModel::NewValue).data().toString(), QStringLiteral("Acme Group"));
    QCOMPARE(model.index(0, ChangeLogModel::Who).data().toString(), ChangeLogStore::currentUser());
    QVERIFY(!model.index(0, ChangeLogModel::When).data().toString().isEmpty());

    const QString longText = QString(200, QLatin1Char('x'));
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Description, longText));
    QVERIFY(m_document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                                 QStringLiteral("Retail")));
    // Never more rows than the limit.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, ChangeLogModel::NewValue).data().toString().size(), 80);
    QCOMPARE(model.index(1, ChangeLogModel::NewValue).data(Qt::ToolTipRole).toString(), longText);

    m_document->undoStack()->undo();
    QCOMPARE(model.index(0, ChangeLogModel::NewValue).data().toString(), QString());
    QCOMPARE(model.index(0, ChangeLogModel::OldValue).data().toString(), QStringLiteral("Retail"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
