#include "fields.h"

#include "organisation.h"
#include "registerspec.h"

#include <QCoreApplication>

namespace rampart {

namespace {

struct Fields
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
};

} // namespace

QString entityLabel(Entity entity)
{
    switch (entity) {
    case Entity::Document:
        return Fields::tr("Document");
    case Entity::Organisation:
        return Fields::tr("Organisation");
    case Entity::ScopeExclusion:
        return Fields::tr("Scope exclusion");
    default:
        break;
    }
    if (const RegisterSpec *spec = registerSpec(entity))
        return spec->translatedLabel();
    return {};
}

QString fieldLabel(Entity entity, int field)
{
    switch (entity) {
    case Entity::Organisation:
        switch (Organisation::Field(field)) {
        case Organisation::Name:
            return Fields::tr("Organisation name");
        case Organisation::LegalName:
            return Fields::tr("Legal name");
        case Organisation::Sector:
            return Fields::tr("Sector");
        case Organisation::Headcount:
            return Fields::tr("Headcount");
        case Organisation::Locations:
            return Fields::tr("Locations");
        case Organisation::IsmsManager:
            return Fields::tr("ISMS manager");
        case Organisation::Description:
            return Fields::tr("What the organisation does");
        case Organisation::ScopeStatement:
            return Fields::tr("Scope statement");
        case Organisation::ScopeBoundaries:
            return Fields::tr("Boundaries");
        case Organisation::ScopeInterfaces:
            return Fields::tr("Interfaces and dependencies");
        case Organisation::ClimateRelevant:
            return Fields::tr("Climate change is a relevant issue");
        case Organisation::ClimateReasoning:
            return Fields::tr("Reasoning on climate change");
        case Organisation::FieldCount:
            break;
        }
        break;
    case Entity::ScopeExclusion:
        switch (ScopeExclusion::Field(field)) {
        case ScopeExclusion::Exclusion:
            return Fields::tr("Excluded from scope");
        case ScopeExclusion::Justification:
            return Fields::tr("Justification");
        case ScopeExclusion::FieldCount:
            break;
        }
        break;
    case Entity::Document:
        break;
    default:
        if (const RegisterSpec *spec = registerSpec(entity)) {
            if (field >= 0 && field < spec->fieldCount())
                return RegisterSpec::translatedFieldLabel(spec->field(field));
        }
        break;
    }
    return {};
}

} // namespace rampart
