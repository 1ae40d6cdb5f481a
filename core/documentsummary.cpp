#include "documentsummary.h"

#include "document.h"
#include "clock.h"
#include "stores/assetstore.h"
#include "stores/changelogstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskstore.h"
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

    const RiskMethod &method = document.riskMethod();
    s.riskMethod = method.summary();
    s.assets = document.assets().count();
    s.risks = document.risks().count();
    const std::vector<int> perLevel = document.risks().countsPerLevel(method);
    int rated = 0;
    for (size_t level = 0; level < method.levels.size(); ++level) {
        const int count = level < perLevel.size() ? perLevel[level] : 0;
        s.risksPerLevel.emplace_back(method.levels[level].name, count);
        rated += count;
        if (int(level) > method.acceptanceLevel)
            s.risksAboveThreshold += count;
    }
    s.risksNotRated = s.risks - rated;
    s.treatmentActions = document.riskActions().count();
    s.overdueActions = document.riskActions().overdueCount(today());
    s.acceptances = document.riskAcceptances().count();
    s.acceptancesNeedingRenewal = document.riskAcceptances().countNeedingRenewal(today());
    return s;
}

QJsonObject DocumentSummary::toJson() const
{
    QJsonObject themes;
    for (const auto &[name, count] : controlsPerTheme)
        themes.insert(name, count);
    // A list, not an object: the levels' order is their rank.
    QJsonArray levels;
    for (const auto &[name, count] : risksPerLevel)
        levels.append(QJsonObject{{QStringLiteral("level"), name}, {QStringLiteral("risks"), count}});
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
        {QStringLiteral("risk"),
         QJsonObject{
             {QStringLiteral("method"), riskMethod},
             {QStringLiteral("assets"), assets},
             {QStringLiteral("risks"), risks},
             {QStringLiteral("risksPerLevel"), levels},
             {QStringLiteral("risksNotRated"), risksNotRated},
             {QStringLiteral("risksAboveThreshold"), risksAboveThreshold},
             {QStringLiteral("treatmentActions"), treatmentActions},
             {QStringLiteral("overdueActions"), overdueActions},
             {QStringLiteral("acceptances"), acceptances},
             {QStringLiteral("acceptancesNeedingRenewal"), acceptancesNeedingRenewal},
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
    QStringList levelParts;
    for (const auto &[name, count] : risksPerLevel)
        levelParts << QStringLiteral("%1 %2").arg(count).arg(name);
    if (risksNotRated > 0)
        levelParts << tr("%1 not rated").arg(risksNotRated);
    lines << tr("Risk method:       %1").arg(riskMethod);
    lines << tr("Assets:            %1").arg(assets);
    lines << tr("Risks:             %1 (%2)").arg(risks).arg(levelParts.join(QStringLiteral(", ")));
    lines << tr("Above threshold:   %1 risks").arg(risksAboveThreshold);
    lines << tr("Treatment plan:    %1 actions, %2 overdue").arg(treatmentActions).arg(overdueActions);
    lines << tr("Acceptances:       %1, %2 needing renewal").arg(acceptances).arg(acceptancesNeedingRenewal);
    lines << tr("Change log:        %1 entries").arg(changeLogEntries);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rampart
