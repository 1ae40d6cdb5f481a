// The inputs a) to g) Rampart assembles for a management review, from a file
// prepared for it: earlier actions, changes read from the change log for the period
// since the previous review, measurement trends, objectives, improvements, and the
// figures of registers this file does not have.

#include "ismstestutil.h"

#include "domain/ismsregisters.h"
#include "managementreviewinputs.h"
#include "reports/managementreviewpack.h"
#include "stores/metastore.h"

#include <QSqlQuery>

using namespace rampart;

namespace {

using Inputs = ManagementReviewInputs;
const QDate Today(2026, 6, 20);

} // namespace

class TestManagementReviewInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpApplication(); }
    void init();
    void cleanup();

    void findsReviews();
    void periodRunsFromThePreviousHeldReview();
    void actionsOfEarlierReviewsWithOverdue();
    void changesSinceThePreviousReviewFromTheChangeLog();
    void climateDecisionChanges();
    void anImportStartsTheHistoryAfresh();
    void historyStartingAfterTheReviewIsSaidPlainly();
    void measurementTrendsOverTheYear();
    void objectivesAndImprovements();
    void registersOfOtherBranchesAreNotAvailable();
    void withoutAReviewTheInputsAreAsOfToday();

private:
    qint64 review(const QString &date, const QString &status);
    qint64 action(qint64 review, const QString &description, const QString &due, const QString &status,
                  const QString &kind = QStringLiteral("action"));
    // Moves change-log rows of one record to a moment in the past: all of them, or only
    // its field changes, or only its removal.
    enum class Rows { All, FieldChanges, Removal };
    void backdate(Entity entity, qint64 id, const QString &isoTime, Rows rows = Rows::All);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestManagementReviewInputs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = test::newDocument(*m_dir);
    QVERIFY(m_doc);
    // The file's history starts well before the reviews below.
    QString error;
    QVERIFY(m_doc->meta().setValue(MetaStore::createdAtKey(), QStringLiteral("2025-01-01T09:00:00Z"), &error));
}

void TestManagementReviewInputs::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

qint64 TestManagementReviewInputs::review(const QString &date, const QString &status)
{
    return test::add(*m_doc, Entity::ManagementReview,
                     {{QStringLiteral("held_on"), date}, {QStringLiteral("status"), status}});
}

qint64 TestManagementReviewInputs::action(qint64 review, const QString &description, const QString &due,
                                          const QString &status, const QString &kind)
{
    return test::add(*m_doc, Entity::ReviewAction,
                     {{QStringLiteral("review_id"), review}, {QStringLiteral("description"), description},
                      {QStringLiteral("due"), due}, {QStringLiteral("status"), status}, {QStringLiteral("kind"), kind}});
}

