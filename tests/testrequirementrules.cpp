// The rules that pre-fill the requirements checklist and judge the documented
// information clauses 4 to 10 require: one test per rule on facts made up for it,
// then the whole checklist on the sample.

#include "ismstestutil.h"

#include "documentsummary.h"
#include "domain/ismsregisters.h"
#include "requirementrules.h"

using namespace rampart;

namespace {

using Status = RequirementStatus;
const QDate Today(2026, 6, 1);

IsmsFacts facts()
{
    IsmsFacts f;
    f.today = Today;
    return f;
}

// Checks status and that the basis says where it came from.
#define CHECK_RULE(code, f, expectedStatus, basisPart)                                                                 \
    do {                                                                                                               \
        const RequirementAssessment a = RequirementRules::assess(QStringLiteral(code), f);                            \
        QCOMPARE(a.clause, QStringLiteral(code));                                                                      \
        QCOMPARE(int(a.status), int(expectedStatus));                                                                  \
        QVERIFY2(a.basis.contains(QStringLiteral(basisPart)), qPrintable(a.basis));                                    \
        if (a.status != Status::Unknown && a.status != Status::NotStarted)                                             \
            QVERIFY2(a.basis.startsWith(QStringLiteral("Pre-filled by Rampart from")), qPrintable(a.basis));          \
        QVERIFY(!a.areas.isEmpty() || a.status == Status::Unknown);                                                    \
    } while (false)

} // namespace

class TestRequirementRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpApplication(); }
    void contextIssuesNeedTheClimateDecision();
    void interestedPartiesNeedTheDecisionOnTheirRequirements();
    void scopeNeedsStatementAndJustifiedExclusions();
    void processesNeedOwners();
    void policyIsAnApprovedCurrentDocumentServing52();
    void rolesNeedPeopleAndResponsibilities();
    void riskClausesWaitForTheRiskRegister();
    void objectivesNeedMeasuresAndOwners();
    void plannedChanges();
    void competenceNeedsEvidence();
    void awareness();
    void communicationPlan();
    void documentedInformationGeneral();
    void documentsCreatingAndUpdating();
    void documentsControl();
    void documentsOverallFollowsItsParts();
    void monitoringNeedsRecentValues();
    void auditClausesWaitForAudits();
    void reviewWithinAYearWithAllInputs();
    void reviewGeneral();
    void reviewInputs();
    void reviewResults();
    void improvementLog();
    void nonconformitiesWaitForTheirRegister();
    void clausesRampartCannotJudge_data();
    void clausesRampartCannotJudge();
    void userStatusAlwaysWins();
    void documentedInformationItems();
    void sampleChecklist();
};

void TestRequirementRules::contextIssuesNeedTheClimateDecision()
{
    IsmsFacts f = facts();
    CHECK_RULE("4.1", f, Status::NotStarted, "no issues and no decision on climate change");
    f.issues = 3;
    CHECK_RULE("4.1", f, Status::InProgress, "climate change is a relevant issue");
    f.climateDecision = QStringLiteral("no");
    CHECK_RULE("4.1", f, Status::InProgress, "missing or has no reasoning");
    f.climateReasoned = true;
    CHECK_RULE("4.1", f, Status::Done, "3 issues and the reasoned decision that climate change is not relevant");
    f.issues = 0;
    CHECK_RULE("4.1", f, Status::InProgress, "no issues are recorded yet");
}

void TestRequirementRules::interestedPartiesNeedTheDecisionOnTheirRequirements()
{
    IsmsFacts f = facts();
    CHECK_RULE("4.2", f, Status::NotStarted, "no interested parties");
    f.parties = 4;
    f.partiesUndecided = 1;
    CHECK_RULE("4.2", f, Status::InProgress, "1 of them without the decision");
    f.partiesUndecided = 0;
    CHECK_RULE("4.2", f, Status::Done, "4 interested parties, each");
}

void TestRequirementRules::scopeNeedsStatementAndJustifiedExclusions()
{
    IsmsFacts f = facts();
    CHECK_RULE("4.3", f, Status::NotStarted, "no scope statement");
    f.exclusions = 2;
    CHECK_RULE("4.3", f, Status::InProgress, "the scope statement is missing");
    f.scopeStatement = true;
    f.exclusionsUnjustified = 1;
    CHECK_RULE("4.3", f, Status::InProgress, "1 exclusion without justification");
    f.exclusionsUnjustified = 0;
    CHECK_RULE("4.3", f, Status::Done, "the scope statement and 2 justified exclusions");
    f.exclusions = 0;
    CHECK_RULE("4.3", f, Status::Done, "with nothing excluded");
}

