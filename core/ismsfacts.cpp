#include "ismsfacts.h"

#include "document.h"
#include "domain/ismsregisters.h"
#include "stores/organisationstore.h"
#include "stores/registerstore.h"

namespace rampart {

namespace {

bool blank(const QVariant &value)
{
    return value.toString().trimmed().isEmpty();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool isOne(const QVariant &value, std::initializer_list<const char *> keys)
{
    const QString text = value.toString();
    for (const char *key : keys) {
        if (text == QLatin1String(key))
            return true;
    }
    return false;
}

} // namespace

IsmsFacts IsmsFacts::of(Document &document, const QDate &today)
{
    return of(document, today, document.organisation().read());
}

IsmsFacts IsmsFacts::of(Document &document, const QDate &today, const Organisation &organisation)
{
    IsmsFacts f;
    f.today = today;
    const auto rows = [&document](Entity entity) { return document.registerStore(entity)->rows(); };

    f.scopeStatement = !organisation.scopeStatement.trimmed().isEmpty();
    for (const ScopeExclusion &e : document.scopeExclusions().all()) {
        ++f.exclusions;
        f.exclusionsUnjustified += e.justification.trimmed().isEmpty() ? 1 : 0;
    }
    f.climateDecision = organisation.climateRelevant;
    f.climateReasoned = !organisation.climateReasoning.trimmed().isEmpty();
    f.issues = int(rows(Entity::Issue).size());
    for (const auto &row : rows(Entity::InterestedParty)) {
        ++f.parties;
        f.partiesUndecided += blank(row.values.value(PartyField::Addressed)) ? 1 : 0;
    }
    for (const auto &row : rows(Entity::IsmsProcess)) {
        ++f.processes;
        f.processesWithoutOwner += blank(row.values.value(ProcessField::Owner)) ? 1 : 0;
    }

    for (const auto &row : rows(Entity::IsmsDocument)) {
        const QVariantList &v = row.values;
        ++f.documents;
        const QString name = QStringLiteral("%1 %2").arg(v.value(DocumentField::Ref).toString(),
                                                         v.value(DocumentField::Title).toString());
        const QDate next = dateOf(v.value(DocumentField::NextReview));
        const bool overdue = next.isValid() && next < today;
        if (overdue) {
            ++f.documentsOverdue;
            f.overdueDocuments << name;
        } else if (next.isValid() && next <= today.addDays(30)) {
            ++f.documentsDueSoon;
        }
        const bool approved = !blank(v.value(DocumentField::ApprovedOn));
        f.documentsUnapproved += approved ? 0 : 1;
        f.documentsWithoutVersionOrOwner +=
            blank(v.value(DocumentField::Version)) || blank(v.value(DocumentField::Owner)) ? 1 : 0;
        f.documentsWithoutClassificationOrLocation +=
            blank(v.value(DocumentField::Classification)) || blank(v.value(DocumentField::Location)) ? 1 : 0;
        f.policies += v.value(DocumentField::Type).toString() == QLatin1String("policy") ? 1 : 0;
        const QString reference = v.value(DocumentField::Ref).toString();
        for (const QString &clause : v.value(DocumentField::Clauses).toStringList()) {
            DocumentState &state = f.documentsByClause[clause];
            state.references << reference;
            if (approved && !overdue)
                state.current << reference;
        }
    }

    for (const auto &row : rows(Entity::Role)) {
        ++f.roles;
        f.rolesIncomplete +=
            blank(row.values.value(RoleField::Person)) || blank(row.values.value(RoleField::Responsibilities)) ? 1 : 0;
    }

    for (const auto &row : rows(Entity::Objective)) {
        const QVariantList &v = row.values;
        ++f.objectives;
        f.objectivesIncomplete += blank(v.value(ObjectiveField::Measure)) || blank(v.value(ObjectiveField::Owner)) ? 1 : 0;
        const bool finished = isOne(v.value(ObjectiveField::Status), {"achieved", "missed"});
        f.objectivesAchieved += isOne(v.value(ObjectiveField::Status), {"achieved"}) ? 1 : 0;
        f.objectivesAtRisk += isOne(v.value(ObjectiveField::Status), {"at_risk"}) ? 1 : 0;
        const QDate due = dateOf(v.value(ObjectiveField::Due));
        f.objectivesOverdue += !finished && due.isValid() && due < today ? 1 : 0;
    }
    for (const auto &row : rows(Entity::PlannedChange)) {
        const QVariantList &v = row.values;
        ++f.changes;
        f.changesIncomplete += blank(v.value(ChangeField::Purpose)) || blank(v.value(ChangeField::Consequences))
                || blank(v.value(ChangeField::Resources)) || blank(v.value(ChangeField::Responsibilities))
            ? 1
            : 0;
    }

    for (const auto &row : rows(Entity::CompetenceRecord)) {
        const QVariantList &v = row.values;
        if (v.value(CompetenceField::Kind).toString() == QLatin1String("awareness")) {
            ++f.awarenessRecords;
        } else {
            ++f.competenceRecords;
            f.competenceWithoutEvidence += blank(v.value(CompetenceField::Evidence)) ? 1 : 0;
        }
    }
    for (const auto &row : rows(Entity::Communication)) {
        const QVariantList &v = row.values;
        ++f.communications;
        f.communicationsIncomplete += blank(v.value(CommunicationField::Timing))
                || blank(v.value(CommunicationField::Audience)) || blank(v.value(CommunicationField::Channel))
            ? 1
            : 0;
    }

    QHash<qint64, QDate> latestValue;
    for (const auto &row : rows(Entity::Measurement)) {
        ++f.measurements;
        const QDate date = dateOf(row.values.value(MeasurementField::MeasuredOn));
        const qint64 metric = row.values.value(MeasurementField::Metric).toLongLong();
        if (date.isValid() && (!latestValue.contains(metric) || latestValue.value(metric) < date))
            latestValue.insert(metric, date);
        else if (!latestValue.contains(metric))
            latestValue.insert(metric, QDate());
        if (date.isValid() && (!f.lastMeasurement.isValid() || date > f.lastMeasurement))
            f.lastMeasurement = date;
    }
    for (const auto &row : rows(Entity::Metric)) {
        ++f.metrics;
        if (!latestValue.contains(row.id))
            continue;
        ++f.metricsWithValues;
        const QDate latest = latestValue.value(row.id);
        f.metricsWithRecentValues += latest.isValid() && latest.addYears(1) >= today ? 1 : 0;
    }

    qint64 lastReviewId = 0;
    for (const auto &row : rows(Entity::ManagementReview)) {
        const QVariantList &v = row.values;
        const QDate date = dateOf(v.value(ReviewField::HeldOn));
        if (v.value(ReviewField::Status).toString() == QLatin1String("held")) {
            ++f.reviewsHeld;
            if (date.isValid() && (!f.lastReviewDate.isValid() || date >= f.lastReviewDate)) {
                f.lastReviewDate = date;
                f.lastReview = v.value(ReviewField::Ref).toString();
                lastReviewId = row.id;
                f.lastReviewInputsMinuted = 0;
                for (int input = ReviewField::InputA; input <= ReviewField::InputG; ++input)
                    f.lastReviewInputsMinuted += blank(v.value(input)) ? 0 : 1;
                f.lastReviewConcluded = !blank(v.value(ReviewField::Conclusions));
            }
        } else if (date.isValid() && date >= today && (!f.nextReviewDate.isValid() || date < f.nextReviewDate)) {
            f.nextReviewDate = date;
            f.nextReview = v.value(ReviewField::Ref).toString();
        }
    }
    for (const auto &row : rows(Entity::ReviewAction)) {
        const QVariantList &v = row.values;
        if (v.value(ActionField::Review).toLongLong() == lastReviewId)
            ++f.lastReviewResults;
        if (v.value(ActionField::Kind).toString() == QLatin1String("decision")
            || isOne(v.value(ActionField::Status), {"done", "cancelled"}))
            continue;
        ++f.openReviewActions;
        const QDate due = dateOf(v.value(ActionField::Due));
        f.overdueReviewActions += due.isValid() && due < today ? 1 : 0;
    }

    for (const auto &row : rows(Entity::Improvement)) {
        const QVariantList &v = row.values;
        ++f.improvements;
        f.improvementsOpen += isOne(v.value(ImprovementField::Status), {"open", "planned", "in_progress"}) ? 1 : 0;
        f.improvementsDecided += blank(v.value(ImprovementField::Decision)) ? 0 : 1;
    }

    f.risk = AreaFigures::risks(document, today);
    f.soa = AreaFigures::soa(document, today);
    f.audit = AreaFigures::audits(document, today);
    f.nonconformity = AreaFigures::nonconformities(document, today);
    return f;
}

} // namespace rampart
