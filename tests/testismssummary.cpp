// The figures of the Overview and of `rampart-cli info` (one DocumentSummary for
// both) on the sample and on a new, empty file.

#include "ismstestutil.h"

#include "documentsummary.h"
#include "soa.h"
#include "soacompleteness.h"
#include "englishplurals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rampart;

namespace {

const QDate SampleDay(2026, 11, 28);

QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(RAMPART_CLI), arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int countState(const DocumentSummary &s, DocumentedItem::State state)
{
    int n = 0;
    for (const DocumentedItem &item : s.documentedInformation)
        n += item.state == state ? 1 : 0;
    return n;
}

} // namespace

class TestIsmsSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishPluralForms_data();
    void englishPluralForms();
    void sampleFigures();
    void sampleText();
    void sampleJson();
    void emptyFileFigures();
    void cliInfoPrintsTheSameFigures();
    void overviewFiguresAreTheFullSummarys_data();
    void overviewFiguresAreTheFullSummarys();
    void soaFindingsAreCountedForTheDayAsked();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample;
};

void TestIsmsSummary::initTestCase()
{
    test::setUpApplication();
    m_sample = test::sampleDocument(m_dir);
    QVERIFY(m_sample);
}

void TestIsmsSummary::englishPluralForms_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringLiteral("%n exclusion(s), all justified") << 1 << QStringLiteral("%n exclusion, all justified");
    QTest::newRow("two") << QStringLiteral("%n exclusion(s), all justified") << 2 << QStringLiteral("%n exclusions, all justified");
    QTest::newRow("none") << QStringLiteral("%n role(s)") << 0 << QStringLiteral("%n roles");
    QTest::newRow("ies one") << QStringLiteral("%n interested part(ies)") << 1 << QStringLiteral("%n interested party");
    QTest::newRow("ies many") << QStringLiteral("%n polic(ies)") << 3 << QStringLiteral("%n policies");
    QTest::newRow("es") << QStringLiteral("%n process(es)") << 2 << QStringLiteral("%n processes");
}

void TestIsmsSummary::englishPluralForms()
{
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(EnglishPlurals::resolve(source, n), expected);
    // Installed by setupApplication, it works through tr().
    QCOMPARE(QCoreApplication::translate("Test", source.toUtf8().constData(), nullptr, n),
             QString(expected).replace(QStringLiteral("%n"), QString::number(n)));
}

void TestIsmsSummary::sampleFigures()
{
    const DocumentSummary s = DocumentSummary::of(*m_sample, SampleDay);
    const IsmsFacts &f = s.isms;
    QCOMPARE(f.today, SampleDay);
    QCOMPARE(f.climateDecision, QStringLiteral("yes"));
    QCOMPARE(f.documents, 17);
    QCOMPARE(f.documentsOverdue, 1);
    QCOMPARE(f.overdueDocuments, QStringList{QStringLiteral("DOC-007 Acceptable use policy")});
    QCOMPARE(f.documentsDueSoon, 1);  // DOC-012, due 2026-12-15
    QCOMPARE(f.objectives, 5);
    QCOMPARE(f.objectivesAtRisk, 1);
    QCOMPARE(f.objectivesOverdue, 1);
    QCOMPARE(f.objectivesAchieved, 1);
    QCOMPARE(f.metrics, 4);
    QCOMPARE(f.measurements, 35);
    QCOMPARE(f.lastMeasurement, QDate(2026, 10, 31));
    QCOMPARE(f.lastReview, QStringLiteral("MR-01"));
    QCOMPARE(f.nextReview, QStringLiteral("MR-02"));
    QCOMPARE(f.nextReviewDate, QDate(2026, 12, 10));
    QCOMPARE(f.openReviewActions, 2);
    QCOMPARE(f.overdueReviewActions, 2);
    QCOMPARE(f.improvementsOpen, 3);
    QVERIFY(f.risk.available);
    QCOMPARE(f.risk.aboveThreshold, 1);
    QCOMPARE(f.risk.overdueTreatmentActions, 5);
    QVERIFY(f.soa.available);
    QCOMPARE(f.soa.applicable, 92);
    QCOMPARE(f.soa.implemented, 84);
    QCOMPARE(f.soa.latestVersion, 1);
    QVERIFY(f.audit.available);
    QCOMPARE(f.audit.nextAudit, QDate(2026, 12, 1));
    QVERIFY(f.nonconformity.available);
    QCOMPARE(f.nonconformity.open, 3);

    QCOMPARE(int(s.documentedInformation.size()), 16);
    QCOMPARE(countState(s, DocumentedItem::State::Present), 15);
    QCOMPARE(countState(s, DocumentedItem::State::NotTracked), 0);
    // The SoA has three open points (see the sample): incomplete, not present.
    QCOMPARE(countState(s, DocumentedItem::State::Partial), 1);
    QCOMPARE(s.requirements, 34);
    // The sample's own statuses (5.1, 7.1, 8.1, 9.2, 9.2.1, 9.2.2, 10.2) win; the risk
    // clauses are not assessed; everything else is pre-filled.
    QCOMPARE(s.requirementsNotAssessed, 0);
    QCOMPARE(s.requirementsInProgress, 11);
    QCOMPARE(s.requirementsDone, 23);
    QCOMPARE(s.requirementsNotStarted, 0);
    int documents = -1;
    for (const auto &[entity, count] : s.registerCounts) {
        if (entity == Entity::IsmsDocument)
            documents = count;
    }
    QCOMPARE(documents, 17);
}

