#include "reports.h"

#include "auditreports.h"
#include "document.h"
#include "documentsummary.h"
#include "html.h"
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
        {QStringLiteral("status"), tr("ISMS status summary"),
         tr("The state of the ISMS at a glance, for top management and the management review.")},
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
