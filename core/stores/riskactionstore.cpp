#include "riskactionstore.h"

#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"
#include "valuerules.h"

#include <QCoreApplication>

namespace rampart {

namespace {

const char *const Columns[RiskAction::FieldCount] = {"risk_id", "title",  "owner",       "due_on",
                                                     "status",  "effort", "completed_on"};

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

} // namespace

QString RiskActionStore::fieldKey(int field) const
{
    if (field < 0 || field >= RiskAction::FieldCount)
        return {};
    return QString::fromLatin1(Columns[field]);
}

QVariant RiskActionStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= RiskAction::FieldCount)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM risk_action WHERE id = ?").arg(fieldKey(field)), {id},
                  nullptr)
        && query.next())
        return query.value(0);
    return {};
}

qint64 RiskActionStore::parentId(qint64 id) const
{
    return value(id, 0).toLongLong();
}

QString RiskActionStore::rowReference(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT r.reference FROM risk_action a JOIN risk r ON r.id = a.risk_id"
                                 " WHERE a.id = ?"),
                  {id}, nullptr)
        && query.next())
        return query.value(0).toString();
    return {};
}

bool RiskActionStore::bindable(int field, const QVariant &value, QVariant *out, QString *error) const
{
    bool ok = true;
    switch (RiskAction::Field(field)) {
    case RiskAction::RiskId: {
        // A risk id, or a risk's reference.
        QSqlQuery query(m_db.connection());
        bool isNumber = false;
        const qint64 id = value.toLongLong(&isNumber);
        const bool found = isNumber && value.typeId() != QMetaType::QString
            ? sql::exec(query, QStringLiteral("SELECT id FROM risk WHERE id = ?"), {id}, nullptr) && query.next()
            : sql::exec(query, QStringLiteral("SELECT id FROM risk WHERE reference = ?"), {value.toString().trimmed()},
                        nullptr)
                && query.next();
        if (!found)
            return fail(error, tr("There is no risk %1.").arg(value.toString()));
        *out = query.value(0).toLongLong();
        return true;
    }
    case RiskAction::DueOn:
    case RiskAction::CompletedOn:
        *out = ValueRules::date(value, &ok);
        return ok || fail(error, ValueRules::badDate(value.toString()));
    case RiskAction::Status: {
        const QString text = value.toString().trimmed();
        const QString key = text.isEmpty() ? QStringLiteral("planned") : RiskVocabulary::actionStatusFromText(text);
        if (key.isEmpty())
            return fail(error, tr("\"%1\" is not an action status: use planned, in progress, done or cancelled.")
                                   .arg(text));
        *out = key;
        return true;
    }
    case RiskAction::Title:
    case RiskAction::Owner:
    case RiskAction::Effort:
        *out = sql::text(value);
        return true;
    case RiskAction::FieldCount:
        break;
    }
    return fail(error, tr("Unknown field."));
}

QVariant RiskActionStore::normalised(int field, const QVariant &value) const
{
    QVariant out;
    return bindable(field, value, &out, nullptr) ? out : value;
}

bool RiskActionStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    QVariant bound;
    if (!bindable(field, value, &bound, error))
        return false;
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE risk_action SET %1 = ? WHERE id = ?").arg(fieldKey(field)),
                     {bound, id}, error);
}

QVariantList RiskActionStore::snapshotOf(const RiskAction &a)
{
    return {a.riskId, a.title, a.owner, dateVariant(a.dueOn), a.status, a.effort, dateVariant(a.completedOn), a.uid};
}

RiskAction RiskActionStore::fromSnapshot(const QVariantList &s)
{
    RiskAction a;
    a.riskId = s.value(RiskAction::RiskId).toLongLong();
    a.title = s.value(RiskAction::Title).toString();
    a.owner = s.value(RiskAction::Owner).toString();
    a.dueOn = s.value(RiskAction::DueOn).toString();
    a.status = s.value(RiskAction::Status).toString();
    a.effort = s.value(RiskAction::Effort).toString();
    a.completedOn = s.value(RiskAction::CompletedOn).toString();
    a.uid = s.value(RiskAction::FieldCount).toString();
    return a;
}

bool RiskActionStore::contains(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("SELECT 1 FROM risk_action WHERE id = ?"), {id}, nullptr) && query.next();
}

QVariantList RiskActionStore::rowSnapshot(qint64 id) const
{
    const RiskAction a = read(id);
    return a.id == 0 ? QVariantList() : snapshotOf(a);
}

qint64 RiskActionStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    RiskAction a = fromSnapshot(snapshot);
    QVariant risk;
    if (!bindable(RiskAction::RiskId, snapshot.value(RiskAction::RiskId), &risk, error))
        return 0;
    a.riskId = risk.toLongLong();
    a.id = id;
    std::vector<RiskAction> one{a};
    return insertMany(one, id > 0, error) ? one.front().id : 0;
}

