#include "documentsummary.h"
#include "risktestutil.h"
#include "storage/schema.h"
#include "stores/assetstore.h"
#include "stores/changelogstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskmethodstore.h"
#include "stores/risktextindex.h"
#include "stores/soastore.h"
#include "storage/database.h"
#include "soa.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QFileInfo>
#include <QSignalSpy>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::risktest;

// The register through the Document: what the stores accept and refuse, and what
// commands do and undo.
class TestRiskRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newFileHasDefaultMethod();
    void migrationFromVersion2();
    void sampleSummary();
    void editAndUndo();
    void invalidValuesAreRefused();
    void referencesAreUnique();
    void methodChangeReratesInOneCommand();
    void matrixChangeChangesDerivedLevelsOnly();
    void acceptanceFlaggedAfterMaterialChange();
    void acceptanceAboveThresholdNeedsJustification();
    void deleteRiskUndoRestoresEverything();
    void deleteAssetUndoRestoresLinks();
    void duplicateRisk();
    void importIsOneCommand();
    void changesAreLogged();
    void editsOfDeletedRowsAreRefused();
    void textIndexFollowsEdits();
    void textIndexAfterBulkWrite();
    void bulkImportUndoRedo();
    void bulkImportFailureWritesNothing();
    void migrationFromVersion6KeepsPlannedControls();
    void migrationFromVersion7LightensIndexes();
    void migrationFromVersion8ChecksWithoutInLists();
    void ownControlsArePlanned();
    void deletingAPlannedOwnControl();

private:
    QTemporaryDir m_dir;
};

void TestRiskRegister::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
}

void TestRiskRegister::newFileHasDefaultMethod()
{
    auto doc = newDocument(m_dir, QStringLiteral("default.isms"));
    QVERIFY(doc);
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    QCOMPARE(doc->riskMethod(), RiskMethod::standard());
    QCOMPARE(doc->risks().count(), 0);
}

void TestRiskRegister::migrationFromVersion2()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.isms"));
    {
        QString error;
        auto db = Database::createAtVersion(path, 2, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 2);
    }
    QString error;
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    QVERIFY(!doc->migrationBackupPath().isEmpty());
    // The migration writes the default method as literal rows: it must be the default.
    QCOMPARE(doc->riskMethod(), RiskMethod::standard());
    QCOMPARE(Database::check(path), QString());
}

void TestRiskRegister::sampleSummary()
{
    auto doc = openSample(m_dir, QStringLiteral("summary.isms"));
    QVERIFY(doc);
    const DocumentSummary s = DocumentSummary::of(*doc);
    QCOMPARE(s.assets, 18);
    QCOMPARE(s.risks, 23);
    QCOMPARE(s.risksNotRated, 1);
    QCOMPARE(s.risksAboveThreshold, 1);  // R-018, retained at High
    QCOMPARE(s.treatmentActions, 22);
    QCOMPARE(s.overdueTreatmentActions, 5);
    QCOMPARE(s.acceptances, 5);
    QCOMPARE(s.acceptancesNeedingRenewal, 1);
    QCOMPARE(s.risksPerLevel.size(), size_t(4));
    int total = 0;
    for (const auto &[name, count] : s.risksPerLevel)
        total += count;
    QCOMPARE(total, 22);
    QVERIFY(s.toText().contains(QStringLiteral("Risks:")));
    QCOMPARE(s.toJson().value(QStringLiteral("risk")).toObject().value(QStringLiteral("risks")).toInt(), 23);
}

void TestRiskRegister::editAndUndo()
{
    auto doc = openSample(m_dir, QStringLiteral("edit.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-001"));
    QVERIFY(id > 0);
    QCOMPARE(doc->risks().value(id, Risk::InherentLikelihood).toInt(), 3);
    QSignalSpy changed(doc.get(), &Document::changed);
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::InherentLikelihood, 5));
    QCOMPARE(doc->risks().value(id, Risk::InherentLikelihood).toInt(), 5);
    QCOMPARE(changed.count(), 1);
    const Change c = changed.first().first().value<Change>();
    QCOMPARE(c.entity, Entity::Risk);
    QCOMPARE(c.id, id);
    QCOMPARE(c.field, int(Risk::InherentLikelihood));
    // Same value: no command.
    QVERIFY(!doc->setValue(Entity::Risk, id, Risk::InherentLikelihood, QStringLiteral("5")));
    // A label is a value too.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::InherentImpact, QStringLiteral("Medium")));
    QCOMPARE(doc->risks().value(id, Risk::InherentImpact).toInt(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().value(id, Risk::InherentLikelihood).toInt(), 3);
    QCOMPARE(doc->risks().value(id, Risk::InherentImpact).toInt(), 5);
    // Links are values as well: a list of asset references, or of control codes.
    const QString controls = doc->risks().value(id, Risk::PlannedControls).toString();
    QCOMPARE(controls, QStringLiteral("5.15, 5.30, 8.2, 8.13"));  // catalog order
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Assets, QStringLiteral("a-002, A-001")));
    QCOMPARE(doc->risks().value(id, Risk::Assets).toString(), QStringLiteral("A-001, A-002"));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::PlannedControls, QStringLiteral("A.8.13, 5.15")));
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13"));
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), controls);
}

void TestRiskRegister::invalidValuesAreRefused()
{
    auto doc = openSample(m_dir, QStringLiteral("invalid.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-002"));
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    const int commands = doc->undoStack()->count();
    struct Case
    {
        int field;
        QVariant value;
    };
    const Case cases[] = {
        {Risk::InherentLikelihood, 6},
        {Risk::ResidualImpact, QStringLiteral("Extreme")},
        {Risk::Treatment, QStringLiteral("ignore it")},
        {Risk::Status, QStringLiteral("forgotten")},
        {Risk::NextReview, QStringLiteral("31/12/2026")},
        {Risk::Properties, QStringLiteral("CIAX")},
        {Risk::Assets, QStringLiteral("A-001, A-999")},
        {Risk::PlannedControls, QStringLiteral("9.9")},
        {Risk::Reference, QString()},
    };
    for (const Case &c : cases) {
        const QVariant before = doc->risks().value(id, c.field);
        doc->setValue(Entity::Risk, id, c.field, c.value);
        QCOMPARE(doc->risks().value(id, c.field), before);
    }
    QCOMPARE(failed.count(), int(std::size(cases)));
    // A failed command does not stay on the stack.
    QCOMPARE(doc->undoStack()->count(), commands);
}

