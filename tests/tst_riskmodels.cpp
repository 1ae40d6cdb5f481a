#include "models/assetmodel.h"
#include "models/heatmapmodel.h"
#include "models/riskacceptancemodel.h"
#include "models/riskactionmodel.h"
#include "models/riskfilterproxymodel.h"
#include "models/risklevelmodel.h"
#include "models/riskmatrixmodel.h"
#include "models/riskregistermodel.h"
#include "models/riskscalemodel.h"
#include "risktestutil.h"
#include "stores/riskstore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::risktest;

namespace {

// Every model of the risk area is watched by QAbstractItemModelTester while it is
// used, so that any inconsistent signal fails the test.
QAbstractItemModelTester *watch(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

int rowOfReference(const QAbstractItemModel *model, const QString &reference)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RiskRegisterModel::Reference).data().toString() == reference)
            return row;
    }
    return -1;
}

} // namespace

class TestRiskModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerFetchesLazily();
    void registerDerivesScoresAndLevels();
    void registerEditsGoThroughCommands();
    void registerFollowsInsertsAndRemovals();
    void registerFollowsMethodChange();
    void proxyFilters();
    void proxySorts();
    void heatMaps();
    void assetModel();
    void actionModel();
    void acceptanceModel();
    void scaleModel();
    void levelModel();
    void matrixModel();

private:
    QTemporaryDir m_dir;
};

void TestRiskModels::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
}

void TestRiskModels::registerFetchesLazily()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.isms"));
    QString error;
    QVERIFY2(createGeneratedSample(path, 1200, 20, &error), qPrintable(error));
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    RiskRegisterModel model(doc.get());
    QCOMPARE(model.totalCount(), 1223);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), RiskRegisterModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RiskRegisterModel::PageSize);
    // The tester fetches a page of its own when it starts (the last, shorter one).
    watch(&model);
    QCOMPARE(model.rowCount(), 1223);
    model.fetchAll();
    QCOMPARE(model.rowCount(), 1223);
    QVERIFY(!model.canFetchMore({}));
    // Rows are in id order, so the sample's risks come first.
    QCOMPARE(model.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-001"));
    // A row added while not every row is loaded waits for its page.
    // (No tester on this one: it fetches more after every change, which is what this
    // part is about not doing.)
    RiskRegisterModel partial(doc.get());
    partial.fetchMore({});
    const qint64 id = partial.addRisk(QStringLiteral("Late arrival"));
    QVERIFY(id > 0);
    QCOMPARE(partial.rowCount(), RiskRegisterModel::PageSize);
    QCOMPARE(partial.totalCount(), 1224);
    partial.fetchAll();
    QCOMPARE(partial.rowOf(id), 1223);
}

