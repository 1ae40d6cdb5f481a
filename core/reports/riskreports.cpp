#include "riskreports.h"

#include "clock.h"
#include "document.h"
#include "domain/risk.h"
#include "html.h"
#include "stores/assetstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskstore.h"
#include "stores/valuerules.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>
#include <utility>

namespace rampart {

namespace {

const QColor GroupBackground(0xee, 0xf2, 0xf6);
// Rows of a list in the summary: beyond, the register has the rest.
constexpr size_t SummaryRows = 100;

QString warn(const QString &text)
{
    return QStringLiteral("<span class=\"warn\">%1</span>").arg(html::text(text));
}

QString muted(const QString &text)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(html::text(text));
}

QString ok(const QString &text)
{
    return QStringLiteral("<span class=\"ok\">%1</span>").arg(html::text(text));
}

QString dash()
{
    return muted(QStringLiteral("\u2014"));
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? dash() : html::text(text.trimmed());
}

QString number(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

// A level's name on its colour, inline (in running text or a cell of another colour).
QString levelBadge(const RiskMethod &method, int level)
{
    if (level < 0)
        return muted(RiskReports::tr("not rated"));
    const QColor colour = method.levelColour(level);
    return QStringLiteral("<span style=\"background-color: %1; color: %2\">&nbsp;%3&nbsp;</span>")
        .arg(colour.name(), html::textOn(colour).name(), html::text(method.levelName(level)));
}

// "High (15)" with the level on its colour.
QString ratingBadge(const RiskMethod &method, const RiskRating &rating)
{
    if (!rating.isRated())
        return muted(RiskReports::tr("not rated"));
    return QStringLiteral("%1 %2").arg(levelBadge(method, rating.level)).arg(rating.score);
}

// A register cell with the rating: L x I = score, and the level, on the level's colour.
html::Cell ratingCell(const RiskMethod &method, const RiskRating &rating)
{
    if (!rating.isRated())
        return {muted(RiskReports::tr("Not rated")), {}, 1};
    const QColor colour = method.levelColour(rating.level);
    const QString text = QStringLiteral("<b>%1</b> %2<br/>").arg(html::text(method.levelName(rating.level))).arg(rating.score)
        + RiskReports::tr("L%1 \u00d7 I%2").arg(rating.likelihood).arg(rating.impact);
    return {html::onColour(text, colour), colour, 1};
}

QString treatmentText(const QString &key)
{
    return key.isEmpty() ? warn(RiskReports::tr("Not decided")) : html::text(RiskVocabulary::treatmentLabel(key));
}

// Risks in the order of their references (R-2 before R-10).
template<typename T, typename Key>
void sortNaturally(std::vector<T> &items, Key key)
{
    std::vector<std::pair<QString, T>> keyed;
    keyed.reserve(items.size());
    for (T &item : items)
        keyed.emplace_back(ValueRules::naturalSortKey(key(item)), std::move(item));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    items.clear();
    for (auto &[sortKey, item] : keyed)
        items.push_back(std::move(item));
}

bool isReviewOverdue(const Risk &risk, const QDate &now)
{
    const QDate next = QDate::fromString(risk.nextReview, Qt::ISODate);
    return next.isValid() && next < now;
}

QString scaleTable(const RiskMethod &method, RiskMethod::Axis axis)
{
    html::Table table({RiskReports::tr("Value"), RiskReports::tr("Label"), RiskReports::tr("What it means here")},
                      {8, 20, 72});
    for (const ScaleLevel &level : method.scale(axis))
        table.addRow({QStringLiteral("<b>%1</b>").arg(level.value), html::text(level.label),
                      level.description.trimmed().isEmpty() ? warn(RiskReports::tr("Not described"))
                                                            : html::text(level.description)});
    return table.toHtml();
}

// The matrix with one cell per (likelihood, impact), likelihood from the top down, each
// cell on its level's colour with cell(l, i) in it.
template<typename CellText>
QString matrixTable(const RiskMethod &method, CellText cell)
{
    QStringList headers = {RiskReports::tr("Likelihood \u2193 / Impact \u2192")};
    QList<int> widths = {18};
    const int columns = method.impactCount();
    for (int i = 1; i <= columns; ++i) {
        headers << QStringLiteral("%1<br/>%2").arg(i).arg(html::text(method.label(RiskMethod::Axis::Impact, i)));
        widths << 82 / qMax(1, columns);
    }
    html::Table table(headers, widths);
    // The rows stay together on one page.
    for (int l = method.likelihoodCount(); l >= 1; --l) {
        QList<html::Cell> cells;
        cells.append({QStringLiteral("<b>%1</b> %2").arg(l).arg(html::text(method.label(RiskMethod::Axis::Likelihood, l))),
                      {}, 1});
        for (int i = 1; i <= columns; ++i) {
            const int level = method.levelAt(l, i);
            const QColor colour = method.levelColour(level);
            cells.append({html::onColour(cell(l, i, level), colour), colour, 1});
        }
        table.addRow(cells, l < method.likelihoodCount());
    }
    return table.toHtml();
}

// Risks per cell of the matrix, from the register's own count.
std::vector<int> cellCounts(Document &document, const RiskMethod &method, bool residual)
{
    std::vector<int> counts(size_t(method.likelihoodCount() * method.impactCount()), 0);
    for (const RiskStore::CellCount &c : document.risks().cellCounts(residual)) {
        if (method.isValidValue(RiskMethod::Axis::Likelihood, c.likelihood)
            && method.isValidValue(RiskMethod::Axis::Impact, c.impact))
            counts[size_t((c.likelihood - 1) * method.impactCount() + (c.impact - 1))] += c.count;
    }
    return counts;
}

QString heatMap(const RiskMethod &method, const std::vector<int> &counts, int risks)
{
    int total = 0;
    for (int c : counts)
        total += c;
    QString out = matrixTable(method, [&](int l, int i, int) {
        const int n = counts[size_t((l - 1) * method.impactCount() + (i - 1))];
        return n > 0 ? QStringLiteral("<span style=\"font-size: 13pt\"><b>%1</b></span>").arg(number(n))
                     : QStringLiteral("&nbsp;");
    });
    QString note = RiskReports::tr("%1 of %2 risks rated.").arg(number(total), number(risks));
    if (total < risks)
        note += QLatin1Char(' ')
            + RiskReports::tr("%n risk(s) without this rating are not in the map.", nullptr, risks - total);
    return out + html::paragraph(note, QStringLiteral("muted"));
}

QString countTable(const QString &heading, const std::vector<std::pair<QString, int>> &rows)
{
    html::Table table({heading, RiskReports::tr("Risks")}, {70, 30});
    for (const auto &[label, count] : rows)
        table.addRow({label, number(count)});
    return table.toHtml();
}

} // namespace

void RiskReports::buildRegister(Document &document, ReportDocument *report)
{
    const RiskMethod &method = document.riskMethod();
    const QDate now = today();
    std::vector<Risk> risks = document.risks().all();
    sortNaturally(risks, [](const Risk &r) { return r.reference; });
    const int riskCount = int(risks.size());
    report->landscape = true;
    report->subtitle = tr("Risk assessment results, clauses 6.1.2 and 8.2 of ISO/IEC 27001:2022");

    // --- About -----------------------------------------------------------------------
    int aboveThreshold = 0, overdueReviews = 0, inherentRated = 0, residualRated = 0;
    for (const Risk &r : risks) {
        const RiskRating current = currentRating(method, r.inherentLikelihood, r.inherentImpact, r.residualLikelihood,
                                                 r.residualImpact);
        aboveThreshold += method.isAboveThreshold(current) ? 1 : 0;
        overdueReviews += isReviewOverdue(r, now) ? 1 : 0;
        inherentRated += method.rate(r.inherentLikelihood, r.inherentImpact).isRated() ? 1 : 0;
        residualRated += method.rate(r.residualLikelihood, r.residualImpact).isRated() ? 1 : 0;
    }
    QString about = html::paragraph(
        tr("This document holds the organisation's information security risk assessment: the method by which "
           "risks are identified, analysed and evaluated (clause 6.1.2), the results as heat maps and figures, "
           "and the risk register with every risk, its owner, its rating before and after treatment and the "
           "treatment chosen (clause 8.2). Ratings are derived from the likelihood and impact through the "
           "method below; \"now\" means the residual rating where it is given, else the inherent one."));
    if (risks.empty())
        about += html::paragraph(tr("The register holds no risks yet: the risk assessment has not been recorded."),
                                 QStringLiteral("warn"));
    about += html::facts({
        {tr("Risks in the register"), number(riskCount)},
        {tr("Rated before treatment"), number(inherentRated)},
        {tr("Rated after treatment"), number(residualRated)},
        {tr("Above the acceptance threshold now"), aboveThreshold > 0 ? warn(number(aboveThreshold)) : ok(number(0))},
        {tr("Reviews overdue"), overdueReviews > 0 ? warn(number(overdueReviews)) : ok(number(0))},
        {tr("Method"), html::text(method.summary())},
        {tr("As of"), html::text(QLocale().toString(now, QLocale::LongFormat))},
    });
    report->sections.append({tr("About this risk assessment"), about, false});

    // --- Method ----------------------------------------------------------------------
    QString methodHtml = QStringLiteral("<h2>%1</h2>").arg(tr("Likelihood scale"))
        + scaleTable(method, RiskMethod::Axis::Likelihood);
    methodHtml += QStringLiteral("<h2>%1</h2>").arg(tr("Impact scale")) + scaleTable(method, RiskMethod::Axis::Impact);
    methodHtml += QStringLiteral("<h2>%1</h2>").arg(tr("Risk matrix"));
    methodHtml += html::paragraph(tr("The level of a risk is read from its likelihood (row) and its impact "
                                     "(column); its score is likelihood \u00d7 impact."));
    methodHtml += matrixTable(method, [&](int l, int i, int level) {
        return QStringLiteral("<b>%1</b><br/>%2").arg(html::text(method.levelName(level))).arg(l * i);
    });
    methodHtml += QStringLiteral("<h2>%1</h2>").arg(tr("Risk levels"));
    {
        std::vector<int> cells(method.levels.size(), 0);
        for (int level : method.matrix) {
            if (level >= 0 && level < int(cells.size()))
                ++cells[size_t(level)];
        }
        html::Table levels({tr("Level"), tr("Colour"), tr("Cells of the matrix"), tr("Acceptance")}, {20, 12, 18, 50});
        for (int level = 0; level < int(method.levels.size()); ++level) {
            const QColor colour = method.levelColour(level);
            levels.addRow(QList<html::Cell>{
                {QStringLiteral("<b>%1</b>").arg(html::text(method.levelName(level))), {}, 1},
                {html::onColour(html::text(colour.name()), colour), colour, 1},
                {number(cells[size_t(level)]), {}, 1},
                {level <= method.acceptanceLevel
                     ? html::text(tr("May be accepted by the risk owner"))
                     : html::text(tr("Above the threshold: to be treated, or retained with a written justification")),
                 {}, 1}});
        }
        methodHtml += levels.toHtml();
    }
    methodHtml += QStringLiteral("<h2>%1</h2>").arg(tr("Risk acceptance criteria"));
    methodHtml += html::facts({
        {tr("Acceptance threshold"),
         html::text(tr("Risks up to and including the level %1 may be accepted").arg(method.levelName(method.acceptanceLevel)))},
        {tr("Criteria"), method.acceptanceCriteria.trimmed().isEmpty() ? warn(tr("Not written"))
                                                                        : html::text(method.acceptanceCriteria)},
        {tr("Review interval"), html::text(tr("Every %n month(s)", nullptr, method.reviewIntervalMonths))},
    });
    report->sections.append({tr("Risk assessment method (clause 6.1.2)"), methodHtml, true});

    // --- Heat maps --------------------------------------------------------------------
    const std::vector<int> inherentCells = cellCounts(document, method, false);
    const std::vector<int> residualCells = cellCounts(document, method, true);
    QString maps = html::paragraph(tr("The number of risks in each cell of the risk matrix, before treatment "
                                      "(inherent rating) and after treatment (residual rating)."));
    maps += QStringLiteral("<h2>%1</h2>").arg(tr("Before treatment (inherent)")) + heatMap(method, inherentCells, riskCount);
    maps += QStringLiteral("<h2>%1</h2>").arg(tr("After treatment (residual)")) + heatMap(method, residualCells, riskCount);
    report->sections.append({tr("Heat maps"), maps, true});

    // --- Summary ----------------------------------------------------------------------
    QString summary;
    {
        std::vector<int> inherent(method.levels.size(), 0), residual(method.levels.size(), 0);
        for (int l = 1; l <= method.likelihoodCount(); ++l) {
            for (int i = 1; i <= method.impactCount(); ++i) {
                const size_t cell = size_t((l - 1) * method.impactCount() + (i - 1));
                const int level = method.levelAt(l, i);
                if (level >= 0 && level < int(inherent.size())) {
                    inherent[size_t(level)] += inherentCells[cell];
                    residual[size_t(level)] += residualCells[cell];
                }
            }
        }
        const std::vector<int> current = document.risks().countsPerLevel(method);
        html::Table perLevel({tr("Level"), tr("Before treatment"), tr("After treatment"), tr("Now")}, {31, 23, 23, 23});
        int inherentSum = 0, residualSum = 0, currentSum = 0;
        for (int level = 0; level < int(method.levels.size()); ++level) {
            const QColor colour = method.levelColour(level);
            const int c = level < int(current.size()) ? current[size_t(level)] : 0;
            perLevel.addRow(QList<html::Cell>{
                {html::onColour(QStringLiteral("<b>%1</b>").arg(html::text(method.levelName(level))), colour), colour, 1},
                {number(inherent[size_t(level)]), {}, 1},
                {number(residual[size_t(level)]), {}, 1},
                {number(c), {}, 1}});
            inherentSum += inherent[size_t(level)];
            residualSum += residual[size_t(level)];
            currentSum += c;
        }
        perLevel.addRow({muted(tr("Not rated")), number(riskCount - inherentSum), number(riskCount - residualSum),
                         number(riskCount - currentSum)});
        perLevel.addRow({QStringLiteral("<b>%1</b>").arg(tr("All risks")), number(riskCount), number(riskCount),
                         number(riskCount)});
        summary += QStringLiteral("<h2>%1</h2>").arg(tr("Risks per level")) + perLevel.toHtml();

        std::map<QString, int> byStatus, byTreatment;
        for (const Risk &r : risks) {
            ++byStatus[r.status];
            ++byTreatment[r.treatment];
        }
        std::vector<std::pair<QString, int>> statusRows, treatmentRows;
        for (const QString &key : RiskVocabulary::statusKeys())
            statusRows.emplace_back(html::text(RiskVocabulary::statusLabel(key)), byStatus[key]);
        for (const QString &key : RiskVocabulary::treatmentKeys())
            treatmentRows.emplace_back(html::text(RiskVocabulary::treatmentLabel(key)), byTreatment[key]);
        treatmentRows.emplace_back(warn(tr("Not decided")), byTreatment[QString()]);
        summary += QStringLiteral("<h2>%1</h2>").arg(tr("By status")) + countTable(tr("Status"), statusRows);
        summary += QStringLiteral("<h2>%1</h2>").arg(tr("By treatment option (clause 6.1.3 a)"))
            + countTable(tr("Treatment option"), treatmentRows);

        // The highest first; a long list is cut short here, the register has them all.
        summary += QStringLiteral("<h2>%1</h2>").arg(tr("Above the acceptance threshold"));
        std::vector<std::pair<RiskRating, const Risk *>> aboveRisks;
        for (const Risk &r : risks) {
            const RiskRating rating = currentRating(method, r.inherentLikelihood, r.inherentImpact, r.residualLikelihood,
                                                    r.residualImpact);
            if (method.isAboveThreshold(rating))
                aboveRisks.emplace_back(rating, &r);
        }
        std::stable_sort(aboveRisks.begin(), aboveRisks.end(), [](const auto &a, const auto &b) {
            return a.first.level != b.first.level ? a.first.level > b.first.level : a.first.score > b.first.score;
        });
        html::Table above({tr("Risk"), tr("Title"), tr("Owner"), tr("Now"), tr("Treatment option"), tr("Status")},
                          {8, 36, 16, 12, 16, 12});
        for (size_t i = 0; i < aboveRisks.size() && i < SummaryRows; ++i) {
            const Risk &r = *aboveRisks[i].second;
            above.addRow({QStringLiteral("<b>%1</b>").arg(html::text(r.reference)), html::text(r.title), orDash(r.owner),
                          ratingBadge(method, aboveRisks[i].first), treatmentText(r.treatment),
                          html::text(RiskVocabulary::statusLabel(r.status))});
        }
        if (above.isEmpty()) {
            summary += html::paragraph(
                tr("No risk lies above the acceptance threshold (%1).").arg(method.levelName(method.acceptanceLevel)));
        } else {
            summary += html::paragraph(tr("%n risk(s) rated above %1 now: each needs treatment, or a justified "
                                          "acceptance by its owner (see the risk treatment plan).",
                                          nullptr, int(aboveRisks.size()))
                                           .arg(method.levelName(method.acceptanceLevel)));
            summary += above.toHtml();
            if (aboveRisks.size() > SummaryRows)
                summary += html::paragraph(tr("The %1 highest are listed here; the register below holds the other %2.")
                                               .arg(number(SummaryRows), number(aboveRisks.size() - SummaryRows)),
                                           QStringLiteral("muted"));
        }

        summary += QStringLiteral("<h2>%1</h2>").arg(tr("Reviews overdue"));
        html::Table overdue({tr("Risk"), tr("Title"), tr("Owner"), tr("Last review"), tr("Review due")},
                            {8, 46, 18, 14, 14});
        size_t overdueCount = 0;
        for (const Risk &r : risks) {
            if (!isReviewOverdue(r, now) || ++overdueCount > SummaryRows)
                continue;
            overdue.addRow({QStringLiteral("<b>%1</b>").arg(html::text(r.reference)), html::text(r.title),
                            orDash(r.owner), orDash(r.lastReview), warn(r.nextReview)});
        }
        summary += overdue.isEmpty() ? html::paragraph(tr("No risk is overdue for review.")) : overdue.toHtml();
        if (overdueCount > SummaryRows)
            summary += html::paragraph(tr("The first %1 are listed here; the register below marks the other %2.")
                                           .arg(number(SummaryRows), number(overdueCount - SummaryRows)),
                                       QStringLiteral("muted"));
    }
    report->sections.append({tr("Summary of the results"), summary, true});

    // --- The register ----------------------------------------------------------------
    QString registerHtml;
    if (risks.empty()) {
        registerHtml = html::paragraph(tr("The register holds no risks yet."));
    } else {
        registerHtml = html::paragraph(
            tr("One entry per risk. L is the likelihood and I the impact on the method's scales; the second line "
               "of an entry holds the scenario, the existing controls and the notes."));
        html::Table table({tr("Risk"), tr("Title"), tr("Assets"), tr("Threat / vulnerability"), tr("Owner"),
                           tr("Inherent"), tr("Treatment option"), tr("Planned controls"), tr("Residual"),
                           tr("Status"), tr("Next review")},
                          {6, 14, 6, 19, 8, 8, 8, 7, 8, 8, 8});
        for (const Risk &r : risks) {
            QString threat;
            if (!r.threat.trimmed().isEmpty())
                threat += QStringLiteral("<b>%1</b> %2").arg(tr("Threat:"), html::text(r.threat));
            if (!r.vulnerability.trimmed().isEmpty())
                threat += (threat.isEmpty() ? QString() : QStringLiteral("<br/>"))
                    + QStringLiteral("<b>%1</b> %2").arg(tr("Vulnerability:"), html::text(r.vulnerability));
            QString status = html::text(RiskVocabulary::statusLabel(r.status));
            QString review = orDash(r.nextReview);
            if (isReviewOverdue(r, now))
                review = warn(r.nextReview) + QStringLiteral("<br/>") + warn(tr("overdue"));
            table.addRow(QList<html::Cell>{
                {QStringLiteral("<b>%1</b>").arg(html::text(r.reference)), {}, 1},
                {html::text(r.title), {}, 1},
                {r.assets.isEmpty() ? dash() : html::text(r.assets.join(QStringLiteral(", "))), {}, 1},
                {threat.isEmpty() ? dash() : threat, {}, 1},
                {orDash(r.owner), {}, 1},
                ratingCell(method, method.rate(r.inherentLikelihood, r.inherentImpact)),
                {treatmentText(r.treatment), {}, 1},
                {r.plannedControls.isEmpty() ? dash() : html::text(r.plannedControls.join(QStringLiteral(", "))), {}, 1},
                ratingCell(method, method.rate(r.residualLikelihood, r.residualImpact)),
                {status, {}, 1},
                {review, {}, 1},
            });
            // The long texts, whole, on a second line of the entry.
            QStringList details;
            auto detail = [&details](const QString &label, const QString &text) {
                if (!text.trimmed().isEmpty())
                    details << QStringLiteral("<b>%1</b> %2").arg(label, html::text(text.trimmed()));
            };
            detail(tr("Scenario:"), r.description);
            detail(tr("Existing controls:"), r.existingControls);
            detail(tr("Notes:"), r.notes);
            QStringList facts;
            if (!r.category.trimmed().isEmpty())
                facts << tr("Category: %1").arg(r.category.trimmed());
            if (!r.properties.isEmpty())
                facts << tr("Affects: %1").arg(RiskVocabulary::propertiesLabel(r.properties));
            if (!r.identifiedOn.isEmpty())
                facts << tr("Identified %1").arg(r.identifiedOn);
            if (!r.lastReview.isEmpty())
                facts << tr("Last reviewed %1").arg(r.lastReview);
            if (!facts.isEmpty())
                details << muted(facts.join(QStringLiteral(" \u00b7 ")));
            if (!details.isEmpty())
                table.addRow(QList<html::Cell>{{QStringLiteral("<span style=\"font-size: 8pt\">%1</span>")
                                                    .arg(details.join(QStringLiteral("<br/>"))),
                                                {}, table.columnCount()}},
                             true);
        }
        registerHtml += table.toHtml();
    }
    report->sections.append({tr("Risk register (clauses 6.1.2, 8.2)"), registerHtml, true});

    // --- Assets named ----------------------------------------------------------------
    std::vector<Asset> assets = document.assets().all();
    sortNaturally(assets, [](const Asset &a) { return a.reference; });
    QString assetHtml;
    if (assets.empty()) {
        assetHtml = html::paragraph(tr("The asset inventory is empty."));
    } else {
        html::Table table({tr("Asset"), tr("Name"), tr("Type"), tr("Owner"), tr("Location"), tr("C / I / A")},
                          {8, 34, 12, 18, 18, 10});
        auto value = [](int v) { return v > 0 ? QString::number(v) : QStringLiteral("\u2013"); };
        for (const Asset &a : assets)
            table.addRow({QStringLiteral("<b>%1</b>").arg(html::text(a.reference)), html::text(a.name),
                          html::text(RiskVocabulary::assetTypeLabel(a.type)), orDash(a.owner), orDash(a.location),
                          QStringLiteral("%1 / %2 / %3").arg(value(a.confidentiality), value(a.integrity),
                                                             value(a.availability))});
        assetHtml = table.toHtml();
    }
    report->sections.append({tr("Asset inventory"), assetHtml, true});
}

void RiskReports::buildTreatmentPlan(Document &document, ReportDocument *report)
{
    const RiskMethod &method = document.riskMethod();
    const QDate now = today();
    std::vector<Risk> risks = document.risks().all();
    sortNaturally(risks, [](const Risk &r) { return r.reference; });
    const std::vector<RiskActionRow> actionRows = document.riskActions().rows();
    std::vector<RiskAcceptanceRow> acceptances = document.riskAcceptances().rows();
    sortNaturally(acceptances, [](const RiskAcceptanceRow &row) { return row.riskReference; });
    report->subtitle = tr("Risk treatment plan, clauses 6.1.3 e) and f) and 8.3 of ISO/IEC 27001:2022");

    QHash<qint64, std::vector<const RiskAction *>> actionsOf;
    int open = 0, overdue = 0, done = 0;
    for (const RiskActionRow &row : actionRows) {
        actionsOf[row.action.riskId].push_back(&row.action);
        open += row.action.isOpen() ? 1 : 0;
        overdue += row.action.isOverdue(now) ? 1 : 0;
        done += row.action.status == QLatin1String("done") ? 1 : 0;
    }
    QHash<qint64, const RiskAcceptanceRow *> latestAcceptance;
    int valid = 0, renewal = 0, expired = 0;
    for (const RiskAcceptanceRow &row : acceptances) {
        if (!row.latest)
            continue;
        latestAcceptance.insert(row.acceptance.riskId, &row);
        switch (row.acceptance.stateFor(method, row.current, row.currentTreatment, now)) {
        case RiskAcceptance::State::Valid: ++valid; break;
        case RiskAcceptance::State::NeedsRenewal: ++renewal; break;
        case RiskAcceptance::State::Expired: ++expired; break;
        }
    }
    std::vector<const Risk *> treated;
    for (const Risk &r : risks) {
        if (!r.treatment.isEmpty() || actionsOf.contains(r.id))
            treated.push_back(&r);
    }

    // --- About -----------------------------------------------------------------------
    QString about = html::paragraph(
        tr("This plan sets out how the organisation treats its information security risks (clause 6.1.3 e): "
           "for each risk the treatment option and the controls chosen, and the actions that put them in "
           "place, with who does them and by when; then the risk owners' acceptance of the residual risks "
           "(clause 6.1.3 f). Progress is recorded as the plan is carried out (clause 8.3)."));
    about += html::facts({
        {tr("Risks in the register"), number(risks.size())},
        {tr("Risks with a treatment decided"), number(treated.size())},
        {tr("Treatment actions"), html::text(tr("%1 in all: %2 open, %3 done").arg(number(actionRows.size()), number(open), number(done)))},
        {tr("Actions overdue"), overdue > 0 ? warn(number(overdue)) : ok(number(0))},
        {tr("Acceptances of residual risk"),
         html::text(tr("%1 in force, %2 needing renewal, %3 expired").arg(number(valid), number(renewal), number(expired)))},
        {tr("As of"), html::text(QLocale().toString(now, QLocale::LongFormat))},
    });
    report->sections.append({tr("About this plan"), about, false});

    // --- Treatment per risk -------------------------------------------------------------
    QString plan;
    if (risks.empty()) {
        plan = html::paragraph(tr("The register holds no risks yet, so there is nothing to treat."));
    } else if (treated.empty()) {
        plan = html::paragraph(tr("No treatment has been decided for any risk yet, and no action is planned."),
                               QStringLiteral("warn"));
    } else {
        plan = html::paragraph(tr("Each risk with its treatment, followed by its actions. Actions past their due "
                                  "date and not done are marked overdue."));
        html::Table table({tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Cost or effort"), tr("Done on")},
                          {33, 15, 13, 12, 14, 13});
        for (const Risk *r : treated) {
            const RiskRating inherent = method.rate(r->inherentLikelihood, r->inherentImpact);
            const RiskRating residual = method.rate(r->residualLikelihood, r->residualImpact);
            QString head = QStringLiteral("<b>%1 %2</b><br/>").arg(html::text(r->reference), html::text(r->title));
            head += tr("Risk owner: %1").arg(orDash(r->owner)) + QStringLiteral(" \u00b7 ")
                + tr("Option: %1").arg(treatmentText(r->treatment)) + QStringLiteral(" \u00b7 ")
                + tr("Controls: %1").arg(r->plannedControls.isEmpty()
                                             ? dash()
                                             : html::text(r->plannedControls.join(QStringLiteral(", "))));
            head += QStringLiteral("<br/>") + tr("Before treatment: %1").arg(ratingBadge(method, inherent))
                + QStringLiteral(" \u00b7 ") + tr("after treatment: %1").arg(ratingBadge(method, residual));
            table.addRow(QList<html::Cell>{{head, GroupBackground, table.columnCount()}});
            const auto found = actionsOf.constFind(r->id);
            if (found == actionsOf.constEnd()) {
                table.addRow(QList<html::Cell>{{muted(tr("No treatment action recorded for this risk.")), {},
                                                table.columnCount()}},
                             true);
                continue;
            }
            for (const RiskAction *a : *found) {
                const bool late = a->isOverdue(now);
                table.addRow(QList<html::Cell>{
                    {html::text(a->title), {}, 1},
                    {orDash(a->owner), {}, 1},
                    {late ? warn(a->dueOn) : orDash(a->dueOn), {}, 1},
                    {html::text(RiskVocabulary::actionStatusLabel(a->status))
                         + (late ? QStringLiteral("<br/>") + warn(tr("Overdue")) : QString()),
                     {}, 1},
                    {orDash(a->effort), {}, 1},
                    {orDash(a->completedOn), {}, 1},
                }, true);
            }
        }
        plan += table.toHtml();
    }
    report->sections.append({tr("Treatment of each risk (clauses 6.1.3 e, 8.3)"), plan, true});

    // --- Actions by owner -------------------------------------------------------------
    QString byOwner;
    if (actionRows.empty()) {
        byOwner = html::paragraph(tr("No treatment action has been recorded yet."));
    } else {
        std::map<QString, std::vector<const RiskActionRow *>> owners;
        for (const RiskActionRow &row : actionRows)
            owners[row.action.owner.trimmed()].push_back(&row);
        html::Table table({tr("Risk"), tr("Action"), tr("Due"), tr("Status")}, {12, 54, 14, 20});
        for (auto &[owner, rows] : owners) {
            std::stable_sort(rows.begin(), rows.end(), [](const RiskActionRow *a, const RiskActionRow *b) {
                // Undated actions last.
                if (a->action.dueOn.isEmpty() != b->action.dueOn.isEmpty())
                    return b->action.dueOn.isEmpty();
                return a->action.dueOn < b->action.dueOn;
            });
            int ownerOpen = 0, ownerLate = 0;
            for (const RiskActionRow *row : rows) {
                ownerOpen += row->action.isOpen() ? 1 : 0;
                ownerLate += row->action.isOverdue(now) ? 1 : 0;
            }
            QString head = owner.isEmpty() ? warn(tr("No owner named")) : QStringLiteral("<b>%1</b>").arg(html::text(owner));
            head += QStringLiteral(" \u2014 ")
                + html::text(tr("%n action(s)", nullptr, int(rows.size())) + QStringLiteral(", ")
                             + tr("%n open", nullptr, ownerOpen));
            if (ownerLate > 0)
                head += QStringLiteral(", ") + warn(tr("%n overdue", nullptr, ownerLate));
            table.addRow(QList<html::Cell>{{head, GroupBackground, table.columnCount()}});
            // The owner's line stays with their first action; a long list of actions
            // goes on over the pages row by row.
            bool first = true;
            for (const RiskActionRow *row : rows) {
                const bool late = row->action.isOverdue(now);
                table.addRow(QList<html::Cell>{
                                 {QStringLiteral("<b>%1</b>").arg(html::text(row->riskReference)), {}, 1},
                                 {html::text(row->action.title), {}, 1},
                                 {late ? warn(row->action.dueOn) : orDash(row->action.dueOn), {}, 1},
                                 {html::text(RiskVocabulary::actionStatusLabel(row->action.status))
                                      + (late ? QStringLiteral("<br/>") + warn(tr("Overdue")) : QString()),
                                  {}, 1},
                             },
                             std::exchange(first, false));
            }
        }
        byOwner = table.toHtml();
    }
    report->sections.append({tr("Actions by owner"), byOwner, true});

    // --- Acceptances --------------------------------------------------------------------
    QString accepted;
    if (acceptances.empty()) {
        accepted = html::paragraph(tr("No risk owner has accepted a residual risk yet."));
    } else {
        accepted = html::paragraph(
            tr("Each acceptance holds the risk as it was rated when accepted. An acceptance needs renewal when the "
               "risk's level, score or treatment has changed since, and runs out on its expiry date (else %n "
               "month(s) after it was given, the method's review interval). Older acceptances of the same risk "
               "are superseded.",
               nullptr, method.reviewIntervalMonths));
        html::Table table({tr("Risk"), tr("Accepted by"), tr("Accepted on"), tr("Expires"), tr("As accepted"),
                           tr("State"), tr("Justification")},
                          {8, 15, 13, 13, 12, 13, 26});
        for (const RiskAcceptanceRow &row : acceptances) {
            const RiskAcceptance &a = row.acceptance;
            const QDate expiry = a.effectiveExpiry(method);
            QString state;
            if (!row.latest) {
                state = muted(tr("Superseded"));
            } else {
                switch (a.stateFor(method, row.current, row.currentTreatment, now)) {
                case RiskAcceptance::State::Valid: state = ok(tr("In force")); break;
                case RiskAcceptance::State::NeedsRenewal:
                    state = warn(tr("Needs renewal")) + QStringLiteral("<br/>")
                        + muted(tr("now %1").arg(method.levelName(row.current.level)));
                    break;
                case RiskAcceptance::State::Expired: state = warn(tr("Expired")); break;
                }
            }
            const int level = method.levelIndex(a.level);
            QString asAccepted = level >= 0 ? QStringLiteral("%1 %2").arg(levelBadge(method, level)).arg(a.score)
                                            : html::text(a.level);
            if (!a.treatment.isEmpty())
                asAccepted += QStringLiteral("<br/>") + muted(RiskVocabulary::treatmentLabel(a.treatment));
            table.addRow({QStringLiteral("<b>%1</b>").arg(html::text(row.riskReference)), html::text(a.acceptedBy),
                          orDash(a.acceptedOn),
                          expiry.isValid() ? html::text(expiry.toString(Qt::ISODate))
                                  + (a.expiresOn.isEmpty() ? QStringLiteral("<br/>") + muted(tr("review interval")) : QString())
                                           : dash(),
                          asAccepted, state,
                          a.justification.trimmed().isEmpty() ? muted(tr("None given")) : html::text(a.justification)});
        }
        accepted += table.toHtml();
    }

    // Risks kept although above the threshold: each needs its justification.
    accepted += QStringLiteral("<h2>%1</h2>").arg(tr("Risks retained above the acceptance threshold"));
    html::Table retained({tr("Risk"), tr("Title"), tr("Risk owner"), tr("Now"), tr("Justification")},
                         {8, 26, 14, 12, 40});
    for (const Risk &r : risks) {
        const RiskRating rating = currentRating(method, r.inherentLikelihood, r.inherentImpact, r.residualLikelihood,
                                                r.residualImpact);
        const bool kept = r.treatment == QLatin1String("retain") || r.status == QLatin1String("accepted");
        if (!kept || !method.isAboveThreshold(rating))
            continue;
        const RiskAcceptanceRow *acceptance = latestAcceptance.value(r.id, nullptr);
        QString justification = acceptance && !acceptance->acceptance.justification.trimmed().isEmpty()
            ? html::text(acceptance->acceptance.justification) + QStringLiteral("<br/>")
                + muted(tr("accepted by %1 on %2").arg(acceptance->acceptance.acceptedBy, acceptance->acceptance.acceptedOn))
            : warn(tr("No justification recorded"));
        retained.addRow({QStringLiteral("<b>%1</b>").arg(html::text(r.reference)), html::text(r.title), orDash(r.owner),
                         ratingBadge(method, rating), justification});
    }
    accepted += retained.isEmpty()
        ? html::paragraph(tr("No risk above the acceptance threshold (%1) is retained.").arg(method.levelName(method.acceptanceLevel)))
        : retained.toHtml();
    report->sections.append({tr("Acceptance of residual risks (clause 6.1.3 f)"), accepted, true});

    // --- Sign-off ---------------------------------------------------------------------
    std::map<QString, int> owners;
    for (const Risk *r : treated)
        ++owners[r->owner.trimmed()];
    QString signOff;
    if (owners.empty()) {
        signOff = html::paragraph(tr("There is no treatment for the risk owners to approve yet."));
    } else {
        signOff = html::paragraph(tr("By signing, each risk owner approves the treatment of the risks they own as "
                                     "set out in this plan, and accepts the residual risks as stated in it."));
        html::Table table({tr("Risk owner"), tr("Risks"), tr("Signature"), tr("Date")}, {30, 12, 38, 20});
        for (const auto &[owner, count] : owners)
            table.addRow({owner.isEmpty() ? warn(tr("No owner named")) : html::text(owner), number(count),
                          QStringLiteral("&nbsp;<br/>&nbsp;<br/>&nbsp;"), QStringLiteral("&nbsp;")});
        signOff += table.toHtml();
    }
    report->sections.append({tr("Approval by the risk owners (clause 6.1.3 f)"), signOff, true});
}

} // namespace rampart
