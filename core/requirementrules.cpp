#include "requirementrules.h"

#include "catalog/catalog.h"

#include <QHash>

#include <functional>

namespace rampart {

namespace {

using Status = RequirementStatus;

RequirementAssessment prefilled(Status status, const QString &from, const QStringList &areas)
{
    return {{}, status, RequirementRules::tr("Pre-filled by Rampart from %1.").arg(from), areas};
}

RequirementAssessment nothingYet(const QString &what, const QStringList &areas)
{
    return {{}, Status::NotStarted, RequirementRules::tr("Pre-filled by Rampart: %1.").arg(what), areas};
}

// Rampart cannot judge the clause from the records it keeps: say so, and name the
// documents that claim to serve it.
RequirementAssessment cannotTell(const IsmsFacts &f, const QString &clause, const QString &why,
                                 const QStringList &areas = {})
{
    QString basis = why;
    const QStringList documents = f.documentsServing(clause);
    if (!documents.isEmpty())
        basis += QLatin1Char(' ') + RequirementRules::tr("Documents serving %1: %2.").arg(clause, documents.join(QStringLiteral(", ")));
    return {{}, Status::Unknown, basis, areas};
}

QString yourCall()
{
    return RequirementRules::tr("Rampart cannot see this in the records it keeps: set the status yourself.");
}

RequirementAssessment contextIssues(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("context.issues")};
    const bool decided = !f.climateDecision.isEmpty() && f.climateReasoned;
    if (f.issues == 0 && f.climateDecision.isEmpty())
        return nothingYet(RequirementRules::tr("no issues and no decision on climate change recorded yet"), areas);
    if (f.issues == 0)
        return prefilled(Status::InProgress, RequirementRules::tr("the climate change decision; no issues are recorded yet"), areas);
    if (!decided)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%n issue(s); the decision whether climate change is a relevant issue (Amd 1:2024) is "
                               "missing or has no reasoning",
                               nullptr, f.issues),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n issue(s) and the reasoned decision that climate change is %1", nullptr, f.issues)
                         .arg(f.climateDecision == QLatin1String("yes") ? RequirementRules::tr("relevant") : RequirementRules::tr("not relevant")),
                     areas);
}

RequirementAssessment interestedParties(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("context.parties")};
    if (f.parties == 0)
        return nothingYet(RequirementRules::tr("no interested parties recorded yet"), areas);
    if (f.partiesUndecided > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 interested parties, %2 of them without the decision whether the ISMS addresses "
                               "their requirements (4.2 c)")
                             .arg(f.parties)
                             .arg(f.partiesUndecided),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n interested part(ies), each with the decision whether the ISMS addresses their "
                           "requirements",
                           nullptr, f.parties),
                     areas);
}

RequirementAssessment scope(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("context.scope")};
    if (!f.scopeStatement && f.exclusions == 0)
        return nothingYet(RequirementRules::tr("no scope statement written yet"), areas);
    if (!f.scopeStatement)
        return prefilled(Status::InProgress, RequirementRules::tr("the scope exclusions; the scope statement is missing"), areas);
    if (f.exclusionsUnjustified > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("the scope statement; %n exclusion(s) without justification", nullptr,
                               f.exclusionsUnjustified),
                         areas);
    return prefilled(Status::Done,
                     f.exclusions == 0 ? RequirementRules::tr("the scope statement, with nothing excluded")
                                       : RequirementRules::tr("the scope statement and %n justified exclusion(s)", nullptr, f.exclusions),
                     areas);
}

RequirementAssessment processes(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("context.processes")};
    if (f.processes == 0)
        return nothingYet(RequirementRules::tr("no ISMS processes recorded yet"), areas);
    if (f.processesWithoutOwner > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 ISMS processes, %2 of them without an owner").arg(f.processes).arg(f.processesWithoutOwner),
                         areas);
    return prefilled(Status::Done, RequirementRules::tr("%n ISMS process(es), each with an owner", nullptr, f.processes), areas);
}

