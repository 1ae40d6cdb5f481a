// Every SoA model under QAbstractItemModelTester while the SoA is edited, imported and
// undone; the narrow signals of an edit; the filters.

#include "soatestutil.h"

#include "io/jsonio.h"
#include "models/soacomparisonmodel.h"
#include "models/soafilterproxy.h"
#include "models/soafindingmodel.h"
#include "models/soamodel.h"
#include "models/soaversionmodel.h"
#include "reports/reportdocument.h"
#include "reports/reports.h"
#include "sample.h"
#include "soa.h"
#include "stores/riskstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;

namespace {

std::unique_ptr<Document> sample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.isms"));
    QString error;
    if (!createSample(path, &error))
        return nullptr;
    return Document::open(path, Database::Access::ReadWrite, &error);
}

QModelIndex cell(const SoaModel &model, Document &doc, const QString &control, int column)
{
    return model.indexOfEntry(doc.soa().entryIdForControl(control), column);
}

int visibleControls(const QAbstractItemModel &model)
{
    int n = 0;
    for (int g = 0; g < model.rowCount(); ++g)
        n += model.rowCount(model.index(g, 0));
    return n;
}

// Edits of every kind, for the testers to watch.
void workOut(Document &doc, const QString &owner)
{
    Soa &soa = doc.soa();
    const qint64 e = soa.entryIdForControl(QStringLiteral("5.7"));
    QVERIFY(soa.setValue(e, SoaEntry::Owner, owner));
    const bool excluded = soa.entry(e)->applicability == Applicability::NotApplicable;
    QVERIFY(soa.setApplicability(e, excluded ? Applicability::Applicable : Applicability::NotApplicable));
    const qint64 own = soa.addOwnControl({});
    QVERIFY(own > 0);
    QVERIFY(soa.setOwnControlValue(own, OwnControl::Title, QStringLiteral("Renamed")));
    QString error;
    QVERIFY(soa.approve(QStringLiteral("CEO"), QDate(2026, 11, 1), {}, &error) > 0);
    QVERIFY(soa.removeOwnControl(own));
    QCoreApplication::processEvents();
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCoreApplication::processEvents();
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCoreApplication::processEvents();
    // A whole-content replace resets every model.
    DocumentContent content = doc.content();
    QVERIFY(doc.replaceContent(content, &error));
    QCoreApplication::processEvents();
}

} // namespace

class TestSoaModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soaModelShape();
    void soaModelSurvivesEveryKindOfEdit();
    void editEmitsOneNarrowSignal();
    void decisionRefreshesTheStatusCell();
    void flagsFollowTheRow();
    void ownControlRowsComeAndGo();
    void filterProxy_data();
    void filterProxy();
    void findingModelFollowsTheSoa();
    void versionAndComparisonModels();
    void linkedRisksFollowTheRegister();
    void linkedRisksOfTheSample();
};

void TestSoaModels::soaModelShape()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    QVERIFY(doc);
    SoaModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const int sizes[] = {37, 8, 14, 34, 2};
    for (int g = 0; g < 5; ++g) {
        const QModelIndex group = model.index(g, 0);
        QVERIFY(group.data(SoaModel::IsGroupRole).toBool());
        QCOMPARE(model.rowCount(group), sizes[g]);
        QCOMPARE(model.rowCount(model.index(g, 1)), 0);
    }
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Organizational controls (37)"));
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Own controls (2)"));
    const QModelIndex first = model.index(0, SoaModel::Title, model.index(0, 0));
    QCOMPARE(first.data().toString(), QStringLiteral("Policies for information security"));
    QCOMPARE(first.siblingAtColumn(SoaModel::Control).data().toString(), QStringLiteral("5.1"));
    QCOMPARE(first.siblingAtColumn(SoaModel::ApplicabilityColumn).data().toString(), QStringLiteral("Applicable"));
    QCOMPARE(first.siblingAtColumn(SoaModel::ApplicabilityColumn).data(Qt::EditRole).toString(),
             QStringLiteral("applicable"));
    QCOMPARE(first.siblingAtColumn(SoaModel::ControlTypeColumn).data().toString(), QStringLiteral("Preventive"));
    QCOMPARE(first.siblingAtColumn(SoaModel::LastReviewedColumn).data(Qt::EditRole).toDate(), QDate(2026, 2, 10));
    QVERIFY(first.data(SoaModel::GuidanceRole).toString().contains(QStringLiteral("policies")));
    QCOMPARE(model.headerData(SoaModel::ApplicabilityColumn, Qt::Horizontal).toString(), QStringLiteral("Applicable"));
    QVERIFY(model.owners().contains(QStringLiteral("Priya Raman")));
    QCOMPARE(model.parent(first), model.index(0, 0));
}

