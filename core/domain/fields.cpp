#include "fields.h"

#include "organisation.h"
#include "soa.h"

#include <QCoreApplication>

namespace rampart {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::Fields", text);
}

} // namespace

QString entityLabel(Entity entity)
{
    switch (entity) {
    case Entity::Document:
        return tr("Document");
    case Entity::Organisation:
        return tr("Organisation");
    case Entity::ScopeExclusion:
        return tr("Scope exclusion");
    case Entity::SoaEntry:
        return tr("SoA entry");
    case Entity::OwnControl:
        return tr("Own control");
    case Entity::SoaVersion:
        return tr("Approved SoA version");
    }
    return {};
}

QString fieldLabel(Entity entity, int field)
{
    switch (entity) {
    case Entity::Organisation:
        switch (Organisation::Field(field)) {
        case Organisation::Name:
            return tr("Organisation name");
        case Organisation::LegalName:
            return tr("Legal name");
        case Organisation::Sector:
            return tr("Sector");
        case Organisation::Headcount:
            return tr("Headcount");
        case Organisation::Locations:
            return tr("Locations");
        case Organisation::IsmsManager:
            return tr("ISMS manager");
        case Organisation::Description:
            return tr("What the organisation does");
        case Organisation::ScopeStatement:
            return tr("Scope statement");
        case Organisation::ScopeBoundaries:
            return tr("Boundaries");
        case Organisation::ScopeInterfaces:
            return tr("Interfaces and dependencies");
        case Organisation::FieldCount:
            break;
        }
        break;
    case Entity::ScopeExclusion:
        switch (ScopeExclusion::Field(field)) {
        case ScopeExclusion::Exclusion:
            return tr("Excluded from scope");
        case ScopeExclusion::Justification:
            return tr("Justification");
        case ScopeExclusion::FieldCount:
            break;
        }
        break;
    case Entity::SoaEntry:
        switch (SoaEntry::Field(field)) {
        case SoaEntry::ApplicabilityField:
            return tr("Applicability");
        case SoaEntry::Reasons:
            return tr("Reasons for inclusion");
        case SoaEntry::ReasonNarrative:
            return tr("Why it is included");
        case SoaEntry::ExclusionJustification:
            return tr("Justification for exclusion");
        case SoaEntry::Status:
            return tr("Implementation status");
        case SoaEntry::Implementation:
            return tr("How it is implemented");
        case SoaEntry::Owner:
            return tr("Control owner");
        case SoaEntry::TargetDate:
            return tr("Target date");
        case SoaEntry::References:
            return tr("Documents and evidence");
        case SoaEntry::LastReviewed:
            return tr("Last reviewed");
        case SoaEntry::FieldCount:
            break;
        }
        break;
    case Entity::OwnControl:
        switch (OwnControl::Field(field)) {
        case OwnControl::Title:
            return tr("Control title");
        case OwnControl::Reference:
            return tr("Control reference");
        case OwnControl::Theme:
            return tr("Theme");
        case OwnControl::Description:
            return tr("Control description");
        case OwnControl::FieldCount:
            break;
        }
        break;
    case Entity::SoaVersion:
        switch (SoaVersion::Field(field)) {
        case SoaVersion::Approver:
            return tr("Approved by");
        case SoaVersion::Number:
            return tr("Version");
        case SoaVersion::ApprovedOn:
            return tr("Approved on");
        case SoaVersion::Note:
            return tr("Note");
        case SoaVersion::FieldCount:
            break;
        }
        break;
    case Entity::Document:
        break;
    }
    return {};
}

} // namespace rampart