void TestRequirementRules::processesNeedOwners()
{
    IsmsFacts f = facts();
    CHECK_RULE("4.4", f, Status::NotStarted, "no ISMS processes");
    f.processes = 6;
    f.processesWithoutOwner = 2;
    CHECK_RULE("4.4", f, Status::InProgress, "2 of them without an owner");
    f.processesWithoutOwner = 0;
    CHECK_RULE("4.4", f, Status::Done, "6 ISMS processes, each with an owner");
}

void TestRequirementRules::policyIsAnApprovedCurrentDocumentServing52()
{
    IsmsFacts f = facts();
    CHECK_RULE("5.2", f, Status::NotStarted, "no information security policy");
    f.policies = 2;
    CHECK_RULE("5.2", f, Status::InProgress, "none marked as serving clause 5.2");
    f.documentsByClause[QStringLiteral("5.2")].references << QStringLiteral("DOC-001");
    CHECK_RULE("5.2", f, Status::InProgress, "DOC-001 in the document register, which serves 5.2 but");
    f.documentsByClause[QStringLiteral("5.2")].current << QStringLiteral("DOC-001");
    CHECK_RULE("5.2", f, Status::Done, "DOC-001 in the document register: serves 5.2, approved");
}

void TestRequirementRules::rolesNeedPeopleAndResponsibilities()
{
    IsmsFacts f = facts();
    CHECK_RULE("5.3", f, Status::NotStarted, "no roles");
    f.roles = 8;
    f.rolesIncomplete = 1;
    CHECK_RULE("5.3", f, Status::InProgress, "1 of them without a person");
    f.rolesIncomplete = 0;
    CHECK_RULE("5.3", f, Status::Done, "8 roles");
}

void TestRequirementRules::riskClausesWaitForTheRiskRegister()
{
    IsmsFacts f = facts();
    f.documentsByClause[QStringLiteral("6.1.2")].references << QStringLiteral("DOC-003");
    for (const char *clause : {"6.1", "6.1.1", "6.1.3", "8.2", "8.3"}) {
        const RequirementAssessment a = RequirementRules::assess(QString::fromLatin1(clause), f);
        QCOMPARE(int(a.status), int(Status::Unknown));
        QVERIFY2(a.basis.contains(QStringLiteral("risk register is not part of this version")), qPrintable(a.basis));
    }
    CHECK_RULE("6.1.2", f, Status::Unknown, "Documents serving 6.1.2: DOC-003.");
    // Once the risk register lands, the same rule reads its figures.
    f.risk.available = true;
    f.risk.risks = 42;
    f.risk.aboveThreshold = 5;
    f.risk.overdueTreatmentActions = 2;
    f.risk.treatmentRecorded = true;
    CHECK_RULE("8.3", f, Status::InProgress, "42 assessed risks, 5 above the acceptance threshold, 2 overdue");
    f.risk.overdueTreatmentActions = 0;
    CHECK_RULE("8.3", f, Status::Done, "42 assessed risks");
}

void TestRequirementRules::objectivesNeedMeasuresAndOwners()
{
    IsmsFacts f = facts();
    CHECK_RULE("6.2", f, Status::NotStarted, "no information security objectives");
    f.objectives = 5;
    f.objectivesIncomplete = 2;
    CHECK_RULE("6.2", f, Status::InProgress, "2 of them without a measure or an owner");
    f.objectivesIncomplete = 0;
    CHECK_RULE("6.2", f, Status::Done, "5 objectives, each with a measure and an owner");
}

void TestRequirementRules::plannedChanges()
{
    IsmsFacts f = facts();
    CHECK_RULE("6.3", f, Status::Unknown, "No planned changes are recorded");
    f.changes = 2;
    f.changesIncomplete = 1;
    CHECK_RULE("6.3", f, Status::InProgress, "1 of them without purpose");
    f.changesIncomplete = 0;
    CHECK_RULE("6.3", f, Status::Done, "2 planned changes");
}

void TestRequirementRules::competenceNeedsEvidence()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.2", f, Status::NotStarted, "no competence records");
    f.competenceRecords = 4;
    f.competenceWithoutEvidence = 1;
    CHECK_RULE("7.2", f, Status::InProgress, "1 of them without evidence");
    f.competenceWithoutEvidence = 0;
    CHECK_RULE("7.2", f, Status::Done, "4 competence records with evidence");
}

