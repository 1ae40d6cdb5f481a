#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;  // the other drivers
    std::vector<QString> m_texts;  // bound texts stay alive until exec()
    int m_next = 0;
    QSqlError m_error;
};

} // namespace rampart
