#include "documentsummary.h"

#include "audits.h"
#include "document.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"

#include <QJsonArray>

namespace rampart {

DocumentSummary DocumentSummary::of(Document &document)
{
    DocumentSummary s;
    s.path = document.path();
    s.schemaVersion = document.schemaVersion();
    s.readOnly = document.isReadOnly();
    s.readOnlyReason = document.readOnlyReason();
    const Catalog &catalog = document.catalog();
    s.catalogStandard = catalog.standard;
    s.catalogRevision = catalog.revision;
    s.createdAt = document.meta().value(MetaStore::createdAtKey());
    s.createdWith = document.meta().value(MetaStore::createdWithKey());
    const Organisation organisation = document.organisation().read();
    s.organisation = organisation.name;
    s.clauses = int(catalog.clauses.size());
    s.controls = int(catalog.controls.size());
    for (const CatalogTheme &theme : catalog.themes) {
        int count = 0;
        for (const CatalogControl &control : catalog.controls)
            count += control.themeCode == theme.code ? 1 : 0;
        s.controlsPerTheme.emplace_back(theme.name, count);
    }
    s.scopeStatementPresent = !organisation.scopeStatement.trimmed().isEmpty();
    const std::vector<ScopeExclusion> exclusions = document.scopeExclusions().all();
    s.scopeExclusions = int(exclusions.size());
    for (const ScopeExclusion &e : exclusions)
        s.exclusionsWithoutJustification += e.justification.trimmed().isEmpty() ? 1 : 0;
    s.changeLogEntries = document.changeLog().count();

    const QDate today = QDate::currentDate();
    if (const qint64 programme = Audits::currentProgramme(document, today)) {
        const Coverage coverage = Audits::coverage(document, programme);
        s.programme = coverage.programme->text(AuditProgramme::Title);
        s.programmePeriod = tr("%1 to %2").arg(coverage.programme->text(AuditProgramme::PeriodStart),
                                               coverage.programme->text(AuditProgramme::PeriodEnd));
        for (const Record &audit : coverage.audits)
            ++(Audits::isCompleted(audit) ? s.auditsDone : s.auditsPlanned);
        s.coveragePercent = coverage.coveredPercent();
        s.auditedPercent = coverage.auditedPercent();
        s.notCovered = coverage.required - coverage.covered;
    }
    if (const std::optional<Record> next = Audits::nextAudit(document, today)) {
        s.nextAuditReference = next->text(Audit::Reference);
        s.nextAuditDate = next->text(Audit::StartDate);
    }
    for (const Record &nc : document.nonconformities().all()) {
        ++s.nonconformities;
        if (nc.text(Nonconformity::ClosedOn).isEmpty())
            ++s.openNonconformities;
    }
    for (const Record &action : document.correctiveActions().all())
        s.overdueActions += Audits::isOverdue(action, today) ? 1 : 0;
    return s;
}

QJsonObject DocumentSummary::toJson() const
{
    QJsonObject themes;
    for (const auto &[name, count] : controlsPerTheme)
        themes.insert(name, count);
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("readOnly"), readOnly},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("createdWith"), createdWith},
        {QStringLiteral("catalog"),
         QJsonObject{
             {QStringLiteral("standard"), catalogStandard},
             {QStringLiteral("revision"), catalogRevision},
             {QStringLiteral("clauses"), clauses},
             {QStringLiteral("controls"), controls},
             {QStringLiteral("controlsPerTheme"), themes},
         }},
        {QStringLiteral("scope"),
         QJsonObject{
             {QStringLiteral("statementPresent"), scopeStatementPresent},
             {QStringLiteral("exclusions"), scopeExclusions},
             {QStringLiteral("exclusionsWithoutJustification"), exclusionsWithoutJustification},
         }},
        {QStringLiteral("changeLogEntries"), changeLogEntries},
        {QStringLiteral("audits"),
         QJsonObject{
             {QStringLiteral("programme"), programme.isEmpty() ? QJsonValue() : QJsonValue(programme)},
             {QStringLiteral("done"), auditsDone},
             {QStringLiteral("planned"), auditsPlanned},
             {QStringLiteral("coveragePercent"), coveragePercent},
             {QStringLiteral("auditedPercent"), auditedPercent},
             {QStringLiteral("notCovered"), notCovered},
             {QStringLiteral("nextAudit"), nextAuditReference.isEmpty() ? QJsonValue() : QJsonValue(nextAuditReference)},
             {QStringLiteral("nextAuditDate"), nextAuditDate.isEmpty() ? QJsonValue() : QJsonValue(nextAuditDate)},
         }},
        {QStringLiteral("nonconformities"),
         QJsonObject{
             {QStringLiteral("total"), nonconformities},
             {QStringLiteral("open"), openNonconformities},
             {QStringLiteral("overdueActions"), overdueActions},
         }},
    };
}

QString DocumentSummary::toText() const
{
    QStringList themeParts;
    for (const auto &[name, count] : controlsPerTheme)
        themeParts << QStringLiteral("%1 %2").arg(count).arg(name);
    QStringList lines;
    lines << tr("File:              %1").arg(path);
    lines << tr("File format:       %1%2").arg(schemaVersion).arg(readOnly ? tr(" (read-only: %1)").arg(readOnlyReason)
                                                                          : QString());
    lines << tr("Organisation:      %1").arg(organisation.isEmpty() ? tr("(not named)") : organisation);
    lines << tr("Created:           %1 with %2").arg(createdAt, createdWith);
    lines << tr("Catalog:           %1 (revision %2)").arg(catalogStandard).arg(catalogRevision);
    lines << tr("Clauses:           %1").arg(clauses);
    lines << tr("Annex A controls:  %1 (%2)").arg(controls).arg(themeParts.join(QStringLiteral(", ")));
    lines << tr("Scope statement:   %1").arg(scopeStatementPresent ? tr("written") : tr("missing"));
    lines << tr("Scope exclusions:  %1 (%2 without justification)")
                 .arg(scopeExclusions)
                 .arg(exclusionsWithoutJustification);
    if (programme.isEmpty()) {
        lines << tr("Audit programme:   none");
    } else {
        lines << tr("Audit programme:   %1 (%2)").arg(programme, programmePeriod);
        lines << tr("Internal audits:   %1 done, %2 planned; coverage %3% planned, %4% audited (%5 not covered)")
                     .arg(auditsDone)
                     .arg(auditsPlanned)
                     .arg(coveragePercent)
                     .arg(auditedPercent)
                     .arg(notCovered);
    }
    lines << tr("Next audit:        %1").arg(nextAuditReference.isEmpty()
                                                  ? tr("none planned")
                                                  : tr("%1 on %2").arg(nextAuditReference, nextAuditDate));
    lines << tr("Nonconformities:   %1 open of %2, %3 overdue corrective action(s)")
                 .arg(openNonconformities)
                 .arg(nonconformities)
                 .arg(overdueActions);
    lines << tr("Change log:        %1 entries").arg(changeLogEntries);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rampart