void TestRiskRegister::referencesAreUnique()
{
    auto doc = openSample(m_dir, QStringLiteral("unique.isms"));
    QVERIFY(doc);
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-002")), Risk::Reference, QStringLiteral("R-001"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("R-001")));
    QCOMPARE(doc->risks().nextReference(), QStringLiteral("R-024"));
    QCOMPARE(doc->assets().nextReference(), QStringLiteral("A-019"));
}

void TestRiskRegister::methodChangeReratesInOneCommand()
{
    auto doc = openSample(m_dir, QStringLiteral("rerate.isms"));
    QVERIFY(doc);
    const std::vector<Risk> before = doc->risks().all();
    const std::vector<Asset> assetsBefore = doc->assets().all();
    const RiskMethod old = doc->riskMethod();
    const int commands = doc->undoStack()->count();

    RiskMethod method = old;
    method.resize(RiskMethod::Axis::Impact, 3);
    QVERIFY(doc->setRiskMethod(method, QStringLiteral("Three impact levels")));
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QCOMPARE(doc->riskMethod().impactCount(), 3);
    // Every stored impact moved onto the new scale.
    const std::vector<Risk> after = doc->risks().all();
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].inherentImpact, RiskMethod::remap(before[i].inherentImpact, 5, 3));
        QCOMPARE(after[i].residualImpact, RiskMethod::remap(before[i].residualImpact, 5, 3));
        QCOMPARE(after[i].inherentLikelihood, before[i].inherentLikelihood);
        QVERIFY(after[i].inherentImpact <= 3);
    }
    for (const Asset &a : doc->assets().all())
        QVERIFY(a.confidentiality <= 3 && a.integrity <= 3 && a.availability <= 3);
    // Undo: the method and every value come back exactly.
    doc->undoStack()->undo();
    QCOMPARE(doc->riskMethod(), old);
    const std::vector<Risk> undone = doc->risks().all();
    for (size_t i = 0; i < undone.size(); ++i) {
        QCOMPARE(undone[i].inherentImpact, before[i].inherentImpact);
        QCOMPARE(undone[i].residualImpact, before[i].residualImpact);
    }
    const std::vector<Asset> assetsUndone = doc->assets().all();
    for (size_t i = 0; i < assetsUndone.size(); ++i)
        QCOMPARE(assetsUndone[i].confidentiality, assetsBefore[i].confidentiality);
    doc->undoStack()->redo();
    QCOMPARE(doc->riskMethod().impactCount(), 3);
    QCOMPARE(doc->risks().all().front().inherentImpact, RiskMethod::remap(before.front().inherentImpact, 5, 3));
    // A method change that would leave the method invalid is refused outright.
    RiskMethod broken = doc->riskMethod();
    broken.levels.clear();
    QVERIFY(!doc->setRiskMethod(broken, {}));
}

void TestRiskRegister::matrixChangeChangesDerivedLevelsOnly()
{
    auto doc = openSample(m_dir, QStringLiteral("matrix.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-001"));
    const RiskRow before = doc->risks().row(id);
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().rate(before.inherentLikelihood, before.inherentImpact).level),
             QStringLiteral("High"));
    RiskMethod method = doc->riskMethod();
    method.setLevelAt(3, 5, 3);  // 3 x 5 becomes Critical
    QVERIFY(doc->setRiskMethod(method, {}));
    const RiskRow after = doc->risks().row(id);
    QCOMPARE(after.inherentLikelihood, before.inherentLikelihood);
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().rate(after.inherentLikelihood, after.inherentImpact).level),
             QStringLiteral("Critical"));
    doc->undoStack()->undo();
    QCOMPARE(doc->riskMethod().levelName(doc->riskMethod().rate(3, 5).level), QStringLiteral("High"));
}

void TestRiskRegister::acceptanceFlaggedAfterMaterialChange()
{
    auto doc = openSample(m_dir, QStringLiteral("acceptance.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-007"));
    const RiskMethod &method = doc->riskMethod();
    auto state = [&] {
        const RiskRow row = doc->risks().row(id);
        return row.acceptance.stateFor(method, currentRating(method, row.inherentLikelihood, row.inherentImpact,
                                                             row.residualLikelihood, row.residualImpact),
                                       row.treatment, QDate(2026, 11, 28));
    };
    QCOMPARE(state(), RiskAcceptance::State::Valid);
    QCOMPARE(doc->riskAcceptances().countNeedingRenewal(QDate(2026, 11, 28)), 1);
    // Residual likelihood 2 -> 4: 4 x 2 = 8, Medium instead of Low.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::ResidualLikelihood, 4));
    QCOMPARE(state(), RiskAcceptance::State::NeedsRenewal);
    QCOMPARE(doc->riskAcceptances().countNeedingRenewal(QDate(2026, 11, 28)), 2);
    doc->undoStack()->undo();
    QCOMPARE(state(), RiskAcceptance::State::Valid);
    // A change of treatment is material as well.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Treatment, QStringLiteral("share")));
    QCOMPARE(state(), RiskAcceptance::State::NeedsRenewal);
    doc->undoStack()->undo();
    // A lower rating within the same level is not.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::ResidualLikelihood, 1));
    QCOMPARE(state(), RiskAcceptance::State::Valid);
    // A new acceptance snapshots the risk as it is now, and is valid again.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::ResidualLikelihood, 4));
    const qint64 acceptance = doc->addRow(Entity::RiskAcceptance,
                                          {id, QStringLiteral("Mark Bennett"), QStringLiteral("2026-11-28"), QString(),
                                           QString(), QString()},
                                          QStringLiteral("Accept"));
    QVERIFY(acceptance > 0);
    const RiskAcceptance a = doc->riskAcceptances().read(acceptance);
    QCOMPARE(a.likelihood, 4);
    QCOMPARE(a.impact, 2);
    QCOMPARE(a.score, 8);
    QCOMPARE(a.level, QStringLiteral("Medium"));
    QCOMPARE(a.treatment, QStringLiteral("retain"));
    QCOMPARE(state(), RiskAcceptance::State::Valid);
}

