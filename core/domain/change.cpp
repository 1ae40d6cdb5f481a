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
    }
    return QStringLiteral("unknown");
}

const std::vector<Entity> &allEntities()
{
    static const std::vector<Entity> entities = {
        Entity::Document,      Entity::Organisation, Entity::ScopeExclusion, Entity::AuditProgramme,
        Entity::Audit,         Entity::AuditArea,    Entity::AuditSession,   Entity::ChecklistItem,
        Entity::Nonconformity, Entity::CorrectiveAction,
    };
    return entities;
}

} // namespace rampart
