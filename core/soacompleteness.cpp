#include "soacompleteness.h"

namespace rampart {

bool SoaCompleteness::applies(SoaFinding::Rule rule, const SoaEntry &e, const QDate &today, const QStringList &risks)
{
    const bool applicable = e.applicability == Applicability::Applicable;
    switch (rule) {
    case SoaFinding::NoDecision:
        return e.applicability == Applicability::Undecided;
    case SoaFinding::ExcludedWithoutJustification:
        return e.applicability == Applicability::NotApplicable && e.exclusionJustification.trimmed().isEmpty();
    case SoaFinding::ExcludedButReliedOn:
        return e.applicability == Applicability::NotApplicable && !risks.isEmpty();
    case SoaFinding::IncludedWithoutReason:
        return applicable && e.reasons == 0;
    case SoaFinding::ImplementedWithoutDescription:
        // Partly in place is in place too: the auditor asks how, either way.
        return (e.status == ImplementationStatus::Implemented || e.status == ImplementationStatus::Partial)
            && e.implementation.trimmed().isEmpty();
    case SoaFinding::OwnerMissing:
        return applicable && e.owner.trimmed().isEmpty();
    case SoaFinding::ReviewOverdue:
        // Undecided rows already have a finding of their own.
        return e.applicability != Applicability::Undecided
            && (!e.lastReviewed.isValid() || e.lastReviewed.addMonths(ReviewIntervalMonths) < today);
    case SoaFinding::RuleCount:
        break;
    }
    return false;
}

std::vector<SoaFinding> SoaCompleteness::check(const std::vector<SoaEntry> &entries, const QDate &today,
                                               const RelyingRisks &relyingRisks)
{
    std::vector<SoaFinding> findings;
    for (const SoaEntry &e : entries) {
        const QStringList risks = relyingRisks.value(e.id);
        for (int r = 0; r < SoaFinding::RuleCount; ++r) {
            const auto rule = SoaFinding::Rule(r);
            if (applies(rule, e, today, risks))
                findings.push_back({rule, e.id, e.controlRef, e.title, message(rule, e, risks)});
        }
    }
    return findings;
}

QString SoaCompleteness::ruleKey(SoaFinding::Rule rule)
{
    switch (rule) {
    case SoaFinding::NoDecision:
        return QStringLiteral("no_decision");
    case SoaFinding::ExcludedWithoutJustification:
        return QStringLiteral("excluded_without_justification");
    case SoaFinding::ExcludedButReliedOn:
        return QStringLiteral("excluded_but_relied_on");
    case SoaFinding::IncludedWithoutReason:
        return QStringLiteral("included_without_reason");
    case SoaFinding::ImplementedWithoutDescription:
        return QStringLiteral("implemented_without_description");
    case SoaFinding::OwnerMissing:
        return QStringLiteral("owner_missing");
    case SoaFinding::ReviewOverdue:
        return QStringLiteral("review_overdue");
    case SoaFinding::RuleCount:
        break;
    }
    return {};
}

QString SoaCompleteness::ruleLabel(SoaFinding::Rule rule)
{
    switch (rule) {
    case SoaFinding::NoDecision:
        return tr("No decision");
    case SoaFinding::ExcludedWithoutJustification:
        return tr("Excluded without justification");
    case SoaFinding::ExcludedButReliedOn:
        return tr("Excluded but relied on by risk treatment");
    case SoaFinding::IncludedWithoutReason:
        return tr("Included without a reason");
    case SoaFinding::ImplementedWithoutDescription:
        return tr("Implemented without a description");
    case SoaFinding::OwnerMissing:
        return tr("Owner missing");
    case SoaFinding::ReviewOverdue:
        return tr("Review overdue");
    case SoaFinding::RuleCount:
        break;
    }
    return {};
}

QString SoaCompleteness::message(SoaFinding::Rule rule, const SoaEntry &e, const QStringList &risks)
{
    switch (rule) {
    case SoaFinding::NoDecision:
        return tr("No decision yet on whether the control is applicable.");
    case SoaFinding::ExcludedWithoutJustification:
        return tr("Marked not applicable without a justification for the exclusion.");
    case SoaFinding::ExcludedButReliedOn:
        return tr("Excluded but relied on by risk treatment: %1.").arg(riskList(risks));
    case SoaFinding::IncludedWithoutReason:
        return tr("Applicable, but no reason for inclusion is ticked.");
    case SoaFinding::ImplementedWithoutDescription:
        return tr("%1, but nothing says how it is done here.").arg(statusLabel(e.status));
    case SoaFinding::OwnerMissing:
        return tr("Applicable, but nobody owns the control.");
    case SoaFinding::ReviewOverdue:
        return e.lastReviewed.isValid()
            ? tr("Last reviewed on %1, more than %2 months ago.")
                  .arg(e.lastReviewed.toString(Qt::ISODate))
                  .arg(ReviewIntervalMonths)
            : tr("Never reviewed.");
    case SoaFinding::RuleCount:
        break;
    }
    return {};
}

QString SoaCompleteness::riskList(const QStringList &references)
{
    constexpr int Shown = 10;
    if (references.size() <= Shown)
        return references.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(references.size() - Shown))
        .arg(references.mid(0, Shown).join(QStringLiteral(", ")));
}

} // namespace rampart
