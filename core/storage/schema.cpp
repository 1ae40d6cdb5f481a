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


// v3: the internal audit programme, audits with their areas, agenda and checklist
// (9.2), and nonconformities with their corrective actions (10.2). One step, so that
// it can be renumbered as a whole when branches merge.
bool toVersion3(QSqlDatabase &db, QString *error)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE audit_programme ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " title TEXT NOT NULL DEFAULT '',"
                                  " period_start TEXT NOT NULL DEFAULT '',"
                                  " period_end TEXT NOT NULL DEFAULT '',"
                                  " objectives TEXT NOT NULL DEFAULT '',"
                                  " frequency TEXT NOT NULL DEFAULT '',"
                                  " methods TEXT NOT NULL DEFAULT '',"
                                  " responsibilities TEXT NOT NULL DEFAULT '',"
                                  " planning TEXT NOT NULL DEFAULT '',"
                                  " reporting TEXT NOT NULL DEFAULT '',"
                                  " process_importance TEXT NOT NULL DEFAULT '',"
                                  " previous_results TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE TABLE audit ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " programme_id INTEGER REFERENCES audit_programme (id) ON DELETE SET NULL,"
                                  " reference TEXT NOT NULL UNIQUE,"
                                  " title TEXT NOT NULL DEFAULT '',"
                                  " audit_type TEXT NOT NULL DEFAULT 'internal' CHECK (audit_type IN"
                                  " ('internal', 'supplier', 'stage1', 'stage2', 'surveillance', 'recertification')),"
                                  " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
                                  " ('planned', 'preparation', 'in_progress', 'reported', 'closed')),"
                                  " start_date TEXT NOT NULL DEFAULT '',"
                                  " end_date TEXT NOT NULL DEFAULT '',"
                                  " scope TEXT NOT NULL DEFAULT '',"
                                  " criteria TEXT NOT NULL DEFAULT '',"
                                  " objectives TEXT NOT NULL DEFAULT '',"
                                  " lead_auditor TEXT NOT NULL DEFAULT '',"
                                  " auditors TEXT NOT NULL DEFAULT '',"
                                  " auditees TEXT NOT NULL DEFAULT '',"
                                  " conclusion TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX audit_by_programme ON audit (programme_id)"),
                   QStringLiteral("CREATE TABLE audit_area ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                                  " area TEXT NOT NULL DEFAULT '',"
                                  " owner TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX audit_area_by_audit ON audit_area (audit_id)"),
                   QStringLiteral("CREATE TABLE audit_session ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                                  " session_date TEXT NOT NULL DEFAULT '',"
                                  " start_time TEXT NOT NULL DEFAULT '',"
                                  " end_time TEXT NOT NULL DEFAULT '',"
                                  " topic TEXT NOT NULL DEFAULT '',"
                                  " people TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX audit_session_by_audit ON audit_session (audit_id)"),
                   QStringLiteral("CREATE TABLE checklist_item ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                                  " item_number INTEGER NOT NULL,"
                                  " requirement TEXT NOT NULL DEFAULT '',"
                                  " question TEXT NOT NULL DEFAULT '',"
                                  " result TEXT NOT NULL DEFAULT 'not_assessed' CHECK (result IN"
                                  " ('not_assessed', 'conforming', 'major', 'minor', 'observation', 'ofi')),"
                                  " evidence TEXT NOT NULL DEFAULT '',"
                                  " notes TEXT NOT NULL DEFAULT '',"
                                  " interviewed TEXT NOT NULL DEFAULT '',"
                                  " revision INTEGER NOT NULL DEFAULT 1,"
                                  " UNIQUE (audit_id, item_number))"),
                   QStringLiteral("CREATE TABLE nonconformity ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " reference TEXT NOT NULL UNIQUE,"
                                  " title TEXT NOT NULL DEFAULT '',"
                                  " source TEXT NOT NULL DEFAULT 'internal_audit' CHECK (source IN"
                                  " ('internal_audit', 'external_audit', 'incident', 'complaint', 'management_review',"
                                  " 'other')),"
                                  " grade TEXT NOT NULL DEFAULT 'minor' CHECK (grade IN ('minor', 'major')),"
                                  " raised_on TEXT NOT NULL DEFAULT '',"
                                  " raised_by TEXT NOT NULL DEFAULT '',"
                                  " audit_id INTEGER REFERENCES audit (id) ON DELETE SET NULL,"
                                  " checklist_item_id INTEGER REFERENCES checklist_item (id) ON DELETE SET NULL,"
                                  " requirement TEXT NOT NULL DEFAULT '',"
                                  " requirement_text TEXT NOT NULL DEFAULT '',"
                                  " description TEXT NOT NULL DEFAULT '',"
                                  " correction TEXT NOT NULL DEFAULT '',"
                                  " root_cause TEXT NOT NULL DEFAULT '',"
                                  " verified_by TEXT NOT NULL DEFAULT '',"
                                  " verified_on TEXT NOT NULL DEFAULT '',"
                                  " verification_result TEXT NOT NULL DEFAULT 'not_verified' CHECK"
                                  " (verification_result IN ('not_verified', 'effective', 'not_effective')),"
                                  " verification_notes TEXT NOT NULL DEFAULT '',"
                                  " closed_on TEXT NOT NULL DEFAULT '',"
                                  // 10.2: closed only once the action is verified as effective.
                                  " CHECK (closed_on = '' OR verification_result = 'effective'))"),
                   QStringLiteral("CREATE INDEX nonconformity_by_audit ON nonconformity (audit_id)"),
                   QStringLiteral("CREATE INDEX nonconformity_by_item ON nonconformity (checklist_item_id)"),
                   QStringLiteral("CREATE TABLE corrective_action ("
                                  " id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE,"
                                  " nonconformity_id INTEGER NOT NULL REFERENCES nonconformity (id) ON DELETE CASCADE,"
                                  " action TEXT NOT NULL DEFAULT '',"
                                  " owner TEXT NOT NULL DEFAULT '',"
                                  " due_date TEXT NOT NULL DEFAULT '',"
                                  " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
                                  " ('planned', 'in_progress', 'done')),"
                                  " completed_on TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX corrective_action_by_nonconformity ON corrective_action"
                                  " (nonconformity_id)"),
               },
               error);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, "document bookkeeping, catalog, organisation and scope", toVersion1},
        {2, "organisation profile, scope exclusions", toVersion2},
        {3, "audit programme, audits, checklists, nonconformities, corrective actions", toVersion3},
    };
    return steps;
}

} // namespace rampart::schema