void TestRiskRegister::acceptanceAboveThresholdNeedsJustification()
{
    auto doc = openSample(m_dir, QStringLiteral("justify.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-018"));  // residual 3 x 4 = 12, High
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    const QVariantList unjustified = {id, QStringLiteral("Hannah Cole"), QStringLiteral("2026-11-28"), QString(),
                                      QString(), QString()};
    QCOMPARE(doc->addRow(Entity::RiskAcceptance, unjustified, QStringLiteral("Accept")), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("justification")));
    QVariantList justified = unjustified;
    justified[RiskAcceptance::Justification] = QStringLiteral("Replacement in Q1 2027; board accepts until then.");
    const qint64 acceptance = doc->addRow(Entity::RiskAcceptance, justified, QStringLiteral("Accept"));
    QVERIFY(acceptance > 0);
    // Taking the justification away afterwards is refused too.
    doc->setValue(Entity::RiskAcceptance, acceptance, RiskAcceptance::Justification, QString());
    QCOMPARE(failed.count(), 2);
    QVERIFY(!doc->riskAcceptances().read(acceptance).justification.isEmpty());
    // And nobody can accept without a name.
    QVariantList anonymous = justified;
    anonymous[RiskAcceptance::AcceptedBy] = QString();
    QCOMPARE(doc->addRow(Entity::RiskAcceptance, anonymous, QStringLiteral("Accept")), 0);
}

void TestRiskRegister::deleteRiskUndoRestoresEverything()
{
    auto doc = openSample(m_dir, QStringLiteral("delete.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-018"));
    const Risk before = doc->risks().read(id);
    const std::vector<RiskAction> actions = doc->riskActions().forRisk(id);
    const std::vector<RiskAcceptance> acceptances = doc->riskAcceptances().forRisk(id);
    QCOMPARE(actions.size(), size_t(1));
    QCOMPARE(acceptances.size(), size_t(1));
    QVERIFY(doc->removeRow(Entity::Risk, id, QStringLiteral("Delete")));
    QCOMPARE(doc->risks().read(id).id, 0);
    QVERIFY(doc->riskActions().forRisk(id).empty());
    QVERIFY(doc->riskAcceptances().forRisk(id).empty());
    doc->undoStack()->undo();
    const Risk after = doc->risks().read(id);
    QCOMPARE(after.uid, before.uid);
    QCOMPARE(after.assets, before.assets);
    QCOMPARE(after.plannedControls, before.plannedControls);
    QCOMPARE(after.notes, before.notes);
    const std::vector<RiskAction> actionsAfter = doc->riskActions().forRisk(id);
    QCOMPARE(actionsAfter.size(), size_t(1));
    QCOMPARE(actionsAfter.front().id, actions.front().id);
    QCOMPARE(actionsAfter.front().uid, actions.front().uid);
    const std::vector<RiskAcceptance> acceptancesAfter = doc->riskAcceptances().forRisk(id);
    QCOMPARE(acceptancesAfter.size(), size_t(1));
    QCOMPARE(acceptancesAfter.front().uid, acceptances.front().uid);
    QCOMPARE(acceptancesAfter.front().level, QStringLiteral("Medium"));
    doc->undoStack()->redo();
    QCOMPARE(doc->risks().read(id).id, 0);
}

void TestRiskRegister::deleteAssetUndoRestoresLinks()
{
    auto doc = openSample(m_dir, QStringLiteral("asset.isms"));
    QVERIFY(doc);
    const qint64 asset = doc->assets().idOfReference(QStringLiteral("A-005"));
    const int links = doc->assets().riskCounts().value(asset);
    QVERIFY(links > 3);
    QVERIFY(doc->removeRow(Entity::Asset, asset, QStringLiteral("Delete asset")));
    QCOMPARE(doc->assets().riskCounts().value(asset), 0);
    QVERIFY(!doc->risks().read(riskId(*doc, QStringLiteral("R-001"))).assets.contains(QStringLiteral("A-005")));
    doc->undoStack()->undo();
    QCOMPARE(doc->assets().riskCounts().value(asset), links);
    QVERIFY(doc->risks().read(riskId(*doc, QStringLiteral("R-001"))).assets.contains(QStringLiteral("A-005")));
}

void TestRiskRegister::duplicateRisk()
{
    auto doc = openSample(m_dir, QStringLiteral("duplicate.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-004"));
    const qint64 copy = doc->duplicateRisk(id);
    QVERIFY(copy > 0);
    const Risk original = doc->risks().read(id);
    const Risk duplicate = doc->risks().read(copy);
    QCOMPARE(duplicate.reference, QStringLiteral("R-024"));
    QVERIFY(duplicate.uid != original.uid);
    QVERIFY(duplicate.title.startsWith(original.title));
    QCOMPARE(duplicate.assets, original.assets);
    QCOMPARE(duplicate.plannedControls, original.plannedControls);
    QCOMPARE(duplicate.inherentLikelihood, original.inherentLikelihood);
    QVERIFY(doc->riskActions().forRisk(copy).empty());
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().read(copy).id, 0);
}