RequirementAssessment policy(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.register")};
    const IsmsFacts::DocumentState state = f.documentsByClause.value(QStringLiteral("5.2"));
    if (!state.current.isEmpty())
        return prefilled(Status::Done,
                         RequirementRules::tr("%1 in the document register: serves 5.2, approved and within its review date")
                             .arg(state.current.join(QStringLiteral(", "))),
                         areas);
    if (!state.references.isEmpty())
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 in the document register, which serves 5.2 but has no approval date or is "
                               "overdue for review")
                             .arg(state.references.join(QStringLiteral(", "))),
                         areas);
    if (f.policies > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%n polic(ies) in the document register, none marked as serving clause 5.2", nullptr,
                               f.policies),
                         areas);
    return nothingYet(RequirementRules::tr("no information security policy in the document register yet"), areas);
}

RequirementAssessment roles(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("context.roles")};
    if (f.roles == 0)
        return nothingYet(RequirementRules::tr("no roles recorded yet"), areas);
    if (f.rolesIncomplete > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 roles, %2 of them without a person or responsibilities").arg(f.roles).arg(f.rolesIncomplete),
                         areas);
    return prefilled(Status::Done, RequirementRules::tr("%n role(s), each held by someone with responsibilities", nullptr, f.roles),
                     areas);
}

RequirementAssessment risk(const IsmsFacts &f, const QString &clause)
{
    const QStringList areas{QStringLiteral("risks")};
    if (!f.risk.available)
        return cannotTell(f, clause, RequirementRules::tr("The risk register is not part of this version of Rampart yet."), areas);
    if (f.risk.risks == 0)
        return nothingYet(RequirementRules::tr("no risks assessed yet"), areas);
    const bool treated = f.risk.treatmentRecorded && f.risk.overdueTreatmentActions == 0;
    return prefilled(treated ? Status::Done : Status::InProgress,
                     RequirementRules::tr("%n assessed risk(s), %1 above the acceptance threshold, %2 overdue treatment action(s)",
                           nullptr, f.risk.risks)
                         .arg(f.risk.aboveThreshold)
                         .arg(f.risk.overdueTreatmentActions),
                     areas);
}

RequirementAssessment objectives(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("objectives.objectives")};
    if (f.objectives == 0)
        return nothingYet(RequirementRules::tr("no information security objectives recorded yet"), areas);
    if (f.objectivesIncomplete > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 objectives, %2 of them without a measure or an owner")
                             .arg(f.objectives)
                             .arg(f.objectivesIncomplete),
                         areas);
    return prefilled(Status::Done, RequirementRules::tr("%n objective(s), each with a measure and an owner", nullptr, f.objectives),
                     areas);
}

RequirementAssessment changes(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("objectives.changes")};
    if (f.changes == 0)
        return cannotTell(f, QStringLiteral("6.3"),
                          RequirementRules::tr("No planned changes are recorded. Clause 6.3 applies when the ISMS changes: record "
                                "each change there."),
                          areas);
    if (f.changesIncomplete > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 planned changes, %2 of them without purpose, consequences, resources or "
                               "responsibilities")
                             .arg(f.changes)
                             .arg(f.changesIncomplete),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n planned change(s) with purpose, consequences, resources and responsibilities", nullptr,
                           f.changes),
                     areas);
}

RequirementAssessment competence(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.competence")};
    if (f.competenceRecords == 0)
        return nothingYet(RequirementRules::tr("no competence records yet"), areas);
    if (f.competenceWithoutEvidence > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 competence records, %2 of them without evidence")
                             .arg(f.competenceRecords)
                             .arg(f.competenceWithoutEvidence),
                         areas);
    return prefilled(Status::Done, RequirementRules::tr("%n competence record(s) with evidence", nullptr, f.competenceRecords), areas);
}

RequirementAssessment awareness(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.competence")};
    if (f.awarenessRecords == 0)
        return nothingYet(RequirementRules::tr("no awareness records yet"), areas);
    return prefilled(Status::Done, RequirementRules::tr("%n awareness record(s)", nullptr, f.awarenessRecords), areas);
}

