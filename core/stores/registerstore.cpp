#include "registerstore.h"

#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

// Table and column names in these statements come from the register descriptions
// (compile-time constants), never from user input; every value is bound.

namespace rampart {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString column(const FieldSpec &field)
{
    return QString::fromLatin1(field.column);
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseNumber(const QVariant &value, double *out)
{
    bool ok = false;
    double number = 0;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        number = value.toDouble(&ok);
        break;
    default: {
        const QString text = value.toString().trimmed();
        number = QLocale::c().toDouble(text, &ok);
        if (!ok)
            number = QLocale().toDouble(text, &ok);
        break;
    }
    }
    if (!ok || !std::isfinite(number))
        return false;
    *out = number;
    return true;
}

QString dateText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    return value.toString().trimmed();
}

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

RegisterStore::RegisterStore(Database &db, const RegisterSpec &spec)
    : RecordStore(db)
    , m_spec(spec)
{
}

QString RegisterStore::fieldKey(int field) const
{
    if (field < 0 || field >= fieldCount())
        return {};
    return column(m_spec.field(field));
}

QString RegisterStore::fieldName(int field) const
{
    return RegisterSpec::translatedFieldLabel(m_spec.field(field));
}

QString RegisterStore::targetTable(const FieldSpec &field) const
{
    if (field.type == FieldType::ClauseKey || field.codeTarget == CodeTarget::Clauses)
        return QStringLiteral("catalog_clause");
    if (field.codeTarget == CodeTarget::Controls)
        return QStringLiteral("catalog_control");
    const RegisterSpec *target = registerSpec(field.target);
    return target ? QString::fromLatin1(target->table) : QString();
}

QString RegisterStore::targetCodeColumn(const FieldSpec &field) const
{
    if (field.type == FieldType::ClauseKey || field.codeTarget == CodeTarget::Clauses
        || field.codeTarget == CodeTarget::Controls)
        return QStringLiteral("code");
    return QStringLiteral("ref");
}

QString RegisterStore::targetOrder(const FieldSpec &field) const
{
    return targetCodeColumn(field) == QLatin1String("code") ? QStringLiteral("t.position") : QStringLiteral("t.ref");
}

QString RegisterStore::selectExpression(int field) const
{
    const FieldSpec &f = m_spec.field(field);
    if (f.type == FieldType::ClauseKey)
        return QStringLiteral("(SELECT c.code FROM catalog_clause c WHERE c.id = %1)").arg(column(f));
    return column(f);
}

QVariant RegisterStore::fromColumn(int field, const QVariant &value) const
{
    switch (m_spec.field(field).type) {
    case FieldType::Number:
        return value.isNull() ? QVariant() : QVariant(value.toDouble());
    case FieldType::Link:
    case FieldType::Parent:
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case FieldType::Date:
    case FieldType::Choice:
        return value.isNull() || value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case FieldType::CodeSet:
        return value;
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::ClauseKey:
        break;
    }
    return QVariant(value.toString());
}

QStringList RegisterStore::setCodes(qint64 id, int field) const
{
    const FieldSpec &f = m_spec.field(field);
    QSqlQuery query(m_db.connection());
    QStringList codes;
    if (!sql::exec(query,
                   QStringLiteral("SELECT t.%1 FROM %2 l JOIN %3 t ON t.id = l.target_id WHERE l.row_id = ?"
                                  " ORDER BY %4")
                       .arg(targetCodeColumn(f), QString::fromLatin1(f.linkTable), targetTable(f), targetOrder(f)),
                   {id}, nullptr))
        return codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

QVariant RegisterStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= fieldCount())
        return {};
    if (m_spec.field(field).type == FieldType::CodeSet)
        return setCodes(id, field);
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(selectExpression(field), QString::fromLatin1(m_spec.table)),
                  {id}, nullptr)
        && query.next())
        return fromColumn(field, query.value(0));
    return {};
}

