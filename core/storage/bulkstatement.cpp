#include "bulkstatement.h"

#include "database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace rampart {

BulkStatement::BulkStatement(Database &db)
    : m_query(db.connection())
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool BulkStatement::prepare(const QString &statement)
{
    if (!m_handle) {
        if (m_query.prepare(statement))
            return true;
        m_error = m_query.lastError();
        return false;
    }
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (sqlite3_prepare16_v2(m_handle, statement.utf16(), int(statement.size() * 2), &m_statement, nullptr) != SQLITE_OK
        || !m_statement) {
        m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError);
        return false;
    }
    m_texts.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QString());
    m_next = 0;
    return true;
}

void BulkStatement::addBindValue(const QVariant &value)
{
    if (!m_handle) {
        m_query.addBindValue(value);
        return;
    }
    if (!m_statement || size_t(m_next) >= m_texts.size())
        return;
    const int position = m_next++;
    if (!value.isValid() || value.isNull()
        || (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())) {
        sqlite3_bind_null(m_statement, position + 1);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, position + 1, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position + 1, value.toDouble());
        return;
    default: {
        QString &kept = m_texts[size_t(position)];
        kept = value.toString();
        sqlite3_bind_text16(m_statement, position + 1, kept.utf16(), int(kept.size() * 2), SQLITE_STATIC);
    }
    }
}

bool BulkStatement::exec()
{
    if (!m_handle) {
        if (m_query.exec())
            return true;
        m_error = m_query.lastError();
        return false;
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (QString &t : m_texts)
        t = QString();
    m_next = 0;
    return ok;
}

QVariant BulkStatement::lastInsertId() const
{
    if (!m_handle)
        return m_query.lastInsertId();
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

} // namespace rampart