RequirementAssessment communication(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.communication")};
    if (f.communications == 0)
        return nothingYet(RequirementRules::tr("no communication plan yet"), areas);
    if (f.communicationsIncomplete > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 planned communications, %2 of them without when, with whom or how")
                             .arg(f.communications)
                             .arg(f.communicationsIncomplete),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n planned communication(s) with what, when, with whom and how", nullptr, f.communications),
                     areas);
}

RequirementAssessment documentsGeneral(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.register")};
    if (f.documents == 0)
        return nothingYet(RequirementRules::tr("no documents in the register yet"), areas);
    int missing = 0;
    for (const DocumentedItem &item : RequirementRules::documentedInformation(f))
        missing += item.state == DocumentedItem::State::Missing || item.state == DocumentedItem::State::Partial ? 1 : 0;
    if (missing > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%n document(s) in the register; %1 item(s) of the documented information the "
                               "standard requires are missing or incomplete",
                               nullptr, f.documents)
                             .arg(missing),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n document(s) in the register and every required item Rampart tracks present", nullptr,
                           f.documents),
                     areas);
}

RequirementAssessment documentsUpdating(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.register")};
    if (f.documents == 0)
        return nothingYet(RequirementRules::tr("no documents in the register yet"), areas);
    const int gaps = qMax(f.documentsUnapproved, f.documentsWithoutVersionOrOwner);
    if (gaps > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("the document register: %1 without an approval date, %2 without a version or owner")
                             .arg(f.documentsUnapproved)
                             .arg(f.documentsWithoutVersionOrOwner),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("the document register: all %n document(s) with version, owner and approval date", nullptr,
                           f.documents),
                     areas);
}

RequirementAssessment documentsControl(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("documents.register")};
    if (f.documents == 0)
        return nothingYet(RequirementRules::tr("no documents in the register yet"), areas);
    if (f.documentsOverdue > 0 || f.documentsWithoutClassificationOrLocation > 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("the document register: %1 overdue for review, %2 without classification or location")
                             .arg(f.documentsOverdue)
                             .arg(f.documentsWithoutClassificationOrLocation),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("the document register: all %n document(s) classified, located and within their review "
                           "date",
                           nullptr, f.documents),
                     areas);
}

RequirementAssessment documentsOverall(const IsmsFacts &f)
{
    const RequirementAssessment parts[] = {documentsGeneral(f), documentsUpdating(f), documentsControl(f)};
    const QStringList areas{QStringLiteral("documents.register")};
    if (f.documents == 0)
        return nothingYet(RequirementRules::tr("no documents in the register yet"), areas);
    for (const RequirementAssessment &part : parts) {
        if (part.status != Status::Done)
            return prefilled(Status::InProgress, RequirementRules::tr("7.5.1 to 7.5.3, not all of which are met yet"), areas);
    }
    return prefilled(Status::Done, RequirementRules::tr("7.5.1 to 7.5.3, all met"), areas);
}

RequirementAssessment monitoring(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("objectives.measurements")};
    if (f.metrics == 0)
        return nothingYet(RequirementRules::tr("no metrics defined yet"), areas);
    if (f.metricsWithRecentValues < f.metrics)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 metrics, %2 of them without a value in the last 12 months")
                             .arg(f.metrics)
                             .arg(f.metrics - f.metricsWithRecentValues),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n metric(s), each with values from the last 12 months (%1 values in all)", nullptr,
                           f.metrics)
                         .arg(f.measurements),
                     areas);
}

RequirementAssessment audit(const IsmsFacts &f, const QString &clause)
{
    const QStringList areas{QStringLiteral("audits")};
    if (!f.audit.available)
        return cannotTell(f, clause, RequirementRules::tr("Internal audits are not part of this version of Rampart yet."), areas);
    if (f.audit.auditsInLastYear == 0)
        return nothingYet(RequirementRules::tr("no internal audit in the last 12 months"), areas);
    return prefilled(Status::Done, RequirementRules::tr("%n internal audit(s) in the last 12 months", nullptr, f.audit.auditsInLastYear),
                     areas);
}

