// Approved SoA versions: the freeze, and the comparison of any version with the SoA
// as it is now (exactly the edits, field by field; own controls added and removed).

#include "soatestutil.h"

#include "soa.h"
#include "stores/soastore.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;

namespace {

QString describe(const std::vector<SoaRowDifference> &differences)
{
    QStringList lines;
    for (const SoaRowDifference &d : differences) {
        QStringList fields;
        for (const SoaFieldChange &c : d.changes)
            fields << QStringLiteral("%1: '%2' -> '%3'").arg(c.key, c.before, c.after);
        lines << QStringLiteral("%1 %2 %3").arg(SoaComparison::kindLabel(d.kind), d.controlRef,
                                                fields.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSoaVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvalFreezesEveryRow();
    void approvalNeedsAnApprover();
    void approvedVersionCannotChange();
    void comparisonShowsExactlyTheEdits();
    void comparisonSeesOwnControlsComeAndGo();
    void renamedOwnControlIsAChange();
    void undoOfApprovalRemovesTheVersion();
};

void TestSoaVersions::approvalFreezesEveryRow()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    const qint64 id = soa.entryIdForControl(QStringLiteral("5.1"));
    QVERIFY(soa.setApplicability(id, Applicability::Applicable));
    QVERIFY(soa.setValue(id, SoaEntry::Owner, QStringLiteral("Priya Raman")));
    QVERIFY(soa.addOwnControl({}) > 0);

    QString error;
    const qint64 v1 = soa.approve(QStringLiteral("Daniel Okafor, CEO"), QDate(2026, 3, 16),
                                  QStringLiteral("Management review"), &error);
    QVERIFY2(v1 > 0, qPrintable(error));
    const std::optional<SoaVersion> version = soa.version(v1);
    QVERIFY(version);
    QCOMPARE(version->number, 1);
    QCOMPARE(version->approvedOn, QDate(2026, 3, 16));
    QCOMPARE(version->approver, QStringLiteral("Daniel Okafor, CEO"));
    QCOMPARE(version->note, QStringLiteral("Management review"));
    const std::vector<SoaEntry> now = soa.entries();
    QCOMPARE(version->rows.size(), now.size());
    QCOMPARE(int(version->rows.size()), 94);
    for (size_t i = 0; i < now.size(); ++i) {
        QCOMPARE(version->rows[i].controlRef, now[i].controlRef);
        QCOMPARE(version->rows[i].uid, now[i].uid);
        QCOMPARE(version->rows[i].own, now[i].own);
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            QCOMPARE(SoaStore::fieldValue(version->rows[i], field), SoaStore::fieldValue(now[i], field));
    }
    QVERIFY(soa.changesSince(v1).empty());
    QCOMPARE(latestChanges(*doc, QStringLiteral("soa_version"), 1)[0].rowReference, QStringLiteral("v1"));

    // The next approval is version 2.
    const qint64 v2 = soa.approve(QStringLiteral("Daniel Okafor, CEO"), QDate(2026, 9, 1), {}, &error);
    QCOMPARE(soa.version(v2)->number, 2);
    QCOMPARE(soa.latestVersion()->id, v2);
    QCOMPARE(int(soa.versions().size()), 2);
}

void TestSoaVersions::approvalNeedsAnApprover()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QString error;
    QCOMPARE(doc->soa().approve(QStringLiteral("  "), QDate(2026, 3, 16), {}, &error), qint64(0));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->soa().approve(QStringLiteral("CEO"), QDate(), {}, &error), qint64(0));
    QVERIFY(doc->soa().versions().empty());
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestSoaVersions::approvedVersionCannotChange()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QString error;
    const qint64 v1 = doc->soa().approve(QStringLiteral("CEO"), QDate(2026, 3, 16), {}, &error);
    QSignalSpy failed(doc.get(), &Document::writeFailed);
    doc->setValue(Entity::SoaVersion, v1, SoaVersion::Approver, QStringLiteral("Someone else"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(doc->soa().version(v1)->approver, QStringLiteral("CEO"));
    // Edits of the SoA leave the frozen rows alone.
    const qint64 id = doc->soa().entryIdForControl(QStringLiteral("8.16"));
    QVERIFY(doc->soa().setValue(id, SoaEntry::Owner, QStringLiteral("Marta Sousa")));
    const std::optional<SoaVersion> frozen = doc->soa().version(v1);
    for (const SoaEntry &row : frozen->rows)
        QVERIFY(row.owner.isEmpty());
}

void TestSoaVersions::comparisonShowsExactlyTheEdits()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    const qint64 e816 = soa.entryIdForControl(QStringLiteral("8.16"));
    const qint64 e523 = soa.entryIdForControl(QStringLiteral("5.23"));
    const qint64 e712 = soa.entryIdForControl(QStringLiteral("7.12"));
    QVERIFY(soa.setApplicability(e816, Applicability::Applicable));
    QVERIFY(soa.setValue(e816, SoaEntry::Status, QStringLiteral("partial")));
    QVERIFY(soa.setValue(e523, SoaEntry::Owner, QStringLiteral("Priya Raman")));
    QString error;
    const qint64 v1 = soa.approve(QStringLiteral("CEO"), QDate(2026, 3, 16), {}, &error);
    QVERIFY(v1 > 0);

    QVERIFY(soa.setValue(e816, SoaEntry::Status, QStringLiteral("implemented")));
    QVERIFY(soa.setValue(e816, SoaEntry::Implementation, QStringLiteral("SIEM with paging rules")));
    QVERIFY(soa.setValue(e523, SoaEntry::Owner, QStringLiteral("Marta Sousa")));
    QVERIFY(soa.setApplicability(e712, Applicability::NotApplicable));
    // An edit and its undo is no change.
    QVERIFY(soa.setValue(soa.entryIdForControl(QStringLiteral("5.1")), SoaEntry::Owner, QStringLiteral("x")));
    doc->undoStack()->undo();

    const std::vector<SoaRowDifference> d = soa.changesSince(v1);
    QCOMPARE(int(d.size()), 3);
    QCOMPARE(describe(d), QStringLiteral(
        "Changed 5.23 owner: 'Priya Raman' -> 'Marta Sousa'\n"
        "Changed 7.12 applicability: 'Undecided' -> 'Not applicable', status: 'Not started' -> 'Not applicable'\n"
        "Changed 8.16 status: 'Partially implemented' -> 'Implemented', implementation: '' -> 'SIEM with paging rules'"));
    QCOMPARE(d[0].entryId, e523);
    QCOMPARE(d[0].changes.front().label, QStringLiteral("Control owner"));
}

void TestSoaVersions::comparisonSeesOwnControlsComeAndGo()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    OwnControl a;
    a.title = QStringLiteral("Tenant isolation testing");
    const qint64 first = soa.addOwnControl(a);
    QString error;
    const qint64 v1 = soa.approve(QStringLiteral("CEO"), QDate(2026, 3, 16), {}, &error);
    QVERIFY(soa.removeOwnControl(first));
    OwnControl b;
    b.title = QStringLiteral("Location data minimisation");
    QVERIFY(soa.addOwnControl(b) > 0);

