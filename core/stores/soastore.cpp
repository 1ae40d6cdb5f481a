#include "soastore.h"

#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"

#include <QRegularExpression>

namespace rampart {

namespace {

const char *const EntryColumns[SoaEntry::FieldCount] = {
    "applicability", "inclusion_reasons", "inclusion_narrative", "exclusion_justification", "status",
    "implementation", "owner", "target_date", "evidence_refs", "last_reviewed",
};

const char *const OwnControlKeys[OwnControl::FieldCount] = {"title", "reference", "theme", "description"};

const char *const VersionColumns[SoaVersion::FieldCount] = {"approver", "number", "approved_on", "note"};

bool isDateField(int field)
{
    return field == SoaEntry::TargetDate || field == SoaEntry::LastReviewed;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// How a field's stored form is bound: dates may be NULL, texts never are.
QVariant bindable(int field, const QVariant &stored)
{
    if (isDateField(field))
        return stored.isNull() || stored.toString().isEmpty() ? nullText() : QVariant(stored.toString());
    return sql::text(stored);
}

QString entryColumnList(const QString &prefix)
{
    QStringList columns;
    for (const char *column : EntryColumns)
        columns << prefix + QString::fromLatin1(column);
    return columns.join(QStringLiteral(", "));
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Runs a statement whose values are only known at run time.
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

const QString EntrySelect = QStringLiteral(
    "SELECT s.id, s.uid, s.own_control_id, COALESCE(c.code, o.reference), COALESCE(c.title, o.title),"
    " COALESCE(tc.code, tho.code), COALESCE(o.description, ''), %1"
    " FROM soa_entry s"
    " LEFT JOIN catalog_control c ON c.id = s.control_id"
    " LEFT JOIN catalog_theme tc ON tc.id = c.theme_id"
    " LEFT JOIN own_control o ON o.id = s.own_control_id"
    " LEFT JOIN catalog_theme tho ON tho.id = o.theme_id");
constexpr int EntryFieldsColumn = 7;

SoaEntry readEntry(const QSqlQuery &query)
{
    SoaEntry e;
    e.id = query.value(0).toLongLong();
    e.uid = query.value(1).toString();
    e.ownControlId = query.value(2).toLongLong();
    e.own = e.ownControlId != 0;
    e.controlRef = query.value(3).toString();
    e.title = query.value(4).toString();
    e.themeCode = query.value(5).toString();
    e.controlDescription = query.value(6).toString();
    for (int field = 0; field < SoaEntry::FieldCount; ++field)
        SoaStore::assignField(&e, field, query.value(EntryFieldsColumn + field));
    return e;
}

} // namespace

// --- SoaStore ---

QString SoaStore::column(int field)
{
    if (field < 0 || field >= SoaEntry::FieldCount)
        return {};
    return QString::fromLatin1(EntryColumns[field]);
}

QString SoaStore::fieldKey(int field) const
{
    return column(field);
}

QVariant SoaStore::fieldValue(const SoaEntry &e, int field)
{
    switch (SoaEntry::Field(field)) {
    case SoaEntry::ApplicabilityField:
        return applicabilityKey(e.applicability);
    case SoaEntry::Reasons:
        return reasonsToKeys(e.reasons);
    case SoaEntry::ReasonNarrative:
        return e.reasonNarrative;
    case SoaEntry::ExclusionJustification:
        return e.exclusionJustification;
    case SoaEntry::Status:
        return statusKey(e.status);
    case SoaEntry::Implementation:
        return e.implementation;
    case SoaEntry::Owner:
        return e.owner;
    case SoaEntry::TargetDate:
        return e.targetDate.isValid() ? QVariant(e.targetDate.toString(Qt::ISODate)) : QVariant();
    case SoaEntry::References:
        return e.references.join(QLatin1Char('\n'));
    case SoaEntry::LastReviewed:
        return e.lastReviewed.isValid() ? QVariant(e.lastReviewed.toString(Qt::ISODate)) : QVariant();
    case SoaEntry::FieldCount:
        break;
    }
    return {};
}

void SoaStore::assignField(SoaEntry *e, int field, const QVariant &stored)
{
    const QString text = stored.toString();
    switch (SoaEntry::Field(field)) {
    case SoaEntry::ApplicabilityField:
        e->applicability = applicabilityFromKey(text);
        break;
    case SoaEntry::Reasons:
        e->reasons = reasonsFromKeys(text);
        break;
    case SoaEntry::ReasonNarrative:
        e->reasonNarrative = text;
        break;
    case SoaEntry::ExclusionJustification:
        e->exclusionJustification = text;
        break;
    case SoaEntry::Status:
        e->status = statusFromKey(text);
        break;
    case SoaEntry::Implementation:
        e->implementation = text;
        break;
    case SoaEntry::Owner:
        e->owner = text;
        break;
    case SoaEntry::TargetDate:
        e->targetDate = QDate::fromString(text, Qt::ISODate);
        break;
    case SoaEntry::References:
        e->references = referencesFromText(text);
        break;
    case SoaEntry::LastReviewed:
        e->lastReviewed = QDate::fromString(text, Qt::ISODate);
        break;
    case SoaEntry::FieldCount:
        break;
    }
}

QVariant SoaStore::normalise(int field, const QVariant &value)
{
    switch (SoaEntry::Field(field)) {
    case SoaEntry::ApplicabilityField:
    case SoaEntry::Status:
        return value.toString().trimmed();
    case SoaEntry::Reasons: {
        const QString keys = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                                      : value.toString();
        bool ok = false;
        const int reasons = reasonsFromKeys(keys, &ok);
        return ok ? reasonsToKeys(reasons) : keys.trimmed();
    }
    case SoaEntry::TargetDate:
    case SoaEntry::LastReviewed: {
        if (value.typeId() == QMetaType::QDate) {
            const QDate date = value.toDate();
            return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() && text.size() == 10 ? QVariant(date.toString(Qt::ISODate)) : QVariant(text);
    }
    case SoaEntry::References:
        if (value.typeId() == QMetaType::QStringList)
            return cleanReferences(value.toStringList()).join(QLatin1Char('\n'));
        return referencesFromText(value.toString()).join(QLatin1Char('\n'));
    case SoaEntry::ReasonNarrative:
    case SoaEntry::ExclusionJustification:
    case SoaEntry::Implementation:
    case SoaEntry::Owner:
        return value.isNull() ? QVariant(QString()) : QVariant(value.toString());
    case SoaEntry::FieldCount:
        break;
    }
    return value;
}

QString SoaStore::validate(int field, const QVariant &stored)
{
    const QString text = stored.toString();
    bool ok = true;
    switch (SoaEntry::Field(field)) {
    case SoaEntry::ApplicabilityField:
        applicabilityFromKey(text, &ok);
        return ok ? QString() : tr("\"%1\" is not a decision (use applicable, not_applicable or undecided).").arg(text);
    case SoaEntry::Status:
        statusFromKey(text, &ok);
        return ok ? QString()
                  : tr("\"%1\" is not an implementation status (use not_started, planned, partial, implemented "
                       "or not_applicable).")
                        .arg(text);
    case SoaEntry::Reasons:
        reasonsFromKeys(text, &ok);
        return ok ? QString()
                  : tr("\"%1\" is not a list of reasons (use risk_treatment, legal, contractual, business).").arg(text);
    case SoaEntry::TargetDate:
    case SoaEntry::LastReviewed:
        if (stored.isNull() || text.isEmpty())
            return {};
        return QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10
            ? QString()
            : tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(text);
    case SoaEntry::ReasonNarrative:
    case SoaEntry::ExclusionJustification:
    case SoaEntry::Implementation:
    case SoaEntry::Owner:
    case SoaEntry::References:
        return {};
    case SoaEntry::FieldCount:
        break;
    }
    return tr("Unknown field.");
}

QVariant SoaStore::normalised(int field, const QVariant &value) const
{
    return normalise(field, value);
}

QVariant SoaStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= SoaEntry::FieldCount)
        return {};
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT %1 FROM soa_entry WHERE id = ?").arg(column(field)), {id}, nullptr)
        && query.next()) {
        if (isDateField(field) && (query.value(0).isNull() || query.value(0).toString().isEmpty()))
            return {};
        return query.value(0).toString();
    }
    return {};
}

bool SoaStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    if (field < 0 || field >= SoaEntry::FieldCount) {
        if (error)
            *error = tr("Unknown field.");
        return false;
    }
    const QVariant stored = normalise(field, value);
    const QString problem = validate(field, stored);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, QStringLiteral("UPDATE soa_entry SET %1 = ? WHERE id = ?").arg(column(field)),
                   {bindable(field, stored), id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The SoA entry no longer exists.");
        return false;
    }
    return true;
}

