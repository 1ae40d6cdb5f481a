#include "tablestore.h"

#include "domain/fields.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"

#include <QRegularExpression>
#include <QTime>

namespace rampart {

namespace {

bool execList(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
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

QVariant nullLink()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

TableStore::TableStore(Database &db, Entity entity, const char *table, std::vector<Column> columns,
                       const char *orderBy)
    : RecordStore(db)
    , m_entity(entity)
    , m_table(QString::fromLatin1(table))
    , m_columns(std::move(columns))
    , m_orderBy(QString::fromLatin1(orderBy))
{
}

QString TableStore::fieldKey(int field) const
{
    if (field < 0 || field >= fieldCount())
        return {};
    return QString::fromLatin1(m_columns[size_t(field)].name);
}

QString TableStore::columnList() const
{
    QStringList names;
    for (const Column &column : m_columns)
        names << QString::fromLatin1(column.name);
    return names.join(QStringLiteral(", "));
}

bool TableStore::toStored(int field, const QVariant &value, QVariant *stored, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fieldLabel(m_entity, field), message);
        return false;
    };
    if (field < 0 || field >= fieldCount())
        return fail(tr("unknown field"));
    const Column &column = m_columns[size_t(field)];
    switch (column.kind) {
    case Kind::Text:
        *stored = sql::text(value);
        return true;
    case Kind::Date: {
        if (value.typeId() == QMetaType::QDate) {
            const QDate date = value.toDate();
            *stored = date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
            return true;
        }
        const QString text = value.toString().trimmed();
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (text.isEmpty()) {
            *stored = QStringLiteral("");
            return true;
        }
        if (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
            return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD, for example 2026-03-14").arg(text));
        *stored = text;
        return true;
    }
    case Kind::Time: {
        if (value.typeId() == QMetaType::QTime) {
            const QTime time = value.toTime();
            *stored = time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QStringLiteral("");
            return true;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *stored = QStringLiteral("");
            return true;
        }
        for (const QString &format : {QStringLiteral("HH:mm"), QStringLiteral("H:mm"), QStringLiteral("HH.mm"),
                                      QStringLiteral("H.mm")}) {
            const QTime time = QTime::fromString(text, format);
            if (time.isValid()) {
                *stored = time.toString(QStringLiteral("HH:mm"));
                return true;
            }
        }
        return fail(tr("\"%1\" is not a time; write it as HH:MM, for example 09:30").arg(text));
    }
    case Kind::Number: {
        if (value.isNull() || value.toString().trimmed().isEmpty()) {
            *stored = 0;
            return true;
        }
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < 0)
            return fail(tr("\"%1\" is not a whole number of 0 or more").arg(value.toString()));
        *stored = number;
        return true;
    }
    case Kind::Link: {
        const qint64 id = value.toLongLong();
        *stored = id > 0 ? QVariant(id) : nullLink();
        return true;
    }
    case Kind::Choice: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *stored = Choices::keys(column.choices).constFirst();
            return true;
        }
        const QString key = Choices::keyFor(column.choices, text);
        if (key.isEmpty())
            return fail(tr("\"%1\" is not one of: %2").arg(text, Choices::namesList(column.choices)));
        *stored = key;
        return true;
    }
    }
    return fail(tr("unknown field"));
}

QVariant TableStore::normalised(int field, const QVariant &value) const
{
    QVariant stored;
    if (!toStored(field, value, &stored, nullptr))
        return value;
    if (kind(field) == Kind::Link && stored.isNull())
        return {};
    return stored;
}

QVariant TableStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= fieldCount())
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(fieldKey(field), m_table), {id}, nullptr)
        && query.next())
        return query.value(0);
    return {};
}

bool TableStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    if (field == m_revisionField) {
        if (error)
            *error = tr("The revision of a row is kept by Rampart and cannot be changed.");
        return false;
    }
    QVariant stored;
    if (!toStored(field, value, &stored, error))
        return false;
    const std::optional<Record> current = record(id);
    if (!current) {
        if (error)
            *error = tr("This %1 no longer exists.").arg(entityLabel(m_entity).toLower());
        return false;
    }
    QVariantList row = current->values;
    row[field] = stored;
    if (!validate(id, row, field, error))
        return false;
    QString statement = QStringLiteral("UPDATE %1 SET %2 = ?").arg(m_table, fieldKey(field));
    if (m_revisionField >= 0)
        statement += QStringLiteral(", %1 = %1 + 1").arg(fieldKey(m_revisionField));
    statement += QStringLiteral(" WHERE id = ?");
    QSqlQuery query(m_db.connection());
    return sql::exec(query, statement, {stored, id}, error);
}

