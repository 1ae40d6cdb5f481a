#include "fields.h"

#include "organisation.h"
#include "soa.h"
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
    case Entity::EntityCount:
        return Fields::tr("Document");
    case Entity::Organisation:
        return Fields::tr("Organisation");
    case Entity::ScopeExclusion:
        return Fields::tr("Scope exclusion");
    case Entity::SoaEntry:
        return Fields::tr("SoA entry");
    case Entity::OwnControl:
        return Fields::tr("Own control");
    case Entity::SoaVersion:
        return Fields::tr("Approved SoA version");
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
    case Entity::SoaEntry:
        switch (SoaEntry::Field(field)) {
        case SoaEntry::ApplicabilityField:
            return Fields::tr("Applicability");
        case SoaEntry::Reasons:
            return Fields::tr("Reasons for inclusion");
        case SoaEntry::ReasonNarrative:
            return Fields::tr("Why it is included");
        case SoaEntry::ExclusionJustification:
            return Fields::tr("Justification for exclusion");
        case SoaEntry::Status:
            return Fields::tr("Implementation status");
        case SoaEntry::Implementation:
            return Fields::tr("How it is implemented");
        case SoaEntry::Owner:
            return Fields::tr("Control owner");
        case SoaEntry::TargetDate:
            return Fields::tr("Target date");
        case SoaEntry::References:
            return Fields::tr("Documents and evidence");
        case SoaEntry::LastReviewed:
            return Fields::tr("Last reviewed");
        case SoaEntry::FieldCount:
            break;
        }
        break;
    case Entity::OwnControl:
        switch (OwnControl::Field(field)) {
        case OwnControl::Title:
            return Fields::tr("Control title");
        case OwnControl::Reference:
            return Fields::tr("Control reference");
        case OwnControl::Theme:
            return Fields::tr("Theme");
        case OwnControl::Description:
            return Fields::tr("Control description");
        case OwnControl::FieldCount:
            break;
        }
        break;
    case Entity::SoaVersion:
        switch (SoaVersion::Field(field)) {
        case SoaVersion::Approver:
            return Fields::tr("Approved by");
        case SoaVersion::Number:
            return Fields::tr("Version");
        case SoaVersion::ApprovedOn:
            return Fields::tr("Approved on");
        case SoaVersion::Note:
            return Fields::tr("Note");
        case SoaVersion::FieldCount:
            break;
        }
        break;
    case Entity::Document:
    case Entity::EntityCount:
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
