#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>

namespace rampart::sql {

// Prepares and runs one statement with bound values; on failure fills error with the
// driver's message and returns false. The query stays positioned for reading. The
// list form serves statements whose columns are known only at run time (the register
// stores). Results are read forward only: stores walk them once with next(), and a
// scrollable result would copy every row into a cache first.
inline bool execList(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

inline bool exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values,
                 QString *error)
{
    return execList(query, statement, QVariantList(values), error);
}

// A text column that may not be NULL. Drivers bind a null QString as NULL, so an
// empty value is bound as a non-null empty string.
inline QVariant text(const QVariant &value)
{
    const QString s = value.toString();
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace rampart::sql