void TestManagementReviewInputs::backdate(Entity entity, qint64 id, const QString &isoTime, Rows rows)
{
    const QString which = rows == Rows::FieldChanges ? QStringLiteral(" AND field <> ''")
        : rows == Rows::Removal                      ? QStringLiteral(" AND field = '' AND new_value IS NULL")
                                                     : QString();
    QSqlQuery query(m_doc->database().connection());
    query.prepare(QStringLiteral("UPDATE change_log SET changed_at = ? WHERE entity = ? AND row_id = ?") + which);
    query.addBindValue(isoTime);
    query.addBindValue(entityKey(entity));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

void TestManagementReviewInputs::findsReviews()
{
    QCOMPARE(Inputs::latestReview(*m_doc), 0);
    const qint64 first = review(QStringLiteral("2025-11-20"), QStringLiteral("held"));
    const qint64 planned = review(QStringLiteral("2026-12-01"), QStringLiteral("planned"));
    const qint64 second = review(QStringLiteral("2026-05-14"), QStringLiteral("held"));
    QCOMPARE(Inputs::latestReview(*m_doc), planned);
    QCOMPARE(Inputs::findReview(*m_doc, QStringLiteral("MR-01")), first);
    QCOMPARE(Inputs::findReview(*m_doc, QStringLiteral("mr-03")), second);
    QCOMPARE(Inputs::findReview(*m_doc, QStringLiteral("2")), planned);
    QCOMPARE(Inputs::findReview(*m_doc, QStringLiteral("MR-07")), 0);
}

void TestManagementReviewInputs::periodRunsFromThePreviousHeldReview()
{
    review(QStringLiteral("2025-06-01"), QStringLiteral("held"));
    review(QStringLiteral("2026-01-15"), QStringLiteral("held"));
    review(QStringLiteral("2026-03-01"), QStringLiteral("planned"));  // never held: not a previous review
    const qint64 current = review(QStringLiteral("2026-06-01"), QStringLiteral("held"));
    review(QStringLiteral("2026-09-01"), QStringLiteral("held"));  // later: not a previous review
    const Inputs in = Inputs::assemble(*m_doc, current, Today);
    QCOMPARE(in.reference, QStringLiteral("MR-04"));
    QCOMPARE(in.date, QDate(2026, 6, 1));
    QCOMPARE(in.previousReview, QStringLiteral("MR-02"));
    QCOMPARE(in.periodStart, QDate(2026, 1, 15));
    QVERIFY(in.historyCoversPeriod);
    QVERIFY(ManagementReviewPack::periodNote(in).contains(QStringLiteral("MR-02 on 2026-01-15, up to 2026-06-01")));
}

void TestManagementReviewInputs::actionsOfEarlierReviewsWithOverdue()
{
    const qint64 r1 = review(QStringLiteral("2025-11-20"), QStringLiteral("held"));
    const qint64 r2 = review(QStringLiteral("2026-05-14"), QStringLiteral("held"));
    action(r1, QStringLiteral("Close the audit findings"), QStringLiteral("2026-01-31"), QStringLiteral("done"));
    action(r1, QStringLiteral("Hire a security engineer"), QStringLiteral("2026-04-30"), QStringLiteral("in_progress"));
    action(r1, QStringLiteral("Keep the budget"), QStringLiteral("2026-01-01"), QString(), QStringLiteral("decision"));
    action(r2, QStringLiteral("Roll out security keys"), QStringLiteral("2026-09-30"), QStringLiteral("open"));
    const qint64 r3 = review(QStringLiteral("2026-06-10"), QStringLiteral("planned"));
    action(r3, QStringLiteral("Decided at the planned review"), QString(), QStringLiteral("open"));

    const Inputs in = Inputs::assemble(*m_doc, r3, Today);
    QCOMPARE(int(in.previousActions.size()), 4);
    QCOMPARE(in.previousActions[1].review, QStringLiteral("MR-01"));
    QVERIFY(in.previousActions[1].overdue);            // open and due before today
    QVERIFY(!in.previousActions[0].overdue);           // done
    QVERIFY(!in.previousActions[2].overdue);           // a decision is not overdue
    QVERIFY(!in.previousActions[3].overdue);           // not due yet
    QCOMPARE(int(in.results.size()), 1);
    QCOMPARE(in.results[0].description, QStringLiteral("Decided at the planned review"));
    const QString html = ManagementReviewPack::inputFacts(in, 0);
    QVERIFY2(html.contains(QStringLiteral("2 still open, 1 of them overdue")), qPrintable(html));

    // The actions of the review itself are its results, not input a).
    const Inputs atR2 = Inputs::assemble(*m_doc, r2, Today);
    QCOMPARE(int(atR2.previousActions.size()), 3);
    QCOMPARE(int(atR2.results.size()), 1);
}

void TestManagementReviewInputs::changesSinceThePreviousReviewFromTheChangeLog()
{
    review(QStringLiteral("2026-03-01"), QStringLiteral("held"));
    const qint64 current = review(QStringLiteral("2026-06-01"), QStringLiteral("planned"));
    const auto issue = [this](const QString &text) {
        return test::add(*m_doc, Entity::Issue, {{QStringLiteral("issue"), text}});
    };
    const qint64 old = issue(QStringLiteral("Known before the previous review"));
    backdate(Entity::Issue, old, QStringLiteral("2026-01-10T10:00:00.000Z"));
    const qint64 changed = issue(QStringLiteral("Supplier concentration"));
    backdate(Entity::Issue, changed, QStringLiteral("2026-01-11T10:00:00.000Z"));
    const qint64 removed = issue(QStringLiteral("Office lease ends"));
    backdate(Entity::Issue, removed, QStringLiteral("2026-01-12T10:00:00.000Z"));

    QVERIFY(m_doc->setValue(Entity::Issue, changed, IssueField::Effect, QStringLiteral("Outage hits everyone")));
    QVERIFY(m_doc->setValue(Entity::Issue, changed, IssueField::Response, QStringLiteral("Second region")));
    backdate(Entity::Issue, changed, QStringLiteral("2026-04-02T08:00:00.000Z"), Rows::FieldChanges);
    const qint64 added = issue(QStringLiteral("New NIS2 duties from customers"));
    backdate(Entity::Issue, added, QStringLiteral("2026-04-01T08:00:00.000Z"));
    QVERIFY(m_doc->removeRow(Entity::Issue, removed, QStringLiteral("test")));
    backdate(Entity::Issue, removed, QStringLiteral("2026-05-01T08:00:00.000Z"), Rows::Removal);
    const qint64 late = issue(QStringLiteral("Raised after the review date"));
    backdate(Entity::Issue, late, QStringLiteral("2026-06-02T08:00:00.000Z"));
    const qint64 party = test::add(*m_doc, Entity::InterestedParty, {{QStringLiteral("party"), QStringLiteral("Insurer")}});
    backdate(Entity::InterestedParty, party, QStringLiteral("2026-05-20T08:00:00.000Z"));

    const Inputs in = Inputs::assemble(*m_doc, current, Today);
    QCOMPARE(int(in.issueChanges.size()), 3);
    // Oldest change first.
    using Kind = Inputs::RecordChange::Kind;
    QCOMPARE(int(in.issueChanges[0].kind), int(Kind::Added));
    QCOMPARE(in.issueChanges[0].name, QStringLiteral("New NIS2 duties from customers"));
    QCOMPARE(in.issueChanges[0].reference, QStringLiteral("ISS-04"));
    QCOMPARE(int(in.issueChanges[1].kind), int(Kind::Changed));
    QCOMPARE(in.issueChanges[1].reference, QStringLiteral("ISS-02"));
    QCOMPARE(in.issueChanges[1].fields, (QStringList{QStringLiteral("Effect on the ISMS"), QStringLiteral("How it is addressed")}));
    QCOMPARE(int(in.issueChanges[2].kind), int(Kind::Removed));
    QCOMPARE(in.issueChanges[2].name, QStringLiteral("Office lease ends"));
    QCOMPARE(in.issues, 4);
    QCOMPARE(int(in.partyChanges.size()), 1);
    QCOMPARE(in.partyChanges[0].name, QStringLiteral("Insurer"));

    const QString html = ManagementReviewPack::inputFacts(in, 1);
    QVERIFY2(html.contains(QStringLiteral("Changed: Effect on the ISMS, How it is addressed")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Removed")));
    QVERIFY(!html.contains(QStringLiteral("Known before the previous review")));
    QVERIFY(!html.contains(QStringLiteral("Raised after the review date")));
}

void TestManagementReviewInputs::climateDecisionChanges()
{
    review(QStringLiteral("2026-03-01"), QStringLiteral("held"));
    const qint64 current = review(QStringLiteral("2026-12-01"), QStringLiteral("planned"));
    QVERIFY(m_doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::ClimateRelevant, QStringLiteral("no")));
    QVERIFY(m_doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::ClimateReasoning,
                            QStringLiteral("All hosting is in the cloud.")));
    const Inputs in = Inputs::assemble(*m_doc, current, QDate::currentDate());
    QCOMPARE(in.climateDecision, QStringLiteral("no"));
    QCOMPARE(in.climateChanges.size(), 2);
    QVERIFY2(in.climateChanges.at(0).contains(QStringLiteral("from \"not decided\" to \"no\"")),
             qPrintable(in.climateChanges.at(0)));
    QVERIFY(ManagementReviewPack::inputFacts(in, 1).contains(QStringLiteral("climate change is not a relevant issue")));
}

void TestManagementReviewInputs::anImportStartsTheHistoryAfresh()
{
    QTemporaryDir dir;
    auto sample = test::sampleDocument(dir);
    QVERIFY(sample);
    // The sample was imported today; MR-02 is planned after today, MR-01 was held in May.
    const qint64 next = Inputs::findReview(*sample, QStringLiteral("MR-02"));
    Inputs in = Inputs::assemble(*sample, next, QDate::currentDate());
    QVERIFY(in.lastImport.isValid());
    QVERIFY(in.issueChanges.empty());  // everything before the import is gone from the history
    QVERIFY(ManagementReviewPack::periodNote(in).contains(QStringLiteral("replaced by an import on")));
    // A change after the import shows.
    const qint64 issue = sample->registerStore(Entity::Issue)->idForReference(QStringLiteral("ISS-06"));
    QVERIFY(sample->setValue(Entity::Issue, issue, IssueField::Response, QStringLiteral("Hire done")));
    in = Inputs::assemble(*sample, next, QDate::currentDate());
    QCOMPARE(int(in.issueChanges.size()), 1);
    QCOMPARE(in.issueChanges[0].reference, QStringLiteral("ISS-06"));
}

void TestManagementReviewInputs::historyStartingAfterTheReviewIsSaidPlainly()
{
    QTemporaryDir dir;
    auto sample = test::sampleDocument(dir);
    const Inputs in = Inputs::assemble(*sample, Inputs::findReview(*sample, QStringLiteral("MR-01")), QDate(2026, 11, 28));
    QVERIFY(!in.historyCoversPeriod);
    QVERIFY(in.previousReview.isEmpty());
    QCOMPARE(in.periodStart, QDate(2025, 5, 14));
    QVERIFY(ManagementReviewPack::periodNote(in).contains(QStringLiteral("after this review")));
    QVERIFY(!in.minutes[0].isEmpty());
    QVERIFY(!in.minutes[6].isEmpty());
    QCOMPARE(int(in.results.size()), 5);
}

void TestManagementReviewInputs::measurementTrendsOverTheYear()
{
    const qint64 current = review(QStringLiteral("2026-06-01"), QStringLiteral("planned"));
    const auto metric = [this](const QString &name, const QVariant &target, const QString &direction) {
        return test::add(*m_doc, Entity::Metric,
                         {{QStringLiteral("name"), name}, {QStringLiteral("target_value"), target},
                          {QStringLiteral("direction"), direction}, {QStringLiteral("unit"), QStringLiteral("%")}});
    };
    const auto value = [this](qint64 metric, const QString &date, double v) {
        test::add(*m_doc, Entity::Measurement,
                  {{QStringLiteral("metric_id"), metric}, {QStringLiteral("measured_on"), date}, {QStringLiteral("value"), v}});
    };
    const qint64 availability = metric(QStringLiteral("Availability"), 99.9, QStringLiteral("higher"));
    value(availability, QStringLiteral("2025-05-31"), 10);  // more than a year before the review: left out
    value(availability, QStringLiteral("2026-03-31"), 99.95);
    value(availability, QStringLiteral("2026-01-31"), 99.7);  // out of order on purpose
    value(availability, QStringLiteral("2026-05-31"), 99.96);
    value(availability, QStringLiteral("2026-06-30"), 50);  // after the review date: left out
    const qint64 clicks = metric(QStringLiteral("Phishing clicks"), 5, QStringLiteral("lower"));
    value(clicks, QStringLiteral("2026-01-31"), 4);
    value(clicks, QStringLiteral("2026-05-31"), 9);
    const qint64 steady = metric(QStringLiteral("Training"), QVariant(), QStringLiteral("higher"));
    value(steady, QStringLiteral("2026-01-31"), 96);
    value(steady, QStringLiteral("2026-05-31"), 96.05);
    metric(QStringLiteral("No values yet"), 1, QStringLiteral("higher"));

    const Inputs in = Inputs::assemble(*m_doc, current, Today);
    QCOMPARE(int(in.metrics.size()), 4);
    using Direction = Inputs::MetricTrend::Direction;
    const Inputs::MetricTrend &a = in.metrics[0];
    QCOMPARE(int(a.values.size()), 3);
    QCOMPARE(a.values.front().first, QDate(2026, 1, 31));
    QCOMPARE(a.latest(), 99.96);
    QCOMPARE(int(a.direction), int(Direction::Improving));
    QVERIFY(a.onTarget);
    QCOMPARE(a.onTargetCount, 2);
    const Inputs::MetricTrend &c = in.metrics[1];
    QCOMPARE(int(c.direction), int(Direction::Worsening));  // lower is better, and it rose
    QVERIFY(!c.onTarget);
    QCOMPARE(c.onTargetCount, 1);
    QCOMPARE(int(in.metrics[2].direction), int(Direction::Steady));  // within 0.1%
    QVERIFY(!in.metrics[2].hasTarget);
    QVERIFY(!in.metrics[3].hasValues());
    QCOMPARE(int(in.metrics[3].direction), int(Direction::Unknown));

    const QString html = ManagementReviewPack::inputFacts(in, 3);
    QVERIFY2(html.contains(QStringLiteral("99.96% on 2026-05-31")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("yes (2 of 3 values in the year)")));
    QVERIFY(html.contains(QStringLiteral("Worsening")));
    QVERIFY(html.contains(QStringLiteral("no value in the year")));
}

void TestManagementReviewInputs::objectivesAndImprovements()
{
    review(QStringLiteral("2026-01-15"), QStringLiteral("held"));
    const qint64 current = review(QStringLiteral("2026-06-01"), QStringLiteral("held"));
    test::add(*m_doc, Entity::Objective,
              {{QStringLiteral("objective"), QStringLiteral("Patch faster")}, {QStringLiteral("due"), QStringLiteral("2026-05-01")},
               {QStringLiteral("status"), QStringLiteral("on_track")}, {QStringLiteral("measure"), QStringLiteral("days")},
               {QStringLiteral("owner"), QStringLiteral("CTO")}});
    const auto improvement = [this](const QString &text, const QString &raised, const QString &status) {
        test::add(*m_doc, Entity::Improvement,
                  {{QStringLiteral("opportunity"), text}, {QStringLiteral("raised_on"), raised}, {QStringLiteral("status"), status}});
    };
    improvement(QStringLiteral("In the period, done"), QStringLiteral("2026-02-01"), QStringLiteral("done"));
    improvement(QStringLiteral("Before the period, still open"), QStringLiteral("2025-10-01"), QStringLiteral("open"));
    improvement(QStringLiteral("Before the period, done"), QStringLiteral("2025-10-01"), QStringLiteral("done"));
    improvement(QStringLiteral("After the review"), QStringLiteral("2026-06-05"), QStringLiteral("open"));

    const Inputs in = Inputs::assemble(*m_doc, current, Today);
    QCOMPARE(int(in.objectives.size()), 1);
    QCOMPARE(in.objectives[0].attention, QStringLiteral("Due date 2026-05-01 has passed"));
    QCOMPARE(int(in.improvements.size()), 2);
    QCOMPARE(in.improvements[0].opportunity, QStringLiteral("In the period, done"));
    QCOMPARE(in.improvements[1].opportunity, QStringLiteral("Before the period, still open"));
    const QString html = ManagementReviewPack::inputFacts(in, 3);
    QVERIFY(html.contains(QStringLiteral("Due date 2026-05-01 has passed")));
}

void TestManagementReviewInputs::registersOfOtherBranchesAreNotAvailable()
{
    const Inputs in = Inputs::assemble(*m_doc, review(QStringLiteral("2026-06-01"), QStringLiteral("held")), Today);
    QVERIFY(in.risks.available);
    // Audits and nonconformities are registers of this version: the inputs carry them.
    QVERIFY(in.audits.available);
    QVERIFY(in.nonconformities.available);
    QVERIFY(!ManagementReviewPack::inputFacts(in, 5).contains(QStringLiteral("Not available yet")));
}

void TestManagementReviewInputs::withoutAReviewTheInputsAreAsOfToday()
{
    const Inputs in = Inputs::assemble(*m_doc, 0, Today);
    QCOMPARE(in.reviewId, 0);
    QVERIFY(in.reference.isEmpty());
    QCOMPARE(in.date, Today);
    QCOMPARE(in.periodStart, Today.addYears(-1));
    QVERIFY(in.climateDecision.isEmpty());
    QVERIFY(ManagementReviewPack::inputFacts(in, 1).contains(QStringLiteral("no decision yet")));
    for (int i = 0; i < 7; ++i)
        QVERIFY(!ManagementReviewPack::inputFacts(in, i).isEmpty());
}

QTEST_GUILESS_MAIN(TestManagementReviewInputs)
#include "testmanagementreviewinputs.moc"