qint64 RegisterStore::idForCode(const FieldSpec &field, const QString &code) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(targetTable(field), targetCodeColumn(field)),
                  {code}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool RegisterStore::toBound(int field, const QVariant &value, qint64 rowId, QVariant *bound, QString *error) const
{
    const FieldSpec &f = m_spec.field(field);
    switch (f.type) {
    case FieldType::Reference: {
        const QString reference = value.toString().trimmed();
        if (reference.isEmpty())
            return failWith(error, tr("Every %1 needs a reference.").arg(m_spec.translatedLabel().toLower()));
        QSqlQuery query(m_db.connection());
        if (!sql::exec(query,
                       QStringLiteral("SELECT id FROM %1 WHERE ref = ? AND id <> ?").arg(QString::fromLatin1(m_spec.table)),
                       {reference, rowId}, error))
            return false;
        if (query.next())
            return failWith(error, tr("The reference %1 is already used by another %2.")
                                       .arg(reference, m_spec.translatedLabel().toLower()));
        *bound = reference;
        return true;
    }
    case FieldType::Text:
    case FieldType::LongText:
        *bound = sql::text(value);
        return true;
    case FieldType::Date: {
        const QString text = dateText(value);
        if (text.isEmpty()) {
            *bound = nullText();
            return true;
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return failWith(error, tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(fieldName(field), text));
        *bound = date.toString(Qt::ISODate);
        return true;
    }
    case FieldType::Choice: {
        const QString key = value.toString();
        if (key.isEmpty()) {
            *bound = nullText();
            return true;
        }
        if (!RegisterSpec::isChoice(f, key)) {
            QStringList keys;
            for (const ChoiceSpec &choice : f.choices)
                keys << QString::fromLatin1(choice.key);
            return failWith(error, tr("%1: \"%2\" is not one of %3.")
                                       .arg(fieldName(field), key, keys.join(QStringLiteral(", "))));
        }
        *bound = key;
        return true;
    }
    case FieldType::Number: {
        if (isEmptyValue(value)) {
            *bound = QVariant(QMetaType::fromType<double>());
            return true;
        }
        double number = 0;
        if (!parseNumber(value, &number))
            return failWith(error, tr("%1: \"%2\" is not a number.").arg(fieldName(field), value.toString()));
        *bound = number;
        return true;
    }
    case FieldType::Link:
    case FieldType::Parent: {
        const qint64 target = value.toLongLong();
        if (target == 0) {
            if (f.type == FieldType::Parent)
                return failWith(error, tr("%1: a %2 belongs to a %3.")
                                           .arg(fieldName(field), m_spec.translatedLabel().toLower(),
                                                fieldName(field).toLower()));
            *bound = QVariant(QMetaType::fromType<qint64>());
            return true;
        }
        QSqlQuery query(m_db.connection());
        if (!sql::exec(query, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(targetTable(f)), {target}, error))
            return false;
        if (!query.next())
            return failWith(error, tr("%1: the linked row no longer exists.").arg(fieldName(field)));
        *bound = target;
        return true;
    }
    case FieldType::ClauseKey: {
        const qint64 clause = idForCode(f, value.toString());
        if (clause == 0)
            return failWith(error, tr("%1: \"%2\" is not a clause of the catalog.").arg(fieldName(field), value.toString()));
        *bound = clause;
        return true;
    }
    case FieldType::CodeSet:
        break;
    }
    return failWith(error, tr("%1 cannot be written this way.").arg(fieldName(field)));
}

bool RegisterStore::writeSet(qint64 id, int field, const QStringList &codes, QString *error)
{
    const FieldSpec &f = m_spec.field(field);
    QList<qint64> targets;
    for (const QString &code : codes) {
        const qint64 target = idForCode(f, code.trimmed());
        if (target == 0) {
            const QString message = f.codeTarget == CodeTarget::Clauses  ? tr("\"%1\" is not a clause of the catalog.")
                : f.codeTarget == CodeTarget::Controls                   ? tr("\"%1\" is not an Annex A control.")
                                                                         : tr("\"%1\" is not in the register.");
            return failWith(error, QStringLiteral("%1: %2").arg(fieldName(field), message.arg(code)));
        }
        if (!targets.contains(target))
            targets << target;
    }
    const QString link = QString::fromLatin1(f.linkTable);
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, QStringLiteral("DELETE FROM %1 WHERE row_id = ?").arg(link), {id}, error))
        return false;
    for (qint64 target : std::as_const(targets)) {
        if (!sql::exec(query, QStringLiteral("INSERT INTO %1 (row_id, target_id) VALUES (?, ?)").arg(link),
                       {id, target}, error))
            return false;
    }
    return true;
}