void TestRiskRegister::importIsOneCommand()
{
    auto doc = openSample(m_dir, QStringLiteral("import.isms"));
    QVERIFY(doc);
    RiskRegisterBatch batch;
    Asset a;
    a.reference = QStringLiteral("A-100");
    a.name = QStringLiteral("Imported asset");
    a.type = QStringLiteral("service");
    batch.assets.push_back(a);
    for (int i = 0; i < 3; ++i) {
        Risk r;
        r.id = i + 1;
        r.reference = QStringLiteral("R-10%1").arg(i);
        r.title = QStringLiteral("Imported %1").arg(i);
        r.assets = {QStringLiteral("A-100"), QStringLiteral("A-001")};
        r.inherentLikelihood = 2;
        r.inherentImpact = 3;
        batch.risks.push_back(r);
    }
    const int commands = doc->undoStack()->count();
    QVERIFY(doc->importRegister(batch, QStringLiteral("Import")));
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QCOMPARE(doc->risks().count(), 26);
    QCOMPARE(doc->assets().count(), 19);
    const QString uid = doc->risks().read(riskId(*doc, QStringLiteral("R-101"))).uid;
    QVERIFY(!uid.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().count(), 23);
    QCOMPARE(doc->assets().count(), 18);
    doc->undoStack()->redo();
    QCOMPARE(doc->risks().count(), 26);
    // Redo brings back the very same rows.
    QCOMPARE(doc->risks().read(riskId(*doc, QStringLiteral("R-101"))).uid, uid);
    // All or nothing: a batch with one bad row writes nothing.
    RiskRegisterBatch bad = batch;
    bad.assets.clear();
    for (Risk &r : bad.risks)
        r.reference += QStringLiteral("b");
    bad.risks.back().reference = QStringLiteral("R-001");
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    QVERIFY(!doc->importRegister(bad, QStringLiteral("Import")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(doc->risks().count(), 26);
}

void TestRiskRegister::changesAreLogged()
{
    auto doc = openSample(m_dir, QStringLiteral("log.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-003"));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Owner, QStringLiteral("Hannah Cole")));
    auto latest = doc->changeLog().latest(1);
    QCOMPARE(latest.front().entity, QStringLiteral("risk"));
    QCOMPARE(latest.front().rowReference, QStringLiteral("R-003"));
    QCOMPARE(latest.front().field, QStringLiteral("owner"));
    QCOMPARE(latest.front().oldValue.toString(), QStringLiteral("Rui Almeida"));
    QCOMPARE(latest.front().newValue.toString(), QStringLiteral("Hannah Cole"));
    RiskMethod method = doc->riskMethod();
    method.resize(RiskMethod::Axis::Likelihood, 4);
    const qint64 before = doc->changeLog().count();
    QVERIFY(doc->setRiskMethod(method, {}));
    // One row for the method, one per stored value that moved.
    QVERIFY(doc->changeLog().count() > before + 1);
    bool methodRow = false;
    for (const ChangeLogEntry &e : doc->changeLog().latest(200))
        methodRow = methodRow || (e.entity == QStringLiteral("risk_method") && e.newValue.toString().startsWith(QStringLiteral("4 x 5")));
    QVERIFY(methodRow);
}

void TestRiskRegister::editsOfDeletedRowsAreRefused()
{
    auto doc = openSample(m_dir, QStringLiteral("deleted.isms"));
    QVERIFY(doc);
    const qint64 id = riskId(*doc, QStringLiteral("R-009"));
    QVERIFY(doc->removeRow(Entity::Risk, id, QStringLiteral("Delete")));
    const int commands = doc->undoStack()->count();
    // A view that commits a stale editor into a row that is gone makes no command.
    QVERIFY(!doc->setValue(Entity::Risk, id, Risk::Description, QStringLiteral("Stale text")));
    QCOMPARE(doc->undoStack()->count(), commands);
}

void TestRiskRegister::textIndexFollowsEdits()
{
    auto doc = openSample(m_dir, QStringLiteral("text.isms"));
    QVERIFY(doc);
    auto ids = [&](const QString &text) {
        QStringList references;
        for (qint64 id : doc->risks().idsWithLongText(text))
            references << doc->risks().rowReference(id);
        return references;
    };
    QCOMPARE(ids(QStringLiteral("unions")), QStringList{QStringLiteral("R-005")});
    // Words match by their beginnings, in any order, ignoring case and accents.
    QCOMPARE(ids(QStringLiteral("UNION")), QStringList{QStringLiteral("R-005")});
    QCOMPARE(ids(QStringLiteral("workforces unions")), QStringList{QStringLiteral("R-005")});
    QVERIFY(ids(QStringLiteral("encrypts snapshots")).contains(QStringLiteral("R-001")));
    QVERIFY(ids(QStringLiteral("\"*(")).isEmpty());  // no words, no FTS syntax errors
    const qint64 r001 = riskId(*doc, QStringLiteral("R-001"));
    QVERIFY(doc->setValue(Entity::Risk, r001, Risk::Notes, QStringLiteral("Raised with the works council and the unions.")));
    QCOMPARE(ids(QStringLiteral("unions")), (QStringList{QStringLiteral("R-001"), QStringLiteral("R-005")}));
    QVERIFY(doc->removeRow(Entity::Risk, riskId(*doc, QStringLiteral("R-005")), QStringLiteral("Delete")));
    QCOMPARE(ids(QStringLiteral("unions")), QStringList{QStringLiteral("R-001")});
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(ids(QStringLiteral("unions")), QStringList{QStringLiteral("R-005")});
    QCOMPARE(RiskTextIndex::matchQuery(QStringLiteral("ran-somware \"x\"")),
             QStringLiteral("\"ran\"* AND \"somware\"* AND \"x\"*"));
}

void TestRiskRegister::textIndexAfterBulkWrite()
{
    // 2,500 risks into a file of 23: the write leaves the index to be built.
    const QString path = m_dir.filePath(QStringLiteral("bulk.isms"));
    QString error;
    QVERIFY2(createGeneratedSample(path, 2500, 10, &error), qPrintable(error));
    {
        // Read-only, the index cannot be built: the texts are scanned instead (which
        // finds words inside words too).
        auto readOnly = Document::open(path, Database::Access::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error));
        QVERIFY(readOnly->risks().textIndexPending());
        QCOMPARE(readOnly->risks().idsWithLongText(QStringLiteral("unions")).size(), size_t(1));
        QCOMPARE(readOnly->risks().idsWithLongText(QStringLiteral("nions")).size(), size_t(1));
        QVERIFY(readOnly->risks().textIndexPending());
    }
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->risks().count(), 2523);
    QVERIFY(doc->risks().textIndexPending());
    // The first search builds it; it matches words by their beginnings only.
    QVERIFY(doc->risks().idsWithLongText(QStringLiteral("unions")).size() == 1);
    QVERIFY(!doc->risks().textIndexPending());
    QVERIFY(doc->risks().idsWithLongText(QStringLiteral("nions")).empty());
    QVERIFY(doc->risks().idsWithLongText(QStringLiteral("ransomware")).size() > 100);
    // And it follows single inserts again afterwards.
    RiskRegisterBatch batch;
    Risk r;
    r.id = 1;
    r.reference = QStringLiteral("R-9999");
    r.title = QStringLiteral("Quokka");
    r.description = QStringLiteral("A quokka chews through the fibre.");
    batch.risks.push_back(r);
    QVERIFY(doc->importRegister(batch, QStringLiteral("Import")));
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("quokka")).size(), size_t(1));
    QCOMPARE(Database::check(path), QString());
}

