#include "areafigures.h"

#include "audits.h"
#include "domain/riskmethod.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskstore.h"
#include "document.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QCoreApplication>
#include "soa.h"
#include "soacompleteness.h"

namespace rampart {

// Each function reads one register's figures. A register this version does not carry
// answers available = false, and every screen says so plainly.

RiskFigures AreaFigures::risks(Document &document, const QDate &today)
{
    RiskFigures f;
    f.available = true;
    const RiskMethod &method = document.riskMethod();
    f.risks = document.risks().count();
    const std::vector<int> perLevel = document.risks().countsPerLevel(method);
    for (size_t level = 0; level < perLevel.size(); ++level) {
        if (int(level) > method.acceptanceLevel)
            f.aboveThreshold += perLevel[level];
    }
    f.overdueTreatmentActions = document.riskActions().overdueCount(today);
    const int treatmentActions = document.riskActions().count();
    f.assessmentRecorded = f.risks > 0;
    f.treatmentRecorded = treatmentActions > 0;
    const int acceptances = document.riskAcceptances().count();
    const int renewals = document.riskAcceptances().countNeedingRenewal(today);
    f.summary = QCoreApplication::translate("rampart::AreaFigures",
                                            "%1 risks in the register, %2 above the acceptance threshold; %3 "
                                            "treatment actions, %4 overdue; %5 acceptances of residual risk, %6 "
                                            "needing renewal.")
                    .arg(f.risks)
                    .arg(f.aboveThreshold)
                    .arg(treatmentActions)
                    .arg(f.overdueTreatmentActions)
                    .arg(acceptances)
                    .arg(renewals);
    return f;
}

SoaFigures AreaFigures::soa(Document &document, const QDate &today)
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
    // The same rules and risks as Soa::findings(), over the rows read above.
    f.findings = int(SoaCompleteness::check(entries, today, soa.relyingRisks(true)).size());
    // The number alone: the approved rows are not needed for it.
    const std::vector<SoaVersion> versions = soa.versions();
    if (!versions.empty())
        f.latestVersion = versions.back().number;
    return f;
}

AuditFigures AreaFigures::audits(Document &document, const QDate &today)
{
    AuditFigures f;
    f.available = true;
    if (const std::optional<Record> next = Audits::nextAudit(document, today))
        f.nextAudit = QDate::fromString(next->text(Audit::StartDate), Qt::ISODate);
    int conforming = 0, findings = 0, completed = 0;
    for (const Record &audit : document.audits().all()) {
        const QDate start = QDate::fromString(audit.text(Audit::StartDate), Qt::ISODate);
        if (!Audits::isCompleted(audit) || !start.isValid() || start < today.addYears(-1) || start > today)
            continue;
        ++completed;
        for (const Record &item : document.checklistItems().linkedTo(ChecklistItem::AuditLink, audit.id)) {
            const QString result = item.text(ChecklistItem::Result);
            conforming += result == QLatin1String("conforming") ? 1 : 0;
            findings += Audits::isFinding(result) ? 1 : 0;
        }
    }
    f.auditsInLastYear = completed;
    f.summary = completed == 0
        ? QCoreApplication::translate("rampart::AreaFigures", "No audit was completed in the last twelve months.")
        : QCoreApplication::translate("rampart::AreaFigures",
                                      "%n audit(s) completed in the last twelve months: %1 checklist items conforming, "
                                      "%2 nonconformities found.",
                                      nullptr, completed)
              .arg(conforming)
              .arg(findings);
    return f;
}

NonconformityFigures AreaFigures::nonconformities(Document &document, const QDate &today)
{
    NonconformityFigures f;
    f.available = true;
    int overdue = 0;
    for (const Record &nc : document.nonconformities().all()) {
        if (nc.text(Nonconformity::ClosedOn).isEmpty())
            ++f.open;
        const QDate raised = QDate::fromString(nc.text(Nonconformity::RaisedOn), Qt::ISODate);
        if (raised.isValid() && raised >= today.addYears(-1))
            ++f.raisedInLastYear;
    }
    for (const Record &action : document.correctiveActions().all())
        overdue += Audits::isOverdue(action, today) ? 1 : 0;
    f.summary = QCoreApplication::translate("rampart::AreaFigures",
                                            "%1 nonconformities raised in the last twelve months; %2 open; %3 "
                                            "corrective actions overdue.")
                    .arg(f.raisedInLastYear)
                    .arg(f.open)
                    .arg(overdue);
    return f;
}

} // namespace rampart
