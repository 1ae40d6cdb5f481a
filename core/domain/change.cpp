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
    }
    return QStringLiteral("unknown");
}

const std::vector<Entity> &allEntities()
{
    static const std::vector<Entity> entities = {Entity::Document, Entity::Organisation, Entity::ScopeExclusion};
    return entities;
}

} // namespace rampart
