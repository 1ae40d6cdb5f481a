#include "fields.h"

#include "organisation.h"
#include "risk.h"

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
    case Entity::RiskMethod:
        return tr("Risk method");
    case Entity::Asset:
        return tr("Asset");
    case Entity::Risk:
        return tr("Risk");
    case Entity::RiskAction:
        return tr("Treatment action");
    case Entity::RiskAcceptance:
        return tr("Risk acceptance");
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
    case Entity::RiskMethod:
        return tr("Risk method");
    case Entity::Asset:
        switch (Asset::Field(field)) {
        case Asset::Reference:
            return tr("Reference");
        case Asset::Name:
            return tr("Name");
        case Asset::Type:
            return tr("Type");
        case Asset::Owner:
            return tr("Owner");
        case Asset::Location:
            return tr("Location");
        case Asset::Confidentiality:
            return tr("Confidentiality");
        case Asset::Integrity:
            return tr("Integrity");
        case Asset::Availability:
            return tr("Availability");
        case Asset::Description:
            return tr("Description");
        case Asset::FieldCount:
            break;
        }
        break;
    case Entity::Risk:
        switch (Risk::Field(field)) {
        case Risk::Reference:
            return tr("Reference");
        case Risk::Title:
            return tr("Title");
        case Risk::Description:
            return tr("Scenario");
        case Risk::Assets:
            return tr("Assets");
        case Risk::Threat:
            return tr("Threat");
        case Risk::Vulnerability:
            return tr("Vulnerability");
        case Risk::Category:
            return tr("Category");
        case Risk::Properties:
            return tr("Affects");
        case Risk::Owner:
            return tr("Risk owner");
        case Risk::ExistingControls:
            return tr("Existing controls");
        case Risk::InherentLikelihood:
            return tr("Likelihood");
        case Risk::InherentImpact:
            return tr("Impact");
        case Risk::Treatment:
            return tr("Treatment");
        case Risk::PlannedControls:
            return tr("Planned controls");
        case Risk::ResidualLikelihood:
            return tr("Residual likelihood");
        case Risk::ResidualImpact:
            return tr("Residual impact");
        case Risk::Status:
            return tr("Status");
        case Risk::IdentifiedOn:
            return tr("Identified");
        case Risk::LastReview:
            return tr("Last review");
        case Risk::NextReview:
            return tr("Next review");
        case Risk::Notes:
            return tr("Notes");
        case Risk::FieldCount:
            break;
        }
        break;
    case Entity::RiskAction:
        switch (RiskAction::Field(field)) {
        case RiskAction::RiskId:
            return tr("Risk");
        case RiskAction::Title:
            return tr("Action");
        case RiskAction::Owner:
            return tr("Owner");
        case RiskAction::DueOn:
            return tr("Due");
        case RiskAction::Status:
            return tr("Status");
        case RiskAction::Effort:
            return tr("Cost or effort");
        case RiskAction::CompletedOn:
            return tr("Completed");
        case RiskAction::FieldCount:
            break;
        }
        break;
    case Entity::RiskAcceptance:
        switch (RiskAcceptance::Field(field)) {
        case RiskAcceptance::RiskId:
            return tr("Risk");
        case RiskAcceptance::AcceptedBy:
            return tr("Accepted by");
        case RiskAcceptance::AcceptedOn:
            return tr("Accepted on");
        case RiskAcceptance::ExpiresOn:
            return tr("Expires");
        case RiskAcceptance::Justification:
            return tr("Justification");
        case RiskAcceptance::FieldCount:
            break;
        }
        break;
    case Entity::Document:
        break;
    }
    return {};
}

} // namespace rampart