namespace {

// count risks R-5000... with an asset, an Annex A control and an own control each;
// one of them has a word no sample text has.
RiskRegisterBatch bulkBatch(int count)
{
    RiskRegisterBatch batch;
    for (int i = 0; i < count; ++i) {
        Risk r;
        r.id = i + 1;
        r.reference = QStringLiteral("R-%1").arg(5000 + i);
        r.title = QStringLiteral("Bulk risk %1").arg(i);
        r.description = i == count / 2 ? QStringLiteral("A quokka chews through the fibre.")
                                       : QStringLiteral("Routine scenario %1.").arg(i);
        r.assets = {QStringLiteral("A-001")};
        r.plannedControls = {QStringLiteral("5.15"), QStringLiteral("ORG-01")};
        r.inherentLikelihood = 1 + i % 5;
        r.inherentImpact = 1 + i % 3;
        r.treatment = QStringLiteral("modify");
        r.status = QStringLiteral("assessed");
        r.identifiedOn = QStringLiteral("2026-03-01");
        batch.risks.push_back(r);
    }
    return batch;
}

// Every index of the file, with its definition: a bulk write that sets some aside
// (SetAsideIndexes) must leave the same ones behind.
QStringList indexesOf(Document &doc)
{
    QStringList indexes;
    QSqlQuery query(doc.database().connection());
    if (query.exec(QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'"
                                  " ORDER BY name")))
        while (query.next())
            indexes << query.value(0).toString();
    return indexes;
}

} // namespace

void TestRiskRegister::bulkImportUndoRedo()
{
    // More than 2,000 rows, more than the file holds: the bulk path (rows in chunks, the
    // text index left to be built, a range of change-log rows, no write-ahead log).
    const QString path = m_dir.filePath(QStringLiteral("bulkimport.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    auto quokkas = [&] { return doc->risks().idsWithLongText(QStringLiteral("quokka")).size(); };
    const qint64 logBefore = doc->changeLog().count();
    const QStringList indexes = indexesOf(*doc);
    QVERIFY(indexes.contains(QStringLiteral("risk_by_rating: CREATE INDEX risk_by_rating ON risk (residual_likelihood,"
                                            " residual_impact, inherent_likelihood, inherent_impact)")));
    const QString text = QStringLiteral("Import 2500 risks from bulk.csv");
    QVERIFY(doc->importRegister(bulkBatch(2500), text));
    QCOMPARE(doc->risks().count(), 2523);
    QVERIFY(doc->risks().textIndexPending());
    // The indexes set aside while the rows went in are back, and hold the new rows.
    QCOMPARE(indexesOf(*doc), indexes);
    const qint64 id = riskId(*doc, QStringLiteral("R-6250"));
    const Risk written = doc->risks().read(id);
    QCOMPARE(written.title, QStringLiteral("Bulk risk 1250"));
    QCOMPARE(written.assets, QStringList{QStringLiteral("A-001")});
    QCOMPARE(written.plannedControls, (QStringList{QStringLiteral("5.15"), QStringLiteral("ORG-01")}));
    QCOMPARE(written.inherentLikelihood, 1);
    QCOMPARE(written.inherentImpact, 3);
    QCOMPARE(written.identifiedOn, QStringLiteral("2026-03-01"));
    // A first write in bulk goes straight into the file; the next edit uses the log.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    // The trail: a row per risk, and the import as a whole on top.
    QCOMPARE(doc->changeLog().count(), logBefore + 2501);
    std::vector<ChangeLogEntry> latest = doc->changeLog().latest(2);
    QCOMPARE(latest[0].entity, QStringLiteral("risk"));
    QCOMPARE(latest[0].field, QStringLiteral("import"));
    QCOMPARE(latest[0].newValue.toString(), text);
    QCOMPARE(latest[1].rowReference, QStringLiteral("R-7499"));
    QCOMPARE(latest[1].newValue.toString(), QStringLiteral("Bulk risk 2499"));
    QVERIFY(latest[1].oldValue.isNull());
    const QString uid = written.uid;

    // An edit while the index waits is not indexed on its own, but the build takes it in.
    const qint64 r001 = riskId(*doc, QStringLiteral("R-001"));
    QVERIFY(doc->setValue(Entity::Risk, r001, Risk::Notes, QStringLiteral("A platypus got into the rack.")));
    QVERIFY(doc->risks().textIndexPending());
    // The first search builds the index.
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("platypus")), std::vector<qint64>{r001});
    QVERIFY(!doc->risks().textIndexPending());
    QCOMPARE(quokkas(), size_t(1));
    doc->undoStack()->undo();  // the note
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("platypus")).size(), size_t(0));

    // The text index agrees with the texts, and follows inserts and deletes again.
    auto indexSound = [&] {
        QSqlQuery query(doc->database().connection());
        if (!query.exec(QStringLiteral("INSERT INTO risk_text (risk_text) VALUES ('integrity-check')")))
            return query.lastError().text();
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                       "('risk_text_insert', 'risk_text_delete', 'risk_text_update')"))
            || !query.next())
            return query.lastError().text();
        return query.value(0).toInt() == 3 ? QString() : QStringLiteral("%1 triggers").arg(query.value(0).toInt());
    };
    QCOMPARE(indexSound(), QString());

    // Undo takes out more than half the register: the index is left to be built again,
    // not emptied row by row.
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().count(), 23);
    QVERIFY(doc->risks().textIndexPending());
    QCOMPARE(quokkas(), size_t(0));
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("unions")).size(), size_t(1));
    QCOMPARE(indexSound(), QString());
    QCOMPARE(doc->changeLog().count(), logBefore + 2 * 2501 + 2);  // and the note, done and undone
    latest = doc->changeLog().latest(2);
    QCOMPARE(latest[0].field, QStringLiteral("import"));
    QCOMPARE(latest[0].oldValue.toString(), text);
    QCOMPARE(latest[1].rowReference, QStringLiteral("R-7499"));
    QCOMPARE(latest[1].oldValue.toString(), QStringLiteral("Bulk risk 2499"));

    doc->undoStack()->redo();
    QCOMPARE(doc->risks().count(), 2523);
    QVERIFY(doc->risks().textIndexPending());
    QCOMPARE(indexesOf(*doc), indexes);
    QString buildError;
    QVERIFY2(doc->risks().buildTextIndex(&buildError), qPrintable(buildError));
    QVERIFY(!doc->risks().textIndexPending());
    QCOMPARE(indexSound(), QString());
    QCOMPARE(quokkas(), size_t(1));
    QCOMPARE(doc->risks().read(riskId(*doc, QStringLiteral("R-6250"))).uid, uid);
    QCOMPARE(doc->risks().read(riskId(*doc, QStringLiteral("R-6250"))).plannedControls, written.plannedControls);

    // Single edits are indexed again, and go through the log.
    QVERIFY(doc->setValue(Entity::Risk, riskId(*doc, QStringLiteral("R-001")), Risk::Notes,
                          QStringLiteral("A wombat dug under the fence.")));
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("wombat")).size(), size_t(1));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    doc.reset();
    QCOMPARE(Database::check(path), QString());
}

