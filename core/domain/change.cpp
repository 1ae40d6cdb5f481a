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
