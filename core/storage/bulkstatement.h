#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rampart {

class Database;

// One statement (an INSERT) run many times inside a transaction: the write path of bulk
// work (imports, generated registers, change-log batches). It reads like a QSqlQuery
// (prepare, addBindValue, exec). On SQLite it binds and runs through SQLite's own
// interface, because at 100,000 rows Qt Sql's binding costs more than SQLite's insert
// itself; with any other driver it is a plain QSqlQuery. The SQL is the same either way.
class BulkStatement
{
public:
    explicit BulkStatement(Database &db);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    bool prepare(const QString &statement);
    // Binds the next placeholder; a null or invalid value (a null QString too) is NULL,
    // as with Qt's SQLite driver.
    void addBindValue(const QVariant &value);
    // Runs the statement with the values bound since the last exec(), then clears them.
    bool exec();
    QSqlError lastError() const { return m_error; }
    QVariant lastInsertId() const;
    // Rows the last exec() wrote (itself, not its triggers), also when it failed part way.
    int changes() const;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;  // the other drivers
    std::vector<QByteArray> m_texts;  // bound texts (UTF-8) stay alive until exec()
    int m_next = 0;
    QSqlError m_error;
};

// Rows for one table, written a chunk at a time by multi-row statements
// (INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...). SQLite sets a statement up anew for
// every run: its cursors, its foreign-key bookkeeping. With one row per run that set-up costs more than the row; with a chunk
// of rows per run it is spread over all of them. A refused row stops its chunk there
// (INSERT OR FAIL: the rows before it stay, for the caller's transaction to roll back),
// and failedRow() names it. Immediate foreign-key checks would still make SQLite keep a
// statement journal: callers defer them to the commit (PRAGMA defer_foreign_keys) and
// check the references themselves beforehand. Rows are held until flush(): the caller
// decides when, so that rows go in after the rows they refer to.
class BulkInsert
{
public:
    BulkInsert(Database &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Values of whole rows, row after row, each in the order of the columns.
    void add(std::vector<QVariant> &&values);
    // Writes the rows held.
    bool flush();

    QSqlError lastError() const { return m_error; }
    // The failed row, counted from 0 over every row added; -1 when none failed.
    qint64 failedRow() const { return m_failedRow; }

private:
    BulkStatement *statement(int rows);
    bool run(BulkStatement &statement, size_t firstValue, int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_chunkRows = 1;
    std::vector<QVariant> m_values;  // the rows held, row after row
    qint64 m_rowsWritten = 0;
    std::vector<std::unique_ptr<BulkStatement>> m_statements;  // [n - 1]: n rows
    QSqlError m_error;
    qint64 m_failedRow = -1;
};

// The indexes of some tables that no write needs (those that are not unique: a unique
// index is how a duplicate is found), set aside while a bulk write fills the tables and
// made again after it, in the same transaction. SQLite then sorts each index's entries
// once, instead of putting them one by one into scattered places of a b-tree too large
// for the processor's caches. Making an index reads its whole table, so this pays only
// when the write at least doubles the tables. If the transaction is rolled back, the
// indexes come back with it. The definitions are read from SQLite's catalog; with any
// other database the indexes stay where they are.
class SetAsideIndexes
{
public:
    SetAsideIndexes(Database &db, const QStringList &tables);

    bool drop(QString *error);
    bool restore(QString *error);

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_definitions;  // of the indexes dropped
};

} // namespace rampart
