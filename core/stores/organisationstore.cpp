#include "organisationstore.h"

#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"

#include <QCoreApplication>

namespace rampart {

namespace {

const char *const OrganisationColumns[Organisation::FieldCount] = {
    "name",         "legal_name",  "sector",          "headcount",        "locations",
    "isms_manager", "description", "scope_statement", "scope_boundaries", "scope_interfaces",
    "climate_relevant", "climate_reasoning",
};

const char *const ExclusionColumns[ScopeExclusion::FieldCount] = {"exclusion", "justification"};

QString unknownField()
{
    return QCoreApplication::translate("rampart::RecordStore", "Unknown field.");
}

} // namespace

QString OrganisationStore::fieldKey(int field) const
{
    if (field < 0 || field >= Organisation::FieldCount)
        return {};
    return QString::fromLatin1(OrganisationColumns[field]);
}

QVariant OrganisationStore::value(qint64, int field) const
{
    return fieldValue(read(), field);
}

QVariant OrganisationStore::fieldValue(const Organisation &o, int field)
{
    switch (Organisation::Field(field)) {
    case Organisation::Name:
        return o.name;
    case Organisation::LegalName:
        return o.legalName;
    case Organisation::Sector:
        return o.sector;
    case Organisation::Headcount:
        return o.headcount > 0 ? QVariant(o.headcount) : QVariant();
    case Organisation::Locations:
        return o.locations;
    case Organisation::IsmsManager:
        return o.ismsManager;
    case Organisation::Description:
        return o.description;
    case Organisation::ScopeStatement:
        return o.scopeStatement;
    case Organisation::ScopeBoundaries:
        return o.scopeBoundaries;
    case Organisation::ScopeInterfaces:
        return o.scopeInterfaces;
    case Organisation::ClimateRelevant:
        return o.climateRelevant.isEmpty() ? QVariant() : QVariant(o.climateRelevant);
    case Organisation::ClimateReasoning:
        return o.climateReasoning;
    case Organisation::FieldCount:
        break;
    }
    return {};
}

QVariant OrganisationStore::normalised(int field, const QVariant &value) const
{
    if (field == Organisation::ClimateRelevant)
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    if (field == Organisation::Headcount) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (ok && count == 0)
            return {};
    }
    return value;
}

bool OrganisationStore::setValue(qint64, int field, const QVariant &value, QString *error)
{
    if (field < 0 || field >= Organisation::FieldCount) {
        if (error)
            *error = unknownField();
        return false;
    }
    QVariant bound;
    if (field == Organisation::Headcount) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!value.isNull() && value.toString().trimmed().size() > 0 && (!ok || count < 0)) {
            if (error)
                *error = QCoreApplication::translate("rampart::RecordStore",
                                                     "The headcount must be a whole number of 0 or more.");
            return false;
        }
        bound = ok && count > 0 ? QVariant(count) : QVariant(QMetaType(QMetaType::Int));
    } else if (field == Organisation::ClimateRelevant) {
        const QString decision = value.toString();
        if (!decision.isEmpty() && decision != QLatin1String("yes") && decision != QLatin1String("no")) {
            if (error)
                *error = QCoreApplication::translate("rampart::RecordStore",
                                                     "The climate change decision must be yes, no or not decided.");
            return false;
        }
        bound = decision.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(decision);
    } else {
        bound = sql::text(value);
    }
    QSqlQuery query(m_db.connection());
    return sql::exec(query,
                     QStringLiteral("UPDATE organisation SET %1 = ? WHERE id = ?").arg(fieldKey(field)),
                     {bound, Organisation::RowId}, error);
}

bool OrganisationStore::setUid(const QString &uid, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE organisation SET uid = ? WHERE id = ?"), {uid, Organisation::RowId},
                     error);
}

Organisation OrganisationStore::read() const
{
    Organisation o;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT uid, name, legal_name, sector, headcount, locations, isms_manager,"
                                  " description, scope_statement, scope_boundaries, scope_interfaces,"
                                  " climate_relevant, climate_reasoning"
                                  " FROM organisation WHERE id = ?"),
                   {Organisation::RowId}, nullptr)
        || !query.next())
        return o;
    o.uid = query.value(0).toString();
    o.name = query.value(1).toString();
    o.legalName = query.value(2).toString();
    o.sector = query.value(3).toString();
    o.headcount = query.value(4).toInt();
    o.locations = query.value(5).toString();
    o.ismsManager = query.value(6).toString();
    o.description = query.value(7).toString();
    o.scopeStatement = query.value(8).toString();
    o.scopeBoundaries = query.value(9).toString();
    o.scopeInterfaces = query.value(10).toString();
    o.climateRelevant = query.value(11).toString();
    o.climateReasoning = query.value(12).toString();
    return o;
}

QString ScopeExclusionStore::fieldKey(int field) const
{
    if (field < 0 || field >= ScopeExclusion::FieldCount)
        return {};
    return QString::fromLatin1(ExclusionColumns[field]);
}

QVariant ScopeExclusionStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= ScopeExclusion::FieldCount)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM scope_exclusion WHERE id = ?").arg(fieldKey(field)), {id},
                  nullptr)
        && query.next())
        return query.value(0);
    return {};
}

bool ScopeExclusionStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    if (field < 0 || field >= ScopeExclusion::FieldCount) {
        if (error)
            *error = unknownField();
        return false;
    }
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE scope_exclusion SET %1 = ? WHERE id = ?").arg(fieldKey(field)),
                     {sql::text(value), id}, error);
}

QVariantList ScopeExclusionStore::snapshotOf(const ScopeExclusion &e)
{
    return {e.exclusion, e.justification, e.uid};
}

QVariantList ScopeExclusionStore::rowSnapshot(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT exclusion, justification, uid FROM scope_exclusion WHERE id = ?"),
                  {id}, nullptr)
        && query.next())
        return {query.value(0), query.value(1), query.value(2)};
    return {};
}

qint64 ScopeExclusionStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    const QVariant exclusion = sql::text(snapshot.value(ScopeExclusion::Exclusion));
    const QVariant justification = sql::text(snapshot.value(ScopeExclusion::Justification));
    QString uid = snapshot.value(ScopeExclusion::FieldCount).toString();
    if (uid.isEmpty())
        uid = newUid();
    QSqlQuery query(m_db.connection());
    bool ok;
    if (id > 0) {
        ok = sql::exec(query,
                       QStringLiteral("INSERT INTO scope_exclusion (id, uid, exclusion, justification)"
                                      " VALUES (?, ?, ?, ?)"),
                       {id, uid, exclusion, justification}, error);
    } else {
        ok = sql::exec(query,
                       QStringLiteral("INSERT INTO scope_exclusion (uid, exclusion, justification) VALUES (?, ?, ?)"),
                       {uid, exclusion, justification}, error);
        id = query.lastInsertId().toLongLong();
    }
    return ok ? id : 0;
}

bool ScopeExclusionStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM scope_exclusion WHERE id = ?"), {id}, error);
}

bool ScopeExclusionStore::removeAll(QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM scope_exclusion"), {}, error);
}

std::vector<ScopeExclusion> ScopeExclusionStore::all() const
{
    std::vector<ScopeExclusion> rows;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, QStringLiteral("SELECT id, uid, exclusion, justification FROM scope_exclusion ORDER BY id"),
                   {}, nullptr))
        return rows;
    while (query.next())
        rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString()});
    return rows;
}

} // namespace rampart
