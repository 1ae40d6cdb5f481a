#include "managementreviewpack.h"

#include "domain/ismsregisters.h"
#include "html.h"

#include <QLocale>

namespace rampart {

namespace {

using Inputs = ManagementReviewInputs;

QString choice(Entity entity, int field, const QString &key)
{
    const RegisterSpec *spec = registerSpec(entity);
    return key.isEmpty() ? ManagementReviewPack::tr("not set") : RegisterSpec::choiceLabel(spec->field(field), key);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString warn(const QString &text)
{
    return QStringLiteral("<span class=\"warn\">%1</span>").arg(html::text(text));
}

QString muted(const QString &text)
{
    return html::paragraph(text, QStringLiteral("muted"));
}

QString actionsTable(const std::vector<Inputs::Action> &actions, bool withReview)
{
    QStringList headers{ManagementReviewPack::tr("Ref."), ManagementReviewPack::tr("Decision or action")};
    QList<int> widths{10, 44};
    if (withReview) {
        headers << ManagementReviewPack::tr("Review");
        widths << 9;
        widths[1] -= 9;
    }
    headers << ManagementReviewPack::tr("Owner") << ManagementReviewPack::tr("Due") << ManagementReviewPack::tr("Status");
    widths << 18 << 12 << 16;
    html::Table table(headers, widths);
    for (const Inputs::Action &a : actions) {
        QStringList row{html::text(a.reference),
                        html::text(a.description)
                            + (a.kind == QLatin1String("decision") ? QStringLiteral(" <i>(%1)</i>").arg(ManagementReviewPack::tr("decision"))
                                                                   : QString())};
        if (withReview)
            row << html::text(a.review);
        const QString status = choice(Entity::ReviewAction, ActionField::Status, a.status);
        row << html::text(a.owner) << html::text(date(a.due))
            << (a.overdue ? warn(ManagementReviewPack::tr("%1, overdue").arg(status)) : html::text(status));
        table.addRow(row);
    }
    return table.toHtml();
}

QString changesTable(const std::vector<Inputs::RecordChange> &changes, const QString &nameHeader)
{
    html::Table table({ManagementReviewPack::tr("Ref."), nameHeader, ManagementReviewPack::tr("What changed"), ManagementReviewPack::tr("Last change")}, {10, 42, 30, 18});
    for (const Inputs::RecordChange &c : changes) {
        QString what;
        switch (c.kind) {
        case Inputs::RecordChange::Kind::Added:
            what = ManagementReviewPack::tr("Added");
            break;
        case Inputs::RecordChange::Kind::Removed:
            what = ManagementReviewPack::tr("Removed");
            break;
        case Inputs::RecordChange::Kind::Changed:
            what = ManagementReviewPack::tr("Changed: %1").arg(c.fields.join(QStringLiteral(", ")));
            break;
        }
        table.addRow({html::text(c.reference), html::text(c.name), html::text(what),
                      html::text(c.lastChange.toString(QStringLiteral("yyyy-MM-dd")))});
    }
    return table.toHtml();
}

QString recordChanges(const Inputs &in, const std::vector<Inputs::RecordChange> &changes, const QString &nameHeader,
                      const QString &noneText)
{
    QString out = html::paragraph(ManagementReviewPack::periodNote(in));
    if (!in.historyCoversPeriod)
        return out;
    out += changes.empty() ? html::paragraph(noneText) : changesTable(changes, nameHeader);
    return out;
}

} // namespace

QString ManagementReviewPack::formatValue(double value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
    if (unit.isEmpty())
        return number;
    return unit == QLatin1String("%") ? number + unit : QStringLiteral("%1 %2").arg(number, unit);
}

QString ManagementReviewPack::trendLabel(Inputs::MetricTrend::Direction direction)
{
    switch (direction) {
    case Inputs::MetricTrend::Direction::Improving:
        return tr("Improving");
    case Inputs::MetricTrend::Direction::Worsening:
        return tr("Worsening");
    case Inputs::MetricTrend::Direction::Steady:
        return tr("Steady");
    case Inputs::MetricTrend::Direction::Unknown:
        break;
    }
    return tr("Too few values");
}

QString ManagementReviewPack::periodNote(const Inputs &in)
{
    if (!in.historyCoversPeriod)
        return tr("The change log of this file starts on %1, after this review: the changes before the review are "
                  "not recorded in the file.")
            .arg(date(in.historyStart));
    QString note = in.previousReview.isEmpty()
        ? tr("Changes in the year up to %1 (no earlier management review is recorded).").arg(date(in.date))
        : tr("Changes since the previous management review, %1 on %2, up to %3.")
              .arg(in.previousReview, date(in.periodStart), date(in.date));
    if (in.lastImport.isValid())
        note += QLatin1Char(' ')
            + tr("The content of this file was replaced by an import on %1: changes are listed from then on; what "
                 "changed before the import is not in the file's history.")
                  .arg(in.lastImport.toString(QStringLiteral("yyyy-MM-dd")));
    else if (in.historyStart.isValid() && in.historyStart > in.periodStart)
        note += QLatin1Char(' ')
            + tr("The file's change log starts on %1: changes are listed from then on.").arg(date(in.historyStart));
    return note;
}

QString ManagementReviewPack::inputFacts(const Inputs &in, int input)
{
    switch (input) {
    case 0: {
        if (in.previousActions.empty())
            return html::paragraph(tr("No decisions or actions from earlier management reviews are recorded in "
                                      "this file."));
        int open = 0;
        int overdue = 0;
        for (const Inputs::Action &a : in.previousActions) {
            open += a.kind != QLatin1String("decision") && a.status != QLatin1String("done")
                    && a.status != QLatin1String("cancelled")
                ? 1
                : 0;
            overdue += a.overdue ? 1 : 0;
        }
        return html::paragraph(tr("%n decision(s) and action(s) from earlier reviews: %1 still open, %2 of them "
                                  "overdue.",
                                  nullptr, int(in.previousActions.size()))
                                   .arg(open)
                                   .arg(overdue))
            + actionsTable(in.previousActions, true);
    }
    case 1: {
        QString out = html::paragraph(tr("%n issue(s) recorded now.", nullptr, in.issues));
        out += recordChanges(in, in.issueChanges, tr("Issue"),
                             tr("No issue was added, changed or removed in this period."));
        out += QStringLiteral("<h3>%1</h3>").arg(tr("Climate change (clause 4.1, Amendment 1:2024)"));
        out += in.climateDecision.isEmpty()
            ? html::paragraph(tr("The file records no decision yet on whether climate change is a relevant issue."),
                              QStringLiteral("warn"))
            : html::paragraph(in.climateDecision == QLatin1String("yes")
                                  ? tr("Current decision: climate change is a relevant issue.")
                                  : tr("Current decision: climate change is not a relevant issue."));
        for (const QString &sentence : in.climateChanges)
            out += html::paragraph(sentence);
        if (in.climateChanges.isEmpty() && in.historyCoversPeriod)
            out += html::paragraph(tr("The decision whether climate change is a relevant issue did not change in "
                                      "this period."));
        return out;
    }
    case 2:
        return html::paragraph(tr("%n interested part(ies) recorded now.", nullptr, in.parties))
            + recordChanges(in, in.partyChanges, tr("Interested party"),
                            tr("No interested party or requirement was added, changed or removed in this period."));
    case 3: {
        QString out = QStringLiteral("<h3>%1</h3>").arg(tr("1) Nonconformities and corrective actions"));
        out += in.nonconformities.available
            ? html::paragraph(in.nonconformities.summary)
            : muted(tr("No nonconformity data in this file yet: nonconformities and corrective actions are not "
                       "part of this version of Rampart."));
        out += QStringLiteral("<h3>%1</h3>").arg(tr("2) Monitoring and measurement results"));
        if (in.metrics.empty()) {
            out += html::paragraph(tr("No metrics are defined in this file."));
        } else {
            html::Table table({tr("Metric"), tr("Target"), tr("Latest value"), tr("Over the year"), tr("On target")},
                              {30, 17, 20, 15, 18});
            for (const Inputs::MetricTrend &m : in.metrics) {
                const QString latest = m.hasValues()
                    ? tr("%1 on %2").arg(formatValue(m.latest(), m.unit), date(m.values.back().first))
                    : tr("no value in the year");
                const QString onTarget = !m.hasTarget || !m.hasValues()
                    ? tr("no numeric target")
                    : tr("%1 (%2 of %n value(s) in the year)", nullptr, int(m.values.size()))
                          .arg(m.onTarget ? tr("yes") : tr("no"))
                          .arg(m.onTargetCount);
                table.addRow({html::text(QStringLiteral("%1 %2").arg(m.reference, m.name)), html::text(m.target),
                              html::text(latest), html::text(trendLabel(m.direction)),
                              m.hasValues() && m.hasTarget && !m.onTarget ? warn(onTarget) : html::text(onTarget)});
            }
            out += table.toHtml();
        }
        out += QStringLiteral("<h3>%1</h3>").arg(tr("3) Audit results"));
        out += in.audits.available ? html::paragraph(in.audits.summary)
                                   : muted(tr("No audit data in this file yet: internal audits are not part of this "
                                              "version of Rampart."));
        out += QStringLiteral("<h3>%1</h3>").arg(tr("4) Fulfilment of information security objectives"));
        if (in.objectives.empty()) {
            out += html::paragraph(tr("No information security objectives are recorded in this file."));
        } else {
            html::Table table({tr("Objective"), tr("Owner"), tr("Due"), tr("Status")}, {50, 18, 12, 20});
            for (const Inputs::Objective &o : in.objectives) {
                const QString status = choice(Entity::Objective, ObjectiveField::Status, o.status);
                table.addRow({html::text(QStringLiteral("%1 %2").arg(o.reference, o.objective)), html::text(o.owner),
                              html::text(date(o.due)),
                              o.attention.isEmpty() ? html::text(status)
                                                    : html::text(status) + QStringLiteral("<br/>") + warn(o.attention)});
            }
            out += table.toHtml();
        }
        return out;
    }
    case 4:
        return html::paragraph(tr("Rampart keeps no other record of feedback from interested parties: write it in "
                                  "the minutes of this input (customer questionnaires and complaints, remarks from "
                                  "auditors and regulators, staff feedback)."));
    case 5:
        return in.risks.available
            ? html::paragraph(in.risks.summary)
            : muted(tr("Not available yet: the risk register and the risk treatment plan are not part of this "
                       "version of Rampart. Their figures will appear here when they are."));
    case 6: {
        if (in.improvements.empty())
            return html::paragraph(tr("No improvement opportunity was raised in this period and none is open."));
        html::Table table({tr("Ref."), tr("Raised"), tr("Opportunity"), tr("Source"), tr("Status"), tr("Decision")},
                          {9, 12, 31, 14, 11, 23});
        for (const Inputs::Improvement &i : in.improvements)
            table.addRow({html::text(i.reference), html::text(date(i.raised)), html::text(i.opportunity),
                          html::text(choice(Entity::Improvement, ImprovementField::Source, i.source)),
                          html::text(choice(Entity::Improvement, ImprovementField::Status, i.status)),
                          html::text(i.decision)});
        return html::paragraph(tr("Opportunities raised in this period, and those still open:")) + table.toHtml();
    }
    default:
        return {};
    }
}

void ManagementReviewPack::build(const Inputs &in, ReportDocument *report)
{
    const QString status = in.status.isEmpty() ? QString() : choice(Entity::ManagementReview, ReviewField::Status, in.status);
    report->subtitle = in.reference.isEmpty()
        ? tr("Inputs for the next management review, prepared on %1").arg(date(in.date))
        : tr("%1 of %2 (%3)").arg(in.reference, date(in.date), status.toLower());

    QList<QPair<QString, QString>> facts;
    if (!in.reference.isEmpty()) {
        facts << qMakePair(tr("Review"), html::text(in.reference)) << qMakePair(tr("Date"), html::text(date(in.date)))
              << qMakePair(tr("Status"), html::text(status))
              << qMakePair(tr("Chair"), in.chair.isEmpty() ? warn(tr("Not recorded")) : html::text(in.chair))
              << qMakePair(tr("Attendees"), in.attendees.isEmpty() ? warn(tr("Not recorded")) : html::text(in.attendees));
    }
    facts << qMakePair(tr("Period covered"),
                       html::text(in.previousReview.isEmpty()
                                      ? tr("The year up to %1 (no earlier management review is recorded)").arg(date(in.date))
                                      : tr("Since %1 on %2").arg(in.previousReview, date(in.periodStart))));
    QString intro = html::facts(facts);
    if (in.reference.isEmpty())
        intro += html::paragraph(tr("No management review is recorded in this file yet. Rampart assembled the inputs "
                                    "as of today, to prepare the first one."),
                                 QStringLiteral("warn"));
    else if (in.status == QLatin1String("planned"))
        intro += html::paragraph(tr("This review is planned. Rampart assembled the inputs from the file; the minutes "
                                    "are written at the meeting."));
    intro += html::paragraph(tr("Clause 9.3.2 asks top management to consider inputs a) to g). For each, the pack "
                                "shows what Rampart assembled from the ISMS file, then the minutes of the discussion."),
                             QStringLiteral("muted"));
    report->sections.append({tr("The review"), intro, false});

    for (int i = 0; i < ReviewField::InputCount; ++i) {
        QString body = QStringLiteral("<h3>%1</h3>").arg(tr("Assembled by Rampart from the file")) + inputFacts(in, i);
        body += QStringLiteral("<h3>%1</h3>").arg(tr("Minutes"));
        body += in.minutes[i].trimmed().isEmpty()
            ? muted(in.status == QLatin1String("held") ? tr("No minutes recorded for this input.")
                                                       : tr("To be minuted at the review."))
            : html::paragraph(in.minutes[i]);
        report->sections.append({Inputs::heading(i), body, false});
    }

    QString results = QStringLiteral("<h3>%1</h3>").arg(tr("Conclusions"));
    results += in.conclusions.trimmed().isEmpty() ? muted(tr("No conclusions recorded.")) : html::paragraph(in.conclusions);
    results += QStringLiteral("<h3>%1</h3>").arg(tr("Decisions and actions"));
    results += in.results.empty() ? muted(tr("No decisions or actions recorded.")) : actionsTable(in.results, false);
    report->sections.append({tr("Results of the review (clause 9.3.3)"), results, true});
}

} // namespace rampart
