#include "managementreviewinputs.h"

#include "document.h"
#include "domain/ismsregisters.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"
#include "stores/registerstore.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace rampart {

namespace {

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime startOfDayUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

bool isOpenAction(const QVariantList &v)
{
    const QString status = v.value(ActionField::Status).toString();
    return v.value(ActionField::Kind).toString() != QLatin1String("decision") && status != QLatin1String("done")
        && status != QLatin1String("cancelled");
}

ManagementReviewInputs::Action actionOf(const QVariantList &v, const QString &review, const QDate &today)
{
    ManagementReviewInputs::Action a;
    a.review = review;
    a.reference = v.value(ActionField::Ref).toString();
    a.kind = v.value(ActionField::Kind).toString();
    a.description = v.value(ActionField::Description).toString();
    a.owner = v.value(ActionField::Owner).toString();
    a.due = dateOf(v.value(ActionField::Due));
    a.status = v.value(ActionField::Status).toString();
    a.overdue = isOpenAction(v) && a.due.isValid() && a.due < today;
    return a;
}

// Turns the change log entries of one register into one line per row: added, changed
// (which fields) or removed, judged by what happened first in the period and whether
// the row exists now.
std::vector<ManagementReviewInputs::RecordChange> changesOf(Document &document,
                                                            const std::vector<ChangeLogEntry> &entries, Entity entity)
{
    using Change = ManagementReviewInputs::RecordChange;
    const QString key = entityKey(entity);
    const RegisterStore *store = document.registerStore(entity);
    QMap<qint64, size_t> index;
    std::vector<Change> changes;
    std::vector<bool> addedFirst;
    std::vector<QString> lastSummary;
    for (const ChangeLogEntry &e : entries) {
        if (e.entity != key)
            continue;
        auto it = index.find(e.rowId);
        if (it == index.end()) {
            it = index.insert(e.rowId, changes.size());
            changes.push_back({});
            changes.back().reference = e.rowReference;
            addedFirst.push_back(e.field.isEmpty() && e.oldValue.isNull() && !e.newValue.isNull());
            lastSummary.emplace_back();
        }
        Change &c = changes[*it];
        if (!e.rowReference.isEmpty())
            c.reference = e.rowReference;
        if (e.field.isEmpty()) {
            lastSummary[*it] = e.newValue.isNull() ? e.oldValue.toString() : e.newValue.toString();
        } else {
            const QString label = document.fieldLabelForKey(key, e.field);
            if (!c.fields.contains(label))
                c.fields << label;
        }
        c.lastChange = e.changedAt;
        if (!c.who.contains(e.changedBy))
            c.who << e.changedBy;
    }
    std::vector<Change> result;
    for (auto it = index.constBegin(); it != index.constEnd(); ++it) {
        Change c = changes[*it];
        const RegisterStore::Row row = store->row(it.key());
        const bool exists = row.id != 0;
        if (!exists && addedFirst[*it])
            continue;  // added and removed again within the period
        c.kind = !exists ? Change::Kind::Removed : addedFirst[*it] ? Change::Kind::Added : Change::Kind::Changed;
        c.name = exists ? row.values.value(store->spec().titleField).toString() : lastSummary[*it];
        if (exists && store->spec().referenceField() >= 0)
            c.reference = row.values.value(store->spec().referenceField()).toString();
        result.push_back(c);
    }
    std::sort(result.begin(), result.end(),
              [](const Change &a, const Change &b) { return a.lastChange < b.lastChange; });
    return result;
}

ManagementReviewInputs::MetricTrend trendOf(const QVariantList &metric, std::vector<std::pair<QDate, double>> values)
{
    using Trend = ManagementReviewInputs::MetricTrend;
    Trend t;
    t.reference = metric.value(MetricField::Ref).toString();
    t.name = metric.value(MetricField::Name).toString();
    t.unit = metric.value(MetricField::Unit).toString();
    t.target = metric.value(MetricField::Target).toString();
    t.hasTarget = !metric.value(MetricField::TargetValue).isNull();
    t.targetValue = metric.value(MetricField::TargetValue).toDouble();
    t.higherIsBetter = metric.value(MetricField::Direction).toString() != QLatin1String("lower");
    std::sort(values.begin(), values.end());
    t.values = std::move(values);
    const auto meets = [&t](double v) { return t.higherIsBetter ? v >= t.targetValue : v <= t.targetValue; };
    for (const auto &[date, value] : t.values)
        t.onTargetCount += t.hasTarget && meets(value) ? 1 : 0;
    if (!t.hasValues())
        return t;
    t.onTarget = t.hasTarget && meets(t.latest());
    if (t.values.size() < 2)
        return t;
    const double first = t.values.front().second;
    const double delta = t.latest() - first;
    // A difference within 0.1% of the first value is noise, not a trend (on a 99.9%
    // availability target a tenth of a point already matters).
    if (qAbs(delta) <= qMax(qAbs(first) * 0.001, 1e-9))
        t.direction = Trend::Direction::Steady;
    else
        t.direction = (delta > 0) == t.higherIsBetter ? Trend::Direction::Improving : Trend::Direction::Worsening;
    return t;
}

} // namespace

