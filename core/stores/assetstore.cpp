#include "assetstore.h"

#include "riskmethodstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rampart {

namespace {

const char *const Columns[Asset::FieldCount] = {"reference", "name",      "type",         "owner",      "location",
                                                "confidentiality", "integrity", "availability", "description"};

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::RecordStore", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString selectColumns()
{
    QStringList columns;
    for (const char *c : Columns)
        columns << QString::fromLatin1(c);
    return columns.join(QStringLiteral(", "));
}

Asset assetFrom(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.uid = q.value(1).toString();
    a.reference = q.value(2).toString();
    a.name = q.value(3).toString();
    a.type = q.value(4).toString();
    a.owner = q.value(5).toString();
    a.location = q.value(6).toString();
    a.confidentiality = q.value(7).toInt();
    a.integrity = q.value(8).toInt();
    a.availability = q.value(9).toInt();
    a.description = q.value(10).toString();
    return a;
}

} // namespace

AssetStore::AssetStore(Database &db, const RiskMethodStore &method)
    : RecordStore(db)
    , m_method(method)
{
}

QString AssetStore::fieldKey(int field) const
{
    if (field < 0 || field >= Asset::FieldCount)
        return {};
    return QString::fromLatin1(Columns[field]);
}

QVariant AssetStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= Asset::FieldCount)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM asset WHERE id = ?").arg(fieldKey(field)), {id}, nullptr)
        && query.next())
        return query.value(0);
    return {};
}

QString AssetStore::rowReference(qint64 id) const
{
    return value(id, Asset::Reference).toString();
}

QVariant AssetStore::normalised(int field, const QVariant &value) const
{
    QVariant out;
    return bindable(field, value, 0, &out, nullptr) ? out : value;
}

bool AssetStore::bindable(int field, const QVariant &value, qint64 id, QVariant *out, QString *error) const
{
    bool ok = true;
    switch (Asset::Field(field)) {
    case Asset::Reference: {
        const QString reference = value.toString().trimmed();
        if (reference.isEmpty())
            return fail(error, tr("Every asset needs a reference."));
        const qint64 other = idOfReference(reference);
        if (other != 0 && other != id)
            return fail(error, tr("The reference %1 is already used by another asset.").arg(reference));
        *out = reference;
        return true;
    }
    case Asset::Type: {
        const QString text = value.toString().trimmed();
        const QString key = text.isEmpty() ? QStringLiteral("information") : RiskVocabulary::assetTypeFromText(text);
        if (key.isEmpty())
            return fail(error, tr("\"%1\" is not an asset type.").arg(text));
        *out = key;
        return true;
    }
    case Asset::Confidentiality:
    case Asset::Integrity:
    case Asset::Availability: {
        const int count = m_method.method().impactCount();
        QVariant v = ValueRules::scale(value, count, &ok);
        if (!ok) {
            // A label of the impact scale counts as well.
            const int fromLabel = m_method.method().valueFromText(RiskMethod::Axis::Impact, value.toString());
            if (fromLabel == 0)
                return fail(error, ValueRules::badScale(value.toString(), count));
            v = fromLabel;
        }
        *out = v;
        return true;
    }
    case Asset::Name:
    case Asset::Owner:
    case Asset::Location:
    case Asset::Description:
        *out = sql::text(value);
        return true;
    case Asset::FieldCount:
        break;
    }
    return fail(error, tr("Unknown field."));
}

bool AssetStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    QVariant bound;
    if (!bindable(field, value, id, &bound, error))
        return false;
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE asset SET %1 = ? WHERE id = ?").arg(fieldKey(field)), {bound, id},
                     error);
}

QVariantList AssetStore::snapshotOf(const Asset &a)
{
    auto scale = [](int v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); };
    return {a.reference, a.name,  a.type,  a.owner, a.location, scale(a.confidentiality), scale(a.integrity),
            scale(a.availability), a.description, a.uid};
}

Asset AssetStore::fromSnapshot(const QVariantList &s)
{
    Asset a;
    a.reference = s.value(Asset::Reference).toString();
    a.name = s.value(Asset::Name).toString();
    a.type = s.value(Asset::Type).toString();
    a.owner = s.value(Asset::Owner).toString();
    a.location = s.value(Asset::Location).toString();
    a.confidentiality = s.value(Asset::Confidentiality).toInt();
    a.integrity = s.value(Asset::Integrity).toInt();
    a.availability = s.value(Asset::Availability).toInt();
    a.description = s.value(Asset::Description).toString();
    a.uid = s.value(Asset::FieldCount).toString();
    return a;
}

