#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace rampart::schema {

namespace {

bool run(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// v1: the document's bookkeeping, the built-in catalog and the organisation's scope.
bool toVersion1(QSqlDatabase &db, QString *error)
{
    const QStringList sql = {
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE change_log ("
                       " id INTEGER PRIMARY KEY,"
                       " changed_at TEXT NOT NULL,"
                       " changed_by TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " row_id INTEGER,"
                       " row_ref TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '',"
                       " old_value TEXT,"
                       " new_value TEXT)"),
        QStringLiteral("CREATE INDEX change_log_by_entity ON change_log (entity, row_id)"),
        QStringLiteral("CREATE INDEX change_log_by_time ON change_log (changed_at)"),
        QStringLiteral("CREATE TABLE catalog_theme ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE catalog_clause ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " level INTEGER NOT NULL,"
                       " parent_code TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " documented_information TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " guidance TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE catalog_control ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " theme_id INTEGER NOT NULL REFERENCES catalog_theme (id) ON DELETE RESTRICT,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " annex_a_title TEXT NOT NULL DEFAULT '',"
                       " new_in_2022 INTEGER NOT NULL DEFAULT 0,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " guidance TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE catalog_control_attribute ("
                       " control_id INTEGER NOT NULL REFERENCES catalog_control (id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (control_id, kind, value))"),
        QStringLiteral("CREATE TABLE catalog_mapping_2013 ("
                       " id INTEGER PRIMARY KEY,"
                       " code_2013 TEXT NOT NULL,"
                       " domain_2013 TEXT NOT NULL,"
                       " title_2013 TEXT NOT NULL,"
                       " control_id INTEGER NOT NULL REFERENCES catalog_control (id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX catalog_mapping_by_control ON catalog_mapping_2013 (control_id)"),
        QStringLiteral("CREATE TABLE organisation ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " uid TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " scope_statement TEXT NOT NULL DEFAULT '',"
                       " scope_boundaries TEXT NOT NULL DEFAULT '',"
                       " scope_interfaces TEXT NOT NULL DEFAULT '')"),
    };
    if (!run(db, sql, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO organisation (id, uid) VALUES (1, ?)"));
    insert.addBindValue(newUid());
    if (!insert.exec()) {
        if (error)
            *error = insert.lastError().text();
        return false;
    }
    return true;
}

// v2: the rest of the organisation profile, and scope exclusions as rows of their
// own (each exclusion needs its own justification, 4.3).
bool toVersion2(QSqlDatabase &db, QString *error)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN legal_name TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN sector TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN headcount INTEGER"),
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN locations TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN isms_manager TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE organisation ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("CREATE TABLE scope_exclusion ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " exclusion TEXT NOT NULL DEFAULT '',"
                                  " justification TEXT NOT NULL DEFAULT '')"),
               },
               error);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, "document bookkeeping, catalog, organisation and scope", toVersion1},
        {2, "organisation profile, scope exclusions", toVersion2},
    };
    return steps;
}

} // namespace rampart::schema