    const std::vector<SoaRowDifference> d = soa.changesSince(v1);
    QCOMPARE(describe(d), QStringLiteral("Added ORG-01 \nRemoved ORG-01 "));
    QCOMPARE(d[0].title, QStringLiteral("Location data minimisation"));
    QCOMPARE(d[1].title, QStringLiteral("Tenant isolation testing"));
    QVERIFY(d[0].entryId > 0);
    QCOMPARE(d[1].entryId, qint64(0));
}

void TestSoaVersions::renamedOwnControlIsAChange()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    Soa &soa = doc->soa();
    const qint64 own = soa.addOwnControl({});
    QString error;
    const qint64 v1 = soa.approve(QStringLiteral("CEO"), QDate(2026, 3, 16), {}, &error);
    QVERIFY(soa.setOwnControlValue(own, OwnControl::Reference, QStringLiteral("ORG-10")));
    QVERIFY(soa.setOwnControlValue(own, OwnControl::Theme, QStringLiteral("8")));
    QCOMPARE(describe(soa.changesSince(v1)),
             QStringLiteral("Changed ORG-10 reference: 'ORG-01' -> 'ORG-10', theme: '5' -> '8'"));
}

void TestSoaVersions::undoOfApprovalRemovesTheVersion()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QString error;
    const qint64 v1 = doc->soa().approve(QStringLiteral("CEO"), QDate(2026, 3, 16), {}, &error);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Approve SoA version 1"));
    doc->undoStack()->undo();
    QVERIFY(doc->soa().versions().empty());
    doc->undoStack()->redo();
    QCOMPARE(int(doc->soa().versions().size()), 1);
    QCOMPARE(doc->soa().versions().front().id, v1);
    QCOMPARE(int(doc->soa().version(v1)->rows.size()), 93);
}

QTEST_GUILESS_MAIN(TestSoaVersions)
#include "tst_soaversions.moc"