QString SoaStore::rowReference(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT COALESCE(c.code, o.reference) FROM soa_entry s"
                                 " LEFT JOIN catalog_control c ON c.id = s.control_id"
                                 " LEFT JOIN own_control o ON o.id = s.own_control_id WHERE s.id = ?"),
                  {id}, nullptr)
        && query.next())
        return query.value(0).toString();
    return {};
}

std::vector<SoaEntry> SoaStore::entries() const
{
    std::vector<SoaEntry> out;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   EntrySelect.arg(entryColumnList(QStringLiteral("s.")))
                       + QStringLiteral(" ORDER BY CASE WHEN s.control_id IS NULL THEN 1 ELSE 0 END,"
                                        " c.position, o.id"),
                   {}, nullptr))
        return out;
    while (query.next())
        out.push_back(readEntry(query));
    return out;
}

std::optional<SoaEntry> SoaStore::entry(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, EntrySelect.arg(entryColumnList(QStringLiteral("s."))) + QStringLiteral(" WHERE s.id = ?"),
                  {id}, nullptr)
        && query.next())
        return readEntry(query);
    return std::nullopt;
}

qint64 SoaStore::entryIdForControl(const QString &controlRef) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT s.id FROM soa_entry s JOIN catalog_control c ON c.id = s.control_id"
                                 " WHERE c.code = ?"),
                  {controlRef}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 SoaStore::entryIdForOwnControl(qint64 ownControlId) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id FROM soa_entry WHERE own_control_id = ?"), {ownControlId},
                  nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool SoaStore::createMissingEntries(QString *error)
{
    QSqlQuery missing(m_db.connection());
    if (!sql::exec(missing,
                   QStringLiteral("SELECT c.id FROM catalog_control c WHERE NOT EXISTS"
                                  " (SELECT 1 FROM soa_entry s WHERE s.control_id = c.id) ORDER BY c.position"),
                   {}, error))
        return false;
    QList<qint64> ids;
    while (missing.next())
        ids << missing.value(0).toLongLong();
    QSqlQuery insert(m_db.connection());
    for (const qint64 id : std::as_const(ids)) {
        if (!sql::exec(insert, QStringLiteral("INSERT INTO soa_entry (uid, control_id) VALUES (?, ?)"),
                       {newUid(), id}, error))
            return false;
    }
    return true;
}