bool RiskActionStore::insertMany(std::vector<RiskAction> &actions, bool keepIds, QString *error)
{
    QSqlQuery query(m_db.connection());
    const QString statement = keepIds
        ? QStringLiteral("INSERT INTO risk_action (id, uid, risk_id, title, owner, due_on, status, effort,"
                         " completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO risk_action (uid, risk_id, title, owner, due_on, status, effort,"
                         " completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query.prepare(statement))
        return fail(error, query.lastError().text());
    for (RiskAction &a : actions) {
        const QVariantList snapshot = snapshotOf(a);
        if (keepIds)
            query.addBindValue(a.id);
        if (a.uid.isEmpty())
            a.uid = newUid();
        query.addBindValue(a.uid);
        query.addBindValue(a.riskId);
        for (int field = RiskAction::Title; field < RiskAction::FieldCount; ++field) {
            QVariant bound;
            if (!bindable(field, snapshot.value(field), &bound, error))
                return false;
            query.addBindValue(bound);
        }
        if (!query.exec())
            return fail(error, query.lastError().text());
        if (!keepIds)
            a.id = query.lastInsertId().toLongLong();
    }
    return true;
}

bool RiskActionStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk_action WHERE id = ?"), {id}, error);
}

bool RiskActionStore::removeAll(QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk_action"), {}, error);
}

std::vector<RiskAction> RiskActionStore::select(const QString &where, const QVariant &bound) const
{
    std::vector<RiskAction> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT id, uid, risk_id, title, owner, due_on, status, effort,"
                                             " completed_on FROM risk_action %1 ORDER BY id")
                                  .arg(where);
    const bool ok = bound.isValid() ? sql::exec(query, statement, {bound}, nullptr)
                                    : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return rows;
    while (query.next()) {
        RiskAction a;
        a.id = query.value(0).toLongLong();
        a.uid = query.value(1).toString();
        a.riskId = query.value(2).toLongLong();
        a.title = query.value(3).toString();
        a.owner = query.value(4).toString();
        a.dueOn = query.value(5).toString();
        a.status = query.value(6).toString();
        a.effort = query.value(7).toString();
        a.completedOn = query.value(8).toString();
        rows.push_back(std::move(a));
    }
    return rows;
}

std::vector<RiskActionRow> RiskActionStore::rows(qint64 riskId) const
{
    std::vector<RiskActionRow> rows;
    if (riskId < 0)
        return rows;  // no risk
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT a.id, a.uid, a.risk_id, a.title, a.owner, a.due_on, a.status,"
                                             " a.effort, a.completed_on, r.reference, r.title"
                                             " FROM risk_action a JOIN risk r ON r.id = a.risk_id %1 ORDER BY a.id")
                                  .arg(riskId > 0 ? QStringLiteral("WHERE a.risk_id = ?") : QString());
    const bool ok = riskId > 0 ? sql::exec(query, statement, {riskId}, nullptr) : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return rows;
    while (query.next()) {
        RiskActionRow row;
        RiskAction &a = row.action;
        a.id = query.value(0).toLongLong();
        a.uid = query.value(1).toString();
        a.riskId = query.value(2).toLongLong();
        a.title = query.value(3).toString();
        a.owner = query.value(4).toString();
        a.dueOn = query.value(5).toString();
        a.status = query.value(6).toString();
        a.effort = query.value(7).toString();
        a.completedOn = query.value(8).toString();
        row.riskReference = query.value(9).toString();
        row.riskTitle = query.value(10).toString();
        rows.push_back(std::move(row));
    }
    return rows;
}

RiskActionRow RiskActionStore::row(qint64 id) const
{
    RiskActionRow row;
    row.action = read(id);
    if (row.action.id == 0)
        return row;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT reference, title FROM risk WHERE id = ?"), {row.action.riskId}, nullptr)
        && query.next()) {
        row.riskReference = query.value(0).toString();
        row.riskTitle = query.value(1).toString();
    }
    return row;
}

std::vector<RiskAction> RiskActionStore::all() const
{
    return select({}, {});
}

std::vector<RiskAction> RiskActionStore::forRisk(qint64 riskId) const
{
    return select(QStringLiteral("WHERE risk_id = ?"), riskId);
}

RiskAction RiskActionStore::read(qint64 id) const
{
    const std::vector<RiskAction> rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.empty() ? RiskAction() : rows.front();
}

int RiskActionStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM risk_action"), {}, nullptr) && query.next())
        return query.value(0).toInt();
    return 0;
}

int RiskActionStore::overdueCount(const QDate &today) const
{
    QSqlQuery query(m_db.connection());
    // Dates are YYYY-MM-DD text, so text order is date order.
    if (sql::exec(query,
                  QStringLiteral("SELECT COUNT(*) FROM risk_action WHERE status IN ('planned', 'in_progress')"
                                 " AND due_on IS NOT NULL AND due_on < ?"),
                  {today.toString(Qt::ISODate)}, nullptr)
        && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace rampart
