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

} // namespace rampart