bool SoaStore::setUid(qint64 id, const QString &uid, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("UPDATE soa_entry SET uid = ? WHERE id = ?"), {uid, id}, error);
}

// --- OwnControlStore ---

QString OwnControlStore::fieldKey(int field) const
{
    if (field < 0 || field >= OwnControl::FieldCount)
        return {};
    return QString::fromLatin1(OwnControlKeys[field]);
}

QVariant OwnControlStore::value(qint64 id, int field) const
{
    const std::optional<OwnControl> c = control(id);
    if (!c)
        return {};
    switch (OwnControl::Field(field)) {
    case OwnControl::Title:
        return c->title;
    case OwnControl::Reference:
        return c->reference;
    case OwnControl::Theme:
        return c->themeCode;
    case OwnControl::Description:
        return c->description;
    case OwnControl::FieldCount:
        break;
    }
    return {};
}

QVariant OwnControlStore::normalised(int field, const QVariant &value) const
{
    if (field == OwnControl::Reference || field == OwnControl::Theme)
        return value.toString().trimmed();
    return value.isNull() ? QVariant(QString()) : QVariant(value.toString());
}

QString OwnControlStore::referenceProblem(qint64 id, const QString &reference) const
{
    if (reference.isEmpty())
        return tr("An own control needs a reference, such as ORG-01.");
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT 1 FROM catalog_control WHERE lower(code) = lower(?)"), {reference},
                  nullptr)
        && query.next())
        return tr("%1 is an Annex A control; give your own control another reference.").arg(reference);
    if (sql::exec(query, QStringLiteral("SELECT 1 FROM own_control WHERE lower(reference) = lower(?) AND id <> ?"),
                  {reference, id}, nullptr)
        && query.next())
        return tr("Another own control already has the reference %1.").arg(reference);
    return {};
}

