#include "metastore.h"

#include "sql.h"
#include "storage/database.h"

namespace rampart {

QString MetaStore::value(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}, nullptr) && query.next())
        return query.value(0).toString();
    return {};
}

bool MetaStore::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_db.connection());
    // Update first, insert when there was nothing to update: portable to PostgreSQL.
    if (!sql::exec(query, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key}, error))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    return sql::exec(query, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value}, error);
}

bool MetaStore::remove(const QString &key, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key}, error);
}

} // namespace rampart
