#include "areafigures.h"

#include "document.h"
#include "soa.h"
#include "soacompleteness.h"
#include "soacomparison.h"

namespace rampart {

// Each function reads one register's figures. A register this version does not carry
// answers available = false, and every screen says so plainly.

RiskFigures AreaFigures::risks(Document &, const QDate &)
{
    return {};
}

SoaFigures AreaFigures::soa(Document &document)
{
    const Soa &soa = document.soa();
    SoaFigures f;
    f.available = true;
    const std::vector<SoaEntry> entries = soa.entries();
    f.controls = int(entries.size());
    for (const SoaEntry &e : entries) {
        f.decided += e.applicability != Applicability::Undecided ? 1 : 0;
        f.applicable += e.applicability == Applicability::Applicable ? 1 : 0;
        f.implemented += e.applicability == Applicability::Applicable && e.status == ImplementationStatus::Implemented
            ? 1
            : 0;
    }
    f.findings = int(SoaCompleteness::check(entries, QDate::currentDate()).size());
    if (const std::optional<SoaVersion> latest = soa.latestVersion()) {
        f.latestVersion = latest->number;
        f.changedSinceApproval = int(soa.changesSince(latest->id).size());
    }
    return f;
}

AuditFigures AreaFigures::audits(Document &, const QDate &)
{
    return {};
}

NonconformityFigures AreaFigures::nonconformities(Document &, const QDate &)
{
    return {};
}

} // namespace rampart