qint64 OwnControlStore::themeId(const QString &code) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id FROM catalog_theme WHERE code = ?"), {code}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool OwnControlStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    const QVariant v = normalised(field, value);
    QSqlQuery query(m_db.connection());
    bool ok = false;
    switch (OwnControl::Field(field)) {
    case OwnControl::Title:
        ok = sql::exec(query, QStringLiteral("UPDATE own_control SET title = ? WHERE id = ?"), {sql::text(v), id},
                       error);
        break;
    case OwnControl::Description:
        ok = sql::exec(query, QStringLiteral("UPDATE own_control SET description = ? WHERE id = ?"),
                       {sql::text(v), id}, error);
        break;
    case OwnControl::Reference: {
        const QString problem = referenceProblem(id, v.toString());
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        ok = sql::exec(query, QStringLiteral("UPDATE own_control SET reference = ? WHERE id = ?"), {v, id}, error);
        break;
    }
    case OwnControl::Theme: {
        const qint64 theme = themeId(v.toString());
        if (theme == 0) {
            if (error)
                *error = tr("\"%1\" is not a theme of the catalog.").arg(v.toString());
            return false;
        }
        ok = sql::exec(query, QStringLiteral("UPDATE own_control SET theme_id = ? WHERE id = ?"), {theme, id}, error);
        break;
    }
    case OwnControl::FieldCount:
        if (error)
            *error = tr("Unknown field.");
        return false;
    }
    if (ok && query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The own control no longer exists.");
        return false;
    }
    return ok;
}

QString OwnControlStore::rowReference(qint64 id) const
{
    return value(id, OwnControl::Reference).toString();
}

std::vector<OwnControl> OwnControlStore::all() const
{
    std::vector<OwnControl> out;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT o.id, o.uid, o.title, o.reference, t.code, o.description FROM own_control o"
                                  " JOIN catalog_theme t ON t.id = o.theme_id ORDER BY o.id"),
                   {}, nullptr))
        return out;
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return out;
}

std::optional<OwnControl> OwnControlStore::control(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT o.id, o.uid, o.title, o.reference, t.code, o.description FROM own_control o"
                                 " JOIN catalog_theme t ON t.id = o.theme_id WHERE o.id = ?"),
                  {id}, nullptr)
        && query.next())
        return OwnControl{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
    return std::nullopt;
}

QString OwnControlStore::nextReference() const
{
    static const QRegularExpression pattern(QStringLiteral("^ORG-(\\d+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const OwnControl &c : all()) {
        const QRegularExpressionMatch match = pattern.match(c.reference);
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("ORG-%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

QVariantList OwnControlStore::snapshotOf(const OwnControl &c, const SoaEntry *entry)
{
    QVariantList snapshot{c.title, c.reference, c.themeCode, c.description, c.uid};
    if (entry) {
        snapshot << entry->id << entry->uid;
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            snapshot << SoaStore::fieldValue(*entry, field);
    }
    return snapshot;
}

QVariantList OwnControlStore::rowSnapshot(qint64 id) const
{
    const std::optional<OwnControl> c = control(id);
    if (!c)
        return {};
    const SoaStore entries(m_db);
    const std::optional<SoaEntry> entry = entries.entry(entries.entryIdForOwnControl(id));
    return snapshotOf(*c, entry ? &*entry : nullptr);
}

qint64 OwnControlStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    const QString reference = snapshot.value(OwnControl::Reference).toString().trimmed();
    QString problem = referenceProblem(id, reference);
    const qint64 theme = themeId(snapshot.value(OwnControl::Theme).toString().trimmed());
    if (problem.isEmpty() && theme == 0)
        problem = tr("\"%1\" is not a theme of the catalog.").arg(snapshot.value(OwnControl::Theme).toString());
    // The entry's fields, checked before anything is written.
    QVariantList fields;
    const SoaEntry defaults;
    for (int field = 0; field < SoaEntry::FieldCount && problem.isEmpty(); ++field) {
        const QVariant stored = snapshot.size() > EntryFieldsSlot + field
            ? SoaStore::normalise(field, snapshot.at(EntryFieldsSlot + field))
            : SoaStore::fieldValue(defaults, field);
        problem = SoaStore::validate(field, stored);
        fields << bindable(field, stored);
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    QString uid = snapshot.value(UidSlot).toString();
    if (uid.isEmpty())
        uid = newUid();
    QSqlQuery query(m_db.connection());
    const QVariant title = sql::text(snapshot.value(OwnControl::Title));
    const QVariant description = sql::text(snapshot.value(OwnControl::Description));
    if (id > 0) {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO own_control (id, uid, reference, title, theme_id, description)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {id, uid, reference, title, theme, description}, error))
            return 0;
    } else {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO own_control (uid, reference, title, theme_id, description)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {uid, reference, title, theme, description}, error))
            return 0;
        id = query.lastInsertId().toLongLong();
    }
    const qint64 entryId = snapshot.value(EntryIdSlot).toLongLong();
    QString entryUid = snapshot.value(EntryUidSlot).toString();
    if (entryUid.isEmpty())
        entryUid = newUid();
    QVariantList values;
    if (entryId > 0)
        values << entryId;
    values << entryUid << id << fields;
    const QString statement = QStringLiteral("INSERT INTO soa_entry (%1uid, own_control_id, %2) VALUES (%3)")
                                  .arg(entryId > 0 ? QStringLiteral("id, ") : QString(),
                                       entryColumnList(QString()), placeholders(int(values.size())));
    if (!execList(query, statement, values, error))
        return 0;
    return id;
}