void TestSoaModels::soaModelSurvivesEveryKindOfEdit()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaModel model(doc.get());
    SoaFilterProxy proxy;
    proxy.setSourceModel(&model);
    SoaFindingModel findings(doc.get());
    SoaVersionModel versions(doc.get());
    SoaComparisonModel comparison(doc.get());
    comparison.setVersion(doc->soa().latestVersion()->id);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    workOut(*doc, QStringLiteral("Someone"));
    proxy.setStatusFilter(QStringLiteral("partial"));
    workOut(*doc, QStringLiteral("Someone else"));
    QCOMPARE(visibleControls(model), 95);
}

void TestSoaModels::editEmitsOneNarrowSignal()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaModel model(doc.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex status = cell(model, *doc, QStringLiteral("8.23"), SoaModel::StatusColumn);
    QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("planned"));
    const int commands = doc->undoStack()->count();

    QVERIFY(model.setData(status, QStringLiteral("partial")));
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Partially implemented"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), status);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), status);
    QCOMPARE(reset.count(), 0);

    doc->undoStack()->undo();
    QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("planned"));
    QCOMPARE(changed.count(), 2);

    // A date picker hands over a QDate; no date clears the field.
    const QModelIndex target = status.siblingAtColumn(SoaModel::TargetDateColumn);
    QVERIFY(model.setData(target, QDate()));
    QVERIFY(!target.data(Qt::EditRole).toDate().isValid());
    QVERIFY(model.setData(target, QDate(2027, 6, 30)));
    QCOMPARE(target.data().toString(), QStringLiteral("2027-06-30"));
    // Unchanged values push nothing.
    QVERIFY(!model.setData(target, QDate(2027, 6, 30)));
}

void TestSoaModels::decisionRefreshesTheStatusCell()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaModel model(doc.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex decision = cell(model, *doc, QStringLiteral("7.4"), SoaModel::ApplicabilityColumn);
    QVERIFY(model.setData(decision, QStringLiteral("not_applicable")));
    QSet<int> columns;
    for (const QList<QVariant> &signal : std::as_const(changed))
        columns.insert(signal.at(0).value<QModelIndex>().column());
    QCOMPARE(columns, (QSet<int>{SoaModel::ApplicabilityColumn, SoaModel::StatusColumn}));
    QCOMPARE(decision.siblingAtColumn(SoaModel::StatusColumn).data().toString(), QStringLiteral("Not applicable"));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestSoaModels::flagsFollowTheRow()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaModel model(doc.get());
    const QModelIndex excluded = cell(model, *doc, QStringLiteral("7.12"), SoaModel::StatusColumn);
    QVERIFY(!(excluded.flags() & Qt::ItemIsEditable));
    QVERIFY(!model.setData(excluded, QStringLiteral("planned")));
    QVERIFY(excluded.siblingAtColumn(SoaModel::JustificationColumn).flags() & Qt::ItemIsEditable);
    const QModelIndex annex = cell(model, *doc, QStringLiteral("5.1"), SoaModel::Title);
    QVERIFY(!(annex.flags() & Qt::ItemIsEditable));
    QVERIFY(!(annex.siblingAtColumn(SoaModel::DomainsColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(annex.siblingAtColumn(SoaModel::OwnerColumn).flags() & Qt::ItemIsEditable);
    const QModelIndex own = model.index(0, SoaModel::Title, model.groupIndex(SoaModel::ownGroupKey()));
    QVERIFY(own.flags() & Qt::ItemIsEditable);
    QVERIFY(model.setData(own, QStringLiteral("Tenant isolation tests")));
    QCOMPARE(own.data().toString(), QStringLiteral("Tenant isolation tests"));
    QVERIFY(!(model.index(0, 0).flags() & Qt::ItemIsEditable));
}

void TestSoaModels::ownControlRowsComeAndGo()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    SoaModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex group = model.groupIndex(SoaModel::ownGroupKey());
    QCOMPARE(model.rowCount(group), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const qint64 a = doc->soa().addOwnControl({});
    const qint64 b = doc->soa().addOwnControl({});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), group);
    QCOMPARE(model.indexOfOwnControl(b).row(), 1);
    QVERIFY(doc->soa().removeOwnControl(a));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.indexOfOwnControl(b).row(), 0);
    doc->undoStack()->undo();
    QCOMPARE(model.indexOfOwnControl(a).row(), 0);
    QCOMPARE(model.index(0, SoaModel::Control, group).data().toString(), QStringLiteral("ORG-01"));
    QCOMPARE(group.data().toString(), QStringLiteral("Own controls (2)"));
}

