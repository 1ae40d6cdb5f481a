// The SoA completeness rules: one table row per rule that finds a gap, and rows for the
// look-alikes it must leave alone.

#include "soatestutil.h"

#include "soa.h"
#include "sample.h"
#include "soacompleteness.h"
#include "documentsummary.h"
#include "stores/riskstore.h"

#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;


namespace {

const QDate Today(2026, 11, 28);

// A complete, current, applicable entry; each table row spoils one thing.
SoaEntry complete()
{
    SoaEntry e;
    e.id = 7;
    e.controlRef = QStringLiteral("5.15");
    e.title = QStringLiteral("Access control");
    e.applicability = Applicability::Applicable;
    e.reasons = RiskTreatmentReason;
    e.status = ImplementationStatus::Implemented;
    e.implementation = QStringLiteral("Role-based access through the identity provider.");
    e.owner = QStringLiteral("Aisha Khan");
    e.lastReviewed = Today.addMonths(-2);
    return e;
}

SoaEntry excluded()
{
    SoaEntry e = complete();
    e.applicability = Applicability::NotApplicable;
    e.status = ImplementationStatus::NotApplicable;
    e.reasons = 0;
    e.implementation.clear();
    e.owner.clear();
    e.exclusionJustification = QStringLiteral("No data centre of our own.");
    return e;
}

} // namespace

class TestSoaCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messagesNameTheGap();
    void newFileIsAllUndecided();
    void sampleHasItsKnownGaps();
    void excludedButReliedOnByRiskTreatment();
};

void TestSoaCompleteness::rules_data()
{
    QTest::addColumn<SoaEntry>("entry");
    QTest::addColumn<int>("rule");  // the only rule expected to fire, or -1 for none

    SoaEntry e;
    QTest::newRow("complete and current")                 << complete() << -1;
    QTest::newRow("excluded with justification")          << excluded() << -1;

    e = complete();
    e.applicability = Applicability::Undecided;
    QTest::newRow("no decision")                          << e << int(SoaFinding::NoDecision);

    e = excluded();
    e.exclusionJustification = QStringLiteral("  ");
    QTest::newRow("excluded without justification")       << e << int(SoaFinding::ExcludedWithoutJustification);

    e = complete();
    e.reasons = 0;
    e.reasonNarrative = QStringLiteral("A narrative alone is not a ticked reason.");
    QTest::newRow("included without reason")              << e << int(SoaFinding::IncludedWithoutReason);

    e = complete();
    e.implementation.clear();
    QTest::newRow("implemented without description")      << e << int(SoaFinding::ImplementedWithoutDescription);

    e = complete();
    e.status = ImplementationStatus::Partial;
    e.implementation = QStringLiteral(" \n ");
    QTest::newRow("partly implemented without description") << e << int(SoaFinding::ImplementedWithoutDescription);

    e = complete();
    e.status = ImplementationStatus::Planned;
    e.implementation.clear();
    QTest::newRow("planned needs no description yet")     << e << -1;

    e = complete();
    e.owner.clear();
    QTest::newRow("owner missing")                        << e << int(SoaFinding::OwnerMissing);

    e = complete();
    e.lastReviewed = Today.addMonths(-12).addDays(-1);
    QTest::newRow("review overdue")                       << e << int(SoaFinding::ReviewOverdue);

    e = complete();
    e.lastReviewed = QDate();
    QTest::newRow("never reviewed")                       << e << int(SoaFinding::ReviewOverdue);

    e = complete();
    e.lastReviewed = Today.addMonths(-12);
    QTest::newRow("reviewed exactly a year ago")          << e << -1;

    e = excluded();
    e.lastReviewed = QDate();
    QTest::newRow("excluded and never reviewed")          << e << int(SoaFinding::ReviewOverdue);
}

void TestSoaCompleteness::rules()
{
    QFETCH(SoaEntry, entry);
    QFETCH(int, rule);
    const std::vector<SoaFinding> findings = SoaCompleteness::check({entry}, Today);
    if (rule < 0) {
        QVERIFY2(findings.empty(), findings.empty() ? "" : qPrintable(findings.front().message));
        return;
    }
    QCOMPARE(int(findings.size()), 1);
    QCOMPARE(int(findings.front().rule), rule);
    QCOMPARE(findings.front().entryId, entry.id);
    QCOMPARE(findings.front().controlRef, entry.controlRef);
    for (int r = 0; r < SoaFinding::RuleCount; ++r)
        QCOMPARE(SoaCompleteness::applies(SoaFinding::Rule(r), entry, Today), r == rule);
}

