#include "bulkstatement.h"

#include "database.h"
#include "sqlitehandle.h"

#include <QStringEncoder>

#include <algorithm>

#include <sqlite3.h>

namespace rampart {

BulkStatement::BulkStatement(Database &db)
    : m_handle(sqliteHandle(db.connection()))
    , m_query(db.connection())
{
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
    m_texts.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
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
    // The type looked up once, values read in place: this runs for every value of an
    // import (600,000 at 20,000 risks).
    const int type = value.typeId();
    if (value.isNull() || (type == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())) {
        sqlite3_bind_null(m_statement, position + 1);
        return;
    }
    switch (type) {
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, position + 1, *static_cast<const qlonglong *>(value.constData()));
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, position + 1, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position + 1, value.toDouble());
        return;
    default: {
        // As UTF-8, the file's encoding: Qt converts faster than SQLite would from UTF-16.
        // Into the buffer this position had last time: no allocation per value once the
        // buffers have grown (at 100,000 rows the allocator's work showed).
        thread_local QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        const QString converted = type == QMetaType::QString ? QString() : value.toString();
        const QStringView text = type == QMetaType::QString ? QStringView(*static_cast<const QString *>(value.constData()))
                                                            : QStringView(converted);
        QByteArray &kept = m_texts[size_t(position)];
        kept.resize(toUtf8.requiredSpace(text.size()));
        const char *end = toUtf8.appendToBuffer(kept.data(), text);
        kept.resize(end - kept.constData());
        sqlite3_bind_text(m_statement, position + 1, kept.constData(), int(kept.size()), SQLITE_STATIC);
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
    m_next = 0;
    return ok;
}

namespace {

// Bound values per statement: SQLite before 3.32 takes at most 999 (later ones 32,766).
constexpr int MaxBoundValues = 999;
// Beyond a few dozen rows a chunk saves nothing more, and a long statement costs more
// to prepare.
constexpr int MaxChunkRows = 64;

} // namespace

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_chunkRows(columns.isEmpty() ? 1 : std::clamp(MaxBoundValues / int(columns.size()), 1, MaxChunkRows))
    , m_statements(size_t(m_chunkRows))
{
}

BulkInsert::~BulkInsert() = default;

void BulkInsert::add(std::vector<QVariant> &&values)
{
    if (m_values.empty())
        m_values = std::move(values);
    else
        m_values.insert(m_values.end(), std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
}

BulkStatement *BulkInsert::statement(int rows)
{
    std::unique_ptr<BulkStatement> &statement = m_statements[size_t(rows - 1)];
    if (statement)
        return statement.get();
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString values = row;
    for (int i = 1; i < rows; ++i)
        values += QStringLiteral(", ") + row;
    auto prepared = std::make_unique<BulkStatement>(m_db);
    // OR FAIL: a refused row stops the statement, and the rows before it stay (the
    // caller rolls the whole transaction back). A plain INSERT would take them back, and
    // for that SQLite copies every page the statement changes into a statement journal
    // first: at 100,000 rows a tenth of the import's writing.
    if (!prepared->prepare(QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES %3")
                               .arg(m_table, m_columns.join(QStringLiteral(", ")), values))) {
        m_error = prepared->lastError();
        return nullptr;
    }
    statement = std::move(prepared);
    return statement.get();
}

bool BulkInsert::flush()
{
    const size_t columns = size_t(m_columns.size());
    const int held = columns == 0 ? 0 : int(m_values.size() / columns);
    for (int first = 0; first < held; first += m_chunkRows) {
        const int rows = std::min(m_chunkRows, held - first);
        BulkStatement *chunk = statement(rows);
        if (!chunk)
            return false;
        if (!run(*chunk, size_t(first) * columns, rows)) {
            // The rows before the refused one went in (OR FAIL): it is the next.
            m_failedRow = m_rowsWritten + first + chunk->changes();
            return false;
        }
    }
    m_rowsWritten += held;
    m_values.clear();
    return true;
}

bool BulkInsert::run(BulkStatement &statement, size_t firstValue, int rows)
{
    const size_t end = firstValue + size_t(rows) * size_t(m_columns.size());
    for (size_t i = firstValue; i < end; ++i)
        statement.addBindValue(m_values[i]);
    if (statement.exec())
        return true;
    m_error = statement.lastError();
    return false;
}

int BulkStatement::changes() const
{
    if (!m_handle)
        return m_query.numRowsAffected();
    return sqlite3_changes(m_handle);
}

QVariant BulkStatement::lastInsertId() const
{
    if (!m_handle)
        return m_query.lastInsertId();
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

SetAsideIndexes::SetAsideIndexes(Database &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{
}

bool SetAsideIndexes::drop(QString *error)
{
    if (!sqliteHandle(m_db.connection()))
        return true;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Indexes that SQLite makes for a table's own UNIQUE constraints have no SQL.
    QString tables = QStringLiteral("?");
    for (qsizetype i = 1; i < m_tables.size(); ++i)
        tables += QStringLiteral(", ?");
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (%1)"
                                 " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name")
                      .arg(tables));
    for (const QString &table : std::as_const(m_tables))
        query.addBindValue(table);
    QStringList names;
    if (query.exec()) {
        while (query.next()) {
            names << query.value(0).toString();
            m_definitions << query.value(1).toString();
        }
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QString &name : std::as_const(names)) {
        if (!query.exec(QStringLiteral("DROP INDEX %1").arg(name))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool SetAsideIndexes::restore(QString *error)
{
    QSqlQuery query(m_db.connection());
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!query.exec(definition)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    m_definitions.clear();
    return true;
}

} // namespace rampart