void TestSoaModels::filterProxy_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("visible");
    QTest::addColumn<int>("groups");

    QTest::newRow("nothing")          << QString()                 << QString()                           << 95 << 5;
    QTest::newRow("theme people")     << QStringLiteral("theme")   << QStringLiteral("6")                 << 8  << 1;
    QTest::newRow("theme tech")       << QStringLiteral("theme")   << QStringLiteral("8")                 << 35 << 2;
    QTest::newRow("own controls")     << QStringLiteral("theme")   << QStringLiteral("own")               << 2  << 1;
    QTest::newRow("excluded")         << QStringLiteral("decision") << QStringLiteral("not_applicable")   << 3  << 2;
    QTest::newRow("partial")          << QStringLiteral("status")  << QStringLiteral("partial")           << 7  << 3;
    QTest::newRow("planned")          << QStringLiteral("status")  << QStringLiteral("planned")           << 1  << 1;
    QTest::newRow("owner")            << QStringLiteral("owner")   << QStringLiteral("helen carter")      << 5  << 2;
    QTest::newRow("no owner")         << QStringLiteral("owner")   << QString()                           << 4  << 3;
    QTest::newRow("attribute")        << QStringLiteral("attribute") << QStringLiteral("concept:Recover") << 6  << 2;
    // Text search reads titles, our descriptions, owners and the SoA's own texts.
    QTest::newRow("text, any case")   << QStringLiteral("text")    << QStringLiteral("CRYPTOGRAPHY")      << 3  << 2;
    QTest::newRow("text in owner")    << QStringLiteral("text")    << QStringLiteral("liddell")           << 7  << 2;
    QTest::newRow("text in evidence") << QStringLiteral("text")    << QStringLiteral("sec-412")           << 1  << 1;
    QTest::newRow("text nowhere")     << QStringLiteral("text")    << QStringLiteral("zebra")             << 0  << 0;
}

void TestSoaModels::filterProxy()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(int, visible);
    QFETCH(int, groups);
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaModel model(doc.get());
    SoaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (filter == QLatin1String("theme"))
        proxy.setThemeFilter(value);
    else if (filter == QLatin1String("decision"))
        proxy.setApplicabilityFilter(value);
    else if (filter == QLatin1String("status"))
        proxy.setStatusFilter(value);
    else if (filter == QLatin1String("owner"))
        proxy.setOwnerFilter(true, value);
    else if (filter == QLatin1String("attribute"))
        proxy.setAttributeFilter(value);
    else if (filter == QLatin1String("text"))
        proxy.setTextFilter(value);
    QCOMPARE(proxy.isFiltering(), !filter.isEmpty());
    QCOMPARE(visibleControls(proxy), visible);
    QCOMPARE(proxy.rowCount(), groups);
    proxy.clearFilters();
    QCOMPARE(visibleControls(proxy), 95);
}

void TestSoaModels::findingModelFollowsTheSoa()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    SoaFindingModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 28));
    QCOMPARE(model.rowCount(), 93);
    QCOMPARE(model.index(0, SoaFindingModel::Finding).data().toString(), QStringLiteral("No decision"));
    const qint64 id = doc->soa().entryIdForControl(QStringLiteral("5.1"));
    QCOMPARE(model.index(0, 0).data(SoaFindingModel::EntryIdRole).toLongLong(), id);

    // A burst of edits is looked at once, after it.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(doc->soa().setApplicability(id, Applicability::Applicable));
    QVERIFY(doc->soa().setValue(id, SoaEntry::Owner, QStringLiteral("Priya Raman")));
    QCOMPARE(reset.count(), 0);
    QTRY_COMPARE(reset.count(), 1);
    QStringList first;
    for (int c = 0; c < SoaFindingModel::ColumnCount; ++c)
        first << model.index(0, c).data().toString();
    QCOMPARE(first, (QStringList{QStringLiteral("5.1"), QStringLiteral("Included without a reason"),
                                 QStringLiteral("Applicable, but no reason for inclusion is ticked.")}));
    QCOMPARE(model.index(1, SoaFindingModel::Finding).data().toString(), QStringLiteral("Review overdue"));
    QCOMPARE(model.rowCount(), 92 + 2);
}