bool OwnControlStore::removeRow(qint64 id, QString *error)
{
    // The control's SoA entry goes with it (ON DELETE CASCADE).
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM own_control WHERE id = ?"), {id}, error);
}

// --- SoaVersionStore ---

QString SoaVersionStore::fieldKey(int field) const
{
    if (field < 0 || field >= SoaVersion::FieldCount)
        return {};
    return QString::fromLatin1(VersionColumns[field]);
}

QVariant SoaVersionStore::value(qint64 id, int field) const
{
    const std::optional<SoaVersion> v = version(id, false);
    if (!v)
        return {};
    switch (SoaVersion::Field(field)) {
    case SoaVersion::Number:
        return v->number;
    case SoaVersion::ApprovedOn:
        return v->approvedOn.toString(Qt::ISODate);
    case SoaVersion::Approver:
        return v->approver;
    case SoaVersion::Note:
        return v->note;
    case SoaVersion::FieldCount:
        break;
    }
    return {};
}

bool SoaVersionStore::setValue(qint64, int, const QVariant &, QString *error)
{
    if (error)
        *error = tr("An approved version cannot be changed; approve a new version instead.");
    return false;
}

QString SoaVersionStore::rowReference(qint64 id) const
{
    const QVariant number = value(id, SoaVersion::Number);
    return number.isValid() ? QStringLiteral("v%1").arg(number.toInt()) : QString();
}

QVariantList SoaVersionStore::snapshotOf(const SoaVersion &v)
{
    QList<SoaEntry> rows(v.rows.begin(), v.rows.end());
    QVariantList snapshot(SoaVersion::FieldCount);
    snapshot[SoaVersion::Approver] = v.approver;
    snapshot[SoaVersion::Number] = v.number;
    snapshot[SoaVersion::ApprovedOn] = v.approvedOn.toString(Qt::ISODate);
    snapshot[SoaVersion::Note] = v.note;
    snapshot << v.uid << QVariant::fromValue(rows);
    return snapshot;
}

QVariantList SoaVersionStore::rowSnapshot(qint64 id) const
{
    const std::optional<SoaVersion> v = version(id, true);
    return v ? snapshotOf(*v) : QVariantList();
}