void TestSoaCompleteness::messagesNameTheGap()
{
    SoaEntry e = complete();
    e.lastReviewed = QDate(2025, 9, 12);
    const std::vector<SoaFinding> findings = SoaCompleteness::check({e}, Today);
    QCOMPARE(findings.front().message, QStringLiteral("Last reviewed on 2025-09-12, more than 12 months ago."));
    QSet<QString> keys;
    for (int r = 0; r < SoaFinding::RuleCount; ++r) {
        QVERIFY(!SoaCompleteness::ruleLabel(SoaFinding::Rule(r)).isEmpty());
        keys.insert(SoaCompleteness::ruleKey(SoaFinding::Rule(r)));
    }
    QCOMPARE(keys.size(), int(SoaFinding::RuleCount));
}

void TestSoaCompleteness::newFileIsAllUndecided()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    const std::vector<SoaFinding> findings = doc->soa().findings(Today);
    QCOMPARE(int(findings.size()), 93);
    for (const SoaFinding &f : findings)
        QCOMPARE(f.rule, SoaFinding::NoDecision);
}

void TestSoaCompleteness::sampleHasItsKnownGaps()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(createSample(dir.filePath(QStringLiteral("s.isms")), &error), qPrintable(error));
    auto doc = Document::open(dir.filePath(QStringLiteral("s.isms")), Database::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QStringList found;
    for (const SoaFinding &f : doc->soa().findings(Today))
        found << f.controlRef + QLatin1Char(':') + SoaCompleteness::ruleKey(f.rule);
    QCOMPARE(found, (QStringList{QStringLiteral("6.4:review_overdue"), QStringLiteral("7.13:review_overdue"),
                                 QStringLiteral("ORG-02:owner_missing")}));
}

void TestSoaCompleteness::excludedButReliedOnByRiskTreatment()
{
    // The rule itself: only an excluded control with risks relying on it.
    SoaEntry e = excluded();
    const QStringList risks{QStringLiteral("R-003"), QStringLiteral("R-017")};
    QVERIFY(SoaCompleteness::applies(SoaFinding::ExcludedButReliedOn, e, Today, risks));
    QVERIFY(!SoaCompleteness::applies(SoaFinding::ExcludedButReliedOn, e, Today));
    QVERIFY(!SoaCompleteness::applies(SoaFinding::ExcludedButReliedOn, complete(), Today, risks));
    const std::vector<SoaFinding> findings = SoaCompleteness::check({e}, Today, {{e.id, risks}});
    QCOMPARE(int(findings.size()), 1);
    QCOMPARE(findings.front().rule, SoaFinding::ExcludedButReliedOn);
    QCOMPARE(findings.front().message, QStringLiteral("Excluded but relied on by risk treatment: R-003, R-017."));

    // Through the document: the risk register decides, and the finding follows it.
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    QVERIFY(doc);
    const qint64 entry = doc->soa().entryIdForControl(QStringLiteral("8.13"));
    QVERIFY(doc->soa().setApplicability(entry, Applicability::NotApplicable));
    auto reliedOn = [&doc] {
        QStringList out;
        for (const SoaFinding &f : doc->soa().findings(Today)) {
            if (f.rule == SoaFinding::ExcludedButReliedOn)
                out << f.controlRef + QLatin1Char(':') + f.message;
        }
        return out;
    };
    QVERIFY(reliedOn().isEmpty());
    Risk risk;
    risk.reference = QStringLiteral("R-003");
    risk.plannedControls = {QStringLiteral("8.13")};
    const qint64 id = doc->addRow(Entity::Risk, RiskStore::snapshotOf(risk), QStringLiteral("Add risk"));
    QVERIFY(id > 0);
    QCOMPARE(reliedOn(), QStringList{QStringLiteral("8.13:Excluded but relied on by risk treatment: R-003.")});
    QVERIFY(doc->setValue(Entity::Risk, id, Risk::PlannedControls, QString()));
    QVERIFY(reliedOn().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(reliedOn().size(), 1);
    QCOMPARE(DocumentSummary::of(*doc).soaFindings, int(doc->soa().findings().size()));
}

QTEST_GUILESS_MAIN(TestSoaCompleteness)
#include "tst_soacompleteness.moc"
