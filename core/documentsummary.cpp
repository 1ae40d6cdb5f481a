#include "documentsummary.h"

#include "document.h"
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
    lines << tr("Change log:        %1 entries").arg(changeLogEntries);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rampart