bool RegisterStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    if (field < 0 || field >= fieldCount())
        return failWith(error, tr("Unknown field."));
    const FieldSpec &f = m_spec.field(field);
    if (f.type == FieldType::Parent || f.type == FieldType::ClauseKey)
        return failWith(error, tr("%1 cannot be changed.").arg(fieldName(field)));
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QString::fromLatin1(m_spec.table)),
                   {id}, error))
        return false;
    if (!query.next())
        return failWith(error, tr("This %1 no longer exists.").arg(m_spec.translatedLabel().toLower()));
    if (f.type == FieldType::CodeSet)
        return writeSet(id, field, value.toStringList(), error);
    QVariant bound;
    if (!toBound(field, value, id, &bound, error))
        return false;
    return sql::exec(query,
                     QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QString::fromLatin1(m_spec.table), column(f)),
                     {bound, id}, error);
}

QVariant RegisterStore::normalised(int field, const QVariant &value) const
{
    if (field < 0 || field >= fieldCount())
        return value;
    const FieldSpec &f = m_spec.field(field);
    switch (f.type) {
    case FieldType::Reference:
        return value.toString().trimmed();
    case FieldType::Date: {
        const QString text = dateText(value);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FieldType::Choice:
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case FieldType::Number: {
        if (isEmptyValue(value))
            return {};
        double number = 0;
        return parseNumber(value, &number) ? QVariant(number) : value;
    }
    case FieldType::Link:
        return value.toLongLong() == 0 ? QVariant() : QVariant(value.toLongLong());
    case FieldType::CodeSet: {
        // The order the store reads a set back in, so that an unchanged set compares equal.
        QStringList wanted;
        for (const QString &code : value.toStringList()) {
            if (!wanted.contains(code.trimmed()))
                wanted << code.trimmed();
        }
        QSqlQuery query(m_db.connection());
        QStringList ordered;
        if (sql::exec(query,
                      QStringLiteral("SELECT t.%1 FROM %2 t ORDER BY %3")
                          .arg(targetCodeColumn(f), targetTable(f), targetOrder(f)),
                      {}, nullptr)) {
            while (query.next()) {
                const QString code = query.value(0).toString();
                if (wanted.removeOne(code))
                    ordered << code;
            }
        }
        return ordered + wanted;  // unknown codes last: setValue refuses them
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Parent:
    case FieldType::ClauseKey:
        break;
    }
    return value;
}

QString RegisterStore::referenceOf(qint64 id) const
{
    if (m_spec.referenceField() < 0)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT ref FROM %1 WHERE id = ?").arg(QString::fromLatin1(m_spec.table)),
                  {id}, nullptr)
        && query.next())
        return query.value(0).toString();
    return {};
}