void TestRequirementRules::awareness()
{
    IsmsFacts f = facts();
    f.competenceRecords = 3;  // competence is not awareness
    CHECK_RULE("7.3", f, Status::NotStarted, "no awareness records");
    f.awarenessRecords = 1;
    CHECK_RULE("7.3", f, Status::Done, "1 awareness record");
}

void TestRequirementRules::communicationPlan()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.4", f, Status::NotStarted, "no communication plan");
    f.communications = 6;
    f.communicationsIncomplete = 2;
    CHECK_RULE("7.4", f, Status::InProgress, "2 of them without when, with whom or how");
    f.communicationsIncomplete = 0;
    CHECK_RULE("7.4", f, Status::Done, "6 planned communications");
}

void TestRequirementRules::documentedInformationGeneral()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.5.1", f, Status::NotStarted, "no documents in the register");
    f.documents = 3;
    CHECK_RULE("7.5.1", f, Status::InProgress, "are missing or incomplete");
    // Every tracked item present (the risk, SoA, audit and nonconformity items are not
    // tracked in this version and do not count against it).
    f.scopeStatement = true;
    for (const char *clause : {"5.2", "6.1.2", "6.1.3", "8.1"}) {
        f.documentsByClause[QString::fromLatin1(clause)].references << QStringLiteral("DOC-001");
        f.documentsByClause[QString::fromLatin1(clause)].current << QStringLiteral("DOC-001");
    }
    f.objectives = 1;
    f.competenceRecords = 1;
    f.metrics = 1;
    f.metricsWithValues = 1;
    f.measurements = 3;
    f.reviewsHeld = 1;
    f.lastReviewResults = 2;
    CHECK_RULE("7.5.1", f, Status::Done, "every required item Rampart tracks present");
}

void TestRequirementRules::documentsCreatingAndUpdating()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.5.2", f, Status::NotStarted, "no documents");
    f.documents = 10;
    f.documentsUnapproved = 1;
    CHECK_RULE("7.5.2", f, Status::InProgress, "1 without an approval date, 0 without a version or owner");
    f.documentsUnapproved = 0;
    f.documentsWithoutVersionOrOwner = 3;
    CHECK_RULE("7.5.2", f, Status::InProgress, "3 without a version or owner");
    f.documentsWithoutVersionOrOwner = 0;
    CHECK_RULE("7.5.2", f, Status::Done, "all 10 documents with version, owner and approval date");
}

void TestRequirementRules::documentsControl()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.5.3", f, Status::NotStarted, "no documents");
    f.documents = 10;
    f.documentsOverdue = 1;
    CHECK_RULE("7.5.3", f, Status::InProgress, "1 overdue for review");
    f.documentsOverdue = 0;
    f.documentsWithoutClassificationOrLocation = 2;
    CHECK_RULE("7.5.3", f, Status::InProgress, "2 without classification or location");
    f.documentsWithoutClassificationOrLocation = 0;
    CHECK_RULE("7.5.3", f, Status::Done, "classified, located and within their review date");
}

void TestRequirementRules::documentsOverallFollowsItsParts()
{
    IsmsFacts f = facts();
    CHECK_RULE("7.5", f, Status::NotStarted, "no documents");
    f.documents = 2;
    CHECK_RULE("7.5", f, Status::InProgress, "not all of which are met");
}

void TestRequirementRules::monitoringNeedsRecentValues()
{
    IsmsFacts f = facts();
    CHECK_RULE("9.1", f, Status::NotStarted, "no metrics defined");
    f.metrics = 4;
    f.metricsWithValues = 4;
    f.metricsWithRecentValues = 3;
    f.measurements = 30;
    CHECK_RULE("9.1", f, Status::InProgress, "1 of them without a value in the last 12 months");
    f.metricsWithRecentValues = 4;
    CHECK_RULE("9.1", f, Status::Done, "4 metrics, each with values from the last 12 months (30 values in all)");
}

void TestRequirementRules::auditClausesWaitForAudits()
{
    IsmsFacts f = facts();
    for (const char *clause : {"9.2", "9.2.1", "9.2.2"}) {
        const RequirementAssessment a = RequirementRules::assess(QString::fromLatin1(clause), f);
        QCOMPARE(int(a.status), int(Status::Unknown));
        QVERIFY2(a.basis.contains(QStringLiteral("Internal audits are not part of this version")), qPrintable(a.basis));
    }
    f.audit.available = true;
    CHECK_RULE("9.2", f, Status::NotStarted, "no internal audit in the last 12 months");
    f.audit.auditsInLastYear = 2;
    CHECK_RULE("9.2", f, Status::Done, "2 internal audits");
}

