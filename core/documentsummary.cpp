#include "documentsummary.h"

#include "document.h"
#include "soa.h"
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

    const Soa &soa = document.soa();
    const std::vector<SoaEntry> entries = soa.entries();
    s.soaEntries = int(entries.size());
    for (const SoaEntry &e : entries) {
        s.soaOwnControls += e.own ? 1 : 0;
        s.soaDecided += e.applicability != Applicability::Undecided ? 1 : 0;
        s.soaApplicable += e.applicability == Applicability::Applicable ? 1 : 0;
        s.soaExcluded += e.applicability == Applicability::NotApplicable ? 1 : 0;
        s.soaImplemented += e.status == ImplementationStatus::Implemented ? 1 : 0;
    }
    s.soaFindings = int(SoaCompleteness::check(entries, QDate::currentDate()).size());
    const std::vector<SoaVersion> versions = soa.versions();
    if (!versions.empty()) {
        s.soaLatestVersion = versions.back().number;
        s.soaLatestApprovedOn = versions.back().approvedOn.toString(Qt::ISODate);
        s.soaLatestApprover = versions.back().approver;
    }
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
        {QStringLiteral("soa"),
         QJsonObject{
             {QStringLiteral("controls"), soaEntries},
             {QStringLiteral("ownControls"), soaOwnControls},
             {QStringLiteral("decided"), soaDecided},
             {QStringLiteral("applicable"), soaApplicable},
             {QStringLiteral("excluded"), soaExcluded},
             {QStringLiteral("implemented"), soaImplemented},
             {QStringLiteral("completenessFindings"), soaFindings},
             {QStringLiteral("latestApprovedVersion"),
              soaLatestVersion > 0 ? QJsonValue(QJsonObject{{QStringLiteral("number"), soaLatestVersion},
                                                            {QStringLiteral("approvedOn"), soaLatestApprovedOn},
                                                            {QStringLiteral("approver"), soaLatestApprover}})
                                   : QJsonValue()},
         }},
        {QStringLiteral("changeLogEntries"), changeLogEntries},
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
    lines << tr("SoA:               %1 of %2 controls decided (%3 own); %4 applicable, %5 excluded, %6 implemented")
                 .arg(soaDecided)
                 .arg(soaEntries)
                 .arg(soaOwnControls)
                 .arg(soaApplicable)
                 .arg(soaExcluded)
                 .arg(soaImplemented);
    lines << tr("SoA completeness:  %n finding(s)", nullptr, soaFindings);
    lines << tr("SoA approved:      %1")
                 .arg(soaLatestVersion > 0
                          ? tr("version %1 on %2 by %3").arg(soaLatestVersion).arg(soaLatestApprovedOn, soaLatestApprover)
                          : tr("no version approved yet"));
    lines << tr("Change log:        %1 entries").arg(changeLogEntries);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rampart