void TestSoaModels::versionAndComparisonModels()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    SoaVersionModel versions(doc.get());
    SoaComparisonModel comparison(doc.get());
    QAbstractItemModelTester t1(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(versions.rowCount(), 1);
    QCOMPARE(versions.index(0, SoaVersionModel::Number).data().toString(), QStringLiteral("Version 1"));
    QCOMPARE(versions.index(0, SoaVersionModel::Approver).data().toString(),
             QStringLiteral("Daniel Okafor, Chief Executive Officer"));

    comparison.setVersion(versions.versionId(0));
    QCOMPARE(comparison.changedControls(), 6);
    QCOMPARE(comparison.headerData(SoaComparisonModel::Before, Qt::Horizontal).toString(),
             QStringLiteral("In version 1"));
    QStringList lines;
    for (int r = 0; r < comparison.rowCount(); ++r) {
        QStringList cells;
        for (int c : {SoaComparisonModel::Control, SoaComparisonModel::Kind, SoaComparisonModel::Field,
                      SoaComparisonModel::Before, SoaComparisonModel::After})
            cells << comparison.index(r, c).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    QVERIFY2(lines.contains(QStringLiteral("5.23 | Changed | Control owner | Priya Raman | Marta Sousa")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("8.16 | Changed | Implementation status | Partially implemented | Implemented")));
    QVERIFY(lines.contains(QStringLiteral("ORG-02 | Added | Added |  | ")));

    // The comparison follows edits, once they are done.
    const qint64 e = doc->soa().entryIdForControl(QStringLiteral("5.23"));
    QVERIFY(doc->soa().setValue(e, SoaEntry::Owner, QStringLiteral("Priya Raman")));
    QTRY_COMPARE(comparison.changedControls(), 5);

    QString error;
    const qint64 v2 = doc->soa().approve(QStringLiteral("CEO"), QDate(2026, 11, 28), {}, &error);
    QCOMPARE(versions.rowCount(), 2);
    QCOMPARE(versions.versionId(0), v2);
    comparison.setVersion(v2);
    QCOMPARE(comparison.rowCount(), 0);
    doc->undoStack()->undo();
    QCOMPARE(versions.rowCount(), 1);
    QTRY_COMPARE(comparison.versionId(), qint64(0));
}

void TestSoaModels::linkedRisksFollowTheRegister()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QVERIFY(doc);
    SoaModel model(doc.get());
    SoaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(SoaModel::LinkedRisksColumn, Qt::Horizontal).toString(), QStringLiteral("Linked risks"));

    Risk risk;
    risk.reference = QStringLiteral("R-003");
    risk.title = QStringLiteral("Ransomware on the file servers");
    risk.residualLikelihood = 3;
    risk.residualImpact = 4;  // 12: High in the default method
    const qint64 id = doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk"));
    QVERIFY(id > 0);
    const QModelIndex backup = cell(model, *doc, QStringLiteral("8.13"), SoaModel::LinkedRisksColumn);
    const QModelIndex malware = cell(model, *doc, QStringLiteral("8.7"), SoaModel::LinkedRisksColumn);
    QCOMPARE(backup.data().toString(), QString());
    QVERIFY(!backup.flags().testFlag(Qt::ItemIsEditable));

    // Planning controls changes exactly their cells.
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::PlannedControls, QStringLiteral("8.13, 8.7")));
    QCOMPARE(backup.data().toString(), QStringLiteral("R-003 (High)"));
    QCOMPARE(malware.data().toString(), QStringLiteral("R-003 (High)"));
    QVERIFY(backup.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ransomware on the file servers")));
    QCOMPARE(backup.data(SoaModel::LinkedRiskIdsRole).toList(), QVariantList{id});
    auto changedCells = [&spy] {
        QSet<QPair<int, int>> cells;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (from != to || from.column() != SoaModel::LinkedRisksColumn)
                return QSet<QPair<int, int>>{{-1, -1}};
            cells.insert({int(from.internalId()), from.row()});
        }
        return cells;
    };
    const QSet<QPair<int, int>> both{{int(backup.internalId()), backup.row()},
                                     {int(malware.internalId()), malware.row()}};
    QCOMPARE(changedCells(), both);

    // A second risk comes in reference order; a risk without a residual rating shows
    // its reference alone.
    Risk second;
    second.reference = QStringLiteral("R-001");
    second.title = QStringLiteral("Lost backups");
    second.plannedControls = {QStringLiteral("8.13")};
    const qint64 secondId = doc->addRow(Entity::Risk, RiskStore::snapshotOf(second), QStringLiteral("Add risk"));
    QVERIFY(secondId > 0);
    QCOMPARE(backup.data().toString(), QStringLiteral("R-001, R-003 (High)"));
    QCOMPARE(malware.data().toString(), QStringLiteral("R-003 (High)"));

    // What the cell shows of a risk follows it: residual rating, reference.
    spy.clear();
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::ResidualImpact, 1));  // 3: Low
    QCOMPARE(backup.data().toString(), QStringLiteral("R-001, R-003 (Low)"));
    QCOMPARE(changedCells(), both);
    QVERIFY(doc->setValue(Entity::Risk, secondId, Risk::Reference, QStringLiteral("R-009")));
    QCOMPARE(backup.data().toString(), QStringLiteral("R-003 (Low), R-009"));

    // The text search finds a control by the risks that rely on it.
    proxy.setTextFilter(QStringLiteral("r-009"));
    QCOMPARE(visibleControls(proxy), 1);
    proxy.setTextFilter(QString());

    // Undo walks it all back, cell by cell.
    QUndoStack *undo = doc->undoStack();
    undo->undo();  // reference
    QCOMPARE(backup.data().toString(), QStringLiteral("R-001, R-003 (Low)"));
    undo->undo();  // residual
    undo->undo();  // second risk
    QCOMPARE(backup.data().toString(), QStringLiteral("R-003 (High)"));
    spy.clear();
    undo->undo();  // planned controls
    QCOMPARE(backup.data().toString(), QString());
    QCOMPARE(malware.data().toString(), QString());
    QCOMPARE(changedCells(), both);
    undo->redo();
    QCOMPARE(backup.data().toString(), QStringLiteral("R-003 (High)"));

    // A deleted risk leaves the rows; undo brings it back.
    QVERIFY(doc->removeRow(Entity::Risk, id, QStringLiteral("Delete risk")));
    QCOMPARE(backup.data().toString(), QString());
    undo->undo();
    QCOMPARE(backup.data().toString(), QStringLiteral("R-003 (High)"));
    QCOMPARE(model.linkedRisks(backup.data(SoaModel::EntryIdRole).toLongLong()).size(), size_t(1));

    // An excluded control that a treatment relies on stands out.
    const qint64 entry = doc->soa().entryIdForControl(QStringLiteral("8.13"));
    QVERIFY(doc->soa().setApplicability(entry, Applicability::NotApplicable));
    QVERIFY(backup.data(Qt::BackgroundRole).isValid());
    QVERIFY(backup.data(Qt::ToolTipRole).toString().contains(QStringLiteral("relies on it")));
}