QString ManagementReviewInputs::heading(int input)
{
    switch (input) {
    case 0:
        return tr("a) Status of actions from previous management reviews");
    case 1:
        return tr("b) Changes in external and internal issues relevant to the ISMS");
    case 2:
        return tr("c) Changes in needs and expectations of interested parties relevant to the ISMS");
    case 3:
        return tr("d) Feedback on information security performance");
    case 4:
        return tr("e) Feedback from interested parties");
    case 5:
        return tr("f) Results of risk assessment and status of the risk treatment plan");
    case 6:
        return tr("g) Opportunities for continual improvement");
    default:
        return {};
    }
}

qint64 ManagementReviewInputs::latestReview(Document &document)
{
    qint64 latest = 0;
    QDate latestDate;
    for (const RegisterStore::Row &row : document.registerStore(Entity::ManagementReview)->rows()) {
        const QDate date = dateOf(row.values.value(ReviewField::HeldOn));
        if (latest == 0 || (date.isValid() && (!latestDate.isValid() || date >= latestDate))) {
            latest = row.id;
            latestDate = date;
        }
    }
    return latest;
}

qint64 ManagementReviewInputs::findReview(Document &document, const QString &referenceOrNumber)
{
    const QString wanted = referenceOrNumber.trimmed();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    const RegisterStore *reviews = document.registerStore(Entity::ManagementReview);
    const QString prefix = QString::fromLatin1(reviews->spec().referencePrefix);
    for (const RegisterStore::Row &row : reviews->rows()) {
        const QString reference = row.values.value(ReviewField::Ref).toString();
        if (reference.compare(wanted, Qt::CaseInsensitive) == 0)
            return row.id;
        if (isNumber && reference.startsWith(prefix) && reference.mid(prefix.size()).toInt() == number)
            return row.id;
    }
    return 0;
}