void TestIsmsSummary::sampleText()
{
    const QString text = DocumentSummary::of(*m_sample, SampleDay).toText();
    for (const QString &line : {
             QStringLiteral("ISMS as of 2026-11-28"),
             QStringLiteral("Climate change:    a relevant issue"),
             QStringLiteral("Requirements:      23 of 34 done, 11 in progress, 0 not started, 0 not assessed"),
             QStringLiteral("Documents:         17 (1 overdue for review, 1 due within 30 days)"),
             QStringLiteral("  overdue: DOC-007 Acceptable use policy"),
             QStringLiteral("Next review:       2026-12-10 (MR-02)"),
             QStringLiteral("Review actions:    2 open, 2 overdue"),
             QStringLiteral("SoA implementation:        84 of 92 applicable controls"),
             QStringLiteral("Risks above threshold:     1"),
             QStringLiteral("Overdue treatment actions: 5"),
             QStringLiteral("Open nonconformities:      3"),
             QStringLiteral("Next audit:                2026-12-01"),
             QStringLiteral("   1 4.3       The ISMS scope: present"),
             QStringLiteral("  11 8.2       Results of the risk assessments: present"),
             QStringLiteral("Scope exclusions:  2 (0 without justification)"),
         })
        QVERIFY2(text.contains(line), qPrintable(line));
}

