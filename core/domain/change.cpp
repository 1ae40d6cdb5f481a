#include "change.h"

namespace rampart {

QString entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Document:
        return QStringLiteral("document");
    case Entity::Organisation:
        return QStringLiteral("organisation");
    case Entity::ScopeExclusion:
        return QStringLiteral("scope_exclusion");
    case Entity::Issue:
        return QStringLiteral("issue");
    case Entity::InterestedParty:
        return QStringLiteral("interested_party");
    case Entity::IsmsProcess:
        return QStringLiteral("isms_process");
    case Entity::Role:
        return QStringLiteral("role");
    case Entity::IsmsDocument:
        return QStringLiteral("isms_document");
    case Entity::Objective:
        return QStringLiteral("objective");
    case Entity::Metric:
        return QStringLiteral("metric");
    case Entity::Measurement:
        return QStringLiteral("measurement");
    case Entity::PlannedChange:
        return QStringLiteral("planned_change");
    case Entity::CompetenceRecord:
        return QStringLiteral("competence_record");
    case Entity::Communication:
        return QStringLiteral("communication");
    case Entity::ManagementReview:
        return QStringLiteral("management_review");
    case Entity::ReviewAction:
        return QStringLiteral("review_action");
    case Entity::Improvement:
        return QStringLiteral("improvement");
    case Entity::Requirement:
        return QStringLiteral("requirement");
    }
    return QStringLiteral("unknown");
}

const std::vector<Entity> &allEntities()
{
    static const std::vector<Entity> entities = {
        Entity::Document,        Entity::Organisation,  Entity::ScopeExclusion,   Entity::Issue,
        Entity::InterestedParty, Entity::IsmsProcess,   Entity::Role,             Entity::IsmsDocument,
        Entity::Objective,       Entity::Metric,        Entity::Measurement,      Entity::PlannedChange,
        Entity::CompetenceRecord, Entity::Communication, Entity::ManagementReview, Entity::ReviewAction,
        Entity::Improvement,     Entity::Requirement,
    };
    return entities;
}

} // namespace rampart