void TestRiskRegister::bulkImportFailureWritesNothing()
{
    auto doc = openSample(m_dir, QStringLiteral("bulkfail.isms"));
    QVERIFY(doc);
    const qint64 logBefore = doc->changeLog().count();
    const QStringList indexes = indexesOf(*doc);
    // One row deep inside the batch (in the middle of a chunk) takes a reference the
    // file has: the message names it, and nothing of the batch is written.
    RiskRegisterBatch batch = bulkBatch(2500);
    batch.risks[2001].reference = QStringLiteral("R-004");
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    QVERIFY(!doc->importRegister(batch, QStringLiteral("Import")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("R-004")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(doc->risks().count(), 23);
    QCOMPARE(doc->changeLog().count(), logBefore);
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("quokka")).size(), size_t(0));
    // The indexes set aside came back with the rollback.
    QCOMPARE(indexesOf(*doc), indexes);
    // An asset link deep inside the batch that names no asset: the same.
    batch = bulkBatch(2500);
    batch.risks[1500].assets = {QStringLiteral("A-999")};
    QVERIFY(!doc->importRegister(batch, QStringLiteral("Import")));
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("R-6500")));
    QCOMPARE(doc->risks().count(), 23);
    // The text index still follows inserts: its triggers came back with the rollback,
    // and it does not wait to be built.
    QVERIFY(!doc->risks().textIndexPending());
    RiskRegisterBatch one = bulkBatch(1);
    one.risks[0].description = QStringLiteral("A wombat dug under the fence.");
    QVERIFY(doc->importRegister(one, QStringLiteral("Import")));
    QVERIFY(!doc->risks().textIndexPending());
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("wombat")).size(), size_t(1));
    QCOMPARE(doc->changeLog().count(), logBefore + 2);
}

void TestRiskRegister::migrationFromVersion6KeepsPlannedControls()
{
    const QString path = m_dir.filePath(QStringLiteral("v6.isms"));
    {
        QString error;
        auto db = Database::createAtVersion(path, 6, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 6);
        QSqlQuery query(db->connection());
        for (const char *statement : {
                 "INSERT INTO catalog_theme (id, code, name) VALUES (1, '8', 'Technological controls')",
                 "INSERT INTO catalog_control (id, code, theme_id, position, title) VALUES"
                 " (1, '8.7', 1, 1, 'Protection against malware'), (2, '8.13', 1, 2, 'Information backup')",
                 "INSERT INTO risk (id, uid, reference, title) VALUES"
                 " (1, 'c0ffee00-0000-4000-8000-000000000001', 'R-001', 'Ransomware'),"
                 " (2, 'c0ffee00-0000-4000-8000-000000000002', 'R-002', 'Lost backups')",
                 "INSERT INTO risk_detail (risk_id) VALUES (1), (2)",
                 "INSERT INTO risk_control (id, risk_id, control_id) VALUES (5, 1, 1), (6, 1, 2), (7, 2, 2)",
             })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
    }
    QString error;
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    QVERIFY(schema::CurrentVersion >= 7);
    // The copy taken before the steps is the v6 file.
    QCOMPARE(doc->migrationBackupPath(), QFileInfo(path).absoluteFilePath() + QStringLiteral(".v6.bak"));
    QVERIFY(QFileInfo::exists(doc->migrationBackupPath()));
    // Every link is still there, with its id.
    QCOMPARE(doc->risks().value(1, Risk::PlannedControls).toString(), QStringLiteral("8.7, 8.13"));
    QCOMPARE(doc->risks().value(2, Risk::PlannedControls).toString(), QStringLiteral("8.13"));
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, own_control_id FROM risk_control ORDER BY id")));
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
        QVERIFY(query.value(1).isNull());
    }
    QCOMPARE(ids, (QList<qint64>{5, 6, 7}));
    // A link names exactly one control.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO risk_control (risk_id) VALUES (1)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO risk_control (risk_id, control_id, own_control_id) VALUES (2, 1, 1)")));
    // And the migrated file takes own controls.
    OwnControl control;
    control.themeCode = QStringLiteral("8");
    const qint64 own = doc->soa().addOwnControl(control);
    QVERIFY(own > 0);
    const QString reference = doc->ownControls().rowReference(own);
    QVERIFY(doc->setValue(Entity::Risk, 2, Risk::PlannedControls, QStringLiteral("8.13, %1").arg(reference)));
    QCOMPARE(doc->risks().value(2, Risk::PlannedControls).toString(), QStringLiteral("8.13, %1").arg(reference));
    doc.reset();
    QCOMPARE(Database::check(path), QString());
}

void TestRiskRegister::migrationFromVersion7LightensIndexes()
{
    const QString path = m_dir.filePath(QStringLiteral("v7.isms"));
    {
        QString error;
        auto db = Database::createAtVersion(path, 7, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        for (const char *statement : {
                 "INSERT INTO risk (id, uid, reference, title) VALUES"
                 " (1, 'c0ffee00-0000-4000-8000-000000000001', 'R-001', 'Ransomware'),"
                 " (2, 'c0ffee00-0000-4000-8000-000000000002', 'R-002', 'Flood')",
                 "INSERT INTO risk_detail (risk_id, description, notes) VALUES"
                 " (1, 'Encrypted snapshots in the same account.', 'Tested in May.'),"
                 " (2, 'The river floods the basement data room.', '')",
             })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
    }
    QString error;
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    // The index is the smaller kind, holds the texts written before, and is sound.
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'risk_text'")) && query.next());
    QVERIFY2(query.value(0).toString().contains(QLatin1String("detail=none")), qPrintable(query.value(0).toString()));
    query.finish();
    // One index of the ratings, residual first.
    QVERIFY(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'risk'"
                                      " AND name LIKE 'risk_by_%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("risk_by_rating"));
    QVERIFY2(query.value(1).toString().contains(QLatin1String("(residual_likelihood, residual_impact, inherent_likelihood")),
             qPrintable(query.value(1).toString()));
    QVERIFY(!query.next());
    query.finish();
    QVERIFY(!doc->risks().textIndexPending());
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("snap")), std::vector<qint64>{1});
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("river basement")), std::vector<qint64>{2});
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO risk_text (risk_text) VALUES ('integrity-check')")),
             qPrintable(query.lastError().text()));
    // And it follows edits.
    QVERIFY(doc->setValue(Entity::Risk, 2, Risk::Notes, QStringLiteral("Sandbags ordered.")));
    QCOMPARE(doc->risks().idsWithLongText(QStringLiteral("sandbags")), std::vector<qint64>{2});
    doc.reset();
    QCOMPARE(Database::check(path), QString());
}