RequirementAssessment review(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("review")};
    if (f.reviewsHeld == 0)
        return nothingYet(RequirementRules::tr("no management review held yet"), areas);
    if (!f.reviewHeldWithinYear())
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 of %2, which is more than 12 months ago")
                             .arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate)),
                         areas);
    if (f.lastReviewInputsMinuted < 7)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%1 of %2, with %3 of the seven inputs a) to g) minuted")
                             .arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate))
                             .arg(f.lastReviewInputsMinuted),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%1 of %2: held in the last 12 months with all seven inputs minuted")
                         .arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate)),
                     areas);
}

RequirementAssessment reviewGeneral(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("review")};
    if (f.reviewsHeld == 0)
        return nothingYet(RequirementRules::tr("no management review held yet"), areas);
    return prefilled(f.reviewHeldWithinYear() ? Status::Done : Status::InProgress,
                     RequirementRules::tr("the latest review, %1 of %2").arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate)),
                     areas);
}

RequirementAssessment reviewInputs(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("review")};
    if (f.reviewsHeld == 0)
        return nothingYet(RequirementRules::tr("no management review held yet"), areas);
    return prefilled(f.lastReviewInputsMinuted == 7 ? Status::Done : Status::InProgress,
                     RequirementRules::tr("%1: %2 of the seven inputs a) to g) minuted").arg(f.lastReview).arg(f.lastReviewInputsMinuted),
                     areas);
}

RequirementAssessment reviewResults(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("review")};
    if (f.reviewsHeld == 0)
        return nothingYet(RequirementRules::tr("no management review held yet"), areas);
    if (f.lastReviewResults == 0 && !f.lastReviewConcluded)
        return prefilled(Status::InProgress, RequirementRules::tr("%1, which has no conclusions, decisions or actions recorded").arg(f.lastReview),
                         areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%1: conclusions and %n decision(s) or action(s) recorded", nullptr, f.lastReviewResults)
                         .arg(f.lastReview),
                     areas);
}

RequirementAssessment improvement(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("improvement")};
    if (f.improvements == 0)
        return nothingYet(RequirementRules::tr("no entries in the improvement log yet"), areas);
    if (f.improvementsDecided == 0)
        return prefilled(Status::InProgress,
                         RequirementRules::tr("%n improvement log entr(ies), none decided yet", nullptr, f.improvements), areas);
    return prefilled(Status::Done,
                     RequirementRules::tr("%n improvement log entr(ies), %1 of them decided", nullptr, f.improvements)
                         .arg(f.improvementsDecided),
                     areas);
}

RequirementAssessment nonconformity(const IsmsFacts &f)
{
    const QStringList areas{QStringLiteral("improvement")};
    if (!f.nonconformity.available)
        return cannotTell(f, QStringLiteral("10.2"),
                          RequirementRules::tr("Nonconformities and corrective actions are not part of this version of Rampart yet."),
                          areas);
    // Nothing recorded yet says nothing about how nonconformities are handled.
    if (f.nonconformity.open == 0 && f.nonconformity.raisedInLastYear == 0)
        return prefilled(Status::NotStarted,
                         RequirementRules::tr("No nonconformity recorded in the last 12 months"), areas);
    return prefilled(f.nonconformity.open == 0 ? Status::Done : Status::InProgress,
                     RequirementRules::tr("%n open nonconformit(ies)", nullptr, f.nonconformity.open), areas);
}