bool AssetStore::contains(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("SELECT 1 FROM asset WHERE id = ?"), {id}, nullptr) && query.next();
}

QVariantList AssetStore::rowSnapshot(qint64 id) const
{
    const Asset a = read(id);
    if (a.id == 0)
        return {};
    QVariantList snapshot = snapshotOf(a);
    QVariantList risks;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT risk_id FROM risk_asset WHERE asset_id = ? ORDER BY risk_id"), {id},
                  nullptr)) {
        while (query.next())
            risks << query.value(0);
    }
    snapshot << QVariant(risks);
    return snapshot;
}

qint64 AssetStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    Asset a = fromSnapshot(snapshot);
    if (a.reference.trimmed().isEmpty())
        a.reference = nextReference();
    a.id = id;
    std::vector<Asset> one{a};
    if (!insertMany(one, id > 0, error))
        return 0;
    const qint64 newId = one.front().id;
    // Links to risks (undo of a delete).
    const QVariantList risks = snapshot.value(Asset::FieldCount + 1).toList();
    QSqlQuery link(m_db.connection());
    for (const QVariant &risk : risks) {
        if (!sql::exec(link, QStringLiteral("INSERT INTO risk_asset (risk_id, asset_id) VALUES (?, ?)"),
                       {risk, newId}, error))
            return 0;
    }
    return newId;
}

bool AssetStore::insertMany(std::vector<Asset> &assets, bool keepIds, QString *error)
{
    QSqlQuery query(m_db.connection());
    const QString statement = keepIds
        ? QStringLiteral("INSERT INTO asset (id, uid, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO asset (uid, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query.prepare(statement.arg(selectColumns())))
        return fail(error, query.lastError().text());
    for (Asset &a : assets) {
        const QVariantList snapshot = snapshotOf(a);
        if (keepIds)
            query.addBindValue(a.id);
        if (a.uid.isEmpty())
            a.uid = newUid();
        query.addBindValue(a.uid);
        for (int field = 0; field < Asset::FieldCount; ++field) {
            QVariant bound;
            // The reference's uniqueness is the database's to check here: a bulk insert
            // must not query once per row.
            if (field == Asset::Reference) {
                bound = a.reference.trimmed();
                if (a.reference.trimmed().isEmpty())
                    return fail(error, tr("Every asset needs a reference."));
            } else if (!bindable(field, snapshot.value(field), 0, &bound, error)) {
                if (error)
                    *error = QStringLiteral("%1: %2").arg(a.reference, *error);
                return false;
            }
            query.addBindValue(bound);
        }
        if (!query.exec()) {
            const QString text = query.lastError().text();
            if (text.contains(QLatin1String("UNIQUE")) && text.contains(QLatin1String("reference")))
                return fail(error, tr("The reference %1 is already used by another asset.").arg(a.reference));
            return fail(error, text);
        }
        if (!keepIds)
            a.id = query.lastInsertId().toLongLong();
    }
    return true;
}

bool AssetStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM asset WHERE id = ?"), {id}, error);
}

bool AssetStore::removeMany(const std::vector<qint64> &ids, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("DELETE FROM asset WHERE id = ?")))
        return fail(error, query.lastError().text());
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return true;
}

bool AssetStore::removeAll(QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM asset"), {}, error);
}

std::vector<Asset> AssetStore::all() const
{
    std::vector<Asset> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT id, uid, %1 FROM asset ORDER BY id").arg(selectColumns()), {},
                   nullptr))
        return rows;
    while (query.next())
        rows.push_back(assetFrom(query));
    return rows;
}

Asset AssetStore::read(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id, uid, %1 FROM asset WHERE id = ?").arg(selectColumns()), {id},
                  nullptr)
        && query.next())
        return assetFrom(query);
    return {};
}

int AssetStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM asset"), {}, nullptr) && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<qint64, int> AssetStore::riskCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT asset_id, COUNT(*) FROM risk_asset GROUP BY asset_id"), {}, nullptr)) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

qint64 AssetStore::idOfReference(const QString &reference) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id FROM asset WHERE reference = ?"), {reference.trimmed()}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QString AssetStore::nextReference() const
{
    int highest = 0;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    static const QRegularExpression pattern(QStringLiteral("^A-(\\d+)$"));
    if (sql::exec(query, QStringLiteral("SELECT reference FROM asset WHERE reference LIKE 'A-%'"), {}, nullptr)) {
        while (query.next()) {
            const QRegularExpressionMatch m = pattern.match(query.value(0).toString());
            if (m.hasMatch())
                highest = std::max(highest, m.captured(1).toInt());
        }
    }
    return QStringLiteral("A-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

} // namespace rampart
