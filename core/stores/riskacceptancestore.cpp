#include "riskacceptancestore.h"

#include "clock.h"
#include "riskmethodstore.h"
#include "riskstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"
#include "valuerules.h"

#include <QCoreApplication>

namespace rampart {

namespace {

const char *const Columns[RiskAcceptance::FieldCount] = {"risk_id", "accepted_by", "accepted_on", "expires_on",
                                                         "justification"};

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::RecordStore", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QVariant dateVariant(const QString &d)
{
    return d.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d);
}

QVariant intVariant(int v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

RiskAcceptanceStore::RiskAcceptanceStore(Database &db, const RiskMethodStore &method, const RiskStore &risks)
    : RecordStore(db)
    , m_method(method)
    , m_risks(risks)
{
}

QString RiskAcceptanceStore::fieldKey(int field) const
{
    if (field < 0 || field >= RiskAcceptance::FieldCount)
        return {};
    return QString::fromLatin1(Columns[field]);
}

QVariant RiskAcceptanceStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= RiskAcceptance::FieldCount)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM risk_acceptance WHERE id = ?").arg(fieldKey(field)), {id},
                  nullptr)
        && query.next())
        return query.value(0);
    return {};
}

qint64 RiskAcceptanceStore::parentId(qint64 id) const
{
    return value(id, 0).toLongLong();
}

QString RiskAcceptanceStore::rowReference(qint64 id) const
{
    return m_risks.rowReference(value(id, RiskAcceptance::RiskId).toLongLong());
}

QString RiskAcceptanceStore::problem(const RiskAcceptance &a) const
{
    const RiskMethod &method = m_method.method();
    if (a.acceptedBy.trimmed().isEmpty())
        return tr("An acceptance needs the name of the person who accepts the risk.");
    if (!QDate::fromString(a.acceptedOn, Qt::ISODate).isValid())
        return tr("An acceptance needs the date it was given.");
    if (!a.expiresOn.isEmpty() && QDate::fromString(a.expiresOn, Qt::ISODate) < QDate::fromString(a.acceptedOn, Qt::ISODate))
        return tr("An acceptance cannot expire before it was given.");
    if (a.level.isEmpty())
        return tr("Rate the risk before accepting it: an acceptance is of a rated residual risk.");
    const int level = method.levelIndex(a.level);
    // A level the method no longer has (renamed since) is history, not a new decision.
    if (level > method.acceptanceLevel && a.justification.trimmed().isEmpty())
        return tr("The risk is rated %1, above the acceptance threshold (%2): retaining it needs a justification.")
            .arg(a.level, method.levelName(method.acceptanceLevel));
    return {};
}

QVariant RiskAcceptanceStore::normalised(int field, const QVariant &value) const
{
    bool ok = true;
    if (field == RiskAcceptance::AcceptedOn || field == RiskAcceptance::ExpiresOn) {
        const QVariant d = ValueRules::date(value, &ok);
        return ok ? d : value;
    }
    if (field == RiskAcceptance::RiskId)
        return value.toLongLong();
    return sql::text(value);
}

bool RiskAcceptanceStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    RiskAcceptance a = read(id);
    bool ok = true;
    QVariant bound;
    switch (RiskAcceptance::Field(field)) {
    case RiskAcceptance::RiskId:
        // An acceptance is of one risk as it was; it cannot be moved to another.
        return fail(error, tr("An acceptance cannot be moved to another risk; record a new one."));
    case RiskAcceptance::AcceptedBy:
        a.acceptedBy = value.toString();
        bound = sql::text(value);
        break;
    case RiskAcceptance::AcceptedOn:
    case RiskAcceptance::ExpiresOn:
        bound = ValueRules::date(value, &ok);
        if (!ok)
            return fail(error, ValueRules::badDate(value.toString()));
        (field == RiskAcceptance::AcceptedOn ? a.acceptedOn : a.expiresOn) = bound.toString();
        break;
    case RiskAcceptance::Justification:
        a.justification = value.toString();
        bound = sql::text(value);
        break;
    case RiskAcceptance::FieldCount:
        return fail(error, tr("Unknown field."));
    }
    const QString p = problem(a);
    if (!p.isEmpty())
        return fail(error, p);
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE risk_acceptance SET %1 = ? WHERE id = ?").arg(fieldKey(field)),
                     {bound, id}, error);
}

QVariantList RiskAcceptanceStore::snapshotOf(const RiskAcceptance &a)
{
    return {a.riskId,        a.acceptedBy,       a.acceptedOn, dateVariant(a.expiresOn), a.justification, a.uid,
            intVariant(a.likelihood), intVariant(a.impact), intVariant(a.score), a.level, a.treatment};
}