using Rule = std::function<RequirementAssessment(const IsmsFacts &)>;

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> table = {
        {QStringLiteral("4.1"), contextIssues},
        {QStringLiteral("4.2"), interestedParties},
        {QStringLiteral("4.3"), scope},
        {QStringLiteral("4.4"), processes},
        {QStringLiteral("5.2"), policy},
        {QStringLiteral("5.3"), roles},
        {QStringLiteral("6.1"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("6.1")); }},
        {QStringLiteral("6.1.1"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("6.1.1")); }},
        {QStringLiteral("6.1.2"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("6.1.2")); }},
        {QStringLiteral("6.1.3"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("6.1.3")); }},
        {QStringLiteral("6.2"), objectives},
        {QStringLiteral("6.3"), changes},
        {QStringLiteral("7.2"), competence},
        {QStringLiteral("7.3"), awareness},
        {QStringLiteral("7.4"), communication},
        {QStringLiteral("7.5"), documentsOverall},
        {QStringLiteral("7.5.1"), documentsGeneral},
        {QStringLiteral("7.5.2"), documentsUpdating},
        {QStringLiteral("7.5.3"), documentsControl},
        {QStringLiteral("8.2"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("8.2")); }},
        {QStringLiteral("8.3"), [](const IsmsFacts &f) { return risk(f, QStringLiteral("8.3")); }},
        {QStringLiteral("9.1"), monitoring},
        {QStringLiteral("9.2"), [](const IsmsFacts &f) { return audit(f, QStringLiteral("9.2")); }},
        {QStringLiteral("9.2.1"), [](const IsmsFacts &f) { return audit(f, QStringLiteral("9.2.1")); }},
        {QStringLiteral("9.2.2"), [](const IsmsFacts &f) { return audit(f, QStringLiteral("9.2.2")); }},
        {QStringLiteral("9.3"), review},
        {QStringLiteral("9.3.1"), reviewGeneral},
        {QStringLiteral("9.3.2"), reviewInputs},
        {QStringLiteral("9.3.3"), reviewResults},
        {QStringLiteral("10.1"), improvement},
        {QStringLiteral("10.2"), nonconformity},
    };
    return table;
}

DocumentedItem item(int number, const char *clause, const QString &title, DocumentedItem::State state,
                    const QString &detail, const char *area)
{
    return {number, QString::fromLatin1(clause), title, state, detail, QString::fromLatin1(area)};
}

// A document in the register that serves the clause: present if it is approved and
// within its review date, partly there if not.
DocumentedItem fromRegister(const IsmsFacts &f, int number, const char *clause, const QString &title)
{
    const IsmsFacts::DocumentState state = f.documentsByClause.value(QString::fromLatin1(clause));
    if (!state.current.isEmpty())
        return item(number, clause, title, DocumentedItem::State::Present, state.current.join(QStringLiteral(", ")),
                    "documents.register");
    if (!state.references.isEmpty())
        return item(number, clause, title, DocumentedItem::State::Partial,
                    RequirementRules::tr("%1: not approved or overdue for review").arg(state.references.join(QStringLiteral(", "))),
                    "documents.register");
    return item(number, clause, title, DocumentedItem::State::Missing,
                RequirementRules::tr("No document in the register serves clause %1.").arg(QString::fromLatin1(clause)),
                "documents.register");
}

DocumentedItem notTracked(const IsmsFacts &f, int number, const char *clause, const QString &title, const QString &why,
                          const char *area)
{
    QString detail = why;
    const QStringList documents = f.documentsServing(QString::fromLatin1(clause).section(QLatin1Char(' '), 0, 0));
    if (!documents.isEmpty())
        detail += QLatin1Char(' ') + RequirementRules::tr("The document register lists %1.").arg(documents.join(QStringLiteral(", ")));
    return item(number, clause, title, DocumentedItem::State::NotTracked, detail, area);
}

} // namespace

RequirementAssessment RequirementRules::assess(const QString &clause, const IsmsFacts &facts)
{
    const auto rule = rules().constFind(clause);
    RequirementAssessment assessment = rule != rules().constEnd() ? (*rule)(facts) : cannotTell(facts, clause, yourCall());
    assessment.clause = clause;
    return assessment;
}

std::vector<RequirementAssessment> RequirementRules::assessAll(const Catalog &catalog, const IsmsFacts &facts)
{
    std::vector<RequirementAssessment> all;
    for (const CatalogClause &clause : catalog.clauses) {
        if (clause.level >= 2)
            all.push_back(assess(clause.code, facts));
    }
    return all;
}

