#include "changelogstore.h"

#include "sql.h"
#include "storage/database.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rampart {

namespace {

QVariant logValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toString();
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString ChangeLogStore::currentUser()
{
    static const QString user = [] {
        QString name = qEnvironmentVariable("USER");
        if (name.isEmpty())
            name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
        if (name.isEmpty()) {
            if (const passwd *pw = getpwuid(getuid()))
                name = QString::fromLocal8Bit(pw->pw_name);
        }
#endif
        return name.isEmpty() ? QStringLiteral("unknown") : name;
    }();
    return user;
}

bool ChangeLogStore::record(Entity entity, qint64 rowId, const QString &rowReference, const QString &field,
                            const QVariant &oldValue, const QVariant &newValue, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query,
                     QStringLiteral("INSERT INTO change_log (changed_at, changed_by, entity, row_id, row_ref,"
                                    " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {isoUtc(QDateTime::currentDateTimeUtc()), currentUser(), entityKey(entity), rowId,
                      sql::text(rowReference), sql::text(field), logValue(oldValue), logValue(newValue)},
                     error);
}

ChangeLogBatch::ChangeLogBatch(Database &db)
    : m_db(db)
    , m_query(db)
    , m_when(isoUtc(QDateTime::currentDateTimeUtc()))
{
    m_prepared = m_query.prepare(QStringLiteral("INSERT INTO change_log (changed_at, changed_by, entity, row_id,"
                                                " row_ref, field, old_value, new_value)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool ChangeLogBatch::add(Entity entity, qint64 rowId, const QString &rowReference, const QString &field,
                         const QVariant &oldValue, const QVariant &newValue, QString *error)
{
    if (!m_prepared) {
        if (error)
            *error = m_query.lastError().text();
        return false;
    }
    m_query.addBindValue(m_when);
    m_query.addBindValue(ChangeLogStore::currentUser());
    m_query.addBindValue(entityKey(entity));
    m_query.addBindValue(rowId);
    m_query.addBindValue(sql::text(rowReference));
    m_query.addBindValue(sql::text(field));
    m_query.addBindValue(logValue(oldValue));
    m_query.addBindValue(logValue(newValue));
    if (!m_query.exec()) {
        if (error)
            *error = m_query.lastError().text();
        return false;
    }
    return true;
}

bool ChangeLogBatch::addRange(Kind kind, Entity entity, const QString &table, const QString &labelColumn, qint64 first,
                              qint64 last, QString *error)
{
    // The label is cut at 200 characters, as add() callers cut theirs.
    const QString label = QStringLiteral("SUBSTR(%1, 1, 200)").arg(labelColumn);
    QSqlQuery query(m_db.connection());
    return sql::exec(query,
                     QStringLiteral("INSERT INTO change_log (changed_at, changed_by, entity, row_id, row_ref, field,"
                                    " old_value, new_value) SELECT ?, ?, ?, id, reference, '', %1, %2 FROM %3"
                                    " WHERE id BETWEEN ? AND ? ORDER BY id")
                         .arg(kind == Kind::Removed ? label : QStringLiteral("NULL"),
                              kind == Kind::Added ? label : QStringLiteral("NULL"), table),
                     {m_when, ChangeLogStore::currentUser(), entityKey(entity), first, last}, error);
}

qint64 ChangeLogStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM change_log"), {}, nullptr) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::vector<ChangeLogEntry> ChangeLogStore::latest(int limit) const
{
    return select({}, {}, limit);
}

std::vector<ChangeLogEntry> ChangeLogStore::since(const QDateTime &fromUtc) const
{
    return select(QStringLiteral("WHERE changed_at >= ?"), isoUtc(fromUtc), -1);
}

std::vector<ChangeLogEntry> ChangeLogStore::select(const QString &where, const QVariant &bound, int limit) const
{
    QString statement = QStringLiteral("SELECT id, changed_at, changed_by, entity, row_id, row_ref, field,"
                                       " old_value, new_value FROM change_log ")
        + where + QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(m_db.connection());
    std::vector<ChangeLogEntry> entries;
    const bool ok = bound.isValid() ? sql::exec(query, statement, {bound}, nullptr)
                                    : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return entries;
    while (query.next()) {
        ChangeLogEntry e;
        e.id = query.value(0).toLongLong();
        e.changedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.changedAt.setTimeSpec(Qt::UTC);
        e.changedBy = query.value(2).toString();
        e.entity = query.value(3).toString();
        e.rowId = query.value(4).toLongLong();
        e.rowReference = query.value(5).toString();
        e.field = query.value(6).toString();
        e.oldValue = query.value(7);
        e.newValue = query.value(8);
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace rampart