QString RegisterStore::rowReference(qint64 id) const
{
    if (m_spec.referenceField() >= 0)
        return referenceOf(id);
    if (m_spec.fixedRows)
        return value(id, m_spec.titleField).toString();
    if (m_spec.hasParent()) {
        // A value of a metric is known by the metric's reference.
        const RegisterSpec *parent = registerSpec(m_spec.parent);
        if (parent && parent->referenceField() >= 0) {
            QSqlQuery query(m_db.connection());
            if (sql::exec(query,
                          QStringLiteral("SELECT p.ref FROM %1 r JOIN %2 p ON p.id = r.%3 WHERE r.id = ?")
                              .arg(QString::fromLatin1(m_spec.table), QString::fromLatin1(parent->table),
                                   column(m_spec.field(m_spec.parentField))),
                          {id}, nullptr)
                && query.next())
                return query.value(0).toString();
        }
    }
    return {};
}

QString RegisterStore::rowSummary(qint64 id) const
{
    return value(id, m_spec.titleField).toString().left(200);
}

QString RegisterStore::displayName(qint64 id) const
{
    const QString title = value(id, m_spec.titleField).toString();
    const QString reference = referenceOf(id);
    return reference.isEmpty() ? title : QStringLiteral("%1 %2").arg(reference, title);
}

QVariant RegisterStore::logValue(int field, const QVariant &value) const
{
    if (field < 0 || field >= fieldCount() || value.isNull())
        return value;
    const FieldSpec &f = m_spec.field(field);
    if (f.type == FieldType::CodeSet)
        return value.toStringList().join(QStringLiteral(", "));
    if (f.type == FieldType::Link) {
        QSqlQuery query(m_db.connection());
        if (sql::exec(query, QStringLiteral("SELECT ref FROM %1 WHERE id = ?").arg(targetTable(f)),
                      {value.toLongLong()}, nullptr)
            && query.next())
            return query.value(0).toString();
    }
    return value;
}

std::vector<RegisterStore::Row> RegisterStore::rows(qint64 parentId) const
{
    std::vector<Row> result;
    QStringList expressions;
    for (int i = 0; i < fieldCount(); ++i)
        expressions << (m_spec.field(i).type == FieldType::CodeSet ? QStringLiteral("NULL") : selectExpression(i));
    const QString table = QString::fromLatin1(m_spec.table);
    QString statement = QStringLiteral("SELECT id, uid, %1 FROM %2").arg(expressions.join(QStringLiteral(", ")), table);
    const bool filtered = parentId != 0 && m_spec.hasParent();
    if (filtered)
        statement += QStringLiteral(" WHERE %1 = ?").arg(column(m_spec.field(m_spec.parentField)));
    // The checklist reads in the order of the standard, whatever order its rows were written in.
    statement += m_spec.fixedRows
        ? QStringLiteral(" ORDER BY (SELECT c.position FROM catalog_clause c WHERE c.id = %1.%2), id")
              .arg(table, column(m_spec.field(m_spec.titleField)))
        : QStringLiteral(" ORDER BY id");
    QSqlQuery query(m_db.connection());
    const bool ok = filtered ? sql::exec(query, statement, {parentId}, nullptr)
                             : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return result;
    QHash<qint64, size_t> index;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.uid = query.value(1).toString();
        for (int i = 0; i < fieldCount(); ++i)
            row.values << (m_spec.field(i).type == FieldType::CodeSet ? QVariant(QStringList())
                                                                       : fromColumn(i, query.value(2 + i)));
        index.insert(row.id, result.size());
        result.push_back(std::move(row));
    }
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &f = m_spec.field(i);
        if (f.type != FieldType::CodeSet)
            continue;
        QSqlQuery links(m_db.connection());
        if (!sql::exec(links,
                       QStringLiteral("SELECT l.row_id, t.%1 FROM %2 l JOIN %3 t ON t.id = l.target_id ORDER BY %4")
                           .arg(targetCodeColumn(f), QString::fromLatin1(f.linkTable), targetTable(f), targetOrder(f)),
                       {}, nullptr))
            continue;
        while (links.next()) {
            const auto it = index.constFind(links.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            QVariant &cell = result[*it].values[i];
            cell = cell.toStringList() << links.value(1).toString();
        }
    }
    return result;
}