void TestIsmsSummary::sampleJson()
{
    const QJsonObject isms = DocumentSummary::of(*m_sample, SampleDay).toJson().value(QStringLiteral("isms")).toObject();
    QCOMPARE(isms.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-11-28"));
    QCOMPARE(isms.value(QStringLiteral("documents")).toObject().value(QStringLiteral("overdueForReview")).toInt(), 1);
    QCOMPARE(isms.value(QStringLiteral("records")).toObject().value(QStringLiteral("isms_document")).toInt(), 17);
    QCOMPARE(isms.value(QStringLiteral("requirements")).toObject().value(QStringLiteral("done")).toInt(), 23);
    QCOMPARE(isms.value(QStringLiteral("managementReview")).toObject().value(QStringLiteral("next")).toString(),
             QStringLiteral("MR-02"));
    // Figures this file cannot have are null, never a made-up zero.
    QCOMPARE(isms.value(QStringLiteral("soaImplemented")).toInt(), 84);
    QCOMPARE(isms.value(QStringLiteral("openNonconformities")).toInt(), 3);
    QCOMPARE(isms.value(QStringLiteral("risksAboveThreshold")).toInt(), 1);
    const QJsonArray documented = isms.value(QStringLiteral("documentedInformation")).toArray();
    QCOMPARE(documented.size(), 16);
    QCOMPARE(documented.at(4).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
}

void TestIsmsSummary::emptyFileFigures()
{
    QTemporaryDir dir;
    auto empty = test::newDocument(dir);
    const DocumentSummary s = DocumentSummary::of(*empty, SampleDay);
    // All 16 missing: an empty nonconformity register is no evidence for 10.2 f) either.
    QCOMPARE(countState(s, DocumentedItem::State::Missing), 16);
    QCOMPARE(countState(s, DocumentedItem::State::Present), 0);
    QCOMPARE(countState(s, DocumentedItem::State::NotTracked), 0);
    QCOMPARE(s.requirementsDone, 0);
    QCOMPARE(s.requirementsInProgress, 0);
    QCOMPARE(s.requirements, 34);
    QVERIFY(s.isms.nextReview.isEmpty());
    const QString text = s.toText();
    QVERIFY(text.contains(QStringLiteral("Climate change:    not decided yet (clause 4.1)")));
    QVERIFY(text.contains(QStringLiteral("Next review:       none planned")));
    QVERIFY2(text.contains(QStringLiteral("SoA implementation:        no control decided applicable yet")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Last review:       none held")));
}

void TestIsmsSummary::cliInfoPrintsTheSameFigures()
{
    int exitCode = -1;
    const QString text = runCli({QStringLiteral("info"), m_sample->path()}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(text.contains(QStringLiteral("Climate change:    a relevant issue")));
    QVERIFY(text.contains(QStringLiteral("Risks above threshold:     1")));
    QVERIFY(text.contains(QStringLiteral("Documented information required by clauses 4 to 10:")));
    QVERIFY(text.contains(QStringLiteral("Documents 17")));

    const QString json = runCli({QStringLiteral("info"), m_sample->path(), QStringLiteral("--json")}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject fromCli = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("isms")).toObject();
    const QJsonObject here = DocumentSummary::of(*m_sample).toJson().value(QStringLiteral("isms")).toObject();
    QVERIFY(!fromCli.isEmpty());
    QCOMPARE(fromCli, here);
}

void TestIsmsSummary::overviewFiguresAreTheFullSummarys_data()
{
    QTest::addColumn<bool>("sample");
    QTest::newRow("sample") << true;
    QTest::newRow("empty file") << false;
}

// The Overview reads only what it shows (overviewOf); each of those figures must be the
// one the full summary (and so `rampart-cli info`) has.
void TestIsmsSummary::overviewFiguresAreTheFullSummarys()
{
    QFETCH(bool, sample);
    QTemporaryDir dir;
    std::unique_ptr<Document> empty;
    if (!sample)
        empty = test::newDocument(dir);
    Document &document = sample ? *m_sample : *empty;
    const DocumentSummary full = DocumentSummary::of(document, SampleDay);
    const DocumentSummary overview = DocumentSummary::overviewOf(document, SampleDay);
    QCOMPARE(overview.path, full.path);
    QCOMPARE(overview.organisation, full.organisation);
    QCOMPARE(overview.scopeStatement, full.scopeStatement);
    QCOMPARE(!overview.scopeStatement.isEmpty(), full.scopeStatementPresent);
    QCOMPARE(overview.catalogStandard, full.catalogStandard);
    QCOMPARE(overview.controls, full.controls);
    QCOMPARE(overview.clauses, full.clauses);
    QCOMPARE(overview.changeLogEntries, full.changeLogEntries);
    QCOMPARE(overview.requirements, full.requirements);
    QCOMPARE(overview.requirementsDone, full.requirementsDone);
    QCOMPARE(overview.requirementsInProgress, full.requirementsInProgress);
    QCOMPARE(overview.requirementsNotStarted, full.requirementsNotStarted);
    QCOMPARE(overview.requirementsNotAssessed, full.requirementsNotAssessed);
    QCOMPARE(overview.documentedInformation.size(), full.documentedInformation.size());
    for (size_t i = 0; i < full.documentedInformation.size(); ++i) {
        QCOMPARE(overview.documentedInformation[i].title, full.documentedInformation[i].title);
        QCOMPARE(overview.documentedInformation[i].state, full.documentedInformation[i].state);
        QCOMPARE(overview.documentedInformation[i].detail, full.documentedInformation[i].detail);
    }
    // Everything but the register counts, which the Overview does not show.
    QJsonObject overviewIsms = overview.toJson().value(QStringLiteral("isms")).toObject();
    QJsonObject fullIsms = full.toJson().value(QStringLiteral("isms")).toObject();
    QVERIFY(!fullIsms.value(QStringLiteral("records")).toObject().isEmpty());
    overviewIsms.remove(QStringLiteral("records"));
    fullIsms.remove(QStringLiteral("records"));
    QCOMPARE(overviewIsms, fullIsms);
    // Both count the SoA's completeness findings as the SoA page does, with the risks
    // that rely on excluded controls.
    const int findings = int(document.soa().findings().size());
    QCOMPARE(overview.isms.soa.findings, findings);
    QCOMPARE(full.soaFindings, findings);
    if (sample) {
        QVERIFY(overview.scopeStatement.startsWith(QStringLiteral("The information security management system")));
        QCOMPARE(overview.requirements, 34);
        QCOMPARE(overview.isms.soa.implemented, 84);
        QCOMPARE(overview.isms.soa.applicable, 92);
        QVERIFY(overview.isms.soa.latestVersion > 0);
        QCOMPARE(overview.changeLogEntries, full.changeLogEntries);
        QVERIFY(overview.changeLogEntries > 0);
    } else {
        QCOMPARE(overview.isms.soa.latestVersion, 0);
        QCOMPARE(overview.requirementsDone, 0);
    }
}

QTEST_GUILESS_MAIN(TestIsmsSummary)
// A summary for a given day counts the SoA's open points as of that day: two years on,
// the controls' reviews have fallen due.
void TestIsmsSummary::soaFindingsAreCountedForTheDayAsked()
{
    const QDate later = SampleDay.addYears(2);
    const std::vector<SoaEntry> entries = m_sample->soa().entries();
    const auto risks = m_sample->soa().relyingRisks(true);
    const int then = int(SoaCompleteness::check(entries, SampleDay, risks).size());
    const int afterwards = int(SoaCompleteness::check(entries, later, risks).size());
    QVERIFY(afterwards > then);
    QCOMPARE(DocumentSummary::of(*m_sample, SampleDay).soaFindings, then);
    QCOMPARE(DocumentSummary::of(*m_sample, later).soaFindings, afterwards);
    QCOMPARE(DocumentSummary::overviewOf(*m_sample, later).isms.soa.findings, afterwards);
}

#include "testismssummary.moc"
