#include "schema.h"

#include "uid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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

// v3: the Statement of Applicability (6.1.3 d): one entry per Annex A control and per
// control of the organisation's own, and approved versions frozen with their rows.
// Everything of the SoA is in this one step so that it can be renumbered as a whole.
bool toVersion3(QSqlDatabase &db, QString *error)
{
    const QStringList sql = {
        QStringLiteral("CREATE TABLE own_control ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " theme_id INTEGER NOT NULL REFERENCES catalog_theme (id) ON DELETE RESTRICT,"
                       " description TEXT NOT NULL DEFAULT '')"),
        // An entry is about exactly one control: an Annex A control of the catalog (which
        // is never deleted) or an own control (whose entry goes with it).
        QStringLiteral("CREATE TABLE soa_entry ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " control_id INTEGER UNIQUE REFERENCES catalog_control (id) ON DELETE RESTRICT,"
                       " own_control_id INTEGER UNIQUE REFERENCES own_control (id) ON DELETE CASCADE,"
                       " applicability TEXT NOT NULL DEFAULT 'undecided'"
                       "  CHECK (applicability IN ('undecided', 'applicable', 'not_applicable')),"
                       " inclusion_reasons TEXT NOT NULL DEFAULT '',"
                       " inclusion_narrative TEXT NOT NULL DEFAULT '',"
                       " exclusion_justification TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'not_started'"
                       "  CHECK (status IN ('not_started', 'planned', 'partial', 'implemented', 'not_applicable')),"
                       " implementation TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " target_date TEXT,"
                       " evidence_refs TEXT NOT NULL DEFAULT '',"
                       " last_reviewed TEXT,"
                       " CHECK ((control_id IS NULL AND own_control_id IS NOT NULL)"
                       "  OR (control_id IS NOT NULL AND own_control_id IS NULL)))"),
        QStringLiteral("CREATE TABLE soa_version ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " number INTEGER NOT NULL UNIQUE CHECK (number > 0),"
                       " approved_on TEXT NOT NULL,"
                       " approver TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '')"),
        // Frozen rows copy the control's reference, title and theme instead of pointing
        // at them: an approved version must read the same after an own control is
        // renamed or deleted.
        QStringLiteral("CREATE TABLE soa_version_row ("
                       " id INTEGER PRIMARY KEY,"
                       " version_id INTEGER NOT NULL REFERENCES soa_version (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " entry_uid TEXT NOT NULL,"
                       " own INTEGER NOT NULL DEFAULT 0,"
                       " control_ref TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " theme_code TEXT NOT NULL DEFAULT '',"
                       " control_description TEXT NOT NULL DEFAULT '',"
                       " applicability TEXT NOT NULL,"
                       " inclusion_reasons TEXT NOT NULL DEFAULT '',"
                       " inclusion_narrative TEXT NOT NULL DEFAULT '',"
                       " exclusion_justification TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " implementation TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " target_date TEXT,"
                       " evidence_refs TEXT NOT NULL DEFAULT '',"
                       " last_reviewed TEXT,"
                       " UNIQUE (version_id, position))"),
    };
    if (!run(db, sql, error))
        return false;
    // Existing files get their entries now, every one undecided. (A new file has no
    // catalog yet at this point; Document::create adds its entries with the catalog.)
    QSqlQuery missing(db);
    if (!missing.exec(QStringLiteral("SELECT c.id FROM catalog_control c"
                                     " WHERE NOT EXISTS (SELECT 1 FROM soa_entry s WHERE s.control_id = c.id)"
                                     " ORDER BY c.position"))) {
        if (error)
            *error = missing.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO soa_entry (uid, control_id) VALUES (?, ?)"));
    while (missing.next()) {
        insert.addBindValue(newUid());
        insert.addBindValue(missing.value(0));
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

// v4: the records of clauses 4 to 10 (context, interested parties, processes, roles,
// documents, objectives and measurement, planned changes, competence, communication,
// management reviews, improvement) and the requirements checklist. Text columns are
// NOT NULL with '' for "not written"; dates, choices, numbers and links are NULL when
// not given. Human references (ref) are unique per register. A register row that is
// deleted takes its own children and links with it (CASCADE); a link to it from
// another register is cleared (SET NULL); catalog rows are never deleted while
// something points to them (RESTRICT).
bool toVersion4(QSqlDatabase &db, QString *error)
{
    auto withRef = [](const QString &table, const QString &columns) {
        return QStringLiteral("CREATE TABLE %1 ("
                              " id INTEGER PRIMARY KEY,"
                              " uid TEXT NOT NULL UNIQUE,"
                              " ref TEXT NOT NULL UNIQUE,"
                              "%2)")
            .arg(table, columns);
    };
    auto withoutRef = [](const QString &table, const QString &columns) {
        return QStringLiteral("CREATE TABLE %1 ("
                              " id INTEGER PRIMARY KEY,"
                              " uid TEXT NOT NULL UNIQUE,"
                              "%2)")
            .arg(table, columns);
    };
    auto linkTable = [](const QString &table, const QString &rowTable, const QString &targetTable,
                        const QString &targetRule) {
        return QStringList{
            QStringLiteral("CREATE TABLE %1 ("
                           " row_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                           " target_id INTEGER NOT NULL REFERENCES %3 (id) ON DELETE %4,"
                           " PRIMARY KEY (row_id, target_id))")
                .arg(table, rowTable, targetTable, targetRule),
            QStringLiteral("CREATE INDEX %1_by_target ON %1 (target_id)").arg(table),
        };
    };
    QStringList sql = {
        QStringLiteral("ALTER TABLE organisation ADD COLUMN climate_relevant TEXT"),
        QStringLiteral("ALTER TABLE organisation ADD COLUMN climate_reasoning TEXT NOT NULL DEFAULT ''"),
        withRef(QStringLiteral("issue"),
                QStringLiteral(" category TEXT,"
                               " issue TEXT NOT NULL DEFAULT '',"
                               " effect TEXT NOT NULL DEFAULT '',"
                               " response TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("interested_party"),
                QStringLiteral(" party TEXT NOT NULL DEFAULT '',"
                               " kind TEXT,"
                               " requirements TEXT NOT NULL DEFAULT '',"
                               " addressed TEXT,"
                               " how TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("isms_process"),
                QStringLiteral(" process TEXT NOT NULL DEFAULT '',"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " inputs TEXT NOT NULL DEFAULT '',"
                               " outputs TEXT NOT NULL DEFAULT '',"
                               " interactions TEXT NOT NULL DEFAULT ''")),
        withoutRef(QStringLiteral("role"),
                   QStringLiteral(" role TEXT NOT NULL DEFAULT '',"
                                  " person TEXT NOT NULL DEFAULT '',"
                                  " responsibilities TEXT NOT NULL DEFAULT '',"
                                  " authorities TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("isms_document"),
                QStringLiteral(" title TEXT NOT NULL DEFAULT '',"
                               " doc_type TEXT,"
                               " version TEXT NOT NULL DEFAULT '',"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " approved_on TEXT,"
                               " next_review TEXT,"
                               " classification TEXT NOT NULL DEFAULT '',"
                               " location TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("objective"),
                QStringLiteral(" objective TEXT NOT NULL DEFAULT '',"
                               " measure TEXT NOT NULL DEFAULT '',"
                               " target TEXT NOT NULL DEFAULT '',"
                               " plan TEXT NOT NULL DEFAULT '',"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " due TEXT,"
                               " resources TEXT NOT NULL DEFAULT '',"
                               " status TEXT,"
                               " evaluation TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("metric"),
                QStringLiteral(" name TEXT NOT NULL DEFAULT '',"
                               " measured TEXT NOT NULL DEFAULT '',"
                               " method TEXT NOT NULL DEFAULT '',"
                               " frequency TEXT,"
                               " unit TEXT NOT NULL DEFAULT '',"
                               " target TEXT NOT NULL DEFAULT '',"
                               " target_value REAL,"
                               " direction TEXT,"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " objective_id INTEGER REFERENCES objective (id) ON DELETE SET NULL")),
        QStringLiteral("CREATE INDEX metric_by_objective ON metric (objective_id)"),
        withoutRef(QStringLiteral("measurement"),
                   QStringLiteral(" metric_id INTEGER NOT NULL REFERENCES metric (id) ON DELETE CASCADE,"
                                  " measured_on TEXT,"
                                  " value REAL,"
                                  " note TEXT NOT NULL DEFAULT ''")),
        QStringLiteral("CREATE INDEX measurement_by_metric ON measurement (metric_id, measured_on)"),
        withRef(QStringLiteral("planned_change"),
                QStringLiteral(" change TEXT NOT NULL DEFAULT '',"
                               " purpose TEXT NOT NULL DEFAULT '',"
                               " consequences TEXT NOT NULL DEFAULT '',"
                               " resources TEXT NOT NULL DEFAULT '',"
                               " responsibilities TEXT NOT NULL DEFAULT '',"
                               " planned_for TEXT,"
                               " status TEXT")),
        withoutRef(QStringLiteral("competence_record"),
                   QStringLiteral(" kind TEXT,"
                                  " person TEXT NOT NULL DEFAULT '',"
                                  " required TEXT NOT NULL DEFAULT '',"
                                  " evidence TEXT NOT NULL DEFAULT '',"
                                  " achieved_on TEXT")),
        withoutRef(QStringLiteral("communication"),
                   QStringLiteral(" topic TEXT NOT NULL DEFAULT '',"
                                  " timing TEXT NOT NULL DEFAULT '',"
                                  " audience TEXT NOT NULL DEFAULT '',"
                                  " communicator TEXT NOT NULL DEFAULT '',"
                                  " channel TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("management_review"),
                QStringLiteral(" held_on TEXT,"
                               " status TEXT,"
                               " chair TEXT NOT NULL DEFAULT '',"
                               " attendees TEXT NOT NULL DEFAULT '',"
                               " input_a TEXT NOT NULL DEFAULT '',"
                               " input_b TEXT NOT NULL DEFAULT '',"
                               " input_c TEXT NOT NULL DEFAULT '',"
                               " input_d TEXT NOT NULL DEFAULT '',"
                               " input_e TEXT NOT NULL DEFAULT '',"
                               " input_f TEXT NOT NULL DEFAULT '',"
                               " input_g TEXT NOT NULL DEFAULT '',"
                               " conclusions TEXT NOT NULL DEFAULT ''")),
        withRef(QStringLiteral("review_action"),
                QStringLiteral(" review_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,"
                               " kind TEXT,"
                               " description TEXT NOT NULL DEFAULT '',"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " due TEXT,"
                               " status TEXT,"
                               " notes TEXT NOT NULL DEFAULT ''")),
        QStringLiteral("CREATE INDEX review_action_by_review ON review_action (review_id)"),
        withRef(QStringLiteral("improvement"),
                QStringLiteral(" raised_on TEXT,"
                               " opportunity TEXT NOT NULL DEFAULT '',"
                               " source TEXT,"
                               " owner TEXT NOT NULL DEFAULT '',"
                               " decision TEXT NOT NULL DEFAULT '',"
                               " status TEXT")),
        withoutRef(QStringLiteral("requirement"),
                   QStringLiteral(" clause_id INTEGER NOT NULL UNIQUE REFERENCES catalog_clause (id) ON DELETE CASCADE,"
                                  " status TEXT,"
                                  " where_met TEXT NOT NULL DEFAULT '',"
                                  " notes TEXT NOT NULL DEFAULT ''")),
    };
    sql << linkTable(QStringLiteral("isms_document_clause"), QStringLiteral("isms_document"),
                     QStringLiteral("catalog_clause"), QStringLiteral("RESTRICT"));
    sql << linkTable(QStringLiteral("isms_document_control"), QStringLiteral("isms_document"),
                     QStringLiteral("catalog_control"), QStringLiteral("RESTRICT"));
    sql << linkTable(QStringLiteral("requirement_document"), QStringLiteral("requirement"),
                     QStringLiteral("isms_document"), QStringLiteral("CASCADE"));
    if (!run(db, sql, error))
        return false;
    // A file made before v3 already carries its catalog: give every sub-clause its
    // checklist row. (A new file gets them when its catalog is installed.)
    QSqlQuery clauses(db);
    if (!clauses.exec(QStringLiteral("SELECT id FROM catalog_clause WHERE level >= 2 ORDER BY position"))) {
        if (error)
            *error = clauses.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO requirement (uid, clause_id) VALUES (?, ?)"));
    while (clauses.next()) {
        insert.addBindValue(newUid());
        insert.addBindValue(clauses.value(0));
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

// v5: the internal audit programme, audits with their areas, agenda and checklist
// (9.2), and nonconformities with their corrective actions (10.2). One step, so that
// it can be renumbered as a whole when branches merge.
bool toVersion5(QSqlDatabase &db, QString *error)
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

// The triggers that keep the risks' text index (risk_text) in step with their texts.
QStringList riskTextTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER risk_text_insert AFTER INSERT ON risk_detail BEGIN"
                       " INSERT INTO risk_text (rowid, description, threat, vulnerability, existing_controls, notes)"
                       " VALUES (new.risk_id, new.description, new.threat, new.vulnerability, new.existing_controls,"
                       " new.notes); END"),
        QStringLiteral("CREATE TRIGGER risk_text_delete AFTER DELETE ON risk_detail BEGIN"
                       " INSERT INTO risk_text (risk_text, rowid, description, threat, vulnerability,"
                       " existing_controls, notes) VALUES ('delete', old.risk_id, old.description, old.threat,"
                       " old.vulnerability, old.existing_controls, old.notes); END"),
        QStringLiteral("CREATE TRIGGER risk_text_update AFTER UPDATE OF description, threat, vulnerability,"
                       " existing_controls, notes ON risk_detail BEGIN"
                       " INSERT INTO risk_text (risk_text, rowid, description, threat, vulnerability,"
                       " existing_controls, notes) VALUES ('delete', old.risk_id, old.description, old.threat,"
                       " old.vulnerability, old.existing_controls, old.notes);"
                       " INSERT INTO risk_text (rowid, description, threat, vulnerability, existing_controls, notes)"
                       " VALUES (new.risk_id, new.description, new.threat, new.vulnerability, new.existing_controls,"
                       " new.notes); END"),
    };
}

// v6: risk management (6.1.2, 6.1.3, 8.2, 8.3): the risk method, the asset inventory,
// the risk register with its links to assets and Annex A controls, the treatment plan
// and the risk owners' acceptances. Existing files get the default method.
//
// The whole risk schema lives in this one step so that it can be renumbered as one
// piece when branches merge. The default method is written here as literal rows, not
// through the code that makes new methods, so that this step stays what it was when
// it was released.
bool toVersion6(QSqlDatabase &db, QString *error)
{
    QStringList sql = {
        // Risk levels in rank order (rank 0 is the lowest). Names are unique; the
        // method is always rewritten whole, so ranks can be unique as well.
        QStringLiteral("CREATE TABLE risk_level ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL UNIQUE,"
                       " colour TEXT NOT NULL,"
                       " rank INTEGER NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE risk_scale_level ("
                       " axis TEXT NOT NULL CHECK (axis IN ('likelihood', 'impact')),"
                       " value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 7),"
                       " label TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (axis, value))"),
        QStringLiteral("CREATE TABLE risk_matrix_cell ("
                       " likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 7),"
                       " impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 7),"
                       " level_id INTEGER NOT NULL REFERENCES risk_level (id) ON DELETE RESTRICT,"
                       " PRIMARY KEY (likelihood, impact))"),
        // One row. The threshold is the highest level that may be accepted by the
        // risk owner without further justification.
        QStringLiteral("CREATE TABLE risk_method ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " acceptance_level_id INTEGER REFERENCES risk_level (id) ON DELETE SET NULL,"
                       " acceptance_criteria TEXT NOT NULL DEFAULT '',"
                       " review_interval_months INTEGER NOT NULL DEFAULT 12"
                       " CHECK (review_interval_months BETWEEN 1 AND 60))"),
        QStringLiteral("CREATE TABLE asset ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL DEFAULT 'information' CHECK (type IN ('information', 'software',"
                       " 'hardware', 'service', 'people', 'site', 'supplier')),"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " location TEXT NOT NULL DEFAULT '',"
                       " confidentiality INTEGER CHECK (confidentiality BETWEEN 1 AND 7),"
                       " integrity INTEGER CHECK (integrity BETWEEN 1 AND 7),"
                       " availability INTEGER CHECK (availability BETWEEN 1 AND 7),"
                       " description TEXT NOT NULL DEFAULT '')"),
        // Likelihood and impact are stored; score and level never are (they follow
        // from the method when read). NULL means not rated yet. The long texts live in
        // risk_detail, so that the register's scans (pages of short columns, heat maps,
        // counts) read a narrow table even with 100,000 risks.
        QStringLiteral("CREATE TABLE risk ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " properties TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " inherent_likelihood INTEGER CHECK (inherent_likelihood BETWEEN 1 AND 7),"
                       " inherent_impact INTEGER CHECK (inherent_impact BETWEEN 1 AND 7),"
                       " treatment TEXT NOT NULL DEFAULT '' CHECK (treatment IN ('', 'modify', 'retain', 'avoid',"
                       " 'share')),"
                       " residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 7),"
                       " residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 7),"
                       " status TEXT NOT NULL DEFAULT 'identified' CHECK (status IN ('identified', 'assessed',"
                       " 'in_treatment', 'accepted', 'closed')),"
                       " identified_on TEXT,"
                       " last_review TEXT,"
                       " next_review TEXT)"),
        // Heat maps and counts per level read these indexes only.
        QStringLiteral("CREATE INDEX risk_by_rating ON risk (inherent_likelihood, inherent_impact,"
                       " residual_likelihood, residual_impact)"),
        QStringLiteral("CREATE INDEX risk_by_residual ON risk (residual_likelihood, residual_impact)"),
        // One row per risk, written together with it.
        QStringLiteral("CREATE TABLE risk_detail ("
                       " risk_id INTEGER PRIMARY KEY REFERENCES risk (id) ON DELETE CASCADE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " threat TEXT NOT NULL DEFAULT '',"
                       " vulnerability TEXT NOT NULL DEFAULT '',"
                       " existing_controls TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE risk_asset ("
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (risk_id, asset_id))"),
        QStringLiteral("CREATE INDEX risk_asset_by_asset ON risk_asset (asset_id)"),
        // Planned controls. A row of its own with a surrogate key, so that a nullable
        // own_control_id (the organisation's own controls, from the SoA) can join
        // control_id later: each row then names exactly one of the two.
        QStringLiteral("CREATE TABLE risk_control ("
                       " id INTEGER PRIMARY KEY,"
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " control_id INTEGER REFERENCES catalog_control (id) ON DELETE RESTRICT,"
                       " UNIQUE (risk_id, control_id))"),
        QStringLiteral("CREATE INDEX risk_control_by_control ON risk_control (control_id)"),
        QStringLiteral("CREATE TABLE risk_action ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " due_on TEXT,"
                       " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done',"
                       " 'cancelled')),"
                       " effort TEXT NOT NULL DEFAULT '',"
                       " completed_on TEXT)"),
        QStringLiteral("CREATE INDEX risk_action_by_risk ON risk_action (risk_id)"),
        // The snapshot columns hold the residual rating and treatment as accepted;
        // they are written once, with the acceptance.
        QStringLiteral("CREATE TABLE risk_acceptance ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " accepted_by TEXT NOT NULL DEFAULT '',"
                       " accepted_on TEXT NOT NULL,"
                       " expires_on TEXT,"
                       " justification TEXT NOT NULL DEFAULT '',"
                       " snapshot_likelihood INTEGER,"
                       " snapshot_impact INTEGER,"
                       " snapshot_score INTEGER,"
                       " snapshot_level TEXT NOT NULL DEFAULT '',"
                       " snapshot_treatment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX risk_acceptance_by_risk ON risk_acceptance (risk_id)"),
        // The default method: 5 x 5, score = likelihood x impact.
        QStringLiteral("INSERT INTO risk_level (id, uid, name, colour, rank) VALUES"
                       " (1, '3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0001', 'Low', '#8bc34a', 0),"
                       " (2, '3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0002', 'Medium', '#ffd54f', 1),"
                       " (3, '3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0003', 'High', '#ff8a50', 2),"
                       " (4, '3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0004', 'Critical', '#e53935', 3)"),
    };
    const char *labels[5] = {"Very low", "Low", "Medium", "High", "Very high"};
    const char *likelihood[5] = {
        "Not expected in the next five years; no known occurrence here or at peers.",
        "Could happen once in three to five years; has happened at peers.",
        "Could happen once in one to three years; has happened here before.",
        "Expected about once a year.",
        "Expected several times a year, or already happening.",
    };
    const char *impact[5] = {
        "No noticeable effect on customers; handled in normal operations; cost under 5,000.",
        "Short disruption or a few customers affected; no personal data breach; cost under 50,000.",
        "Service degraded for many customers for hours, or a reportable personal data breach of limited "
        "size; cost under 250,000.",
        "Outage of a day or more, breach of many customers' data, regulator involvement, lost contracts; "
        "cost under 1 million.",
        "Threatens the company: prolonged outage, large breach, loss of certification or key customers; "
        "cost over 1 million.",
    };
    if (!run(db, sql, error))
        return false;
    // A full-text index of the risks' long texts, kept by triggers, for the register's
    // search (a LIKE scan of 100,000 scenarios takes far longer than a keystroke may).
    // SQLite-only, like the class that queries it (RiskTextIndex), which falls back to
    // LIKE where the index is missing: an SQLite built without FTS5 still opens files.
    QStringList textIndex = {
        QStringLiteral("CREATE VIRTUAL TABLE risk_text USING fts5(description, threat, vulnerability,"
                       " existing_controls, notes, content='risk_detail', content_rowid='risk_id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
    };
    textIndex << riskTextTriggers();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) && probe.next()
            && probe.value(0).toInt() == 1 && !run(db, textIndex, error))
            return false;
    }
    QSqlQuery scale(db);
    scale.prepare(QStringLiteral("INSERT INTO risk_scale_level (axis, value, label, description) VALUES (?, ?, ?, ?)"));
    for (int v = 0; v < 5; ++v) {
        for (int axis = 0; axis < 2; ++axis) {
            scale.addBindValue(axis == 0 ? QStringLiteral("likelihood") : QStringLiteral("impact"));
            scale.addBindValue(v + 1);
            scale.addBindValue(QString::fromLatin1(labels[v]));
            scale.addBindValue(QString::fromLatin1(axis == 0 ? likelihood[v] : impact[v]));
            if (!scale.exec()) {
                if (error)
                    *error = scale.lastError().text();
                return false;
            }
        }
    }
    // Low 1-4, Medium 5-9, High 10-16, Critical 20-25.
    QSqlQuery cell(db);
    cell.prepare(QStringLiteral("INSERT INTO risk_matrix_cell (likelihood, impact, level_id) VALUES (?, ?, ?)"));
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            const int score = l * i;
            cell.addBindValue(l);
            cell.addBindValue(i);
            cell.addBindValue(score <= 4 ? 1 : score <= 9 ? 2 : score <= 16 ? 3 : 4);
            if (!cell.exec()) {
                if (error)
                    *error = cell.lastError().text();
                return false;
            }
        }
    }
    QSqlQuery method(db);
    method.prepare(QStringLiteral("INSERT INTO risk_method (id, acceptance_level_id, acceptance_criteria,"
                                  " review_interval_months) VALUES (1, 2, ?, 12)"));
    method.addBindValue(QStringLiteral(
        "Risks rated Low or Medium after treatment may be accepted by the risk owner. High and Critical risks "
        "must be treated; where that is not possible or not proportionate, retaining them needs a written "
        "justification and the acceptance of top management. Every acceptance is reviewed at least once a year "
        "and whenever the risk's rating or treatment changes."));
    if (!method.exec()) {
        if (error)
            *error = method.lastError().text();
        return false;
    }
    return true;
}

// v7: a risk's treatment plans the organisation's own controls too (6.1.3 b: controls
// from any source). A planned control names exactly one of an Annex A control and an
// own control. An own control that is deleted takes its links with it (CASCADE); the
// Document clears them first in the same undoable step, so undo brings them back.
// SQLite cannot add a CHECK to a table, so the table is made anew and the rows copied
// with their ids.
bool toVersion7(QSqlDatabase &db, QString *error)
{
    const QStringList sql = {
        QStringLiteral("CREATE TABLE risk_control_v7 ("
                       " id INTEGER PRIMARY KEY,"
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " control_id INTEGER REFERENCES catalog_control (id) ON DELETE RESTRICT,"
                       " own_control_id INTEGER REFERENCES own_control (id) ON DELETE CASCADE,"
                       " UNIQUE (risk_id, control_id),"
                       " UNIQUE (risk_id, own_control_id),"
                       " CHECK ((control_id IS NULL AND own_control_id IS NOT NULL)"
                       "  OR (control_id IS NOT NULL AND own_control_id IS NULL)))"),
        QStringLiteral("INSERT INTO risk_control_v7 (id, risk_id, control_id)"
                       " SELECT id, risk_id, control_id FROM risk_control"),
        QStringLiteral("DROP TABLE risk_control"),
        QStringLiteral("ALTER TABLE risk_control_v7 RENAME TO risk_control"),
        QStringLiteral("CREATE INDEX risk_control_by_control ON risk_control (control_id)"),
        QStringLiteral("CREATE INDEX risk_control_by_own_control ON risk_control (own_control_id)"),
    };
    return run(db, sql, error);
}

// v8: lighter indexes for the risk register, which every bulk write (an import of
// 100,000 risks) pays for row by row.
// - One index of the four ratings instead of two: residual first, so that the residual
//   heat map reads its part of it; the counts per level and the inherent heat map read
//   it whole (at 100,000 risks about 25 ms instead of 6).
// - The text index records which risks hold a word, not where in them (detail=none) nor
//   how long each text is (columnsize=0). Searching asks nothing more (RiskTextIndex:
//   words' beginnings, in any order), and the index is a fifth of the size and builds a
//   third faster. It is made and filled anew.
bool toVersion8(QSqlDatabase &db, QString *error)
{
    const QStringList ratings = {
        QStringLiteral("DROP INDEX risk_by_rating"),
        QStringLiteral("DROP INDEX risk_by_residual"),
        QStringLiteral("CREATE INDEX risk_by_rating ON risk (residual_likelihood, residual_impact,"
                       " inherent_likelihood, inherent_impact)"),
    };
    if (!run(db, ratings, error))
        return false;
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'risk_text'"))
        || !probe.next())
        return true;  // an SQLite without FTS5 made the file: there is no text index to change
    probe.finish();
    QStringList sql = {
        QStringLiteral("DROP TRIGGER IF EXISTS risk_text_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS risk_text_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS risk_text_update"),
        QStringLiteral("DROP TABLE risk_text"),
        QStringLiteral("CREATE VIRTUAL TABLE risk_text USING fts5(description, threat, vulnerability,"
                       " existing_controls, notes, content='risk_detail', content_rowid='risk_id',"
                       " tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0)"),
    };
    sql << riskTextTriggers();
    sql << QStringLiteral("INSERT INTO risk_text (risk_text) VALUES ('rebuild')");
    return run(db, sql, error);
}

// v9: lighter checks of what is written, which an import of 100,000 risks pays row by row.
// - An enumeration's CHECK compares the column with each value, joined by OR, instead of
//   listing the values with IN (...). Inside a CHECK, SQLite builds a temporary b-tree of
//   an IN list of three or more values for every row it checks (an IN list in a query is
//   built once): the import spent about a seventh of its work building them. The meaning
//   is the same. New CHECKs are written that way too.
// - A treatment plan's links to own controls are indexed (and kept unique per risk) by
//   partial indexes that hold only those links. Most links name an Annex A control, and
//   each left an empty entry in both indexes.
// SQLite cannot change a table's constraints, so each such table is made anew, its rows
// copied with their ids and its indexes and triggers made again. Foreign keys are off
// while the tables are swapped (Migration::rebuildsTables), or dropping a table would
// take the rows that refer to it along.
QString withoutInLists(const QString &definition)
{
    static const QRegularExpression inList(
        QStringLiteral("\\b(\\w+) IN \\(\\s*('(?:[^']|'')*'(?:\\s*,\\s*'(?:[^']|'')*')*)\\s*\\)"));
    static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : inList.globalMatch(definition)) {
        QStringList comparisons;
        for (const QRegularExpressionMatch &value : literal.globalMatch(match.captured(2)))
            comparisons << match.captured(1) + QStringLiteral(" = ") + value.captured(0);
        if (comparisons.size() < 3)
            continue;  // SQLite compares up to two values one by one itself
        result += QStringView(definition).mid(done, match.capturedStart(0) - done);
        result += QLatin1Char('(') + comparisons.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        done = match.capturedEnd(0);
    }
    return done == 0 ? definition : result + definition.mid(done);
}

bool toVersion9(QSqlDatabase &db, QString *error)
{
    struct Table
    {
        QString name, definition;
        QStringList dependents;  // its indexes and triggers
    };
    std::vector<Table> tables;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '% IN (%'"
                                       " ORDER BY name"))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            const QString definition = query.value(1).toString();
            const QString rewritten = withoutInLists(definition);
            if (rewritten != definition)
                tables.push_back({query.value(0).toString(), rewritten, {}});
        }
    }
    for (Table &table : tables) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
                                     " AND sql IS NOT NULL ORDER BY type, name"));
        query.addBindValue(table.name);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        while (query.next())
            table.dependents << query.value(0).toString();
    }
    for (const Table &table : tables) {
        const QString fresh = table.name + QStringLiteral("_v9");
        static const QRegularExpression head(QStringLiteral("^CREATE TABLE\\s+(\"?)\\w+\\1\\s*\\("));
        QString definition = table.definition;
        const QRegularExpressionMatch match = head.match(definition);
        if (!match.hasMatch()) {
            if (error)
                *error = QCoreApplication::translate("rampart::schema", "the definition of table %1 was not understood")
                             .arg(table.name);
            return false;
        }
        definition.replace(0, match.capturedLength(0), QStringLiteral("CREATE TABLE %1 (").arg(fresh));
        QStringList sql = {
            definition,
            QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(fresh, table.name),
            QStringLiteral("DROP TABLE %1").arg(table.name),
            QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(fresh, table.name),
        };
        sql << table.dependents;
        if (!run(db, sql, error))
            return false;
    }
    const QStringList ownControlLinks = {
        QStringLiteral("CREATE TABLE risk_control_v9 ("
                       " id INTEGER PRIMARY KEY,"
                       " risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
                       " control_id INTEGER REFERENCES catalog_control (id) ON DELETE RESTRICT,"
                       " own_control_id INTEGER REFERENCES own_control (id) ON DELETE CASCADE,"
                       " UNIQUE (risk_id, control_id),"
                       " CHECK ((control_id IS NULL AND own_control_id IS NOT NULL)"
                       "  OR (control_id IS NOT NULL AND own_control_id IS NULL)))"),
        QStringLiteral("INSERT INTO risk_control_v9 (id, risk_id, control_id, own_control_id)"
                       " SELECT id, risk_id, control_id, own_control_id FROM risk_control"),
        QStringLiteral("DROP TABLE risk_control"),
        QStringLiteral("ALTER TABLE risk_control_v9 RENAME TO risk_control"),
        QStringLiteral("CREATE INDEX risk_control_by_control ON risk_control (control_id)"),
        QStringLiteral("CREATE UNIQUE INDEX risk_control_own_once ON risk_control (risk_id, own_control_id)"
                       " WHERE own_control_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX risk_control_by_own_control ON risk_control (own_control_id)"
                       " WHERE own_control_id IS NOT NULL"),
    };
    return run(db, ownControlLinks, error);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, "document bookkeeping, catalog, organisation and scope", toVersion1},
        {2, "organisation profile, scope exclusions", toVersion2},
        {3, "statement of applicability, own controls, approved SoA versions", toVersion3},
        {4, "records of clauses 4 to 10 and the requirements checklist", toVersion4},
        {5, "audit programme, audits, checklists, nonconformities, corrective actions", toVersion5},
        {6, "risk method, assets, risk register, treatment plan, acceptances", toVersion6},
        {7, "risks plan the organisation's own controls", toVersion7},
        {8, "lighter indexes of the risk register (ratings, texts)", toVersion8},
        {9, "lighter checks of enumerations and of links to own controls", toVersion9, true},
    };
    return steps;
}

} // namespace rampart::schema