RegisterStore::Row RegisterStore::row(qint64 id) const
{
    Row row;
    QStringList expressions;
    for (int i = 0; i < fieldCount(); ++i)
        expressions << (m_spec.field(i).type == FieldType::CodeSet ? QStringLiteral("NULL") : selectExpression(i));
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, %1 FROM %2 WHERE id = ?")
                       .arg(expressions.join(QStringLiteral(", ")), QString::fromLatin1(m_spec.table)),
                   {id}, nullptr)
        || !query.next())
        return row;
    row.id = id;
    row.uid = query.value(1).toString();
    for (int i = 0; i < fieldCount(); ++i)
        row.values << (m_spec.field(i).type == FieldType::CodeSet ? QVariant(setCodes(id, i))
                                                                   : fromColumn(i, query.value(2 + i)));
    return row;
}

int RegisterStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(m_spec.table)), {}, nullptr)
        && query.next())
        return query.value(0).toInt();
    return 0;
}

qint64 RegisterStore::idForReference(const QString &reference) const
{
    if (m_spec.referenceField() < 0 || reference.isEmpty())
        return 0;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id FROM %1 WHERE ref = ?").arg(QString::fromLatin1(m_spec.table)),
                  {reference.trimmed()}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QString RegisterStore::nextReference() const
{
    if (!m_spec.referencePrefix)
        return {};
    const QString prefix = QString::fromLatin1(m_spec.referencePrefix);
    int highest = 0;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT ref FROM %1 WHERE ref LIKE ?").arg(QString::fromLatin1(m_spec.table)),
                  {prefix + QLatin1Char('%')}, nullptr)) {
        while (query.next()) {
            bool ok = false;
            const int number = query.value(0).toString().mid(prefix.size()).toInt(&ok);
            if (ok)
                highest = qMax(highest, number);
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, m_spec.referenceDigits, 10, QLatin1Char('0'));
}

QVariantList RegisterStore::rowSnapshot(qint64 id) const
{
    const Row r = row(id);
    if (r.id == 0)
        return {};
    QVariantList snapshot = r.values;
    snapshot << r.uid;
    return snapshot;
}

qint64 RegisterStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    if (m_spec.fixedRows && snapshot.value(m_spec.titleField).toString().isEmpty()) {
        failWith(error, tr("%1: every row belongs to a clause.").arg(m_spec.translatedPlural()));
        return 0;
    }
    QStringList columns{QStringLiteral("uid")};
    QString uid = snapshot.value(fieldCount()).toString();
    if (uid.isEmpty())
        uid = newUid();
    QVariantList values{uid};
    if (id > 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(id);
    }
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &f = m_spec.field(i);
        if (f.type == FieldType::CodeSet)
            continue;
        QVariant value = snapshot.value(i);
        if (f.type == FieldType::Reference && value.toString().trimmed().isEmpty())
            value = nextReference();
        QVariant bound;
        if (!toBound(i, value, id, &bound, error))
            return 0;
        columns << column(f);
        values << bound;
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(m_db.connection());
    if (!sql::execList(query,
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(QString::fromLatin1(m_spec.table), columns.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))),
                       values, error))
        return 0;
    const qint64 newId = id > 0 ? id : query.lastInsertId().toLongLong();
    for (int i = 0; i < fieldCount(); ++i) {
        if (m_spec.field(i).type == FieldType::CodeSet && !writeSet(newId, i, snapshot.value(i).toStringList(), error))
            return 0;
    }
    return newId;
}

bool RegisterStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(m_spec.table)), {id},
                     error);
}

