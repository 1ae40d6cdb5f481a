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

} // namespace rampart