void TestRiskModels::registerDerivesScoresAndLevels()
{
    auto doc = openSample(m_dir, QStringLiteral("derived.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    watch(&model);
    model.fetchAll();
    const int row = rowOfReference(&model, QStringLiteral("R-001"));
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(RiskRegisterModel::InherentLikelihood).toString(), QStringLiteral("3 Medium"));
    QCOMPARE(cell(RiskRegisterModel::InherentLikelihood, Qt::EditRole).toInt(), 3);
    QCOMPARE(cell(RiskRegisterModel::InherentScore).toInt(), 15);
    QCOMPARE(cell(RiskRegisterModel::InherentLevel).toString(), QStringLiteral("High"));
    QCOMPARE(cell(RiskRegisterModel::ResidualScore).toInt(), 8);
    QCOMPARE(cell(RiskRegisterModel::ResidualLevel).toString(), QStringLiteral("Medium"));
    QCOMPARE(cell(RiskRegisterModel::InherentLevel, Qt::BackgroundRole).value<QBrush>().color(),
             doc->riskMethod().levels[2].colour);
    QCOMPARE(cell(RiskRegisterModel::Assets).toString(), QStringLiteral("A-001, A-005, A-009"));
    QCOMPARE(cell(RiskRegisterModel::PlannedControls).toString(), QStringLiteral("5.15, 5.30, 8.2, 8.13"));
    // Own controls follow the Annex A ones, by reference.
    QCOMPARE(model.index(rowOfReference(&model, QStringLiteral("R-004")), RiskRegisterModel::PlannedControls).data().toString(),
             QStringLiteral("8.25, 8.26, 8.28, 8.29, ORG-01"));
    QCOMPARE(cell(RiskRegisterModel::Actions).toString(), QStringLiteral("1 open, 1 overdue"));
    QVERIFY(cell(RiskRegisterModel::Description).toString().startsWith(QStringLiteral("An attacker")));
    QVERIFY(!(model.flags(model.index(row, RiskRegisterModel::InherentScore)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(row, RiskRegisterModel::InherentImpact)) & Qt::ItemIsEditable);
    // The unrated risk has no score and no level.
    const int unrated = rowOfReference(&model, QStringLiteral("R-023"));
    QVERIFY(!model.index(unrated, RiskRegisterModel::InherentScore).data().isValid());
    QCOMPARE(model.index(unrated, RiskRegisterModel::InherentLevel).data().toString(), QString());
    // The acceptance that needs renewal, and the attention flag of a risk retained above
    // the threshold without a valid acceptance.
    const int retained = rowOfReference(&model, QStringLiteral("R-018"));
    QCOMPARE(model.index(retained, RiskRegisterModel::Acceptance).data().toString(), QStringLiteral("Needs renewal"));
    QVERIFY(model.index(retained, 0).data(RiskRegisterModel::AttentionRole).toBool());
    QVERIFY(!model.index(row, 0).data(RiskRegisterModel::AttentionRole).toBool());
}

void TestRiskModels::registerEditsGoThroughCommands()
{
    auto doc = openSample(m_dir, QStringLiteral("edits.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    watch(&model);
    model.fetchAll();
    const int row = rowOfReference(&model, QStringLiteral("R-002"));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const int commands = doc->undoStack()->count();
    QVERIFY(model.setData(model.index(row, RiskRegisterModel::InherentLikelihood), 5));
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QVERIFY(!dataChanged.isEmpty());
    QCOMPARE(model.index(row, RiskRegisterModel::InherentScore).data().toInt(), 20);
    QCOMPARE(model.index(row, RiskRegisterModel::InherentLevel).data().toString(), QStringLiteral("Critical"));
    // Derived columns cannot be set.
    QVERIFY(!model.setData(model.index(row, RiskRegisterModel::InherentScore), 3));
    // Long texts too go the one way.
    QVERIFY(model.setData(model.index(row, RiskRegisterModel::Notes), QStringLiteral("Discussed at the board.")));
    QCOMPARE(model.index(row, RiskRegisterModel::Notes).data().toString(), QStringLiteral("Discussed at the board."));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(model.index(row, RiskRegisterModel::InherentScore).data().toInt(), 16);
    QCOMPARE(model.index(row, RiskRegisterModel::Notes).data().toString(), QString());
}

void TestRiskModels::registerFollowsInsertsAndRemovals()
{
    auto doc = openSample(m_dir, QStringLiteral("rows.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    auto *tester = watch(&model);
    model.fetchAll();
    const qint64 id = model.addRisk(QStringLiteral("Shadow IT"));
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.index(23, RiskRegisterModel::IdentifiedOn).data().toString(), QStringLiteral("2026-11-28"));
    QCOMPARE(model.index(23, RiskRegisterModel::NextReview).data().toString(), QStringLiteral("2027-11-28"));
    QCOMPARE(model.index(23, RiskRegisterModel::Status).data(Qt::EditRole).toString(), QStringLiteral("identified"));
    QCOMPARE(model.index(23, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-024"));
    const qint64 copy = model.duplicateRisk(model.rowOf(id));
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.index(model.rowOf(copy), RiskRegisterModel::Title).data().toString().startsWith(QStringLiteral("Shadow IT")));
    QVERIFY(model.removeRisks({0, 1, 2}));
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-004"));
    doc->undoStack()->undo();  // the three deletes are one step
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-001"));
    // Actions of a risk changing show in its row.
    const int row = rowOfReference(&model, QStringLiteral("R-003"));
    QCOMPARE(model.index(row, RiskRegisterModel::Actions).data().toString(), QStringLiteral("1 open, 1 overdue"));
    const RiskAction action = doc->riskActions().forRisk(model.idAt(row)).front();
    QVERIFY(doc->setValue(Entity::RiskAction, action.id, RiskAction::Status, QStringLiteral("done")));
    QCOMPARE(model.index(row, RiskRegisterModel::Actions).data().toString(), QString());
    // An import resets the model. (The tester would call fetchMore from inside the
    // modelReset signal, before it considers the reset finished, and then fault the rows
    // a lazy model inserts: it watches the model again after the reset.)
    delete tester;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    RiskRegisterBatch batch;
    Risk r;
    r.id = 1;
    r.reference = QStringLiteral("R-900");
    r.title = QStringLiteral("Imported");
    batch.risks.push_back(r);
    QVERIFY(doc->importRegister(batch, QStringLiteral("Import")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    watch(&model);
    model.fetchAll();
    QCOMPARE(model.rowCount(), 26);
}

void TestRiskModels::registerFollowsMethodChange()
{
    auto doc = openSample(m_dir, QStringLiteral("method.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    watch(&model);
    model.fetchAll();
    const int row = rowOfReference(&model, QStringLiteral("R-001"));
    RiskScaleModel impact(doc.get(), RiskMethod::Axis::Impact);
    watch(&impact);
    QVERIFY(impact.setLevelCount(3));
    // 3 x 5 on 5 x 5 became 3 x 3 on 5 x 3: derived values follow the method at once.
    QCOMPARE(model.index(row, RiskRegisterModel::InherentImpact).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(model.index(row, RiskRegisterModel::InherentScore).data().toInt(), 9);
    QCOMPARE(model.index(row, RiskRegisterModel::InherentImpact).data().toString(), QStringLiteral("3 High"));
    doc->undoStack()->undo();
    QCOMPARE(model.index(row, RiskRegisterModel::InherentScore).data().toInt(), 15);
    QCOMPARE(model.rowCount(), 23);
}

void TestRiskModels::proxyFilters()
{
    auto doc = openSample(m_dir, QStringLiteral("filter.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    RiskFilterProxyModel proxy(&model);
    watch(&model);
    watch(&proxy);
    // A filter needs every row: it loads the rest.
    proxy.setText(QStringLiteral("ransomware"));
    QVERIFY(model.isComplete());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-001"));
    // Words found only in the long texts (the scenario here).
    proxy.setText(QStringLiteral("unions"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-005"));
    // Owner, asset reference and asset name.
    proxy.setText(QStringLiteral("okafor"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText(QStringLiteral("A-013"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("payroll"));
    QCOMPARE(proxy.rowCount(), 1);  // R-020 through its asset's name
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 23);

    RiskFilter f;
    f.levels = {2};  // High now
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f = {};
    f.statuses = {QStringLiteral("accepted")};
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 5);
    f = {};
    f.treatments = {QStringLiteral("retain")};
    f.owner = QStringLiteral("mark bennett");
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 2);
    f = {};
    f.overdueOnly = true;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 5);
    f = {};
    f.attentionOnly = true;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilter({});
    proxy.setCell(RiskFilter::Rating::Inherent, 3, 4);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setCell(RiskFilter::Rating::Residual, 2, 4);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.clearCell();
    QCOMPARE(proxy.rowCount(), 23);
    // The proxy follows edits, of short and of long texts.
    proxy.setText(QStringLiteral("ransomware"));
    doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-002")), Risk::Title, QStringLiteral("Ransomware via phishing"));
    QCOMPARE(proxy.rowCount(), 2);
    doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-003")), Risk::Notes, QStringLiteral("Ransomware could also cause this."));
    QCOMPARE(proxy.rowCount(), 3);
    doc->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 2);
}

void TestRiskModels::proxySorts()
{
    auto doc = openSample(m_dir, QStringLiteral("sort.isms"));
    QVERIFY(doc);
    RiskRegisterModel model(doc.get());
    RiskFilterProxyModel proxy(&model);
    watch(&proxy);
    proxy.sort(RiskRegisterModel::InherentScore, Qt::DescendingOrder);
    QVERIFY(model.isComplete());
    QCOMPARE(proxy.index(0, RiskRegisterModel::InherentScore).data().toInt(), 16);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, RiskRegisterModel::InherentScore).data(RiskRegisterModel::SortRole).toInt()
                >= proxy.index(row, RiskRegisterModel::InherentScore).data(RiskRegisterModel::SortRole).toInt());
    proxy.sort(RiskRegisterModel::Reference, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-023"));
    proxy.sort(RiskRegisterModel::ResidualLevel, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, RiskRegisterModel::Reference).data().toString(), QStringLiteral("R-018"));
}

void TestRiskModels::heatMaps()
{
    auto doc = openSample(m_dir, QStringLiteral("heat.isms"));
    QVERIFY(doc);
    HeatMapModel inherent(doc.get(), HeatMapModel::Rating::Inherent);
    HeatMapModel residual(doc.get(), HeatMapModel::Rating::Residual);
    watch(&inherent);
    watch(&residual);
    QCOMPARE(inherent.rowCount(), 5);
    QCOMPARE(inherent.columnCount(), 5);
    QCOMPARE(inherent.total(), 22);
    QCOMPARE(residual.total(), 22);
    QCOMPARE(inherent.count(3, 4), 4);
    // Likelihood runs from the top row down.
    QCOMPARE(inherent.index(0, 0).data(HeatMapModel::LikelihoodRole).toInt(), 5);
    QCOMPARE(inherent.indexOf(3, 4).data().toInt(), 4);
    QCOMPARE(inherent.indexOf(5, 5).data(), QVariant());  // empty cells stay empty
    QCOMPARE(inherent.indexOf(5, 5).data(HeatMapModel::CountRole).toInt(), 0);
    QCOMPARE(inherent.headerData(0, Qt::Vertical).toString(), QStringLiteral("5 Very high"));
    QSignalSpy changed(&inherent, &QAbstractItemModel::dataChanged);
    QVERIFY(doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-023")), Risk::InherentLikelihood, 2));
    QVERIFY(doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-023")), Risk::InherentImpact, 2));
    QCOMPARE(inherent.total(), 23);
    QVERIFY(!changed.isEmpty());
    RiskMethod method = doc->riskMethod();
    method.resize(RiskMethod::Axis::Likelihood, 4);
    QVERIFY(doc->setRiskMethod(method, {}));
    QCOMPARE(inherent.rowCount(), 4);
    QCOMPARE(inherent.total(), 23);
    doc->undoStack()->undo();
    QCOMPARE(inherent.rowCount(), 5);
}

void TestRiskModels::assetModel()
{
    auto doc = openSample(m_dir, QStringLiteral("assets.isms"));
    QVERIFY(doc);
    AssetModel model(doc.get());
    watch(&model);
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.index(0, AssetModel::Confidentiality).data().toString(), QStringLiteral("5 Very high"));
    QCOMPARE(model.index(0, AssetModel::Type).data().toString(), QStringLiteral("Information"));
    QCOMPARE(model.index(0, AssetModel::Type).data(Qt::EditRole).toString(), QStringLiteral("information"));
    QVERIFY(model.index(4, AssetModel::Risks).data().toInt() > 3);
    QVERIFY(model.setData(model.index(0, AssetModel::Name), QStringLiteral("Customer data")));
    QCOMPARE(model.index(0, AssetModel::Name).data().toString(), QStringLiteral("Customer data"));
    QVERIFY(model.setData(model.index(0, AssetModel::Type), QStringLiteral("Vendor")));  // a synonym
    QCOMPARE(model.index(0, AssetModel::Type).data(Qt::EditRole).toString(), QStringLiteral("supplier"));
    QVERIFY(!model.setData(model.index(0, AssetModel::Type), QStringLiteral("Supplier")));  // unchanged
    const qint64 id = model.addAsset(QStringLiteral("Customer success playbooks"));
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.index(18, AssetModel::Reference).data().toString(), QStringLiteral("A-019"));
    QVERIFY(doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-001")), Risk::Assets, QStringLiteral("A-019")));
    QCOMPARE(model.index(model.rowOf(id), AssetModel::Risks).data().toInt(), 1);
    QVERIFY(model.removeAssets({model.rowOf(id)}));
    QCOMPARE(model.rowCount(), 18);
    doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.index(model.rowOf(id), AssetModel::Risks).data().toInt(), 1);
}

void TestRiskModels::actionModel()
{
    auto doc = openSample(m_dir, QStringLiteral("actions.isms"));
    QVERIFY(doc);
    RiskActionModel plan(doc.get());
    RiskActionModel one(doc.get(), riskId(*doc, QStringLiteral("R-001")));
    watch(&plan);
    watch(&one);
    QCOMPARE(plan.rowCount(), 22);
    QCOMPARE(plan.overdueCount(), 5);
    QCOMPARE(one.rowCount(), 2);
    QCOMPARE(one.index(0, RiskActionModel::Risk).data().toString(), QStringLiteral("R-001"));
    QVERIFY(one.index(1, 0).data(RiskActionModel::OverdueRole).toBool());
    QVERIFY(one.index(1, RiskActionModel::DueOn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!one.index(0, 0).data(RiskActionModel::OverdueRole).toBool());  // done
    // Done: no longer overdue, in both models.
    QVERIFY(one.setData(one.index(1, RiskActionModel::Status), QStringLiteral("done")));
    QCOMPARE(plan.overdueCount(), 4);
    QVERIFY(!one.index(1, 0).data(RiskActionModel::OverdueRole).toBool());
    const qint64 added = one.addAction(riskId(*doc, QStringLiteral("R-001")), QStringLiteral("Tabletop exercise"));
    QVERIFY(added > 0);
    QCOMPARE(one.rowCount(), 3);
    QCOMPARE(plan.rowCount(), 23);
    // Move it to another risk: it leaves the per-risk model.
    QVERIFY(one.setData(one.index(2, RiskActionModel::Risk), QStringLiteral("R-002")));
    QCOMPARE(one.rowCount(), 2);
    QCOMPARE(plan.index(plan.rowOf(added), RiskActionModel::Risk).data().toString(), QStringLiteral("R-002"));
    doc->undoStack()->undo();
    QCOMPARE(one.rowCount(), 3);
    // Deleting the risk takes its actions; undo brings them back.
    QVERIFY(doc->removeRow(Entity::Risk, riskId(*doc, QStringLiteral("R-001")), QStringLiteral("Delete")));
    QCOMPARE(one.rowCount(), 0);
    QCOMPARE(plan.rowCount(), 20);
    doc->undoStack()->undo();
    QCOMPARE(plan.rowCount(), 23);
    QCOMPARE(one.rowCount(), 3);
    one.setRiskId(riskId(*doc, QStringLiteral("R-004")));
    QCOMPARE(one.rowCount(), 2);
}

void TestRiskModels::acceptanceModel()
{
    auto doc = openSample(m_dir, QStringLiteral("acceptances.isms"));
    QVERIFY(doc);
    RiskAcceptanceModel all(doc.get());
    RiskAcceptanceModel one(doc.get(), riskId(*doc, QStringLiteral("R-018")));
    watch(&all);
    watch(&one);
    QCOMPARE(all.rowCount(), 5);
    QCOMPARE(one.rowCount(), 1);
    QVERIFY(one.index(0, 0).data(RiskAcceptanceModel::NeedsRenewalRole).toBool());
    QCOMPARE(one.index(0, RiskAcceptanceModel::AcceptedRating).data().toString(), QStringLiteral("2 x 4 = 8 Medium"));
    const qint64 id = one.accept(riskId(*doc, QStringLiteral("R-018")), QStringLiteral("Hannah Cole"),
                                 QStringLiteral("2026-11-28"), QStringLiteral("2027-03-31"),
                                 QStringLiteral("Board accepts until the replacement in March."));
    QVERIFY(id > 0);
    QCOMPARE(one.rowCount(), 2);
    QCOMPARE(one.index(0, RiskAcceptanceModel::State).data().toString(), QStringLiteral("Superseded"));
    QVERIFY(!one.index(1, 0).data(RiskAcceptanceModel::NeedsRenewalRole).toBool());
    QCOMPARE(all.rowCount(), 6);
    QVERIFY(one.setData(one.index(1, RiskAcceptanceModel::ExpiresOn), QStringLiteral("2027-02-28")));
    QCOMPARE(one.index(1, RiskAcceptanceModel::ExpiresOn).data().toString(), QStringLiteral("2027-02-28"));
    QVERIFY(!(one.flags(one.index(1, RiskAcceptanceModel::AcceptedRating)) & Qt::ItemIsEditable));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(one.rowCount(), 1);
}

void TestRiskModels::scaleModel()
{
    auto doc = openSample(m_dir, QStringLiteral("scale.isms"));
    QVERIFY(doc);
    RiskScaleModel likelihood(doc.get(), RiskMethod::Axis::Likelihood);
    watch(&likelihood);
    QCOMPARE(likelihood.rowCount(), 5);
    QCOMPARE(likelihood.index(4, RiskScaleModel::Label).data().toString(), QStringLiteral("Very high"));
    QVERIFY(likelihood.setData(likelihood.index(4, RiskScaleModel::Label), QStringLiteral("Almost certain")));
    QCOMPARE(doc->riskMethod().label(RiskMethod::Axis::Likelihood, 5), QStringLiteral("Almost certain"));
    // A label used twice is refused: the method would be ambiguous.
    QVERIFY(!likelihood.setData(likelihood.index(3, RiskScaleModel::Label), QStringLiteral("almost certain")));
    QVERIFY(likelihood.setLevelCount(7));
    QCOMPARE(likelihood.rowCount(), 7);
    QVERIFY(!likelihood.setLevelCount(8));
    QVERIFY(!likelihood.setLevelCount(2));
    doc->undoStack()->undo();
    QCOMPARE(likelihood.rowCount(), 5);
    doc->undoStack()->undo();
    QCOMPARE(doc->riskMethod().label(RiskMethod::Axis::Likelihood, 5), QStringLiteral("Very high"));
}

void TestRiskModels::levelModel()
{
    auto doc = openSample(m_dir, QStringLiteral("levels.isms"));
    QVERIFY(doc);
    RiskLevelModel model(doc.get());
    watch(&model);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, RiskLevelModel::Name).data(Qt::EditRole).toString(), QStringLiteral("Medium"));
    QVERIFY(model.index(1, RiskLevelModel::Name).data().toString().contains(QStringLiteral("threshold")));
    QCOMPARE(model.index(0, RiskLevelModel::Cells).data().toInt(), 8);  // 1-4 on 5 x 5
    QCOMPARE(model.index(2, RiskLevelModel::Risks).data().toInt(), 1);
    QVERIFY(model.addLevel(QStringLiteral("Extreme"), QColor(0x6a, 0x1b, 0x9a)));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, RiskLevelModel::Cells).data().toInt(), 0);
    QVERIFY(model.setData(model.index(4, RiskLevelModel::Colour), QStringLiteral("#000000")));
    QVERIFY(model.setAcceptanceLevel(0));
    QCOMPARE(doc->riskMethod().acceptanceLevel, 0);
    QVERIFY(model.moveLevel(2, 1));  // High above Critical: cells keep their level
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().levelAt(5, 5)), QStringLiteral("Critical"));
    QCOMPARE(doc->riskMethod().levels[3].name, QStringLiteral("High"));
    QVERIFY(model.removeLevel(1));  // Medium's cells fall to Low
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().levelAt(3, 3)), QStringLiteral("Low"));
    QCOMPARE(model.rowCount(), 4);
    for (int i = 0; i < 5; ++i)
        doc->undoStack()->undo();
    QCOMPARE(doc->riskMethod(), RiskMethod::standard());
    QCOMPARE(model.rowCount(), 4);
}

void TestRiskModels::matrixModel()
{
    auto doc = openSample(m_dir, QStringLiteral("matrix.isms"));
    QVERIFY(doc);
    RiskMatrixModel model(doc.get());
    watch(&model);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 4).data(RiskMatrixModel::LevelRole).toInt(), 3);  // 5 x 5 Critical
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("1  Low"));
    QVERIFY(model.setData(model.index(4, 4), QStringLiteral("High")));  // 1 x 5
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().levelAt(1, 5)), QStringLiteral("High"));
    QVERIFY(!model.setData(model.index(4, 4), QStringLiteral("Unknown")));
    QVERIFY(model.setData(model.index(4, 3), 3));
    QVERIFY(!model.setData(model.index(4, 3), 3));  // unchanged: no command
    QVERIFY(model.resetToDefault());
    QCOMPARE(doc->riskMethod().matrix, RiskMethod::standard().matrix);
    QScopedPointer<RiskScaleModel> impact(new RiskScaleModel(doc.get(), RiskMethod::Axis::Impact));
    QVERIFY(impact->setLevelCount(4));
    QCOMPARE(model.columnCount(), 4);
}

QTEST_GUILESS_MAIN(TestRiskModels)
#include "tst_riskmodels.moc"