std::vector<DocumentedItem> RequirementRules::documentedInformation(const IsmsFacts &f)
{
    using State = DocumentedItem::State;
    std::vector<DocumentedItem> items;
    items.push_back(item(1, "4.3", tr("The ISMS scope"), f.scopeStatement ? State::Present : State::Missing,
                         f.scopeStatement ? tr("Scope statement written; %n exclusion(s).", nullptr, f.exclusions)
                                          : tr("No scope statement yet."),
                         "context.scope"));
    items.push_back(fromRegister(f, 2, "5.2", tr("The information security policy")));
    items.push_back(fromRegister(f, 3, "6.1.2", tr("The risk assessment process")));
    items.push_back(fromRegister(f, 4, "6.1.3", tr("The risk treatment process")));
    items.push_back(f.soa.available
                        ? item(5, "6.1.3 d)", tr("The Statement of Applicability"),
                               f.soa.decided == 0 ? State::Missing
                               : f.soa.decided < f.soa.controls || f.soa.latestVersion == 0 || f.soa.findings > 0
                                   ? State::Partial
                                   : State::Present,
                               (f.soa.latestVersion > 0 ? tr("Version %1 approved; ").arg(f.soa.latestVersion)
                                                        : tr("Not approved yet; "))
                                   + tr("%1 of %2 controls decided, %3 applicable, %4 implemented, %n open point(s).",
                                        nullptr, f.soa.findings)
                                         .arg(f.soa.decided)
                                         .arg(f.soa.controls)
                                         .arg(f.soa.applicable)
                                         .arg(f.soa.implemented),
                               "soa")
                        : notTracked(f, 5, "6.1.3 d)", tr("The Statement of Applicability"),
                                     tr("The Statement of Applicability comes with its own area of Rampart."), "soa"));
    items.push_back(f.risk.available
                        ? item(6, "6.1.3 e)", tr("The risk treatment plan, approved by the risk owners"),
                               f.risk.treatmentRecorded ? State::Present : State::Missing,
                               tr("%n overdue treatment action(s)", nullptr, f.risk.overdueTreatmentActions), "risks")
                        : notTracked(f, 6, "6.1.3 e)", tr("The risk treatment plan, approved by the risk owners"),
                                     tr("The risk register comes with its own area of Rampart."),
                                     "risks"));
    items.push_back(item(7, "6.2", tr("The information security objectives"),
                         f.objectives == 0             ? State::Missing
                             : f.objectivesIncomplete > 0 ? State::Partial
                                                          : State::Present,
                         f.objectives == 0 ? tr("No objectives yet.")
                                           : tr("%n objective(s), %1 without a measure or owner", nullptr, f.objectives)
                                                 .arg(f.objectivesIncomplete),
                         "objectives.objectives"));
    items.push_back(item(8, "7.2 d)", tr("Evidence of competence"),
                         f.competenceRecords == 0            ? State::Missing
                             : f.competenceWithoutEvidence > 0 ? State::Partial
                                                               : State::Present,
                         f.competenceRecords == 0 ? tr("No competence records yet.")
                                                  : tr("%n competence record(s), %1 without evidence", nullptr,
                                                       f.competenceRecords)
                                                        .arg(f.competenceWithoutEvidence),
                         "documents.competence"));
    items.push_back(item(9, "7.5.1 b)", tr("Documented information the organisation itself decided it needs"),
                         f.documents > 0 ? State::Present : State::Missing,
                         f.documents > 0 ? tr("%n document(s) in the register", nullptr, f.documents)
                                         : tr("The document register is empty."),
                         "documents.register"));
    items.push_back(fromRegister(f, 10, "8.1", tr("Evidence that processes ran as planned")));
    items.push_back(f.risk.available
                        ? item(11, "8.2", tr("Results of the risk assessments"),
                               f.risk.assessmentRecorded ? State::Present : State::Missing,
                               tr("%n risk(s) assessed", nullptr, f.risk.risks), "risks")
                        : notTracked(f, 11, "8.2", tr("Results of the risk assessments"),
                                     tr("The risk register comes with its own area of Rampart."),
                                     "risks"));
    items.push_back(f.risk.available
                        ? item(12, "8.3", tr("Results of the risk treatment"),
                               f.risk.treatmentRecorded ? State::Present : State::Missing, f.risk.summary, "risks")
                        : notTracked(f, 12, "8.3", tr("Results of the risk treatment"),
                                     tr("The risk register comes with its own area of Rampart."),
                                     "risks"));
    items.push_back(item(13, "9.1", tr("Results of monitoring and measurement"),
                         f.measurements == 0                  ? State::Missing
                             : f.metricsWithValues < f.metrics ? State::Partial
                                                               : State::Present,
                         f.metrics == 0 ? tr("No metrics defined yet.")
                                        : tr("%1 metrics, %2 recorded values, the latest of %3")
                                              .arg(f.metrics)
                                              .arg(f.measurements)
                                              .arg(f.lastMeasurement.isValid() ? f.lastMeasurement.toString(Qt::ISODate)
                                                                               : tr("none")),
                         "objectives.measurements"));
    items.push_back(f.audit.available
                        ? item(14, "9.2.2", tr("Evidence of the audit programme and the audit results"),
                               f.audit.auditsInLastYear > 0 ? State::Present : State::Missing, f.audit.summary, "audits")
                        : notTracked(f, 14, "9.2.2", tr("Evidence of the audit programme and the audit results"),
                                     tr("Internal audits come with their own area of Rampart."),
                                     "audits"));
    items.push_back(item(15, "9.3.3", tr("Results of management reviews"),
                         f.reviewsHeld == 0                                       ? State::Missing
                             : f.lastReviewResults == 0 && !f.lastReviewConcluded ? State::Partial
                                                                                  : State::Present,
                         f.reviewsHeld == 0 ? tr("No management review held yet.")
                                            : tr("%1 of %2 with %n decision(s) and action(s)", nullptr, f.lastReviewResults)
                                                  .arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate)),
                         "review"));
    // As for 10.2 itself: an empty register is no evidence of how nonconformities are
    // handled, so it is not "present".
    const bool nonconformitiesRecorded = f.nonconformity.open > 0 || f.nonconformity.raisedInLastYear > 0;
    items.push_back(f.nonconformity.available
                        ? item(16, "10.2 f)", tr("Nonconformities, the actions taken and their results"),
                               nonconformitiesRecorded ? State::Present : State::Missing,
                               nonconformitiesRecorded ? f.nonconformity.summary
                                                       : tr("No nonconformity recorded in the last 12 months."),
                               "improvement")
                        : notTracked(f, 16, "10.2 f)", tr("Nonconformities, the actions taken and their results"),
                                     tr("Nonconformities come with the improvement area of Rampart."),
                                     "improvement"));
    return items;
}

