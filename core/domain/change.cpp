#include "change.h"

namespace rampart {

QString entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Document:
    case Entity::EntityCount:
        return QStringLiteral("document");
    case Entity::Organisation:
        return QStringLiteral("organisation");
    case Entity::ScopeExclusion:
        return QStringLiteral("scope_exclusion");
    case Entity::SoaEntry:
        return QStringLiteral("soa_entry");
    case Entity::OwnControl:
        return QStringLiteral("own_control");
    case Entity::SoaVersion:
        return QStringLiteral("soa_version");
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
    case Entity::AuditProgramme:
        return QStringLiteral("audit_programme");
    case Entity::Audit:
        return QStringLiteral("audit");
    case Entity::AuditArea:
        return QStringLiteral("audit_area");
    case Entity::AuditSession:
        return QStringLiteral("audit_session");
    case Entity::ChecklistItem:
        return QStringLiteral("checklist_item");
    case Entity::Nonconformity:
        return QStringLiteral("nonconformity");
    case Entity::CorrectiveAction:
        return QStringLiteral("corrective_action");
    case Entity::RiskMethod:
        return QStringLiteral("risk_method");
    case Entity::Asset:
        return QStringLiteral("asset");
    case Entity::Risk:
        return QStringLiteral("risk");
    case Entity::RiskAction:
        return QStringLiteral("risk_action");
    case Entity::RiskAcceptance:
        return QStringLiteral("risk_acceptance");
    }
    return QStringLiteral("unknown");
}

const std::vector<Entity> &allEntities()
{
    static const std::vector<Entity> entities = [] {
        std::vector<Entity> all;
        for (int e = 0; e < int(Entity::EntityCount); ++e)
            all.push_back(Entity(e));
        return all;
    }();
    return entities;
}

} // namespace rampart