RiskAcceptance RiskAcceptanceStore::fromSnapshot(const QVariantList &s)
{
    RiskAcceptance a;
    a.riskId = s.value(RiskAcceptance::RiskId).toLongLong();
    a.acceptedBy = s.value(RiskAcceptance::AcceptedBy).toString();
    a.acceptedOn = s.value(RiskAcceptance::AcceptedOn).toString();
    a.expiresOn = s.value(RiskAcceptance::ExpiresOn).toString();
    a.justification = s.value(RiskAcceptance::Justification).toString();
    a.uid = s.value(RiskAcceptance::FieldCount).toString();
    a.likelihood = s.value(RiskAcceptance::FieldCount + 1).toInt();
    a.impact = s.value(RiskAcceptance::FieldCount + 2).toInt();
    a.score = s.value(RiskAcceptance::FieldCount + 3).toInt();
    a.level = s.value(RiskAcceptance::FieldCount + 4).toString();
    a.treatment = s.value(RiskAcceptance::FieldCount + 5).toString();
    return a;
}

RiskAcceptance RiskAcceptanceStore::snapshotFor(qint64 riskId) const
{
    RiskAcceptance a;
    a.riskId = riskId;
    const RiskRow r = m_risks.row(riskId);
    const RiskMethod &method = m_method.method();
    const RiskRating rating = currentRating(method, r.inherentLikelihood, r.inherentImpact, r.residualLikelihood,
                                            r.residualImpact);
    if (rating.isRated()) {
        a.likelihood = rating.likelihood;
        a.impact = rating.impact;
        a.score = rating.score;
        a.level = method.levelName(rating.level);
    }
    a.treatment = r.treatment;
    return a;
}

bool RiskAcceptanceStore::contains(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("SELECT 1 FROM risk_acceptance WHERE id = ?"), {id}, nullptr) && query.next();
}

QVariantList RiskAcceptanceStore::rowSnapshot(qint64 id) const
{
    const RiskAcceptance a = read(id);
    return a.id == 0 ? QVariantList() : snapshotOf(a);
}

qint64 RiskAcceptanceStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    RiskAcceptance a = fromSnapshot(snapshot);
    if (a.riskId == 0 || m_risks.row(a.riskId).id == 0) {
        fail(error, tr("There is no risk %1.").arg(a.riskId));
        return 0;
    }
    if (snapshot.size() <= RiskAcceptance::FieldCount + 1) {
        const RiskAcceptance now = snapshotFor(a.riskId);
        a.likelihood = now.likelihood;
        a.impact = now.impact;
        a.score = now.score;
        a.level = now.level;
        a.treatment = now.treatment;
    }
    bool ok = true;
    if (a.acceptedOn.isEmpty())
        a.acceptedOn = today().toString(Qt::ISODate);
    a.acceptedOn = ValueRules::date(a.acceptedOn, &ok).toString();
    if (ok)
        a.expiresOn = ValueRules::date(a.expiresOn, &ok).toString();
    if (!ok) {
        fail(error, tr("An acceptance's dates must be written as YYYY-MM-DD."));
        return 0;
    }
    // A row coming back (undo of a delete) is restored as it was, even if the method
    // has changed since; new acceptances must meet the rules.
    const QString p = id > 0 ? QString() : problem(a);
    if (!p.isEmpty()) {
        fail(error, p);
        return 0;
    }
    a.id = id;
    std::vector<RiskAcceptance> one{a};
    return insertMany(one, id > 0, error) ? one.front().id : 0;
}

bool RiskAcceptanceStore::insertMany(std::vector<RiskAcceptance> &acceptances, bool keepIds, QString *error)
{
    QSqlQuery query(m_db.connection());
    const QString statement = keepIds
        ? QStringLiteral("INSERT INTO risk_acceptance (id, uid, risk_id, accepted_by, accepted_on, expires_on,"
                         " justification, snapshot_likelihood, snapshot_impact, snapshot_score, snapshot_level,"
                         " snapshot_treatment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO risk_acceptance (uid, risk_id, accepted_by, accepted_on, expires_on,"
                         " justification, snapshot_likelihood, snapshot_impact, snapshot_score, snapshot_level,"
                         " snapshot_treatment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query.prepare(statement))
        return fail(error, query.lastError().text());
    for (RiskAcceptance &a : acceptances) {
        if (keepIds)
            query.addBindValue(a.id);
        if (a.uid.isEmpty())
            a.uid = newUid();
        query.addBindValue(a.uid);
        query.addBindValue(a.riskId);
        query.addBindValue(sql::text(a.acceptedBy));
        query.addBindValue(a.acceptedOn);
        query.addBindValue(dateVariant(a.expiresOn));
        query.addBindValue(sql::text(a.justification));
        query.addBindValue(intVariant(a.likelihood));
        query.addBindValue(intVariant(a.impact));
        query.addBindValue(intVariant(a.score));
        query.addBindValue(sql::text(a.level));
        query.addBindValue(sql::text(a.treatment));
        if (!query.exec())
            return fail(error, query.lastError().text());
        if (!keepIds)
            a.id = query.lastInsertId().toLongLong();
    }
    return true;
}

bool RiskAcceptanceStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk_acceptance WHERE id = ?"), {id}, error);
}

bool RiskAcceptanceStore::removeAll(QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk_acceptance"), {}, error);
}