RequirementStatus RequirementRules::effectiveStatus(const QString &userStatus, const RequirementAssessment &assessment)
{
    const RequirementStatus own = statusFromKey(userStatus);
    return own != RequirementStatus::Unknown ? own : assessment.status;
}

RequirementStatus RequirementRules::statusFromKey(const QString &key)
{
    if (key == QLatin1String("not_started"))
        return RequirementStatus::NotStarted;
    if (key == QLatin1String("in_progress"))
        return RequirementStatus::InProgress;
    if (key == QLatin1String("done"))
        return RequirementStatus::Done;
    return RequirementStatus::Unknown;
}

QString RequirementRules::statusKey(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted:
        return QStringLiteral("not_started");
    case RequirementStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequirementStatus::Done:
        return QStringLiteral("done");
    case RequirementStatus::Unknown:
        break;
    }
    return {};
}

QString RequirementRules::statusLabel(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted:
        return tr("Not started");
    case RequirementStatus::InProgress:
        return tr("In progress");
    case RequirementStatus::Done:
        return tr("Done");
    case RequirementStatus::Unknown:
        break;
    }
    return tr("Not assessed");
}

QString RequirementRules::stateLabel(DocumentedItem::State state)
{
    switch (state) {
    case DocumentedItem::State::Present:
        return tr("Present");
    case DocumentedItem::State::Partial:
        return tr("Incomplete");
    case DocumentedItem::State::Missing:
        return tr("Missing");
    case DocumentedItem::State::NotTracked:
        return tr("Not tracked in this version yet");
    }
    return {};
}

} // namespace rampart