void TestRiskRegister::migrationFromVersion8ChecksWithoutInLists()
{
    const QString path = m_dir.filePath(QStringLiteral("v8.isms"));
    auto namesIn = [](QSqlDatabase connection, const QString &where) {
        QStringList rows;
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master WHERE %1 ORDER BY name").arg(where)))
            while (query.next())
                rows << QStringLiteral("%1 %2 on %3").arg(query.value(0).toString(), query.value(1).toString(),
                                                          query.value(2).toString());
        return rows;
    };
    const QString everything = QStringLiteral("type IN ('table', 'index', 'trigger')");
    QStringList before;
    {
        QString error;
        auto db = Database::createAtVersion(path, 8, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        for (const char *statement : {
                 "INSERT INTO asset (id, uid, reference, name, type) VALUES"
                 " (7, 'c0ffee00-0000-4000-8000-000000000007', 'A-007', 'Backups', 'service')",
                 "INSERT INTO risk (id, uid, reference, title, treatment, status) VALUES"
                 " (1, 'c0ffee00-0000-4000-8000-000000000001', 'R-001', 'Ransomware', 'modify', 'in_treatment'),"
                 " (5, 'c0ffee00-0000-4000-8000-000000000005', 'R-005', 'Flood', 'retain', 'accepted')",
                 "INSERT INTO risk_detail (risk_id, description) VALUES (1, 'Encrypted snapshots.'), (5, 'River.')",
                 "INSERT INTO risk_asset (risk_id, asset_id) VALUES (1, 7)",
                 "INSERT INTO catalog_theme (id, code, name) VALUES (1, '8', 'Technological controls')",
                 "INSERT INTO catalog_control (id, code, theme_id, position, title) VALUES"
                 " (2, '8.13', 1, 2, 'Information backup')",
                 "INSERT INTO risk_control (id, risk_id, control_id) VALUES (4, 1, 2)",
                 "INSERT INTO risk_action (id, uid, risk_id, title, status) VALUES"
                 " (3, 'c0ffee00-0000-4000-8000-000000000003', 1, 'Immutable copies', 'in_progress')",
             })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
        before = namesIn(db->connection(), everything);
        QVERIFY(namesIn(db->connection(), QStringLiteral("name = 'risk' AND sql LIKE '%status IN (%'")).size() == 1);
    }
    QString error;
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), 9);
    QSqlDatabase connection = doc->database().connection();
    // The same tables, indexes and triggers, by name, but for the uniqueness of a risk's
    // own controls, now a partial index.
    QStringList expected = before;
    QVERIFY(expected.removeOne(QStringLiteral("index sqlite_autoindex_risk_control_2 on risk_control")));
    expected << QStringLiteral("index risk_control_own_once on risk_control");
    expected.sort();
    QStringList after = namesIn(connection, everything);
    after.sort();
    QCOMPARE(after, expected);
    QCOMPARE(namesIn(connection, QStringLiteral("tbl_name = 'risk_control' AND sql LIKE '%WHERE own_control_id IS NOT NULL'")),
             (QStringList{QStringLiteral("index risk_control_by_own_control on risk_control"),
                          QStringLiteral("index risk_control_own_once on risk_control")}));
    // Only lists of two values are left (SQLite compares those one by one itself).
    QCOMPARE(namesIn(connection, QStringLiteral("sql LIKE '% IN (%'")),
             (QStringList{QStringLiteral("table nonconformity on nonconformity"),
                          QStringLiteral("table risk_scale_level on risk_scale_level")}));
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'risk'")) && query.next());
    QVERIFY2(query.value(0).toString().contains(
                 QLatin1String("(status = 'identified' OR status = 'assessed' OR status = 'in_treatment'"
                               " OR status = 'accepted' OR status = 'closed')")),
             qPrintable(query.value(0).toString()));
    // No temporary b-tree built for each risk written.
    QVERIFY(query.exec(QStringLiteral("EXPLAIN INSERT INTO risk (uid, reference, treatment, status) VALUES ('u', 'R-009', 'avoid', 'closed')")));
    while (query.next())
        QVERIFY2(query.value(1).toString() != QLatin1String("OpenEphemeral"), "an IN list is still built per row");
    // Rows, ids and links as they were; foreign keys on again.
    QCOMPARE(doc->risks().read(1).title, QStringLiteral("Ransomware"));
    QCOMPARE(doc->risks().read(5).status, QStringLiteral("accepted"));
    QCOMPARE(doc->risks().read(1).assets, QStringList{QStringLiteral("A-007")});
    QCOMPARE(doc->risks().read(1).plannedControls, QStringList{QStringLiteral("8.13")});
    QVERIFY(query.exec(QStringLiteral("SELECT risk_id, status FROM risk_action WHERE id = 3")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("in_progress"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // The checks refuse what they refused.
    QVERIFY(!query.exec(QStringLiteral("UPDATE risk SET status = 'pending' WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE asset SET type = 'building' WHERE id = 7")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE risk_action SET status = 'stalled' WHERE id = 3")));
    QVERIFY2(query.exec(QStringLiteral("UPDATE risk SET status = 'closed' WHERE id = 1")), qPrintable(query.lastError().text()));
    // A risk plans an own control once; many risks may plan it.
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO own_control (id, uid, reference, title, theme_id) VALUES"
                                       " (9, 'c0ffee00-0000-4000-8000-000000000009', 'ORG-01', 'Tenant isolation', 1)")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO risk_control (risk_id, own_control_id) VALUES (1, 9), (5, 9)")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO risk_control (risk_id, own_control_id) VALUES (1, 9)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO risk_control (risk_id, control_id) VALUES (1, 2)")));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM risk_control")) && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    query.finish();
    doc.reset();
    QCOMPARE(Database::check(path), QString());
}