std::vector<RiskAcceptance> RiskAcceptanceStore::select(const QString &where, const QVariant &bound) const
{
    std::vector<RiskAcceptance> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT id, uid, risk_id, accepted_by, accepted_on, expires_on, justification,"
                       " snapshot_likelihood, snapshot_impact, snapshot_score, snapshot_level, snapshot_treatment"
                       " FROM risk_acceptance %1 ORDER BY id")
            .arg(where);
    const bool ok = bound.isValid() ? sql::exec(query, statement, {bound}, nullptr)
                                    : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return rows;
    while (query.next()) {
        RiskAcceptance a;
        a.id = query.value(0).toLongLong();
        a.uid = query.value(1).toString();
        a.riskId = query.value(2).toLongLong();
        a.acceptedBy = query.value(3).toString();
        a.acceptedOn = query.value(4).toString();
        a.expiresOn = query.value(5).toString();
        a.justification = query.value(6).toString();
        a.likelihood = query.value(7).toInt();
        a.impact = query.value(8).toInt();
        a.score = query.value(9).toInt();
        a.level = query.value(10).toString();
        a.treatment = query.value(11).toString();
        rows.push_back(std::move(a));
    }
    return rows;
}

std::vector<RiskAcceptanceRow> RiskAcceptanceStore::rows(qint64 riskId) const
{
    std::vector<RiskAcceptanceRow> rows;
    if (riskId < 0)
        return rows;  // no risk
    const RiskMethod &method = m_method.method();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT a.id, a.uid, a.risk_id, a.accepted_by, a.accepted_on, a.expires_on, a.justification,"
                       " a.snapshot_likelihood, a.snapshot_impact, a.snapshot_score, a.snapshot_level,"
                       " a.snapshot_treatment, r.reference, r.inherent_likelihood, r.inherent_impact,"
                       " r.residual_likelihood, r.residual_impact, r.treatment"
                       " FROM risk_acceptance a JOIN risk r ON r.id = a.risk_id %1 ORDER BY a.id")
            .arg(riskId > 0 ? QStringLiteral("WHERE a.risk_id = ?") : QString());
    const bool ok = riskId > 0 ? sql::exec(query, statement, {riskId}, nullptr) : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return rows;
    QHash<qint64, size_t> latest;
    while (query.next()) {
        RiskAcceptanceRow row;
        RiskAcceptance &a = row.acceptance;
        a.id = query.value(0).toLongLong();
        a.uid = query.value(1).toString();
        a.riskId = query.value(2).toLongLong();
        a.acceptedBy = query.value(3).toString();
        a.acceptedOn = query.value(4).toString();
        a.expiresOn = query.value(5).toString();
        a.justification = query.value(6).toString();
        a.likelihood = query.value(7).toInt();
        a.impact = query.value(8).toInt();
        a.score = query.value(9).toInt();
        a.level = query.value(10).toString();
        a.treatment = query.value(11).toString();
        row.riskReference = query.value(12).toString();
        row.current = currentRating(method, query.value(13).toInt(), query.value(14).toInt(), query.value(15).toInt(),
                                    query.value(16).toInt());
        row.currentTreatment = query.value(17).toString();
        latest.insert(a.riskId, rows.size());
        rows.push_back(std::move(row));
    }
    for (size_t index : std::as_const(latest))
        rows[index].latest = true;
    return rows;
}

std::vector<RiskAcceptance> RiskAcceptanceStore::all() const
{
    return select({}, {});
}

std::vector<RiskAcceptance> RiskAcceptanceStore::forRisk(qint64 riskId) const
{
    return select(QStringLiteral("WHERE risk_id = ?"), riskId);
}

RiskAcceptance RiskAcceptanceStore::read(qint64 id) const
{
    const std::vector<RiskAcceptance> rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.empty() ? RiskAcceptance() : rows.front();
}

int RiskAcceptanceStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM risk_acceptance"), {}, nullptr) && query.next())
        return query.value(0).toInt();
    return 0;
}

int RiskAcceptanceStore::countNeedingRenewal(const QDate &today) const
{
    const RiskMethod &method = m_method.method();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The latest acceptance of each risk, beside the risk as it is now.
    if (!sql::exec(query,
                   QStringLiteral("SELECT a.accepted_on, a.expires_on, a.snapshot_score, a.snapshot_level,"
                                  " a.snapshot_treatment, r.inherent_likelihood, r.inherent_impact,"
                                  " r.residual_likelihood, r.residual_impact, r.treatment"
                                  " FROM risk_acceptance a JOIN risk r ON r.id = a.risk_id"
                                  " WHERE a.id = (SELECT MAX(b.id) FROM risk_acceptance b WHERE b.risk_id = a.risk_id)"),
                   {}, nullptr))
        return 0;
    int count = 0;
    while (query.next()) {
        RiskAcceptance a;
        a.acceptedOn = query.value(0).toString();
        a.expiresOn = query.value(1).toString();
        a.score = query.value(2).toInt();
        a.level = query.value(3).toString();
        a.treatment = query.value(4).toString();
        const RiskRating rating = currentRating(method, query.value(5).toInt(), query.value(6).toInt(),
                                                query.value(7).toInt(), query.value(8).toInt());
        if (a.stateFor(method, rating, query.value(9).toString(), today) != RiskAcceptance::State::Valid)
            ++count;
    }
    return count;
}

} // namespace rampart