qint64 SoaVersionStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    const int number = snapshot.value(SoaVersion::Number).toInt();
    const QDate approvedOn = QDate::fromString(snapshot.value(SoaVersion::ApprovedOn).toString(), Qt::ISODate);
    QSqlQuery query(m_db.connection());
    if (number <= 0 || !approvedOn.isValid()) {
        if (error)
            *error = tr("An approved version needs a number and a date.");
        return 0;
    }
    if (sql::exec(query, QStringLiteral("SELECT 1 FROM soa_version WHERE number = ?"), {number}, nullptr)
        && query.next()) {
        if (error)
            *error = tr("There is already an approved version %1.").arg(number);
        return 0;
    }
    QString uid = snapshot.value(UidSlot).toString();
    if (uid.isEmpty())
        uid = newUid();
    const QVariant approver = sql::text(snapshot.value(SoaVersion::Approver));
    const QVariant note = sql::text(snapshot.value(SoaVersion::Note));
    if (id > 0) {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO soa_version (id, uid, number, approved_on, approver, note)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {id, uid, number, approvedOn.toString(Qt::ISODate), approver, note}, error))
            return 0;
    } else {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO soa_version (uid, number, approved_on, approver, note)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {uid, number, approvedOn.toString(Qt::ISODate), approver, note}, error))
            return 0;
        id = query.lastInsertId().toLongLong();
    }
    const QList<SoaEntry> rows = snapshot.value(RowsSlot).value<QList<SoaEntry>>();
    QSqlQuery insert(m_db.connection());
    const QString statement =
        QStringLiteral("INSERT INTO soa_version_row (version_id, position, entry_uid, own, control_ref, title,"
                       " theme_code, control_description, %1) VALUES (%2)")
            .arg(entryColumnList(QString()), placeholders(8 + SoaEntry::FieldCount));
    if (!insert.prepare(statement)) {
        if (error)
            *error = insert.lastError().text();
        return 0;
    }
    int position = 0;
    for (const SoaEntry &row : rows) {
        QVariantList values{id,        ++position, sql::text(row.uid),   row.own ? 1 : 0,
                            row.controlRef, sql::text(row.title), sql::text(row.themeCode),
                            sql::text(row.controlDescription)};
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            values << bindable(field, SoaStore::fieldValue(row, field));
        for (const QVariant &value : std::as_const(values))
            insert.addBindValue(value);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return 0;
        }
    }
    return id;
}

bool SoaVersionStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM soa_version WHERE id = ?"), {id}, error);
}

std::vector<SoaVersion> SoaVersionStore::all() const
{
    std::vector<SoaVersion> out;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, number, approved_on, approver, note FROM soa_version"
                                  " ORDER BY number"),
                   {}, nullptr))
        return out;
    while (query.next()) {
        SoaVersion v;
        v.id = query.value(0).toLongLong();
        v.uid = query.value(1).toString();
        v.number = query.value(2).toInt();
        v.approvedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        v.approver = query.value(4).toString();
        v.note = query.value(5).toString();
        out.push_back(std::move(v));
    }
    return out;
}

std::optional<SoaVersion> SoaVersionStore::version(qint64 id, bool withRows) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, number, approved_on, approver, note FROM soa_version WHERE id = ?"),
                   {id}, nullptr)
        || !query.next())
        return std::nullopt;
    SoaVersion v;
    v.id = query.value(0).toLongLong();
    v.uid = query.value(1).toString();
    v.number = query.value(2).toInt();
    v.approvedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    v.approver = query.value(4).toString();
    v.note = query.value(5).toString();
    if (withRows)
        v.rows = rows(id);
    return v;
}

std::vector<SoaEntry> SoaVersionStore::rows(qint64 versionId) const
{
    std::vector<SoaEntry> out;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT entry_uid, own, control_ref, title, theme_code, control_description, %1"
                                  " FROM soa_version_row WHERE version_id = ? ORDER BY position")
                       .arg(entryColumnList(QString())),
                   {versionId}, nullptr))
        return out;
    while (query.next()) {
        SoaEntry e;
        e.uid = query.value(0).toString();
        e.own = query.value(1).toInt() != 0;
        e.controlRef = query.value(2).toString();
        e.title = query.value(3).toString();
        e.themeCode = query.value(4).toString();
        e.controlDescription = query.value(5).toString();
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            SoaStore::assignField(&e, field, query.value(6 + field));
        out.push_back(std::move(e));
    }
    return out;
}

int SoaVersionStore::nextNumber() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT MAX(number) FROM soa_version"), {}, nullptr) && query.next())
        return query.value(0).toInt() + 1;
    return 1;
}

} // namespace rampart
