#include "fields.h"

#include "audit.h"
#include "organisation.h"
#include "soa.h"
#include "registerspec.h"
#include "risk.h"

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
    case Entity::AuditProgramme:
        return Fields::tr("Audit programme");
    case Entity::Audit:
        return Fields::tr("Audit");
    case Entity::AuditArea:
        return Fields::tr("Audited area");
    case Entity::AuditSession:
        return Fields::tr("Agenda session");
    case Entity::ChecklistItem:
        return Fields::tr("Checklist item");
    case Entity::Nonconformity:
        return Fields::tr("Nonconformity");
    case Entity::CorrectiveAction:
        return Fields::tr("Corrective action");
    case Entity::RiskMethod:
        return Fields::tr("Risk method");
    case Entity::Asset:
        return Fields::tr("Asset");
    case Entity::Risk:
        return Fields::tr("Risk");
    case Entity::RiskAction:
        return Fields::tr("Treatment action");
    case Entity::RiskAcceptance:
        return Fields::tr("Risk acceptance");
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
    case Entity::AuditProgramme:
        switch (AuditProgramme::Field(field)) {
        case AuditProgramme::Title:
            return Fields::tr("Programme title");
        case AuditProgramme::PeriodStart:
            return Fields::tr("Period from");
        case AuditProgramme::PeriodEnd:
            return Fields::tr("Period to");
        case AuditProgramme::Objectives:
            return Fields::tr("Programme objectives");
        case AuditProgramme::Frequency:
            return Fields::tr("Frequency");
        case AuditProgramme::Methods:
            return Fields::tr("Methods");
        case AuditProgramme::Responsibilities:
            return Fields::tr("Responsibilities");
        case AuditProgramme::Planning:
            return Fields::tr("Planning requirements");
        case AuditProgramme::Reporting:
            return Fields::tr("Reporting");
        case AuditProgramme::ProcessImportance:
            return Fields::tr("Importance of processes");
        case AuditProgramme::PreviousResults:
            return Fields::tr("Results of previous audits");
        case AuditProgramme::FieldCount:
            break;
        }
        break;
    case Entity::Audit:
        switch (Audit::Field(field)) {
        case Audit::Programme:
            return Fields::tr("Programme");
        case Audit::Reference:
            return Fields::tr("Reference");
        case Audit::Title:
            return Fields::tr("Title");
        case Audit::Type:
            return Fields::tr("Type");
        case Audit::Status:
            return Fields::tr("Status");
        case Audit::StartDate:
            return Fields::tr("From");
        case Audit::EndDate:
            return Fields::tr("To");
        case Audit::Scope:
            return Fields::tr("Clauses and controls in scope");
        case Audit::Criteria:
            return Fields::tr("Audit criteria");
        case Audit::Objectives:
            return Fields::tr("Audit objectives");
        case Audit::LeadAuditor:
            return Fields::tr("Lead auditor");
        case Audit::Auditors:
            return Fields::tr("Auditors");
        case Audit::Auditees:
            return Fields::tr("Auditees");
        case Audit::Conclusion:
            return Fields::tr("Summary and conclusion");
        case Audit::FieldCount:
            break;
        }
        break;
    case Entity::AuditArea:
        switch (AuditArea::Field(field)) {
        case AuditArea::AuditLink:
            return Fields::tr("Audit");
        case AuditArea::Area:
            return Fields::tr("Area or process");
        case AuditArea::Owner:
            return Fields::tr("Owner");
        case AuditArea::FieldCount:
            break;
        }
        break;
    case Entity::AuditSession:
        switch (AuditSession::Field(field)) {
        case AuditSession::AuditLink:
            return Fields::tr("Audit");
        case AuditSession::Date:
            return Fields::tr("Date");
        case AuditSession::StartTime:
            return Fields::tr("From");
        case AuditSession::EndTime:
            return Fields::tr("To");
        case AuditSession::Topic:
            return Fields::tr("Topic");
        case AuditSession::People:
            return Fields::tr("People");
        case AuditSession::FieldCount:
            break;
        }
        break;
    case Entity::ChecklistItem:
        switch (ChecklistItem::Field(field)) {
        case ChecklistItem::AuditLink:
            return Fields::tr("Audit");
        case ChecklistItem::Number:
            return Fields::tr("Item");
        case ChecklistItem::Requirement:
            return Fields::tr("Clause/control");
        case ChecklistItem::Question:
            return Fields::tr("Question");
        case ChecklistItem::Result:
            return Fields::tr("Result");
        case ChecklistItem::Evidence:
            return Fields::tr("Evidence examined");
        case ChecklistItem::Notes:
            return Fields::tr("Notes");
        case ChecklistItem::Interviewed:
            return Fields::tr("Interviewed");
        case ChecklistItem::Revision:
            return Fields::tr("Revision");
        case ChecklistItem::FieldCount:
            break;
        }
        break;
    case Entity::Nonconformity:
        switch (Nonconformity::Field(field)) {
        case Nonconformity::Reference:
            return Fields::tr("Reference");
        case Nonconformity::Title:
            return Fields::tr("Title");
        case Nonconformity::Source:
            return Fields::tr("Source");
        case Nonconformity::Grade:
            return Fields::tr("Grade");
        case Nonconformity::RaisedOn:
            return Fields::tr("Raised on");
        case Nonconformity::RaisedBy:
            return Fields::tr("Raised by");
        case Nonconformity::AuditLink:
            return Fields::tr("Audit");
        case Nonconformity::ChecklistItemLink:
            return Fields::tr("Checklist item");
        case Nonconformity::Requirement:
            return Fields::tr("Clause/control");
        case Nonconformity::RequirementText:
            return Fields::tr("Requirement not met");
        case Nonconformity::Description:
            return Fields::tr("Description");
        case Nonconformity::Correction:
            return Fields::tr("Correction");
        case Nonconformity::RootCause:
            return Fields::tr("Root cause");
        case Nonconformity::VerifiedBy:
            return Fields::tr("Verified by");
        case Nonconformity::VerifiedOn:
            return Fields::tr("Verified on");
        case Nonconformity::VerificationResult:
            return Fields::tr("Effectiveness");
        case Nonconformity::VerificationNotes:
            return Fields::tr("Verification notes");
        case Nonconformity::ClosedOn:
            return Fields::tr("Closed on");
        case Nonconformity::FieldCount:
            break;
        }
        break;
    case Entity::CorrectiveAction:
        switch (CorrectiveAction::Field(field)) {
        case CorrectiveAction::NonconformityLink:
            return Fields::tr("Nonconformity");
        case CorrectiveAction::Action:
            return Fields::tr("Corrective action");
        case CorrectiveAction::Owner:
            return Fields::tr("Owner");
        case CorrectiveAction::DueDate:
            return Fields::tr("Due");
        case CorrectiveAction::Status:
            return Fields::tr("Status");
        case CorrectiveAction::CompletedOn:
            return Fields::tr("Completed on");
        case CorrectiveAction::FieldCount:
            break;
        }
        break;
    case Entity::RiskMethod:
        return Fields::tr("Risk method");
    case Entity::Asset:
        switch (Asset::Field(field)) {
        case Asset::Reference:
            return Fields::tr("Reference");
        case Asset::Name:
            return Fields::tr("Name");
        case Asset::Type:
            return Fields::tr("Type");
        case Asset::Owner:
            return Fields::tr("Owner");
        case Asset::Location:
            return Fields::tr("Location");
        case Asset::Confidentiality:
            return Fields::tr("Confidentiality");
        case Asset::Integrity:
            return Fields::tr("Integrity");
        case Asset::Availability:
            return Fields::tr("Availability");
        case Asset::Description:
            return Fields::tr("Description");
        case Asset::FieldCount:
            break;
        }
        break;
    case Entity::Risk:
        switch (Risk::Field(field)) {
        case Risk::Reference:
            return Fields::tr("Reference");
        case Risk::Title:
            return Fields::tr("Title");
        case Risk::Description:
            return Fields::tr("Scenario");
        case Risk::Assets:
            return Fields::tr("Assets");
        case Risk::Threat:
            return Fields::tr("Threat");
        case Risk::Vulnerability:
            return Fields::tr("Vulnerability");
        case Risk::Category:
            return Fields::tr("Category");
        case Risk::Properties:
            return Fields::tr("Affects");
        case Risk::Owner:
            return Fields::tr("Risk owner");
        case Risk::ExistingControls:
            return Fields::tr("Existing controls");
        case Risk::InherentLikelihood:
            return Fields::tr("Likelihood");
        case Risk::InherentImpact:
            return Fields::tr("Impact");
        case Risk::Treatment:
            return Fields::tr("Treatment");
        case Risk::PlannedControls:
            return Fields::tr("Planned controls");
        case Risk::ResidualLikelihood:
            return Fields::tr("Residual likelihood");
        case Risk::ResidualImpact:
            return Fields::tr("Residual impact");
        case Risk::Status:
            return Fields::tr("Status");
        case Risk::IdentifiedOn:
            return Fields::tr("Identified");
        case Risk::LastReview:
            return Fields::tr("Last review");
        case Risk::NextReview:
            return Fields::tr("Next review");
        case Risk::Notes:
            return Fields::tr("Notes");
        case Risk::FieldCount:
            break;
        }
        break;
    case Entity::RiskAction:
        switch (RiskAction::Field(field)) {
        case RiskAction::RiskId:
            return Fields::tr("Risk");
        case RiskAction::Title:
            return Fields::tr("Action");
        case RiskAction::Owner:
            return Fields::tr("Owner");
        case RiskAction::DueOn:
            return Fields::tr("Due");
        case RiskAction::Status:
            return Fields::tr("Status");
        case RiskAction::Effort:
            return Fields::tr("Cost or effort");
        case RiskAction::CompletedOn:
            return Fields::tr("Completed");
        case RiskAction::FieldCount:
            break;
        }
        break;
    case Entity::RiskAcceptance:
        switch (RiskAcceptance::Field(field)) {
        case RiskAcceptance::RiskId:
            return Fields::tr("Risk");
        case RiskAcceptance::AcceptedBy:
            return Fields::tr("Accepted by");
        case RiskAcceptance::AcceptedOn:
            return Fields::tr("Accepted on");
        case RiskAcceptance::ExpiresOn:
            return Fields::tr("Expires");
        case RiskAcceptance::Justification:
            return Fields::tr("Justification");
        case RiskAcceptance::FieldCount:
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