std::vector<RowDependent> RegisterStore::dependents(Entity target, qint64 id) const
{
    std::vector<RowDependent> result;
    const QString table = QString::fromLatin1(m_spec.table);
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &f = m_spec.field(i);
        if (f.target != target)
            continue;
        QSqlQuery query(m_db.connection());
        if (f.type == FieldType::Parent || f.type == FieldType::Link) {
            if (!sql::exec(query, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column(f)),
                           {id}, nullptr))
                continue;
            while (query.next())
                result.push_back({m_spec.entity, query.value(0).toLongLong(), f.type == FieldType::Parent ? -1 : i, {}});
        } else if (f.type == FieldType::CodeSet && f.codeTarget == CodeTarget::Register) {
            if (!sql::exec(query,
                           QStringLiteral("SELECT row_id FROM %1 WHERE target_id = ? ORDER BY row_id")
                               .arg(QString::fromLatin1(f.linkTable)),
                           {id}, nullptr))
                continue;
            QSqlQuery code(m_db.connection());
            QString targetCode;
            if (sql::exec(code, QStringLiteral("SELECT ref FROM %1 WHERE id = ?").arg(targetTable(f)), {id}, nullptr)
                && code.next())
                targetCode = code.value(0).toString();
            while (query.next()) {
                const qint64 rowId = query.value(0).toLongLong();
                QStringList codes = setCodes(rowId, i);
                codes.removeAll(targetCode);
                result.push_back({m_spec.entity, rowId, i, codes});
            }
        }
    }
    return result;
}

RegisterRecord RegisterStore::portable(const Row &row, const RegisterStore *children) const
{
    RegisterRecord record;
    record.uid = row.uid;
    record.values = row.values;
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &f = m_spec.field(i);
        if (f.type == FieldType::Parent) {
            record.values[i] = QVariant();
        } else if (f.type == FieldType::Link && !row.values.value(i).isNull()) {
            const QVariant reference = logValue(i, row.values.value(i));
            record.values[i] = reference;
        }
    }
    if (children) {
        for (const Row &child : children->rows(row.id))
            record.children.push_back(children->portable(child, nullptr));
    }
    return record;
}

QVariantList RegisterStore::snapshotOf(const RegisterRecord &record, qint64 parentId, QString *error) const
{
    QVariantList snapshot = record.values;
    while (snapshot.size() < fieldCount())
        snapshot << QVariant();
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &f = m_spec.field(i);
        if (f.type == FieldType::Parent) {
            snapshot[i] = parentId;
        } else if (f.type == FieldType::Link && !isEmptyValue(snapshot.value(i))) {
            const QString reference = snapshot.value(i).toString();
            QSqlQuery query(m_db.connection());
            if (!sql::exec(query, QStringLiteral("SELECT id FROM %1 WHERE ref = ?").arg(targetTable(f)), {reference},
                           error))
                return {};
            if (!query.next()) {
                failWith(error, tr("%1: %2 is not in this file.").arg(fieldName(i), reference));
                return {};
            }
            snapshot[i] = query.value(0).toLongLong();
        }
    }
    snapshot << record.uid;
    return snapshot;
}

bool RegisterStore::ensureFixedRows(QString *error)
{
    if (!m_spec.fixedRows)
        return true;
    const QString table = QString::fromLatin1(m_spec.table);
    const QString key = column(m_spec.field(m_spec.titleField));
    QSqlQuery missing(m_db.connection());
    if (!sql::exec(missing,
                   QStringLiteral("SELECT c.id FROM catalog_clause c WHERE c.level >= 2 AND NOT EXISTS"
                                  " (SELECT 1 FROM %1 r WHERE r.%2 = c.id) ORDER BY c.position")
                       .arg(table, key),
                   {}, error))
        return false;
    QList<qint64> clauses;
    while (missing.next())
        clauses << missing.value(0).toLongLong();
    QSqlQuery insert(m_db.connection());
    for (qint64 clause : std::as_const(clauses)) {
        if (!sql::exec(insert, QStringLiteral("INSERT INTO %1 (uid, %2) VALUES (?, ?)").arg(table, key),
                       {newUid(), clause}, error))
            return false;
    }
    return true;
}

} // namespace rampart
