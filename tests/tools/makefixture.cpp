// make_fixture_v1 FILE: writes a Rampart file at schema version 1, as the first
// release wrote it, for the migration tests (tests/fixtures/v1.isms).
//
// It uses Database::createAtVersion(path, 1) for the v1 schema, installs the built-in
// catalog and the meta rows as Document::create does, and fills the columns v1 had
// (organisation name and scope; v1 has no other organisation columns and no scope
// exclusions) plus change_log rows. Values are fixed, so the content is the same each
// time it is made. SQL is written here directly: the stores of today speak the
// current schema, not v1.

#include "catalog/catalog.h"
#include "storage/database.h"
#include "stores/catalogstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstdio>

using namespace rampart;

namespace {

// What tst_database expects to find after the migration; keep the two in step.
const char *const OrganisationUid = "3b0c5f5e-7a43-4d7e-9a51-0c2f7d1e6a90";
const char *const OrganisationName = "Harbour Freight Analytics";
const char *const ScopeStatement =
    "The ISMS covers the route-planning service of Harbour Freight Analytics, the people who build and run it, "
    "and the Rotterdam office.";
const char *const ScopeBoundaries = "Rotterdam office (all departments).\nProduction and test cloud accounts.";
const char *const ScopeInterfaces = "Cloud hosting provider; payroll bureau; customers' TMS systems via the API.";
const char *const CreatedAt = "2024-03-18T09:30:00Z";
const char *const CreatedBy = "fixture";

int fail(const QString &message)
{
    std::fprintf(stderr, "make_fixture_v1: %s\n", qPrintable(message));
    return 1;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2)
        return fail(QStringLiteral("usage: make_fixture_v1 FILE (FILE must not exist)"));
    const QString path = arguments.at(1);

    QString error;
    const Catalog *catalog = Catalog::builtIn(&error);
    if (!catalog)
        return fail(error);
    auto db = Database::createAtVersion(path, 1, &error);
    if (!db)
        return fail(error);
    if (db->schemaVersion() != 1)
        return fail(QStringLiteral("expected schema version 1, got %1").arg(db->schemaVersion()));

    QSqlDatabase &connection = db->connection();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return fail(transaction.error());
    const QString insertMeta = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
    const QString insertChange =
        QStringLiteral("INSERT INTO change_log (changed_at, changed_by, entity, row_id, row_ref, field, old_value,"
                       " new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const bool ok = CatalogStore(*db).install(*catalog, &error)
        && exec(connection, insertMeta, {QStringLiteral("catalog.standard"), catalog->standard}, &error)
        && exec(connection, insertMeta, {QStringLiteral("catalog.revision"), QString::number(catalog->revision)},
                &error)
        && exec(connection, insertMeta, {QStringLiteral("created.at"), text(CreatedAt)}, &error)
        && exec(connection, insertMeta, {QStringLiteral("created.by"), text(CreatedBy)}, &error)
        && exec(connection, insertMeta, {QStringLiteral("created.with"), QStringLiteral("Rampart 0.0.9")}, &error)
        && exec(connection,
                QStringLiteral("UPDATE organisation SET uid = ?, name = ?, scope_statement = ?, scope_boundaries = ?,"
                               " scope_interfaces = ? WHERE id = 1"),
                {text(OrganisationUid), text(OrganisationName), text(ScopeStatement), text(ScopeBoundaries),
                 text(ScopeInterfaces)},
                &error)
        && exec(connection, insertChange,
                {text(CreatedAt), text(CreatedBy), QStringLiteral("document"), 0, QStringLiteral(""),
                 QStringLiteral("created"), QVariant(QMetaType(QMetaType::QString)), QStringLiteral("v1.isms")},
                &error)
        && exec(connection, insertChange,
                {QStringLiteral("2024-03-18T09:31:12.250Z"), text(CreatedBy), QStringLiteral("organisation"), 1,
                 QStringLiteral(""), QStringLiteral("name"), QStringLiteral(""), text(OrganisationName)},
                &error);
    if (!ok)
        return fail(error);
    if (!transaction.commit())
        return fail(transaction.error());
    std::printf("wrote %s (schema version 1)\n", qPrintable(path));
    return 0;
}