void TestRequirementRules::reviewWithinAYearWithAllInputs()
{
    IsmsFacts f = facts();
    CHECK_RULE("9.3", f, Status::NotStarted, "no management review held");
    f.reviewsHeld = 2;
    f.lastReview = QStringLiteral("MR-02");
    f.lastReviewDate = Today.addYears(-1).addDays(-1);
    f.lastReviewInputsMinuted = 7;
    CHECK_RULE("9.3", f, Status::InProgress, "which is more than 12 months ago");
    f.lastReviewDate = Today.addYears(-1);
    CHECK_RULE("9.3", f, Status::Done, "MR-02 of 2025-06-01: held in the last 12 months with all seven inputs minuted");
    f.lastReviewInputsMinuted = 6;
    CHECK_RULE("9.3", f, Status::InProgress, "with 6 of the seven inputs a) to g) minuted");
}

void TestRequirementRules::reviewGeneral()
{
    IsmsFacts f = facts();
    CHECK_RULE("9.3.1", f, Status::NotStarted, "no management review held");
    f.reviewsHeld = 1;
    f.lastReview = QStringLiteral("MR-01");
    f.lastReviewDate = Today.addMonths(-3);
    CHECK_RULE("9.3.1", f, Status::Done, "the latest review, MR-01");
    f.lastReviewDate = Today.addMonths(-13);
    CHECK_RULE("9.3.1", f, Status::InProgress, "the latest review, MR-01");
}

void TestRequirementRules::reviewInputs()
{
    IsmsFacts f = facts();
    f.reviewsHeld = 1;
    f.lastReview = QStringLiteral("MR-01");
    f.lastReviewInputsMinuted = 5;
    CHECK_RULE("9.3.2", f, Status::InProgress, "MR-01: 5 of the seven inputs");
    f.lastReviewInputsMinuted = 7;
    CHECK_RULE("9.3.2", f, Status::Done, "MR-01: 7 of the seven inputs");
}

void TestRequirementRules::reviewResults()
{
    IsmsFacts f = facts();
    CHECK_RULE("9.3.3", f, Status::NotStarted, "no management review held");
    f.reviewsHeld = 1;
    f.lastReview = QStringLiteral("MR-01");
    CHECK_RULE("9.3.3", f, Status::InProgress, "MR-01, which has no conclusions, decisions or actions");
    f.lastReviewResults = 5;
    f.lastReviewConcluded = true;
    CHECK_RULE("9.3.3", f, Status::Done, "MR-01: conclusions and 5 decisions or actions recorded");
}

void TestRequirementRules::improvementLog()
{
    IsmsFacts f = facts();
    CHECK_RULE("10.1", f, Status::NotStarted, "no entries in the improvement log");
    f.improvements = 2;
    CHECK_RULE("10.1", f, Status::InProgress, "2 improvement log entries, none decided");
    f.improvementsDecided = 1;
    CHECK_RULE("10.1", f, Status::Done, "2 improvement log entries, 1 of them decided");
}

void TestRequirementRules::nonconformitiesWaitForTheirRegister()
{
    IsmsFacts f = facts();
    f.documentsByClause[QStringLiteral("10.2")].references << QStringLiteral("DOC-008");
    CHECK_RULE("10.2", f, Status::Unknown, "not part of this version of Rampart yet. Documents serving 10.2: DOC-008.");
    f.nonconformity.available = true;
    f.nonconformity.open = 1;
    CHECK_RULE("10.2", f, Status::InProgress, "1 open nonconformity");
}

void TestRequirementRules::clausesRampartCannotJudge_data()
{
    QTest::addColumn<QString>("clause");
    QTest::newRow("5.1 leadership") << QStringLiteral("5.1");
    QTest::newRow("7.1 resources") << QStringLiteral("7.1");
    QTest::newRow("8.1 operational planning") << QStringLiteral("8.1");
}

void TestRequirementRules::clausesRampartCannotJudge()
{
    QFETCH(QString, clause);
    IsmsFacts f = facts();
    f.documentsByClause[QStringLiteral("8.1")].references << QStringLiteral("DOC-016");
    const RequirementAssessment a = RequirementRules::assess(clause, f);
    QCOMPARE(int(a.status), int(Status::Unknown));
    QVERIFY2(a.basis.contains(QStringLiteral("set the status yourself")), qPrintable(a.basis));
    QCOMPARE(a.basis.contains(QStringLiteral("DOC-016")), clause == QLatin1String("8.1"));
}

