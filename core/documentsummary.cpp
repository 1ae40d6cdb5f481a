#include "documentsummary.h"

#include "audits.h"
#include "document.h"
#include "soa.h"
#include "domain/ismsregisters.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"
#include "clock.h"
#include "stores/assetstore.h"
#include "stores/changelogstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"
#include "stores/registerstore.h"
#include "storage/database.h"

#include <QJsonArray>

namespace rampart {

namespace {

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString stateKey(DocumentedItem::State state)
{
    switch (state) {
    case DocumentedItem::State::Present:
        return QStringLiteral("present");
    case DocumentedItem::State::Partial:
        return QStringLiteral("incomplete");
    case DocumentedItem::State::Missing:
        return QStringLiteral("missing");
    case DocumentedItem::State::NotTracked:
        return QStringLiteral("notTracked");
    }
    return {};
}

} // namespace

DocumentSummary DocumentSummary::of(Document &document, const QDate &today)
{
    // Its figures come from one state of the file, read under one lock.
    const ReadSnapshot snapshot(document.database());
    DocumentSummary s;
    fillOverview(document, today, &s);
    s.createdAt = document.meta().value(MetaStore::createdAtKey());
    s.createdWith = document.meta().value(MetaStore::createdWithKey());
    const Catalog &catalog = document.catalogOutline();
    for (const CatalogTheme &theme : catalog.themes) {
        int count = 0;
        for (const CatalogControl &control : catalog.controls)
            count += control.themeCode == theme.code ? 1 : 0;
        s.controlsPerTheme.emplace_back(theme.name, count);
    }
    // The facts read the organisation and the exclusions already, by the same rules.
    s.scopeStatementPresent = s.isms.scopeStatement;
    s.scopeExclusions = s.isms.exclusions;
    s.exclusionsWithoutJustification = s.isms.exclusionsUnjustified;

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
    s.soaFindings = s.isms.soa.findings;
    const std::vector<SoaVersion> versions = soa.versions();
    if (!versions.empty()) {
        s.soaLatestVersion = versions.back().number;
        s.soaLatestApprovedOn = versions.back().approvedOn.toString(Qt::ISODate);
        s.soaLatestApprover = versions.back().approver;
    }
    for (const RegisterSpec *spec : registerSpecs()) {
        if (!spec->fixedRows)
            s.registerCounts.emplace_back(spec->entity, document.registerStore(spec->entity)->count());
    }
    if (const qint64 programme = Audits::currentProgramme(document, today)) {
        const Coverage coverage = Audits::coverage(document, programme, entries);
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
    fillRiskRegister(document, today, &s);
    return s;
}

DocumentSummary DocumentSummary::overviewOf(Document &document, const QDate &today)
{
    // Its figures come from one state of the file, read under one lock.
    const ReadSnapshot snapshot(document.database());
    DocumentSummary s;
    fillOverview(document, today, &s);
    return s;
}

void DocumentSummary::fillOverview(Document &document, const QDate &today, DocumentSummary *out)
{
    DocumentSummary &s = *out;
    s.path = document.path();
    s.schemaVersion = document.schemaVersion();
    s.readOnly = document.isReadOnly();
    s.readOnlyReason = document.readOnlyReason();
    const Catalog &catalog = document.catalogOutline();
    s.catalogStandard = catalog.standard;
    s.catalogRevision = catalog.revision;
    const Organisation organisation = document.organisation().read();
    s.organisation = organisation.name;
    s.scopeStatement = organisation.scopeStatement.trimmed();
    s.clauses = int(catalog.clauses.size());
    s.controls = int(catalog.controls.size());
    s.changeLogEntries = document.changeLog().count();
    s.isms = IsmsFacts::of(document, today, organisation);
    s.documentedInformation = RequirementRules::documentedInformation(s.isms);
    QHash<QString, QString> ownStatus;
    for (const RegisterStore::Row &row : document.registerStore(Entity::Requirement)->rows())
        ownStatus.insert(row.values.value(RequirementField::Clause).toString(),
                         row.values.value(RequirementField::Status).toString());
    for (const RequirementAssessment &assessment : RequirementRules::assessAll(catalog, s.isms)) {
        ++s.requirements;
        switch (RequirementRules::effectiveStatus(ownStatus.value(assessment.clause), assessment)) {
        case RequirementStatus::Done:
            ++s.requirementsDone;
            break;
        case RequirementStatus::InProgress:
            ++s.requirementsInProgress;
            break;
        case RequirementStatus::NotStarted:
            ++s.requirementsNotStarted;
            break;
        case RequirementStatus::Unknown:
            ++s.requirementsNotAssessed;
            break;
        }
    }
}

DocumentSummary DocumentSummary::riskRegisterOf(Document &document, const QDate &today)
{
    // Its figures come from one state of the file, read under one lock.
    const ReadSnapshot snapshot(document.database());
    DocumentSummary s;
    fillRiskRegister(document, today, &s);
    return s;
}

void DocumentSummary::fillRiskRegister(Document &document, const QDate &today, DocumentSummary *out)
{
    DocumentSummary &s = *out;
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
    s.overdueTreatmentActions = document.riskActions().overdueCount(today);
    s.acceptances = document.riskAcceptances().count();
    s.acceptancesNeedingRenewal = document.riskAcceptances().countNeedingRenewal(today);
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
        {QStringLiteral("risk"),
         QJsonObject{
             {QStringLiteral("method"), riskMethod},
             {QStringLiteral("assets"), assets},
             {QStringLiteral("risks"), risks},
             {QStringLiteral("risksPerLevel"), levels},
             {QStringLiteral("risksNotRated"), risksNotRated},
             {QStringLiteral("risksAboveThreshold"), risksAboveThreshold},
             {QStringLiteral("treatmentActions"), treatmentActions},
             {QStringLiteral("overdueActions"), overdueTreatmentActions},
             {QStringLiteral("acceptances"), acceptances},
             {QStringLiteral("acceptancesNeedingRenewal"), acceptancesNeedingRenewal},
         }},
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
        {QStringLiteral("isms"), ismsJson()},
    };
}

QJsonObject DocumentSummary::ismsJson() const
{
    const IsmsFacts &f = isms;
    QJsonObject records;
    for (const auto &[entity, count] : registerCounts)
        records.insert(entityKey(entity), count);
    QJsonArray documented;
    for (const DocumentedItem &item : documentedInformation)
        documented.append(QJsonObject{{QStringLiteral("number"), item.number},
                                      {QStringLiteral("clause"), item.clause},
                                      {QStringLiteral("title"), item.title},
                                      {QStringLiteral("state"), stateKey(item.state)},
                                      {QStringLiteral("detail"), item.detail}});
    // Figures of registers this file does not have yet are null, never a made-up 0.
    const auto figure = [](bool available, int value) { return available ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("asOf"), isoOrEmpty(f.today)},
        {QStringLiteral("climateChangeRelevant"), f.climateDecision.isEmpty() ? QJsonValue() : QJsonValue(f.climateDecision)},
        {QStringLiteral("records"), records},
        {QStringLiteral("documentedInformation"), documented},
        {QStringLiteral("requirements"),
         QJsonObject{{QStringLiteral("total"), requirements},
                     {QStringLiteral("done"), requirementsDone},
                     {QStringLiteral("inProgress"), requirementsInProgress},
                     {QStringLiteral("notStarted"), requirementsNotStarted},
                     {QStringLiteral("notAssessed"), requirementsNotAssessed}}},
        {QStringLiteral("documents"),
         QJsonObject{{QStringLiteral("total"), f.documents},
                     {QStringLiteral("overdueForReview"), f.documentsOverdue},
                     {QStringLiteral("dueForReviewWithin30Days"), f.documentsDueSoon},
                     {QStringLiteral("overdue"), QJsonArray::fromStringList(f.overdueDocuments)}}},
        {QStringLiteral("objectives"),
         QJsonObject{{QStringLiteral("total"), f.objectives},
                     {QStringLiteral("atRisk"), f.objectivesAtRisk},
                     {QStringLiteral("pastDue"), f.objectivesOverdue},
                     {QStringLiteral("achieved"), f.objectivesAchieved}}},
        {QStringLiteral("measurement"),
         QJsonObject{{QStringLiteral("metrics"), f.metrics},
                     {QStringLiteral("values"), f.measurements},
                     {QStringLiteral("latest"), isoOrEmpty(f.lastMeasurement)}}},
        {QStringLiteral("managementReview"),
         QJsonObject{{QStringLiteral("last"), f.lastReview},
                     {QStringLiteral("lastDate"), isoOrEmpty(f.lastReviewDate)},
                     {QStringLiteral("next"), f.nextReview},
                     {QStringLiteral("nextDate"), isoOrEmpty(f.nextReviewDate)},
                     {QStringLiteral("openActions"), f.openReviewActions},
                     {QStringLiteral("overdueActions"), f.overdueReviewActions}}},
        {QStringLiteral("improvementsOpen"), f.improvementsOpen},
        {QStringLiteral("soaImplemented"), figure(f.soa.available, f.soa.implemented)},
        {QStringLiteral("soaApplicable"), figure(f.soa.available, f.soa.applicable)},
        {QStringLiteral("risksAboveThreshold"), figure(f.risk.available, f.risk.aboveThreshold)},
        {QStringLiteral("overdueTreatmentActions"), figure(f.risk.available, f.risk.overdueTreatmentActions)},
        {QStringLiteral("openNonconformities"), figure(f.nonconformity.available, f.nonconformity.open)},
        {QStringLiteral("nextAudit"), f.audit.available ? QJsonValue(isoOrEmpty(f.audit.nextAudit)) : QJsonValue()},
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
    QStringList levelParts;
    for (const auto &[name, count] : risksPerLevel)
        levelParts << QStringLiteral("%1 %2").arg(count).arg(name);
    if (risksNotRated > 0)
        levelParts << tr("%1 not rated").arg(risksNotRated);
    lines << tr("Risk method:       %1").arg(riskMethod);
    lines << tr("Assets:            %1").arg(assets);
    lines << tr("Risks:             %1 (%2)").arg(risks).arg(levelParts.join(QStringLiteral(", ")));
    lines << tr("Above threshold:   %1 risks").arg(risksAboveThreshold);
    lines << tr("Treatment plan:    %1 actions, %2 overdue").arg(treatmentActions).arg(overdueTreatmentActions);
    lines << tr("Acceptances:       %1, %2 needing renewal").arg(acceptances).arg(acceptancesNeedingRenewal);
    lines << tr("Change log:        %1 entries").arg(changeLogEntries);
    lines << ismsText();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList DocumentSummary::ismsText() const
{
    const IsmsFacts &f = isms;
    const QString notYet = tr("not available yet");
    QStringList lines;
    lines << QString();
    lines << tr("ISMS as of %1").arg(f.today.toString(Qt::ISODate));
    lines << tr("Climate change:    %1")
                 .arg(f.climateDecision.isEmpty() ? tr("not decided yet (clause 4.1)")
                                                  : f.climateDecision == QLatin1String("yes") ? tr("a relevant issue")
                                                                                              : tr("not a relevant issue"));
    lines << tr("Requirements:      %1 of %2 done, %3 in progress, %4 not started, %5 not assessed")
                 .arg(requirementsDone)
                 .arg(requirements)
                 .arg(requirementsInProgress)
                 .arg(requirementsNotStarted)
                 .arg(requirementsNotAssessed);
    lines << tr("Documents:         %1 (%2 overdue for review, %3 due within 30 days)")
                 .arg(f.documents)
                 .arg(f.documentsOverdue)
                 .arg(f.documentsDueSoon);
    for (const QString &document : f.overdueDocuments)
        lines << tr("  overdue: %1").arg(document);
    lines << tr("Objectives:        %1 (%2 at risk, %3 past their due date, %4 achieved)")
                 .arg(f.objectives)
                 .arg(f.objectivesAtRisk)
                 .arg(f.objectivesOverdue)
                 .arg(f.objectivesAchieved);
    lines << tr("Measurement:       %1 metrics, %2 values%3")
                 .arg(f.metrics)
                 .arg(f.measurements)
                 .arg(f.lastMeasurement.isValid() ? tr(", latest %1").arg(f.lastMeasurement.toString(Qt::ISODate))
                                                  : QString());
    lines << tr("Last review:       %1")
                 .arg(f.lastReview.isEmpty() ? tr("none held")
                                             : QStringLiteral("%1 (%2)").arg(f.lastReviewDate.toString(Qt::ISODate),
                                                                             f.lastReview));
    lines << tr("Next review:       %1")
                 .arg(f.nextReview.isEmpty() ? tr("none planned")
                                             : QStringLiteral("%1 (%2)").arg(f.nextReviewDate.toString(Qt::ISODate),
                                                                             f.nextReview));
    lines << tr("Review actions:    %1 open, %2 overdue").arg(f.openReviewActions).arg(f.overdueReviewActions);
    lines << tr("Improvement log:   %1 open").arg(f.improvementsOpen);
    lines << tr("SoA implementation:        %1")
                 .arg(!f.soa.available        ? notYet
                      : f.soa.applicable == 0 ? tr("no control decided applicable yet")
                                              : tr("%1 of %2 applicable controls").arg(f.soa.implemented).arg(f.soa.applicable));
    lines << tr("Risks above threshold:     %1").arg(f.risk.available ? QString::number(f.risk.aboveThreshold) : notYet);
    lines << tr("Overdue treatment actions: %1")
                 .arg(f.risk.available ? QString::number(f.risk.overdueTreatmentActions) : notYet);
    lines << tr("Open nonconformities:      %1")
                 .arg(f.nonconformity.available ? QString::number(f.nonconformity.open) : notYet);
    lines << tr("Next audit:                %1")
                 .arg(f.audit.available ? (f.audit.nextAudit.isValid() ? f.audit.nextAudit.toString(Qt::ISODate)
                                                                       : tr("none planned"))
                                        : notYet);
    QStringList counts;
    for (const auto &[entity, count] : registerCounts)
        counts << QStringLiteral("%1 %2").arg(registerSpec(entity)->translatedPlural()).arg(count);
    lines << tr("Records:           %1").arg(counts.join(QStringLiteral(", ")));
    lines << QString();
    lines << tr("Documented information required by clauses 4 to 10:");
    for (const DocumentedItem &item : documentedInformation)
        lines << QStringLiteral("  %1 %2 %3: %4")
                     .arg(item.number, 2)
                     .arg(item.clause, -9)
                     .arg(item.title, RequirementRules::stateLabel(item.state).toLower());
    return lines;
}

} // namespace rampart