QString TableStore::rowSummary(qint64 id) const
{
    const QVariantList snapshot = rowSnapshot(id);
    QStringList parts;
    for (int field : m_summaryFields) {
        const QString part = snapshot.value(field).toString().simplified();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' ')).left(200);
}

QString TableStore::rowReference(qint64 id) const
{
    return m_referenceField >= 0 ? value(id, m_referenceField).toString() : QString();
}

QVariantList TableStore::rowSnapshot(qint64 id) const
{
    const std::optional<Record> r = record(id);
    return r ? r->snapshot() : QVariantList();
}

qint64 TableStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    QVariantList row;
    for (int field = 0; field < fieldCount(); ++field)
        row << snapshot.value(field);
    completeNewRow(row);
    for (int field = 0; field < fieldCount(); ++field) {
        QVariant stored;
        if (!toStored(field, row[field], &stored, error))
            return 0;
        row[field] = stored;
    }
    if (m_revisionField >= 0 && row[m_revisionField].toInt() < 1)
        row[m_revisionField] = 1;
    if (!validate(id, row, -1, error))
        return 0;
    QString uid = snapshot.value(fieldCount()).toString();
    if (uid.isEmpty())
        uid = newUid();

    QVariantList values;
    QString placeholders;
    QString columns;
    if (id > 0) {
        columns = QStringLiteral("id, ");
        placeholders = QStringLiteral("?, ");
        values << id;
    }
    columns += QStringLiteral("uid, ") + columnList();
    placeholders += QStringLiteral("?");
    values << uid;
    for (const QVariant &v : std::as_const(row)) {
        placeholders += QStringLiteral(", ?");
        values << v;
    }
    QSqlQuery query(m_db.connection());
    if (!execList(query, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(m_table, columns, placeholders), values,
                  error))
        return 0;
    return id > 0 ? id : query.lastInsertId().toLongLong();
}

bool TableStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), {id}, error);
}

std::vector<Record> TableStore::select(const QString &where, std::initializer_list<QVariant> values) const
{
    std::vector<Record> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT id, uid, %1 FROM %2 %3 ORDER BY %4")
                                  .arg(columnList(), m_table, where, m_orderBy);
    if (!sql::exec(query, statement, values, nullptr))
        return rows;
    const int fields = fieldCount();
    while (query.next()) {
        Record r;
        r.id = query.value(0).toLongLong();
        r.uid = query.value(1).toString();
        r.values.reserve(fields);
        for (int field = 0; field < fields; ++field) {
            QVariant v = query.value(2 + field);
            if (m_columns[size_t(field)].kind == Kind::Link && !v.isNull())
                v = v.toLongLong();
            else if (m_columns[size_t(field)].kind == Kind::Number)
                v = v.toInt();
            r.values << v;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::optional<Record> TableStore::record(qint64 id) const
{
    std::vector<Record> rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<Record> TableStore::all() const
{
    return select({}, {});
}

std::vector<Record> TableStore::linkedTo(int field, qint64 id) const
{
    return select(QStringLiteral("WHERE %1 = ?").arg(fieldKey(field)), {id});
}

qint64 TableStore::count() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_table), {}).toLongLong();
}

bool TableStore::validate(qint64, const QVariantList &, int, QString *) const
{
    return true;
}

void TableStore::completeNewRow(QVariantList &) const
{
}

QVariant TableStore::scalar(const QString &statement, std::initializer_list<QVariant> values) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, statement, values, nullptr) && query.next())
        return query.value(0);
    return {};
}

QString TableStore::nextReference(int field, const QString &prefix, int digits) const
{
    // The highest number in use plus one: numbers of deleted rows are not handed out
    // again while a higher one exists, and people can keep their own numbering.
    QSqlQuery query(m_db.connection());
    int highest = 0;
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM %2 WHERE %1 LIKE ?").arg(fieldKey(field), m_table),
                  {prefix + QLatin1Char('%')}, nullptr)) {
        while (query.next()) {
            bool ok = false;
            const int n = query.value(0).toString().mid(prefix.size()).toInt(&ok);
            if (ok)
                highest = qMax(highest, n);
        }
    }
    return prefix + QString::number(highest + 1).rightJustified(digits, QLatin1Char('0'));
}

} // namespace rampart
