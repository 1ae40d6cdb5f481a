#include "auditreports.h"

#include "audits.h"
#include "catalog/requirements.h"
#include "document.h"
#include "domain/audit.h"
#include "html.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QLocale>

#include <map>

namespace rampart {

namespace {

QString warn(const QString &text)
{
    return QStringLiteral("<span class=\"warn\">%1</span>").arg(html::text(text));
}

QString muted(const QString &text)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(html::text(text));
}

QString orMissing(const QString &text)
{
    return text.trimmed().isEmpty() ? warn(AuditReports::tr("Not recorded")) : html::text(text.trimmed());
}

// Room for a pen: empty lines in a table cell.
QString writingSpace(int lines)
{
    QString out = QStringLiteral("&nbsp;");
    for (int i = 1; i < lines; ++i)
        out += QStringLiteral("<br/>&nbsp;");
    return out;
}

QString dates(const Record &audit)
{
    const QString from = audit.text(Audit::StartDate);
    const QString to = audit.text(Audit::EndDate);
    if (from.isEmpty())
        return AuditReports::tr("Not scheduled");
    if (to.isEmpty() || to == from)
        return from;
    return AuditReports::tr("%1 to %2").arg(from, to);
}

QString requirementCell(const Catalog &catalog, const QString &reference)
{
    if (reference.isEmpty())
        return muted(AuditReports::tr("Auditor's own question"));
    return QStringLiteral("<b>%1</b><br/>%2").arg(html::text(reference), html::text(Requirements::title(catalog, reference)));
}

QString auditFacts(Document &document, const Record &audit)
{
    QString programme;
    if (const std::optional<Record> p = document.auditProgrammes().record(audit.link(Audit::Programme)))
        programme = p->text(AuditProgramme::Title);
    QList<QPair<QString, QString>> facts = {
        {AuditReports::tr("Reference"), html::text(audit.text(Audit::Reference))},
        {AuditReports::tr("Title"), orMissing(audit.text(Audit::Title))},
        {AuditReports::tr("Type"), html::text(Choices::name(ChoiceSet::AuditType, audit.text(Audit::Type)))},
        {AuditReports::tr("Status"), html::text(Choices::name(ChoiceSet::AuditStatus, audit.text(Audit::Status)))},
        {AuditReports::tr("Dates"), html::text(dates(audit))},
        {AuditReports::tr("Audit programme"), programme.isEmpty() ? muted(AuditReports::tr("None")) : html::text(programme)},
        {AuditReports::tr("Lead auditor"), orMissing(audit.text(Audit::LeadAuditor))},
        {AuditReports::tr("Auditors"), audit.text(Audit::Auditors).trimmed().isEmpty()
                                           ? muted(AuditReports::tr("None besides the lead auditor"))
                                           : html::text(audit.text(Audit::Auditors).trimmed())},
        {AuditReports::tr("Auditees"), orMissing(audit.text(Audit::Auditees))},
    };
    return html::facts(facts);
}

QString scopeHtml(Document &document, const Record &audit, bool withAreas)
{
    const Catalog &catalog = document.catalog();
    QString out;
    out += QStringLiteral("<h3>%1</h3>").arg(AuditReports::tr("Objectives"));
    out += QStringLiteral("<p>%1</p>").arg(orMissing(audit.text(Audit::Objectives)));
    out += QStringLiteral("<h3>%1</h3>").arg(AuditReports::tr("Audit criteria"));
    out += QStringLiteral("<p>%1</p>").arg(orMissing(audit.text(Audit::Criteria)));
    if (withAreas) {
        out += QStringLiteral("<h3>%1</h3>").arg(AuditReports::tr("Areas and processes in scope"));
        const std::vector<Record> areas = document.auditAreas().linkedTo(AuditArea::AuditLink, audit.id);
        if (areas.empty()) {
            out += html::paragraph(AuditReports::tr("No areas or processes recorded."), QStringLiteral("muted"));
        } else {
            html::Table table({AuditReports::tr("Area or process"), AuditReports::tr("Owner")}, {60, 40});
            for (const Record &area : areas)
                table.addRow({html::text(area.text(AuditArea::Area)), orMissing(area.text(AuditArea::Owner))});
            out += table.toHtml();
        }
    }
    out += QStringLiteral("<h3>%1</h3>").arg(AuditReports::tr("Clauses and controls in scope"));
    const QStringList references = Requirements::parseList(catalog, audit.text(Audit::Scope));
    if (references.isEmpty()) {
        out += html::paragraph(AuditReports::tr("No clauses or controls chosen yet."), QStringLiteral("warn"));
    } else {
        html::Table table({AuditReports::tr("Reference"), AuditReports::tr("Title")}, {15, 85});
        for (const QString &reference : references)
            table.addRow({html::text(reference), html::text(Requirements::title(catalog, reference))});
        out += table.toHtml();
    }
    return out;
}

QString actionsSummary(const std::vector<Record> &actions, const QDate &today)
{
    if (actions.empty())
        return warn(AuditReports::tr("No corrective action yet"));
    int done = 0;
    int overdue = 0;
    for (const Record &a : actions) {
        done += a.text(CorrectiveAction::Status) == QLatin1String(keys::Done) ? 1 : 0;
        overdue += Audits::isOverdue(a, today) ? 1 : 0;
    }
    QString out = html::text(AuditReports::tr("%1 of %2 done").arg(done).arg(actions.size()));
    if (overdue > 0)
        out += QStringLiteral("<br/>") + warn(AuditReports::tr("%n overdue", nullptr, overdue));
    return out;
}

void buildPlan(Document &document, const Record &audit, ReportDocument *report)
{
    const Catalog &catalog = document.catalog();
    report->landscape = true;
    report->sections.append({AuditReports::tr("The audit"), auditFacts(document, audit), false});
    report->sections.append({AuditReports::tr("Objectives, scope and criteria"), scopeHtml(document, audit, true), false});

    QString impartiality;
    const std::vector<ImpartialityIssue> issues = Audits::impartialityIssues(document, audit.id);
    if (issues.empty()) {
        impartiality = html::paragraph(AuditReports::tr("No member of the audit team owns an area, process or control "
                                                        "in this audit's scope (clause 9.2.2 b)."));
    } else {
        for (const ImpartialityIssue &issue : issues)
            impartiality += html::paragraph(issue.message, QStringLiteral("warn"));
    }
    report->sections.append({AuditReports::tr("Impartiality"), impartiality, false});

    const std::vector<Record> sessions = document.auditSessions().linkedTo(AuditSession::AuditLink, audit.id);
    QString agenda;
    if (sessions.empty()) {
        agenda = html::paragraph(AuditReports::tr("No agenda yet."), QStringLiteral("muted"));
    } else {
        html::Table table({AuditReports::tr("Date"), AuditReports::tr("Time"), AuditReports::tr("Topic"),
                           AuditReports::tr("People")},
                          {12, 12, 46, 30});
        for (const Record &s : sessions) {
            QString time = s.text(AuditSession::StartTime);
            if (!s.text(AuditSession::EndTime).isEmpty())
                time += QStringLiteral("\u2013") + s.text(AuditSession::EndTime);
            table.addRow({html::text(s.text(AuditSession::Date)), html::text(time), html::text(s.text(AuditSession::Topic)),
                          html::text(s.text(AuditSession::People))});
        }
        agenda = table.toHtml();
    }
    report->sections.append({AuditReports::tr("Agenda"), agenda, false});

    const std::vector<Record> items = document.checklistItems().linkedTo(ChecklistItem::AuditLink, audit.id);
    QString checklist = html::paragraph(
        AuditReports::tr("One row per question. Tick the result, write what you examined and whom you spoke to. "
                         "Results are entered in Rampart afterwards, by hand or from the CSV worksheet; the item "
                         "key links the two."),
        QStringLiteral("muted"));
    if (items.empty()) {
        checklist += html::paragraph(AuditReports::tr("The checklist has not been generated yet."), QStringLiteral("warn"));
    } else {
        const QString boxes = QStringLiteral("\u2610 %1<br/>\u2610 %2<br/>\u2610 %3<br/>\u2610 %4<br/>\u2610 %5")
                                  .arg(AuditReports::tr("Conforming"), AuditReports::tr("Minor NC"),
                                       AuditReports::tr("Major NC"), AuditReports::tr("Observation"),
                                       AuditReports::tr("OFI"));
        html::Table table({AuditReports::tr("Item"), AuditReports::tr("Clause/control"), AuditReports::tr("Question"),
                           AuditReports::tr("Result"), AuditReports::tr("Evidence examined and notes"),
                           AuditReports::tr("Interviewed")},
                          {11, 14, 28, 11, 24, 12});
        for (const Record &item : items) {
            QString question = html::text(item.text(ChecklistItem::Question));
            const QString reference = item.text(ChecklistItem::Requirement);
            if (Requirements::isControl(reference)) {
                if (const std::optional<SoaControlContext> soa =
                        Audits::soaContext(document, Requirements::catalogCode(reference))) {
                    question += QStringLiteral("<br/>") + muted(AuditReports::tr("SoA: %1, %2. %3")
                                                                   .arg(soa->applicability, soa->implementationStatus,
                                                                        soa->implementation));
                }
            }
            const bool assessed = item.text(ChecklistItem::Result) != QLatin1String(keys::NotAssessed);
            QString evidence;
            for (const QString &part : {item.text(ChecklistItem::Evidence), item.text(ChecklistItem::Notes)}) {
                if (!part.trimmed().isEmpty())
                    evidence += (evidence.isEmpty() ? QString() : QStringLiteral("<br/>")) + html::text(part.trimmed());
            }
            table.addRow({html::text(Audits::itemKey(document, item)), requirementCell(catalog, reference), question,
                          assessed ? html::text(Choices::name(ChoiceSet::Result, item.text(ChecklistItem::Result)))
                                   : boxes,
                          evidence.isEmpty() ? writingSpace(6) : evidence,
                          item.text(ChecklistItem::Interviewed).trimmed().isEmpty()
                              ? QString()
                              : html::text(item.text(ChecklistItem::Interviewed))});
        }
        checklist += table.toHtml();
    }
    report->sections.append({AuditReports::tr("Checklist"), checklist, true});
}

void buildAuditReport(Document &document, const Record &audit, ReportDocument *report)
{
    const Catalog &catalog = document.catalog();
    const QDate today = QDate::currentDate();
    QString summary = auditFacts(document, audit);
    summary += QStringLiteral("<h3>%1</h3>").arg(AuditReports::tr("Summary and conclusion"));
    summary += audit.text(Audit::Conclusion).trimmed().isEmpty()
        ? html::paragraph(AuditReports::tr("No summary has been written yet."), QStringLiteral("warn"))
        : html::paragraph(audit.text(Audit::Conclusion).trimmed());
    report->sections.append({AuditReports::tr("Summary"), summary, false});
    report->sections.append({AuditReports::tr("Scope and criteria"), scopeHtml(document, audit, true), false});

    const std::vector<Record> items = document.checklistItems().linkedTo(ChecklistItem::AuditLink, audit.id);
    QString results;
    if (items.empty()) {
        results = html::paragraph(AuditReports::tr("The audit has no checklist."), QStringLiteral("warn"));
    } else {
        html::Table table({AuditReports::tr("Outcome"), AuditReports::tr("Items")}, {70, 30});
        for (const QString &key : Choices::keys(ChoiceSet::Result)) {
            int count = 0;
            for (const Record &item : items)
                count += item.text(ChecklistItem::Result) == key ? 1 : 0;
            const bool attention = count > 0 && (Audits::isFinding(key) || key == QLatin1String(keys::NotAssessed));
            table.addRow({html::text(Choices::name(ChoiceSet::Result, key)),
                          attention ? warn(QString::number(count)) : html::text(QString::number(count))});
        }
        table.addRow({QStringLiteral("<b>%1</b>").arg(AuditReports::tr("Total")),
                      QStringLiteral("<b>%1</b>").arg(items.size())});
        results = table.toHtml();
    }
    report->sections.append({AuditReports::tr("Results by outcome"), results, false});

    html::Table findings({AuditReports::tr("Item"), AuditReports::tr("Clause/control"), AuditReports::tr("Outcome"),
                          AuditReports::tr("Finding"), AuditReports::tr("Evidence")},
                         {12, 17, 17, 29, 25});
    for (const Record &item : items) {
        const QString result = item.text(ChecklistItem::Result);
        if (result == QLatin1String(keys::NotAssessed) || result == QLatin1String(keys::Conforming))
            continue;
        findings.addRow({html::text(Audits::itemKey(document, item)),
                         requirementCell(catalog, item.text(ChecklistItem::Requirement)),
                         Audits::isFinding(result) ? warn(Choices::name(ChoiceSet::Result, result))
                                                   : html::text(Choices::name(ChoiceSet::Result, result)),
                         orMissing(item.text(ChecklistItem::Notes)), html::text(item.text(ChecklistItem::Evidence))});
    }
    report->sections.append({AuditReports::tr("Findings"),
                             findings.isEmpty() ? html::paragraph(AuditReports::tr("No findings: every assessed item "
                                                                                   "conforms."))
                                                : findings.toHtml(),
                             false});

    const std::vector<Record> ncs = document.nonconformities().linkedTo(Nonconformity::AuditLink, audit.id);
    QString ncHtml;
    if (ncs.empty()) {
        ncHtml = html::paragraph(AuditReports::tr("No nonconformities have been raised from this audit."));
    } else {
        html::Table table({AuditReports::tr("Reference"), AuditReports::tr("Grade"), AuditReports::tr("Nonconformity"),
                           AuditReports::tr("State"), AuditReports::tr("Corrective actions")},
                          {12, 10, 36, 24, 18});
        for (const Record &nc : ncs) {
            const std::vector<Record> actions =
                document.correctiveActions().linkedTo(CorrectiveAction::NonconformityLink, nc.id);
            table.addRow({html::text(nc.text(Nonconformity::Reference)),
                          html::text(Choices::name(ChoiceSet::Grade, nc.text(Nonconformity::Grade))),
                          html::text(nc.text(Nonconformity::Title)),
                          html::text(Audits::stateName(Audits::state(nc, actions))), actionsSummary(actions, today)});
        }
        ncHtml = table.toHtml();
    }
    int unraised = 0;
    for (const Record &item : items) {
        if (Audits::isFinding(item.text(ChecklistItem::Result))
            && document.nonconformities().forChecklistItem(item.id).empty())
            ++unraised;
    }
    if (unraised > 0)
        ncHtml += html::paragraph(AuditReports::tr("%n finding(s) graded as nonconformity have no nonconformity record "
                                                   "yet.",
                                                   nullptr, unraised),
                                  QStringLiteral("warn"));
    report->sections.append({AuditReports::tr("Nonconformities"), ncHtml, false});

    html::Table checklist({AuditReports::tr("Item"), AuditReports::tr("Clause/control"), AuditReports::tr("Result"),
                           AuditReports::tr("Evidence and notes"), AuditReports::tr("Interviewed")},
                          {12, 17, 17, 39, 15});
    for (const Record &item : items) {
        QString evidence;
        for (const QString &part : {item.text(ChecklistItem::Evidence), item.text(ChecklistItem::Notes)}) {
            if (!part.trimmed().isEmpty())
                evidence += (evidence.isEmpty() ? QString() : QStringLiteral("<br/>")) + html::text(part.trimmed());
        }
        checklist.addRow({html::text(Audits::itemKey(document, item)),
                          requirementCell(catalog, item.text(ChecklistItem::Requirement)),
                          html::text(Choices::name(ChoiceSet::Result, item.text(ChecklistItem::Result))), evidence,
                          html::text(item.text(ChecklistItem::Interviewed))});
    }
    if (!checklist.isEmpty())
        report->sections.append({AuditReports::tr("Checklist with results"), checklist.toHtml(), true});
}

} // namespace

