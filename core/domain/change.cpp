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
    case Entity::SoaEntry:
        return QStringLiteral("soa_entry");
    case Entity::OwnControl:
        return QStringLiteral("own_control");
    case Entity::SoaVersion:
        return QStringLiteral("soa_version");
    }
    return QStringLiteral("unknown");
}

} // namespace rampart
