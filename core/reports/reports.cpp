#include "reports.h"

#include "auditreports.h"
#include "document.h"
#include "documentsummary.h"
#include "html.h"
#include "soa.h"
#include "soacompleteness.h"
#include "soacomparison.h"
#include "managementreviewinputs.h"
#include "managementreviewpack.h"
#include "riskreports.h"
#include "stores/registerstore.h"
#include "stores/changelogstore.h"
#include "stores/organisationstore.h"

#include <QFileInfo>
#include <QLocale>

namespace rampart {

QList<ReportKindInfo> Reports::kinds()
{
    return {
        {QStringLiteral("scope"), tr("Context and ISMS scope"),
         tr("The organisation profile and the ISMS scope with boundaries, interfaces and justified exclusions "
            "(clause 4.3).")},
        {QStringLiteral("soa"), tr("Statement of Applicability"),
         tr("Every Annex A control and every own control with the decision, the reasons or the justification "
            "for exclusion, the implementation status and description, and the owner (clause 6.1.3 d); with "
            "its approved versions.")},
        {QStringLiteral("risks"), tr("Risk register and risk assessment"),
         tr("The risk assessment method (scales, matrix, levels, acceptance criteria), heat maps before and after "
            "treatment, a summary of the results and the full risk register (clauses 6.1.2, 8.2).")},
        {QStringLiteral("treatment-plan"), tr("Risk treatment plan"),
         tr("Each treated risk with its option, controls and actions (owner, due date, status), the actions by "
            "owner, and the risk owners' acceptance of residual risks with a sign-off block (clauses 6.1.3 e "
            "and f, 8.3).")},
        {QStringLiteral("status"), tr("ISMS status summary"),
         tr("The state of the ISMS at a glance, for top management and the management review.")},
        {QStringLiteral("management-review"), tr("Management review pack"),
         tr("One management review (clause 9.3): inputs a) to g) assembled from the file with the minutes of each, "
            "the conclusions, decisions and actions. Without a review recorded, the inputs as of today.")},
        {QStringLiteral("audit-plan"), tr("Audit plan"),
         tr("One audit's scope, criteria, team and agenda, and its checklist with room to write: the pages an "
            "auditor takes into the audit (clause 9.2.2)."),
         true},
        {QStringLiteral("audit-report"), tr("Audit report"),
         tr("One audit's summary, results by outcome, findings and the nonconformities raised from it with "
            "their corrective actions (clause 9.2.2 c)."),
         true},
        {QStringLiteral("nonconformities"), tr("Nonconformities and corrective actions"),
         tr("The register of nonconformities with correction, root cause, corrective actions, verification of "
            "effectiveness and closure (clause 10.2).")},
    };
}

bool Reports::needsAudit(const QString &kind)
{
    for (const ReportKindInfo &info : kinds()) {
        if (info.key == kind)
            return info.needsAudit;
    }
    return false;
}

ReportDocument Reports::frame(Document &document, const QString &title, const ReportOptions &options)
{
    const Organisation organisation = document.organisation().read();
    ReportDocument report;
    report.title = title;
    report.subtitle = tr("Information security management system, ISO/IEC 27001:2022");
    report.organisation = organisation.name.isEmpty() ? tr("Unnamed organisation") : organisation.name;
    report.date = QDate::currentDate();
    report.classification = options.classification.isEmpty() ? tr("Confidential") : options.classification;
    report.author = options.author.isEmpty() ? organisation.ismsManager : options.author;
    report.owner = organisation.ismsManager;
    report.sourceFile = QFileInfo(document.path()).fileName();
    report.version = report.date.toString(Qt::ISODate);
    return report;
}

bool Reports::build(Document &document, const QString &kind, const ReportOptions &options, ReportDocument *out,
                    QString *error)
{
    for (const ReportKindInfo &info : kinds()) {
        if (info.key != kind)
            continue;
        *out = frame(document, info.title, options);
        if (kind == QLatin1String("scope"))
            buildScope(document, out);
        else if (kind == QLatin1String("soa"))
            buildSoa(document, out);
        else if (kind == QLatin1String("management-review"))
            return buildManagementReview(document, options, out, error);
        else if (kind == QLatin1String("risks"))
            RiskReports::buildRegister(document, out);
        else if (kind == QLatin1String("treatment-plan"))
            RiskReports::buildTreatmentPlan(document, out);
        else if (kind == QLatin1String("status"))
            buildStatus(document, out);
        else if (kind == QLatin1String("nonconformities"))
            AuditReports::buildRegister(document, out);
        else
            return AuditReports::buildAudit(document, kind, options.audit, out, error);
        return true;
    }
    if (error) {
        QStringList keys;
        for (const ReportKindInfo &info : kinds())
            keys << info.key;
        *error = tr("unknown report '%1' (available: %2)").arg(kind, keys.join(QStringLiteral(", ")));
    }
    return false;
}

void Reports::buildScope(Document &document, ReportDocument *report)
{
    const Organisation o = document.organisation().read();
    auto orMissing = [](const QString &text) {
        return text.trimmed().isEmpty() ? QStringLiteral("<span class=\"warn\">%1</span>").arg(tr("Not recorded"))
                                        : html::text(text);
    };

    QList<QPair<QString, QString>> profile = {
        {tr("Name"), orMissing(o.name)},
        {tr("Legal name"), orMissing(o.legalName)},
        {tr("Sector"), orMissing(o.sector)},
        {tr("Headcount"), o.headcount > 0 ? QLocale().toString(o.headcount) : orMissing(QString())},
        {tr("ISMS manager"), orMissing(o.ismsManager)},
        {tr("Locations"), orMissing(o.locations)},
    };
    QString organisationHtml = html::facts(profile);
    if (!o.description.trimmed().isEmpty())
        organisationHtml += QStringLiteral("<h3>%1</h3>").arg(tr("What the organisation does"))
            + html::paragraph(o.description);
    report->sections.append({tr("The organisation"), organisationHtml, false});

    QString scope = QStringLiteral("<h3>%1</h3>").arg(tr("Scope statement"))
        + (o.scopeStatement.trimmed().isEmpty()
               ? html::paragraph(tr("No scope statement has been written yet."), QStringLiteral("warn"))
               : html::paragraph(o.scopeStatement));
    scope += QStringLiteral("<h3>%1</h3>").arg(tr("Boundaries")) + QStringLiteral("<p>%1</p>").arg(orMissing(o.scopeBoundaries));
    scope += QStringLiteral("<h3>%1</h3>").arg(tr("Interfaces and dependencies"))
        + QStringLiteral("<p>%1</p>").arg(orMissing(o.scopeInterfaces));
    report->sections.append({tr("ISMS scope (clause 4.3)"), scope, false});

    const std::vector<ScopeExclusion> exclusions = document.scopeExclusions().all();
    QString excluded;
    if (exclusions.empty()) {
        excluded = html::paragraph(tr("Nothing is excluded from the scope."));
    } else {
        html::Table table({tr("Excluded from scope"), tr("Justification")}, {40, 60});
        for (const ScopeExclusion &e : exclusions)
            table.addRow({html::text(e.exclusion), e.justification.trimmed().isEmpty()
                                                       ? QStringLiteral("<span class=\"warn\">%1</span>")
                                                             .arg(tr("No justification recorded"))
                                                       : html::text(e.justification)});
        excluded = table.toHtml();
    }
    report->sections.append({tr("Exclusions"), excluded, false});
}

bool Reports::buildManagementReview(Document &document, const ReportOptions &options, ReportDocument *report,
                                    QString *error)
{
    qint64 review = ManagementReviewInputs::latestReview(document);
    if (!options.review.isEmpty()) {
        review = ManagementReviewInputs::findReview(document, options.review);
        if (review == 0) {
            QStringList known;
            for (const RegisterStore::Row &row : document.registerStore(Entity::ManagementReview)->rows())
                known << document.registerStore(Entity::ManagementReview)->referenceOf(row.id);
            if (error)
                *error = known.isEmpty()
                    ? tr("there is no management review %1: this file has none yet").arg(options.review)
                    : tr("there is no management review %1 (this file has %2)")
                          .arg(options.review, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    ManagementReviewPack::build(ManagementReviewInputs::assemble(document, review, QDate::currentDate()), report);
    return true;
}

void Reports::buildStatus(Document &document, ReportDocument *report)
{
    const DocumentSummary s = DocumentSummary::of(document);
    auto figure = [](const QString &value) { return QStringLiteral("<span class=\"figure\">%1</span>").arg(value); };

    QList<QPair<QString, QString>> scope = {
        {tr("Scope statement"), s.scopeStatementPresent
                                    ? QStringLiteral("<span class=\"ok\">%1</span>").arg(tr("Written"))
                                    : QStringLiteral("<span class=\"warn\">%1</span>").arg(tr("Missing"))},
        {tr("Scope exclusions"), figure(QString::number(s.scopeExclusions))},
        {tr("Exclusions without justification"),
         s.exclusionsWithoutJustification > 0
             ? QStringLiteral("<span class=\"warn\">%1</span>").arg(s.exclusionsWithoutJustification)
             : QStringLiteral("<span class=\"ok\">0</span>")},
    };
    report->sections.append({tr("Context and scope"), html::facts(scope), false});

    const IsmsFacts &f = s.isms;
    const auto warnIf = [](bool warn, const QString &text) {
        return warn ? QStringLiteral("<span class=\"warn\">%1</span>").arg(html::text(text)) : html::text(text);
    };
    const QString notYet = tr("Not available yet");
    QList<QPair<QString, QString>> isms = {
        {tr("Requirements of clauses 4 to 10"),
         html::text(tr("%1 of %2 done, %3 in progress, %4 not started, %5 not assessed")
                        .arg(s.requirementsDone)
                        .arg(s.requirements)
                        .arg(s.requirementsInProgress)
                        .arg(s.requirementsNotStarted)
                        .arg(s.requirementsNotAssessed))},
        {tr("Climate change (4.1)"),
         warnIf(f.climateDecision.isEmpty(), f.climateDecision.isEmpty() ? tr("Not decided yet")
                                             : f.climateDecision == QLatin1String("yes") ? tr("A relevant issue")
                                                                                          : tr("Not a relevant issue"))},
        {tr("Documents overdue for review"),
         warnIf(f.documentsOverdue > 0, f.overdueDocuments.isEmpty() ? tr("None") : f.overdueDocuments.join(QStringLiteral(", ")))},
        {tr("Objectives"), html::text(tr("%1 in all: %2 at risk, %3 past the due date, %4 achieved")
                                          .arg(f.objectives)
                                          .arg(f.objectivesAtRisk)
                                          .arg(f.objectivesOverdue)
                                          .arg(f.objectivesAchieved))},
        {tr("Last management review"),
         warnIf(!f.reviewHeldWithinYear(), f.lastReview.isEmpty() ? tr("None held")
                                                                  : QStringLiteral("%1 (%2)").arg(f.lastReview, f.lastReviewDate.toString(Qt::ISODate)))},
        {tr("Next management review"),
         warnIf(f.nextReview.isEmpty(), f.nextReview.isEmpty() ? tr("None planned")
                                                               : QStringLiteral("%1 (%2)").arg(f.nextReview, f.nextReviewDate.toString(Qt::ISODate)))},
        {tr("Open review actions"), warnIf(f.overdueReviewActions > 0, tr("%1, %2 overdue").arg(f.openReviewActions).arg(f.overdueReviewActions))},
        {tr("SoA implementation"),
         html::text(!f.soa.available        ? notYet
                    : f.soa.applicable == 0 ? tr("No control decided applicable yet")
                                            : tr("%1 of %2").arg(f.soa.implemented).arg(f.soa.applicable))},
        {tr("Risks above threshold"), html::text(f.risk.available ? QString::number(f.risk.aboveThreshold) : notYet)},
        {tr("Open nonconformities"), html::text(f.nonconformity.available ? QString::number(f.nonconformity.open) : notYet)},
    };
    report->sections.append({tr("Where the ISMS stands"), html::facts(isms), false});

    // Risk management (6.1.2, 6.1.3, 8.2, 8.3): the figures; the risk reports hold the detail.
    QStringList perLevel;
    for (const auto &[level, count] : s.risksPerLevel)
        perLevel << QStringLiteral("%1 %2").arg(count).arg(level);
    if (s.risksNotRated > 0)
        perLevel << tr("%1 not rated").arg(s.risksNotRated);
    QList<QPair<QString, QString>> risk = {
        {tr("Risk method"), html::text(s.riskMethod)},
        {tr("Assets"), html::text(QString::number(s.assets))},
        {tr("Risks"), html::text(s.risks == 0 ? tr("None recorded yet")
                                              : tr("%1: %2").arg(s.risks).arg(perLevel.join(QStringLiteral(", "))))},
        {tr("Above the acceptance threshold"), warnIf(s.risksAboveThreshold > 0, QString::number(s.risksAboveThreshold))},
        {tr("Treatment actions"),
         warnIf(s.overdueTreatmentActions > 0,
                tr("%1, %2 overdue").arg(s.treatmentActions).arg(s.overdueTreatmentActions))},
        {tr("Acceptances of residual risk"),
         warnIf(s.acceptancesNeedingRenewal > 0,
                tr("%1, %2 needing renewal or expired").arg(s.acceptances).arg(s.acceptancesNeedingRenewal))},
    };
    QString riskHtml = html::facts(risk);
    QString registerTitle, planTitle;
    for (const ReportKindInfo &info : kinds()) {
        if (info.key == QLatin1String("risks"))
            registerTitle = info.title;
        else if (info.key == QLatin1String("treatment-plan"))
            planTitle = info.title;
    }
    riskHtml += html::paragraph(tr("In detail: the reports \u201c%1\u201d (report kind risks) and \u201c%2\u201d "
                                   "(report kind treatment-plan).")
                                    .arg(registerTitle, planTitle),
                                QStringLiteral("muted"));
    report->sections.append({tr("Risk management"), riskHtml, false});

    html::Table documented({tr("#"), tr("Clause"), tr("Documented information"), tr("In this file")}, {5, 12, 48, 35});
    for (const DocumentedItem &item : s.documentedInformation) {
        const bool missing = item.state == DocumentedItem::State::Missing || item.state == DocumentedItem::State::Partial;
        documented.addRow({QString::number(item.number), html::text(item.clause), html::text(item.title),
                           warnIf(missing, RequirementRules::stateLabel(item.state))
                               + (item.detail.isEmpty() ? QString()
                                                        : QStringLiteral("<br/><span class=\"muted\">%1</span>")
                                                              .arg(html::text(item.detail)))});
    }
    report->sections.append({tr("Documented information required by clauses 4 to 10"), documented.toHtml(), false});

    html::Table themes({tr("Theme"), tr("Annex A controls")}, {60, 40});
    for (const auto &[name, count] : s.controlsPerTheme)
        themes.addRow({html::text(name), QString::number(count)});
    QString catalog = html::paragraph(tr("This file carries the catalog of %1 (revision %2): %3 clauses and "
                                         "sub-clauses and %4 Annex A controls.")
                                          .arg(s.catalogStandard)
                                          .arg(s.catalogRevision)
                                          .arg(s.clauses)
                                          .arg(s.controls))
        + themes.toHtml();
    report->sections.append({tr("Catalog"), catalog, false});

    const std::vector<ChangeLogEntry> recent = document.changeLog().latest(15);
    html::Table changes({tr("When (UTC)"), tr("Who"), tr("Record"), tr("Field")}, {25, 15, 30, 30});
    for (const ChangeLogEntry &e : recent)
        changes.addRow({html::text(e.changedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), html::text(e.changedBy),
                        html::text(document.entityLabelForKey(e.entity)
                                   + (e.rowReference.isEmpty() ? QString() : QLatin1Char(' ') + e.rowReference)),
                        html::text(document.fieldLabelForKey(e.entity, e.field))});
    QString history = html::paragraph(tr("%n change(s) recorded in the file's audit trail; the latest:", nullptr,
                                         int(s.changeLogEntries)))
        + changes.toHtml();
    report->sections.append({tr("Recent changes"), history, false});
}

} // namespace rampart

namespace rampart {

void Reports::buildSoa(Document &document, ReportDocument *report)
{
    const Soa &soa = document.soa();
    const std::vector<SoaEntry> entries = soa.entries();
    const std::optional<SoaVersion> approved = soa.latestVersion();
    report->landscape = true;
    report->subtitle = tr("Clause 6.1.3 d) of ISO/IEC 27001:2022");
    if (approved) {
        report->version = QString::number(approved->number);
        report->approval = tr("Version %1 approved on %2 by %3")
                               .arg(approved->number)
                               .arg(QLocale().toString(approved->approvedOn, QLocale::LongFormat), approved->approver);
    } else {
        report->version = tr("Draft");
        report->approval = tr("Not approved yet");
    }
    for (const SoaVersion &v : soa.versions())
        report->history.append({QString::number(v.number), v.approvedOn.toString(Qt::ISODate), v.approver, v.note});

    auto muted = [](const QString &text) { return QStringLiteral("<span class=\"muted\">%1</span>").arg(text); };
    auto warn = [](const QString &text) { return QStringLiteral("<span class=\"warn\">%1</span>").arg(text); };

    int decided = 0, applicable = 0, excluded = 0, implemented = 0;
    for (const SoaEntry &e : entries) {
        decided += e.applicability != Applicability::Undecided ? 1 : 0;
        applicable += e.applicability == Applicability::Applicable ? 1 : 0;
        excluded += e.applicability == Applicability::NotApplicable ? 1 : 0;
        implemented += e.status == ImplementationStatus::Implemented ? 1 : 0;
    }
    QString about = html::paragraph(
        tr("This Statement of Applicability lists every control of ISO/IEC 27001:2022 Annex A and every "
           "additional control of the organisation, whether it is applied, why it is included or why it is "
           "excluded, and how far it is implemented."));
    QList<QPair<QString, QString>> figures = {
        {tr("Controls"), QString::number(entries.size())},
        {tr("Decided"), QString::number(decided)},
        {tr("Applicable"), QString::number(applicable)},
        {tr("Excluded"), QString::number(excluded)},
        {tr("Implemented"), QString::number(implemented)},
        {tr("Approval"), html::text(report->approval)},
    };
    if (approved) {
        const size_t changed = soa.changesSince(approved->id).size();
        if (changed > 0)
            figures.append({tr("Since approval"),
                            warn(tr("%n control(s) changed since version %1 was approved; this print shows the "
                                    "current state.", nullptr, int(changed))
                                     .arg(approved->number))});
    }
    about += html::facts(figures);
    about += QStringLiteral("<h3>%1</h3>").arg(tr("Reasons for inclusion"));
    QList<QPair<QString, QString>> legend;
    for (int reason : AllSoaReasons)
        legend.append({html::text(reasonShortLabel(reason)), html::text(reasonLabel(reason))});
    about += html::facts(legend);
    report->sections.append({tr("About this Statement of Applicability"), about, false});

    auto rowFor = [&](const SoaEntry &e) -> QStringList {
        QString decision;
        switch (e.applicability) {
        case Applicability::Applicable: {
            decision = QStringLiteral("<b>%1</b>").arg(html::text(applicabilityLabel(e.applicability)));
            QStringList shortReasons;
            for (int reason : AllSoaReasons) {
                if (e.reasons & reason)
                    shortReasons << reasonShortLabel(reason);
            }
            decision += shortReasons.isEmpty() ? QStringLiteral("<br/>") + warn(tr("No reason recorded"))
                                               : QStringLiteral("<br/>") + html::text(shortReasons.join(QStringLiteral(", ")));
            if (!e.reasonNarrative.trimmed().isEmpty())
                decision += QStringLiteral("<br/>") + html::text(e.reasonNarrative);
            break;
        }
        case Applicability::NotApplicable:
            decision = QStringLiteral("<b>%1</b><br/>").arg(html::text(applicabilityLabel(e.applicability)))
                + (e.exclusionJustification.trimmed().isEmpty() ? warn(tr("No justification recorded"))
                                                                 : html::text(e.exclusionJustification));
            break;
        case Applicability::Undecided:
            decision = warn(tr("Not decided"));
            break;
        }
        QString implementation = e.implementation.trimmed().isEmpty() ? muted(QStringLiteral("\u2014"))
                                                                      : html::text(e.implementation);
        if (!e.references.isEmpty())
            implementation += QStringLiteral("<br/>") + muted(tr("Evidence: %1").arg(html::text(e.references.join(QStringLiteral("; ")))));
        QString status = html::text(statusLabel(e.status));
        if (e.targetDate.isValid() && e.status != ImplementationStatus::Implemented
            && e.applicability == Applicability::Applicable)
            status += QStringLiteral("<br/>") + muted(tr("target %1").arg(e.targetDate.toString(Qt::ISODate)));
        // Linked risks are derived from the risk register, as on screen.
        QStringList risks;
        for (const LinkedRisk &risk : soa.linkedRisks(e))
            risks << (risk.residualLevel.isEmpty() ? risk.reference
                                                   : QStringLiteral("%1 (%2)").arg(risk.reference, risk.residualLevel));
        if (!risks.isEmpty())
            decision += QStringLiteral("<br/>") + muted(tr("Risks: %1").arg(html::text(risks.join(QStringLiteral(", ")))));
        QString owner = e.owner.trimmed().isEmpty() ? muted(QStringLiteral("\u2014")) : html::text(e.owner);
        if (e.lastReviewed.isValid())
            owner += QStringLiteral("<br/>") + muted(tr("reviewed %1").arg(e.lastReviewed.toString(Qt::ISODate)));
        return {QStringLiteral("<b>%1</b>").arg(html::text(e.controlRef)), html::text(e.title), decision, status,
                implementation, owner};
    };
    const QStringList headers = {tr("Control"), tr("Title"), tr("Decision and reasons"), tr("Status"),
                                 tr("How it is implemented"), tr("Owner")};
    const QList<int> widths = {6, 16, 22, 10, 34, 12};

    for (const CatalogTheme &theme : document.catalog().themes) {
        html::Table table(headers, widths);
        int count = 0;
        for (const SoaEntry &e : entries) {
            if (e.own || e.themeCode != theme.code)
                continue;
            table.addRow(rowFor(e));
            ++count;
        }
        if (count == 0)
            continue;
        report->sections.append({tr("%1 controls (Annex A, clause %2)").arg(theme.name, theme.code), table.toHtml(), true});
    }
    html::Table own(headers, widths);
    int ownCount = 0;
    for (const SoaEntry &e : entries) {
        if (!e.own)
            continue;
        QStringList cells = rowFor(e);
        if (!e.controlDescription.trimmed().isEmpty())
            cells[1] += QStringLiteral("<br/>") + muted(html::text(e.controlDescription));
        own.addRow(cells);
        ++ownCount;
    }
    report->sections.append({tr("Additional controls of the organisation (clause 6.1.3 c)"),
                             ownCount > 0 ? own.toHtml()
                                          : html::paragraph(tr("The organisation has not added controls beyond "
                                                               "Annex A.")),
                             true});

    const std::vector<SoaFinding> findings = soa.findings();
    if (!findings.empty()) {
        html::Table open({tr("Control"), tr("Title"), tr("Open point")}, {10, 35, 55});
        for (const SoaFinding &f : findings)
            open.addRow({html::text(f.controlRef), html::text(f.title), html::text(f.message)});
        report->sections.append({tr("Open points"),
                                 html::paragraph(tr("Gaps Rampart found in this Statement of Applicability at the "
                                                    "time of printing.")) + open.toHtml(),
                                 true});
    }
}

} // namespace rampart