bool AuditReports::buildAudit(Document &document, const QString &kind, const QString &auditReference,
                              ReportDocument *report, QString *error)
{
    if (auditReference.trimmed().isEmpty()) {
        if (error)
            *error = tr("the %1 report prints one audit: name it by its reference").arg(kind);
        return false;
    }
    const qint64 id = document.audits().idForReference(auditReference);
    const std::optional<Record> audit = document.audits().record(id);
    if (!audit) {
        QStringList references;
        for (const Record &a : document.audits().all())
            references << a.text(Audit::Reference);
        if (error)
            *error = references.isEmpty()
                ? tr("there is no audit %1 (the file has no audits)").arg(auditReference)
                : tr("there is no audit %1 (audits: %2)").arg(auditReference, references.join(QStringLiteral(", ")));
        return false;
    }
    const QString reference = audit->text(Audit::Reference);
    if (kind == QLatin1String("audit-plan")) {
        report->title = tr("Audit plan %1").arg(reference);
        report->subtitle = audit->text(Audit::Title);
        buildPlan(document, *audit, report);
    } else {
        report->title = tr("Audit report %1").arg(reference);
        report->subtitle = audit->text(Audit::Title);
        buildAuditReport(document, *audit, report);
    }
    return true;
}

void AuditReports::buildRegister(Document &document, ReportDocument *report)
{
    const QDate today = QDate::currentDate();
    report->landscape = true;
    const std::vector<Record> ncs = document.nonconformities().all();
    std::map<qint64, std::vector<Record>> actionsOf;
    for (const Record &action : document.correctiveActions().all())
        actionsOf[action.link(CorrectiveAction::NonconformityLink)].push_back(action);

    int open = 0;
    int overdue = 0;
    std::map<NonconformityState, int> byState;
    for (const Record &nc : ncs) {
        const std::vector<Record> &actions = actionsOf[nc.id];
        const NonconformityState state = Audits::state(nc, actions);
        ++byState[state];
        open += state == NonconformityState::Closed ? 0 : 1;
        for (const Record &a : actions)
            overdue += Audits::isOverdue(a, today) ? 1 : 0;
    }
    QList<QPair<QString, QString>> facts = {
        {tr("Nonconformities"), QString::number(ncs.size())},
        {tr("Open"), QString::number(open)},
        {tr("Overdue corrective actions"), overdue > 0 ? warn(QString::number(overdue))
                                                       : QStringLiteral("<span class=\"ok\">0</span>")},
    };
    for (const auto &[state, count] : byState)
        facts.append({Audits::stateName(state), QString::number(count)});
    report->sections.append({tr("Summary"), html::facts(facts), false});

    if (ncs.empty()) {
        report->sections.append({tr("Register"), html::paragraph(tr("No nonconformities have been recorded.")), false});
        return;
    }
    html::Table table({tr("Reference"), tr("Raised"), tr("Source"), tr("Grade"), tr("Clause/control"),
                       tr("Nonconformity"), tr("State"), tr("Next due")},
                      {8, 9, 12, 7, 9, 27, 18, 10});
    for (const Record &nc : ncs) {
        const std::vector<Record> &actions = actionsOf[nc.id];
        const QDate due = Audits::nextDue(actions);
        QString dueText = due.isValid() ? html::text(due.toString(Qt::ISODate)) : QString();
        if (Audits::hasOverdueAction(actions, today))
            dueText = warn(due.toString(Qt::ISODate) + QLatin1Char(' ') + tr("overdue"));
        table.addRow({html::text(nc.text(Nonconformity::Reference)), html::text(nc.text(Nonconformity::RaisedOn)),
                      html::text(Choices::name(ChoiceSet::NcSource, nc.text(Nonconformity::Source))),
                      html::text(Choices::name(ChoiceSet::Grade, nc.text(Nonconformity::Grade))),
                      html::text(nc.text(Nonconformity::Requirement)), html::text(nc.text(Nonconformity::Title)),
                      html::text(Audits::stateName(Audits::state(nc, actions))), dueText});
    }
    report->sections.append({tr("Register"), table.toHtml(), false});

    QString details;
    for (const Record &nc : ncs) {
        const std::vector<Record> &actions = actionsOf[nc.id];
        details += QStringLiteral("<h2>%1 %2</h2>")
                       .arg(html::text(nc.text(Nonconformity::Reference)), html::text(nc.text(Nonconformity::Title)));
        QString audit;
        if (const std::optional<Record> a = document.audits().record(nc.link(Nonconformity::AuditLink)))
            audit = a->text(Audit::Reference);
        QString verification = html::text(Choices::name(ChoiceSet::Verification, nc.text(Nonconformity::VerificationResult)));
        if (!nc.text(Nonconformity::VerifiedOn).isEmpty())
            verification += html::text(tr(", %1 by %2").arg(nc.text(Nonconformity::VerifiedOn),
                                                             nc.text(Nonconformity::VerifiedBy)));
        details += html::facts({
            {tr("Source"), html::text(Choices::name(ChoiceSet::NcSource, nc.text(Nonconformity::Source)))
                               + (audit.isEmpty() ? QString() : html::text(QStringLiteral(" (%1)").arg(audit)))},
            {tr("Raised"), html::text(tr("%1 by %2").arg(nc.text(Nonconformity::RaisedOn), nc.text(Nonconformity::RaisedBy)))},
            {tr("Grade"), html::text(Choices::name(ChoiceSet::Grade, nc.text(Nonconformity::Grade)))},
            {tr("Requirement not met"), orMissing(nc.text(Nonconformity::RequirementText))},
            {tr("Description"), orMissing(nc.text(Nonconformity::Description))},
            {tr("Correction"), orMissing(nc.text(Nonconformity::Correction))},
            {tr("Root cause"), orMissing(nc.text(Nonconformity::RootCause))},
            {tr("Effectiveness"), verification},
            {tr("Verification notes"), html::text(nc.text(Nonconformity::VerificationNotes))},
            {tr("State"), html::text(Audits::stateName(Audits::state(nc, actions)))
                              + (nc.text(Nonconformity::ClosedOn).isEmpty()
                                     ? QString()
                                     : html::text(tr(", closed on %1").arg(nc.text(Nonconformity::ClosedOn))))},
        });
        if (actions.empty()) {
            details += html::paragraph(tr("No corrective action recorded."), QStringLiteral("warn"));
            continue;
        }
        html::Table actionTable({tr("Corrective action"), tr("Owner"), tr("Due"), tr("Status"), tr("Completed")},
                                {46, 18, 12, 12, 12});
        for (const Record &a : actions) {
            const bool late = Audits::isOverdue(a, today);
            actionTable.addRow({html::text(a.text(CorrectiveAction::Action)), html::text(a.text(CorrectiveAction::Owner)),
                                late ? warn(a.text(CorrectiveAction::DueDate) + QLatin1Char(' ') + tr("overdue"))
                                     : html::text(a.text(CorrectiveAction::DueDate)),
                                html::text(Choices::name(ChoiceSet::ActionStatus, a.text(CorrectiveAction::Status))),
                                html::text(a.text(CorrectiveAction::CompletedOn))});
        }
        details += actionTable.toHtml();
    }
    report->sections.append({tr("Nonconformities in detail"), details, true});
}

} // namespace rampart
