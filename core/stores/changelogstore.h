#pragma once

#include "storage/bulkstatement.h"
#include "domain/change.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace rampart {

class Database;

struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime changedAt;  // UTC
    QString changedBy;
    QString entity;
    qint64 rowId = 0;
    QString rowReference;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// The ISMS's audit trail: who changed what, when, from which value to which.
// Rows are only ever appended.
class ChangeLogStore
{
public:
    explicit ChangeLogStore(Database &db)
        : m_db(db)
    {
    }

    bool record(Entity entity, qint64 rowId, const QString &rowReference, const QString &field,
                const QVariant &oldValue, const QVariant &newValue, QString *error);

    qint64 count() const;
    // Newest first.
    std::vector<ChangeLogEntry> latest(int limit) const;
    std::vector<ChangeLogEntry> since(const QDateTime &fromUtc) const;

    // The operating system's name for the person at the keyboard.
    static QString currentUser();

private:
    std::vector<ChangeLogEntry> select(const QString &where, const QVariant &bound, int limit) const;

    Database &m_db;
};

// Records many change-log rows with one prepared statement and one timestamp: the
// trail of a bulk command (an import, a method change that re-rates every risk).
class ChangeLogBatch
{
public:
    explicit ChangeLogBatch(Database &db);

    bool add(Entity entity, qint64 rowId, const QString &rowReference, const QString &field,
             const QVariant &oldValue, const QVariant &newValue, QString *error);
    // The same rows as add() for each row of table with an id from first to last, in one
    // statement: the row's reference, and the start of labelColumn as the new value of a
    // creation (added) or the old value of a removal. Rows of 100,000 risks cost a
    // fraction of one add() each.
    enum class Kind { Added, Removed };
    bool addRange(Kind kind, Entity entity, const QString &table, const QString &labelColumn, qint64 first,
                  qint64 last, QString *error);

private:
    Database &m_db;
    BulkStatement m_query;
    QString m_when;
    bool m_prepared = false;
};

} // namespace rampart