void TestRiskRegister::ownControlsArePlanned()
{
    auto doc = newDocument(m_dir, QStringLiteral("own.isms"));
    QVERIFY(doc);
    OwnControl control;
    control.title = QStringLiteral("Tenant isolation testing");
    const qint64 own = doc->soa().addOwnControl(control);
    QVERIFY(own > 0);
    QCOMPARE(doc->ownControls().rowReference(own), QStringLiteral("ORG-01"));
    Risk risk;
    risk.reference = QStringLiteral("R-001");
    risk.title = QStringLiteral("Data of one customer seen by another");
    risk.plannedControls = {QStringLiteral("8.13")};
    const qint64 id = doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk"));
    QVERIFY(id > 0);

    // Named by reference, in any case; kept after the Annex A controls.
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::PlannedControls, QStringLiteral("org-01, 8.13, 5.15")));
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-01"));
    QCOMPARE(doc->risks().read(id).plannedControls,
             (QStringList{QStringLiteral("5.15"), QStringLiteral("8.13"), QStringLiteral("ORG-01")}));
    QCOMPARE(doc->risks().row(id).controls,
             (QStringList{QStringLiteral("5.15"), QStringLiteral("8.13"), QStringLiteral("ORG-01")}));
    QCOMPARE(doc->risks().all().front().plannedControls, doc->risks().read(id).plannedControls);
    // The change log says what the treatment plans.
    const std::vector<ChangeLogEntry> log = doc->changeLog().latest(1);
    QCOMPARE(log.front().newValue.toString(), QStringLiteral("5.15, 8.13, ORG-01"));

    // The SoA row of the own control shows the risk.
    const qint64 entry = doc->soaEntries().entryIdForOwnControl(own);
    std::vector<LinkedRisk> linked = doc->soa().linkedRisks(*doc->soa().entry(entry));
    QCOMPARE(linked.size(), size_t(1));
    QCOMPARE(linked.front().reference, QStringLiteral("R-001"));
    // Excluding it is a completeness finding, as for an Annex A control.
    QVERIFY(doc->soa().setApplicability(entry, Applicability::NotApplicable));
    QStringList relied;
    for (const SoaFinding &f : doc->soa().findings()) {
        if (f.rule == SoaFinding::ExcludedButReliedOn)
            relied << f.controlRef + QLatin1Char(' ') + f.message;
    }
    QCOMPARE(relied, QStringList{QStringLiteral("ORG-01 Excluded but relied on by risk treatment: R-001.")});
    doc->undoStack()->undo();

    // Unknown references are refused, and nothing changes.
    QSignalSpy failures(doc.get(), &Document::writeFailed);
    QVERIFY(!doc->setValue(Entity::Risk, id, Risk::PlannedControls, QStringLiteral("8.13, ORG-99")));
    QCOMPARE(failures.count(), 1);
    QVERIFY2(failures.first().first().toString().contains(QStringLiteral("ORG-99")),
             qPrintable(failures.first().first().toString()));
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-01"));

    // Unlinking and linking undo and redo. (Another edit in between keeps the two
    // edits of the field from merging into one undo step.)
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::Title, QStringLiteral("Tenant data mixed up")));
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::PlannedControls, QStringLiteral("5.15")));
    QVERIFY(doc->soa().linkedRisks(*doc->soa().entry(entry)).empty());
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-01"));
    QCOMPARE(doc->soa().linkedRisks(*doc->soa().entry(entry)).size(), size_t(1));
    doc->undoStack()->undo();  // the title
    doc->undoStack()->undo();
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("8.13"));
    doc->undoStack()->redo();
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-01"));
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15"));
    doc->undoStack()->undo();

    // A renamed own control is planned under its new reference.
    QVERIFY(doc->soa().setOwnControlValue(own, OwnControl::Reference, QStringLiteral("ORG-TI")));
    QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-TI"));

    // Exported and read back, the link survives (the JSON names the reference).
    const DocumentContent content = doc->content();
    QString error;
    QVERIFY2(doc->replaceContent(content, &error), qPrintable(error));
    const qint64 again = doc->risks().idOfReference(QStringLiteral("R-001"));
    QCOMPARE(doc->risks().value(again, Risk::PlannedControls).toString(), QStringLiteral("5.15, 8.13, ORG-TI"));
}

void TestRiskRegister::deletingAPlannedOwnControl()
{
    auto doc = newDocument(m_dir, QStringLiteral("ownDelete.isms"));
    QVERIFY(doc);
    const qint64 own = doc->soa().addOwnControl({});
    const qint64 other = doc->soa().addOwnControl({});
    QVERIFY(own > 0 && other > 0);
    QList<qint64> ids;
    for (const char *reference : {"R-001", "R-002"}) {
        Risk risk;
        risk.reference = QLatin1String(reference);
        risk.plannedControls = {QStringLiteral("ORG-01"), QStringLiteral("ORG-02"), QStringLiteral("8.7")};
        ids << doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk"));
        QVERIFY(ids.last() > 0);
    }
    const int steps = doc->undoStack()->count();
    QVERIFY(doc->soa().removeOwnControl(own));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    for (qint64 id : std::as_const(ids))
        QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("8.7, ORG-02"));
    // Undo brings back the control and every risk's link to it.
    doc->undoStack()->undo();
    for (qint64 id : std::as_const(ids))
        QCOMPARE(doc->risks().value(id, Risk::PlannedControls).toString(), QStringLiteral("8.7, ORG-01, ORG-02"));
    const qint64 entry = doc->soaEntries().entryIdForOwnControl(own);
    QCOMPARE(doc->soa().linkedRisks(*doc->soa().entry(entry)).size(), size_t(2));
    doc->undoStack()->redo();
    QCOMPARE(doc->risks().value(ids.first(), Risk::PlannedControls).toString(), QStringLiteral("8.7, ORG-02"));

    // Without the Document's step, the database's rule removes the link itself.
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM own_control WHERE id = %1").arg(other)));
    QCOMPARE(doc->risks().value(ids.first(), Risk::PlannedControls).toString(), QStringLiteral("8.7"));
}

QTEST_GUILESS_MAIN(TestRiskRegister)
#include "tst_riskregister.moc"