void TestRequirementRules::userStatusAlwaysWins()
{
    RequirementAssessment rampart;
    rampart.status = Status::Done;
    QCOMPARE(int(RequirementRules::effectiveStatus(QString(), rampart)), int(Status::Done));
    QCOMPARE(int(RequirementRules::effectiveStatus(QStringLiteral("in_progress"), rampart)), int(Status::InProgress));
    QCOMPARE(int(RequirementRules::effectiveStatus(QStringLiteral("not_started"), rampart)), int(Status::NotStarted));
    rampart.status = Status::Unknown;
    QCOMPARE(int(RequirementRules::effectiveStatus(QStringLiteral("done"), rampart)), int(Status::Done));
    QCOMPARE(RequirementRules::statusKey(Status::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(int(RequirementRules::statusFromKey(QStringLiteral("done"))), int(Status::Done));
}

void TestRequirementRules::documentedInformationItems()
{
    using State = DocumentedItem::State;
    IsmsFacts f = facts();
    std::vector<DocumentedItem> items = RequirementRules::documentedInformation(f);
    QCOMPARE(int(items.size()), 16);
    const QStringList clauses = {QStringLiteral("4.3"),   QStringLiteral("5.2"),      QStringLiteral("6.1.2"),
                                 QStringLiteral("6.1.3"), QStringLiteral("6.1.3 d)"), QStringLiteral("6.1.3 e)"),
                                 QStringLiteral("6.2"),   QStringLiteral("7.2 d)"),   QStringLiteral("7.5.1 b)"),
                                 QStringLiteral("8.1"),   QStringLiteral("8.2"),      QStringLiteral("8.3"),
                                 QStringLiteral("9.1"),   QStringLiteral("9.2.2"),    QStringLiteral("9.3.3"),
                                 QStringLiteral("10.2 f)")};
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(items[size_t(i)].number, i + 1);
        QCOMPARE(items[size_t(i)].clause, clauses.at(i));
        QVERIFY(!items[size_t(i)].title.isEmpty());
        QVERIFY(!items[size_t(i)].area.isEmpty());
    }
    // An empty file: what this version tracks is missing, the rest says so honestly.
    const QList<int> notTracked = {5, 6, 11, 12, 14, 16};
    for (const DocumentedItem &item : items)
        QCOMPARE(int(item.state), int(notTracked.contains(item.number) ? State::NotTracked : State::Missing));

    f.scopeStatement = true;
    f.documentsByClause[QStringLiteral("5.2")].references << QStringLiteral("DOC-001");
    f.documentsByClause[QStringLiteral("6.1.2")].references << QStringLiteral("DOC-003");
    f.documentsByClause[QStringLiteral("6.1.2")].current << QStringLiteral("DOC-003");
    f.documentsByClause[QStringLiteral("6.1.3")].references << QStringLiteral("DOC-004");
    f.objectives = 2;
    f.objectivesIncomplete = 1;
    f.competenceRecords = 2;
    f.documents = 3;
    f.metrics = 2;
    f.metricsWithValues = 2;
    f.measurements = 12;
    f.lastMeasurement = QDate(2026, 5, 31);
    f.reviewsHeld = 1;
    f.lastReview = QStringLiteral("MR-01");
    f.lastReviewDate = QDate(2026, 5, 14);
    f.lastReviewResults = 3;
    items = RequirementRules::documentedInformation(f);
    QCOMPARE(int(items[0].state), int(State::Present));
    QCOMPARE(int(items[1].state), int(State::Partial));  // in the register but not approved
    QVERIFY(items[1].detail.contains(QStringLiteral("DOC-001")));
    QCOMPARE(int(items[2].state), int(State::Present));
    QCOMPARE(items[2].detail, QStringLiteral("DOC-003"));
    QCOMPARE(int(items[3].state), int(State::Partial));
    QCOMPARE(int(items[4].state), int(State::NotTracked));
    QVERIFY2(items[4].detail.contains(QStringLiteral("The document register lists DOC-004.")), qPrintable(items[4].detail));
    QCOMPARE(int(items[6].state), int(State::Partial));
    QCOMPARE(int(items[7].state), int(State::Present));
    QCOMPARE(int(items[8].state), int(State::Present));
    QCOMPARE(int(items[9].state), int(State::Missing));
    QCOMPARE(int(items[12].state), int(State::Present));
    QVERIFY(items[12].detail.contains(QStringLiteral("2026-05-31")));
    QCOMPARE(int(items[14].state), int(State::Present));
    f.soa.available = true;
    f.soa.controls = 93;
    f.soa.decided = 93;
    f.soa.applicable = 90;
    f.soa.implemented = 80;
    // Decided but never approved: not yet the documented information 6.1.3 d) asks for.
    QCOMPARE(int(RequirementRules::documentedInformation(f)[4].state), int(State::Partial));
    f.soa.latestVersion = 1;
    QCOMPARE(int(RequirementRules::documentedInformation(f)[4].state), int(State::Present));
    f.soa.findings = 2;
    QCOMPARE(int(RequirementRules::documentedInformation(f)[4].state), int(State::Partial));
    f.soa.decided = 0;
    QCOMPARE(int(RequirementRules::documentedInformation(f)[4].state), int(State::Missing));
}

void TestRequirementRules::sampleChecklist()
{
    QTemporaryDir dir;
    auto sample = test::sampleDocument(dir);
    QVERIFY(sample);
    const IsmsFacts f = IsmsFacts::of(*sample, QDate(2026, 11, 28));
    QCOMPARE(f.issues, 8);
    QCOMPARE(f.climateDecision, QStringLiteral("yes"));
    QCOMPARE(f.documents, 17);
    QCOMPARE(f.documentsOverdue, 1);
    QCOMPARE(f.overdueDocuments, QStringList{QStringLiteral("DOC-007 Acceptable use policy")});
    QCOMPARE(f.lastReview, QStringLiteral("MR-01"));
    QCOMPARE(f.lastReviewInputsMinuted, 7);
    QCOMPARE(f.nextReview, QStringLiteral("MR-02"));
    const std::vector<RequirementAssessment> all = RequirementRules::assessAll(sample->catalog(), f);
    QCOMPARE(int(all.size()), 34);
    QHash<QString, Status> status;
    for (const RequirementAssessment &a : all)
        status.insert(a.clause, a.status);
    for (const char *done : {"4.1", "4.2", "4.3", "4.4", "5.2", "5.3", "6.2", "6.3", "7.2", "7.3", "7.4", "7.5.2", "9.1",
                             "9.3", "9.3.1", "9.3.2", "9.3.3", "10.1"})
        QVERIFY2(status.value(QString::fromLatin1(done)) == Status::Done, done);
    // One document is overdue for review, so document control is not done.
    QCOMPARE(int(status.value(QStringLiteral("7.5.3"))), int(Status::InProgress));
    QCOMPARE(int(status.value(QStringLiteral("7.5"))), int(Status::InProgress));
    // The risk register is part of this version: Rampart assesses 6.1.2 from it.
    QVERIFY(status.value(QStringLiteral("6.1.2")) != Status::Unknown);
    // A year later the review is too old and every metric has gone quiet.
    const IsmsFacts later = IsmsFacts::of(*sample, QDate(2027, 11, 28));
    QCOMPARE(int(RequirementRules::assess(QStringLiteral("9.3"), later).status), int(Status::InProgress));
    QCOMPARE(int(RequirementRules::assess(QStringLiteral("9.1"), later).status), int(Status::InProgress));

    // The user's own status on the checklist wins in the summary.
    const DocumentSummary before = DocumentSummary::of(*sample, QDate(2026, 11, 28));
    QCOMPARE(before.requirements, 34);
    QCOMPARE(before.requirementsDone + before.requirementsInProgress + before.requirementsNotStarted
                 + before.requirementsNotAssessed,
             34);
    RegisterStore *requirements = sample->registerStore(Entity::Requirement);
    qint64 row43 = 0;
    for (const RegisterStore::Row &row : requirements->rows()) {
        if (row.values.value(RequirementField::Clause).toString() == QLatin1String("4.3"))
            row43 = row.id;
    }
    QVERIFY(sample->setValue(Entity::Requirement, row43, RequirementField::Status, QStringLiteral("in_progress")));
    const DocumentSummary after = DocumentSummary::of(*sample, QDate(2026, 11, 28));
    QCOMPARE(after.requirementsDone, before.requirementsDone - 1);
    QCOMPARE(after.requirementsInProgress, before.requirementsInProgress + 1);
}

QTEST_GUILESS_MAIN(TestRequirementRules)
#include "testrequirementrules.moc"