ManagementReviewInputs ManagementReviewInputs::assemble(Document &document, qint64 reviewId, const QDate &today)
{
    ManagementReviewInputs in;
    const RegisterStore *reviews = document.registerStore(Entity::ManagementReview);
    const RegisterStore::Row review = reviewId ? reviews->row(reviewId) : RegisterStore::Row();
    in.reviewId = review.id;
    in.date = today;
    if (review.id != 0) {
        const QVariantList &v = review.values;
        in.reference = v.value(ReviewField::Ref).toString();
        in.date = dateOf(v.value(ReviewField::HeldOn)).isValid() ? dateOf(v.value(ReviewField::HeldOn)) : today;
        in.status = v.value(ReviewField::Status).toString();
        in.chair = v.value(ReviewField::Chair).toString();
        in.attendees = v.value(ReviewField::Attendees).toString();
        in.conclusions = v.value(ReviewField::Conclusions).toString();
        for (int i = 0; i < ReviewField::InputCount; ++i)
            in.minutes[i] = v.value(ReviewField::InputA + i).toString();
    }

    // The period: since the latest held review before this one.
    QHash<qint64, QString> reviewReference;
    QHash<qint64, QDate> reviewDate;
    for (const RegisterStore::Row &row : reviews->rows()) {
        const QDate date = dateOf(row.values.value(ReviewField::HeldOn));
        reviewReference.insert(row.id, row.values.value(ReviewField::Ref).toString());
        reviewDate.insert(row.id, date);
        if (row.id == in.reviewId || row.values.value(ReviewField::Status).toString() != QLatin1String("held")
            || !date.isValid() || date >= in.date)
            continue;
        if (!in.periodStart.isValid() || date > in.periodStart) {
            in.periodStart = date;
            in.previousReview = row.values.value(ReviewField::Ref).toString();
        }
    }
    const QDateTime created = QDateTime::fromString(document.meta().value(MetaStore::createdAtKey()), Qt::ISODate);
    in.historyStart = created.isValid() ? created.toUTC().date() : QDate();
    if (!in.periodStart.isValid())
        in.periodStart = in.date.addYears(-1);
    in.historyCoversPeriod = !in.historyStart.isValid() || in.historyStart <= in.date;
    const Organisation organisation = document.organisation().read();
    in.climateDecision = organisation.climateRelevant;
    in.issues = document.registerStore(Entity::Issue)->count();
    in.parties = document.registerStore(Entity::InterestedParty)->count();

    // b) and c): what the change log says about the period, from the last import on
    // (an import replaces the content, so what came before it no longer describes it).
    std::vector<ChangeLogEntry> entries = document.changeLog().since(startOfDayUtc(in.periodStart));
    std::reverse(entries.begin(), entries.end());
    const QDateTime end = startOfDayUtc(in.date.addDays(1));
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&end](const ChangeLogEntry &e) { return e.changedAt >= end; }),
                  entries.end());
    for (size_t i = entries.size(); i-- > 0;) {
        if (entries[i].entity == entityKey(Entity::Document) && entries[i].field == QLatin1String("import")) {
            in.lastImport = entries[i].changedAt;
            entries.erase(entries.begin(), entries.begin() + qsizetype(i) + 1);
            break;
        }
    }
    in.issueChanges = changesOf(document, entries, Entity::Issue);
    in.partyChanges = changesOf(document, entries, Entity::InterestedParty);
    for (const ChangeLogEntry &e : entries) {
        if (e.entity != entityKey(Entity::Organisation))
            continue;
        const QString when = e.changedAt.date().toString(Qt::ISODate);
        if (e.field == QLatin1String("climate_relevant"))
            in.climateChanges << tr("On %1 the decision whether climate change is a relevant issue changed from "
                                    "\"%2\" to \"%3\".")
                                     .arg(when, e.oldValue.isNull() ? tr("not decided") : e.oldValue.toString(),
                                          e.newValue.isNull() ? tr("not decided") : e.newValue.toString());
        else if (e.field == QLatin1String("climate_reasoning"))
            in.climateChanges << tr("On %1 the reasoning on climate change was revised.").arg(when);
    }

    // a) and the results of this review.
    for (const RegisterStore::Row &row : document.registerStore(Entity::ReviewAction)->rows()) {
        const qint64 owner = row.values.value(ActionField::Review).toLongLong();
        const Action action = actionOf(row.values, reviewReference.value(owner), today);
        if (owner == in.reviewId && in.reviewId != 0)
            in.results.push_back(action);
        else if (reviewDate.value(owner).isValid() && reviewDate.value(owner) < in.date)
            in.previousActions.push_back(action);
    }

    // d)
    in.nonconformities = AreaFigures::nonconformities(document, today);
    in.audits = AreaFigures::audits(document, today);
    QHash<qint64, std::vector<std::pair<QDate, double>>> values;
    const QDate yearBefore = in.date.addYears(-1);
    for (const RegisterStore::Row &row : document.registerStore(Entity::Measurement)->rows()) {
        const QDate date = dateOf(row.values.value(MeasurementField::MeasuredOn));
        if (date.isValid() && date > yearBefore && date <= in.date && !row.values.value(MeasurementField::Value).isNull())
            values[row.values.value(MeasurementField::Metric).toLongLong()].emplace_back(
                date, row.values.value(MeasurementField::Value).toDouble());
    }
    for (const RegisterStore::Row &row : document.registerStore(Entity::Metric)->rows())
        in.metrics.push_back(trendOf(row.values, values.value(row.id)));
    const RegisterStore *objectives = document.registerStore(Entity::Objective);
    for (const RegisterStore::Row &row : objectives->rows()) {
        const QVariantList &v = row.values;
        in.objectives.push_back({v.value(ObjectiveField::Ref).toString(), v.value(ObjectiveField::Objective).toString(),
                                 v.value(ObjectiveField::Owner).toString(), dateOf(v.value(ObjectiveField::Due)),
                                 v.value(ObjectiveField::Status).toString(),
                                 objectives->spec().attention ? objectives->spec().attention(v, today) : QString()});
    }

    // f)
    in.risks = AreaFigures::risks(document, today);

    // g): raised in the period, or still waiting for a decision or for its outcome.
    for (const RegisterStore::Row &row : document.registerStore(Entity::Improvement)->rows()) {
        const QVariantList &v = row.values;
        const QDate raised = dateOf(v.value(ImprovementField::RaisedOn));
        const QString status = v.value(ImprovementField::Status).toString();
        const bool open = status.isEmpty() || status == QLatin1String("open") || status == QLatin1String("planned")
            || status == QLatin1String("in_progress");
        const bool inPeriod = raised.isValid() && raised >= in.periodStart && raised <= in.date;
        if ((raised.isValid() && raised > in.date) || (!open && !inPeriod))
            continue;
        in.improvements.push_back({v.value(ImprovementField::Ref).toString(), raised,
                                   v.value(ImprovementField::Opportunity).toString(),
                                   v.value(ImprovementField::Source).toString(), status,
                                   v.value(ImprovementField::Decision).toString()});
    }
    return in;
}

} // namespace rampart