void TestSoaModels::linkedRisksOfTheSample()
{
    QTemporaryDir dir;
    auto doc = sample(dir);
    QVERIFY(doc);
    SoaModel model(doc.get());
    // The cached column says what the store says, row by row.
    int linked = 0;
    int ownLinked = 0;
    for (const SoaEntry &e : doc->soa().entries()) {
        QStringList expected;
        for (const LinkedRisk &r : doc->soa().linkedRisks(e))
            expected << (r.residualLevel.isEmpty() ? r.reference : QStringLiteral("%1 (%2)").arg(r.reference, r.residualLevel));
        QCOMPARE(model.indexOfEntry(e.id, SoaModel::LinkedRisksColumn).data().toString(),
                 expected.join(QStringLiteral(", ")));
        linked += expected.isEmpty() ? 0 : 1;
        ownLinked += e.own && !expected.isEmpty() ? 1 : 0;
    }
    QVERIFY(linked > 10);
    // Own controls are planned too: ORG-01 by R-004, ORG-02 by R-005.
    QCOMPARE(ownLinked, 2);
    const QModelIndex org01 = model.indexOfOwnControl(doc->soa().ownControls().front().id, SoaModel::LinkedRisksColumn);
    QVERIFY2(org01.data().toString().startsWith(QStringLiteral("R-004")), qPrintable(org01.data().toString()));

    // The printed SoA lists them for own controls as for Annex A ones.
    ReportDocument report;
    QVERIFY(Reports::build(*doc, QStringLiteral("soa"), {}, &report, nullptr));
    QString html;
    for (const ReportSection &section : std::as_const(report.sections))
        html += section.html;
    const qsizetype own = html.indexOf(QStringLiteral("ORG-01"));
    QVERIFY(own > 0);
    QVERIFY2(html.indexOf(QStringLiteral("Risks: R-004"), own) > own, "ORG-01 lacks its linked risk in the report");
}

QTEST_GUILESS_MAIN(TestSoaModels)
#include "tst_soamodels.moc"
