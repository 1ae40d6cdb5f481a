#include "jsonio.h"

#include "auditjson.h"
#include "catalog/catalog.h"
#include "document.h"
#include "stores/soastore.h"
#include "domain/registerspec.h"
#include "stores/valuerules.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace rampart {

namespace {

const QLatin1String FormatName("rampart-isms");

QJsonValue textOrNull(const QString &text)
{
    return QJsonValue(text);
}

// Reads a JSON object against the fields it may have; says which field is wrong.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {
    }

    // Compared in place, without a set of the allowed keys made for every object: a
    // register of 100,000 risks has as many objects.
    bool onlyKeys(std::initializer_list<const char *> allowed)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            const char16_t first = key.isEmpty() ? 0 : key.front().unicode();
            if (std::none_of(allowed.begin(), allowed.end(),
                             [&](const char *k) { return k[0] == first && key == QLatin1StringView(k); }))
                return fail(key, JsonIo::tr("unknown field"));
        }
        return true;
    }

    bool text(const char *key, QString *out, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(QString::fromLatin1(key), JsonIo::tr("is missing"));
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected text"));
        *out = v.toString();
        return true;
    }

    bool wholeNumber(const char *key, int *out, int minimum)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = 0;
            return true;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > 1e9)
            return fail(QString::fromLatin1(key), JsonIo::tr("expected a whole number of %1 or more").arg(minimum));
        *out = int(d);
        return true;
    }

    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(QString::fromLatin1(key), JsonIo::tr("is missing"));
        if (!v.isObject())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected an object"));
        *out = v.toObject();
        return true;
    }

    bool array(const char *key, QJsonArray *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = {};
            return true;
        }
        if (!v.isArray())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected a list"));
        *out = v.toArray();
        return true;
    }

    bool textList(const char *key, QStringList *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        out->clear();
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected a list of texts"));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(QString::fromLatin1(key), JsonIo::tr("expected a list of texts"));
            *out << item.toString();
        }
        return true;
    }

    bool date(const char *key, QDate *out, bool required = false)
    {
        QString text;
        if (!this->text(key, &text, required))
            return false;
        *out = QDate();
        if (text.isEmpty())
            return !required || fail(QString::fromLatin1(key), JsonIo::tr("is missing"));
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid() || text.size() != 10)
            return fail(QString::fromLatin1(key), JsonIo::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = false;
            return true;
        }
        if (!v.isBool())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected true or false"));
        *out = v.toBool();
        return true;
    }

    // A whole number on a scale of count levels, or null (0: not rated).
    bool scale(const char *key, int *out, int count)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = 0;
            return true;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 1 || d > count)
            return fail(QString::fromLatin1(key), JsonIo::tr("expected a whole number from 1 to %1 or null").arg(count));
        *out = int(d);
        return true;
    }

    // YYYY-MM-DD or null.
    bool date(const char *key, QString *out)
    {
        if (!text(key, out))
            return false;
        if (!out->isEmpty() && !ValueRules::isoDate(*out).isValid())
            return fail(QString::fromLatin1(key), JsonIo::tr("expected a date as YYYY-MM-DD"));
        return true;
    }

    bool texts(const char *key, QStringList *out)
    {
        QJsonArray list;
        if (!array(key, &list))
            return false;
        out->clear();
        for (const QJsonValue &v : std::as_const(list)) {
            if (!v.isString())
                return fail(QString::fromLatin1(key), JsonIo::tr("expected a list of texts"));
            out->append(v.toString());
        }
        return true;
    }

    bool keyOf(const char *key, QString *out, const QStringList &allowed, bool emptyAllowed)
    {
        if (!text(key, out))
            return false;
        if ((out->isEmpty() && !emptyAllowed) || (!out->isEmpty() && !allowed.contains(*out)))
            return fail(QString::fromLatin1(key),
                        JsonIo::tr("expected one of %1").arg(allowed.join(QStringLiteral(", "))));
        return true;
    }

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    bool fail(const QString &key, const QString &message)
    {
        if (m_error)
            *m_error = QStringLiteral("%1: %2").arg(path(key), message);
        return false;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

bool validUid(const QString &uid)
{
    return !QUuid::fromString(uid).isNull();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// The decision fields of an SoA entry, as live entries and frozen rows both write them.
void writeDecision(const SoaEntry &e, QJsonObject *o)
{
    QStringList reasons;
    for (const int reason : AllSoaReasons) {
        if (e.reasons & reason)
            reasons << reasonKey(reason);
    }
    o->insert(QStringLiteral("uid"), e.uid);
    o->insert(QStringLiteral("applicability"), applicabilityKey(e.applicability));
    o->insert(QStringLiteral("reasons"), stringArray(reasons));
    o->insert(QStringLiteral("reasonNarrative"), e.reasonNarrative);
    o->insert(QStringLiteral("exclusionJustification"), e.exclusionJustification);
    o->insert(QStringLiteral("status"), statusKey(e.status));
    o->insert(QStringLiteral("implementation"), e.implementation);
    o->insert(QStringLiteral("owner"), e.owner);
    o->insert(QStringLiteral("targetDate"), dateOrNull(e.targetDate));
    o->insert(QStringLiteral("references"), stringArray(e.references));
    o->insert(QStringLiteral("lastReviewed"), dateOrNull(e.lastReviewed));
}

// The keys of the decision fields, for ObjectReader::onlyKeys lists (which take a
// braced list, so the shared part cannot be a variable).
#define RAMPART_DECISION_KEYS                                                                                    \
    "uid", "applicability", "reasons", "reasonNarrative", "exclusionJustification", "status", "implementation",   \
        "owner", "targetDate", "references", "lastReviewed"

bool readDecision(ObjectReader &r, const QString &path, SoaEntry *e, QString *problem)
{
    QString applicability, status;
    QStringList reasons;
    if (!r.text("uid", &e->uid) || !r.text("applicability", &applicability) || !r.textList("reasons", &reasons)
        || !r.text("reasonNarrative", &e->reasonNarrative)
        || !r.text("exclusionJustification", &e->exclusionJustification) || !r.text("status", &status)
        || !r.text("implementation", &e->implementation) || !r.text("owner", &e->owner)
        || !r.date("targetDate", &e->targetDate) || !r.textList("references", &e->references)
        || !r.date("lastReviewed", &e->lastReviewed))
        return false;
    auto fail = [&](const QString &key, const QString &message) {
        *problem = QStringLiteral("%1.%2: %3").arg(path, key, message);
        return false;
    };
    if (!e->uid.isEmpty() && !validUid(e->uid))
        return fail(QStringLiteral("uid"), JsonIo::tr("\"%1\" is not a UUID").arg(e->uid));
    bool ok = true;
    e->applicability = applicability.isEmpty() ? Applicability::Undecided : applicabilityFromKey(applicability, &ok);
    if (!ok)
        return fail(QStringLiteral("applicability"),
                    JsonIo::tr("\"%1\" is not one of undecided, applicable, not_applicable").arg(applicability));
    e->reasons = reasonsFromKeys(reasons.join(QLatin1Char(',')), &ok);
    if (!ok)
        return fail(QStringLiteral("reasons"),
                    JsonIo::tr("expected reasons from risk_treatment, legal, contractual, business"));
    e->status = status.isEmpty() ? soaStatusAfterDecision(e->applicability, ImplementationStatus::NotStarted)
                                 : statusFromKey(status, &ok);
    if (!ok)
        return fail(QStringLiteral("status"),
                    JsonIo::tr("\"%1\" is not one of not_started, planned, partial, implemented, not_applicable")
                        .arg(status));
    if (!soaStatusFits(e->applicability, e->status))
        return fail(QStringLiteral("status"),
                    JsonIo::tr("\"%1\" does not fit the decision \"%2\" (not_applicable goes with not_applicable)")
                        .arg(statusKey(e->status), applicabilityKey(e->applicability)));
    e->references = cleanReferences(e->references);
    return true;
}

// The "soa" object (format version 2; absent from version 1 exports, which then leave
// every control undecided).
bool parseSoa(const QJsonObject &root, const Catalog &catalog, DocumentContent *content, QString *problem)
{
    const QJsonValue soaValue = root.value(QLatin1String("soa"));
    if (soaValue.isUndefined() || soaValue.isNull())
        return true;
    auto fail = [&](const QString &message) {
        *problem = message;
        return false;
    };
    if (!soaValue.isObject())
        return fail(JsonIo::tr("soa: expected an object"));
    ObjectReader soa(soaValue.toObject(), QStringLiteral("soa"), problem);
    QJsonArray controls, ownControls, versions;
    if (!soa.onlyKeys({"controls", "ownControls", "approvedVersions"}) || !soa.array("controls", &controls)
        || !soa.array("ownControls", &ownControls) || !soa.array("approvedVersions", &versions))
        return false;

    QSet<QString> uids;
    auto checkUid = [&](const QString &path, const QString &uid) {
        if (uid.isEmpty())
            return true;
        if (uids.contains(uid))
            return fail(JsonIo::tr("%1.uid: \"%2\" appears twice").arg(path, uid));
        uids.insert(uid);
        return true;
    };

    QSet<QString> seenControls;
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QString path = QStringLiteral("soa.controls[%1]").arg(i);
        if (!controls.at(i).isObject())
            return fail(JsonIo::tr("%1: expected an object").arg(path));
        ObjectReader row(controls.at(i).toObject(), path, problem);
        SoaEntry e;
        if (!row.onlyKeys({"control", RAMPART_DECISION_KEYS}) || !row.text("control", &e.controlRef, true)
            || !readDecision(row, path, &e, problem))
            return false;
        const CatalogControl *control = catalog.control(e.controlRef);
        if (!control)
            return fail(JsonIo::tr("%1.control: \"%2\" is not an Annex A control of %3")
                            .arg(path, e.controlRef, catalog.standard));
        if (seenControls.contains(e.controlRef))
            return fail(JsonIo::tr("%1.control: \"%2\" appears twice").arg(path, e.controlRef));
        if (!checkUid(path, e.uid))
            return false;
        seenControls.insert(e.controlRef);
        e.title = control->title;
        e.themeCode = control->themeCode;
        content->soaEntries.push_back(e);
    }

    QSet<QString> references;
    QSet<QString> ownUids;
    for (qsizetype i = 0; i < ownControls.size(); ++i) {
        const QString path = QStringLiteral("soa.ownControls[%1]").arg(i);
        if (!ownControls.at(i).isObject())
            return fail(JsonIo::tr("%1: expected an object").arg(path));
        ObjectReader row(ownControls.at(i).toObject(), path, problem);
        OwnControl c;
        QJsonObject decision;
        if (!row.onlyKeys({"uid", "reference", "title", "theme", "description", "soa"}) || !row.text("uid", &c.uid)
            || !row.text("reference", &c.reference, true) || !row.text("title", &c.title)
            || !row.text("theme", &c.themeCode, true) || !row.text("description", &c.description))
            return false;
        const QJsonValue decisionValue = ownControls.at(i).toObject().value(QLatin1String("soa"));
        if (!decisionValue.isUndefined() && !decisionValue.isNull() && !row.object("soa", &decision))
            return false;
        c.reference = c.reference.trimmed();
        if (c.reference.isEmpty())
            return fail(JsonIo::tr("%1.reference: must not be empty").arg(path));
        if (catalog.control(c.reference))
            return fail(JsonIo::tr("%1.reference: \"%2\" is an Annex A control").arg(path, c.reference));
        if (references.contains(c.reference.toLower()))
            return fail(JsonIo::tr("%1.reference: \"%2\" appears twice").arg(path, c.reference));
        references.insert(c.reference.toLower());
        if (!catalog.theme(c.themeCode))
            return fail(JsonIo::tr("%1.theme: \"%2\" is not a theme of the catalog").arg(path, c.themeCode));
        if (!c.uid.isEmpty()) {
            if (!validUid(c.uid))
                return fail(JsonIo::tr("%1.uid: \"%2\" is not a UUID").arg(path, c.uid));
            if (ownUids.contains(c.uid))
                return fail(JsonIo::tr("%1.uid: \"%2\" appears twice").arg(path, c.uid));
            ownUids.insert(c.uid);
        }
        const QString decisionPath = path + QStringLiteral(".soa");
        ObjectReader decisionReader(decision, decisionPath, problem);
        SoaEntry e;
        if (!decisionReader.onlyKeys({RAMPART_DECISION_KEYS}) || !readDecision(decisionReader, decisionPath, &e, problem)
            || !checkUid(decisionPath, e.uid))
            return false;
        e.own = true;
        e.controlRef = c.reference;
        e.title = c.title;
        e.themeCode = c.themeCode;
        e.controlDescription = c.description;
        content->ownControls.push_back(c);
        content->soaEntries.push_back(e);
    }

    QSet<int> numbers;
    QSet<QString> versionUids;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QString path = QStringLiteral("soa.approvedVersions[%1]").arg(i);
        if (!versions.at(i).isObject())
            return fail(JsonIo::tr("%1: expected an object").arg(path));
        ObjectReader reader(versions.at(i).toObject(), path, problem);
        SoaVersion v;
        QJsonArray rows;
        if (!reader.onlyKeys({"uid", "number", "approvedOn", "approver", "note", "rows"}) || !reader.text("uid", &v.uid)
            || !reader.wholeNumber("number", &v.number, 1) || !reader.date("approvedOn", &v.approvedOn, true)
            || !reader.text("approver", &v.approver) || !reader.text("note", &v.note) || !reader.array("rows", &rows))
            return false;
        if (v.number < 1)
            return fail(JsonIo::tr("%1.number: expected a whole number of 1 or more").arg(path));
        if (numbers.contains(v.number))
            return fail(JsonIo::tr("%1.number: version %2 appears twice").arg(path).arg(v.number));
        numbers.insert(v.number);
        if (!v.uid.isEmpty()) {
            if (!validUid(v.uid))
                return fail(JsonIo::tr("%1.uid: \"%2\" is not a UUID").arg(path, v.uid));
            if (versionUids.contains(v.uid))
                return fail(JsonIo::tr("%1.uid: \"%2\" appears twice").arg(path, v.uid));
            versionUids.insert(v.uid);
        }
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const QString rowPath = QStringLiteral("%1.rows[%2]").arg(path).arg(k);
            if (!rows.at(k).isObject())
                return fail(JsonIo::tr("%1: expected an object").arg(rowPath));
            ObjectReader row(rows.at(k).toObject(), rowPath, problem);
            SoaEntry e;
            if (!row.onlyKeys({"control", "title", "theme", "own", "description", RAMPART_DECISION_KEYS})
                || !row.text("control", &e.controlRef, true) || !row.text("title", &e.title)
                || !row.text("theme", &e.themeCode) || !row.boolean("own", &e.own)
                || !row.text("description", &e.controlDescription) || !readDecision(row, rowPath, &e, problem))
                return false;
            v.rows.push_back(e);
        }
        content->soaVersions.push_back(std::move(v));
    }
    return true;
}

#undef RAMPART_DECISION_KEYS

const RegisterSpec *childSpecOf(const RegisterSpec &spec)
{
    for (const RegisterSpec *candidate : registerSpecs()) {
        if (candidate->hasParent() && candidate->parent == spec.entity)
            return candidate;
    }
    return nullptr;
}

QJsonValue fieldToJson(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Date:
    case FieldType::Choice:
    case FieldType::Link:
        return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
    case FieldType::Number:
        return value.isNull() ? QJsonValue() : QJsonValue(value.toDouble());
    case FieldType::CodeSet:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::ClauseKey:
    case FieldType::Parent:
        break;
    }
    return QJsonValue(value.toString());
}

QJsonArray recordsToJson(const RegisterSpec &spec, const std::vector<RegisterRecord> &records)
{
    const RegisterSpec *childSpec = childSpecOf(spec);
    QJsonArray list;
    for (const RegisterRecord &record : records) {
        QJsonObject object{{QStringLiteral("uid"), record.uid}};
        for (int i = 0; i < spec.fieldCount(); ++i) {
            const FieldSpec &field = spec.field(i);
            if (field.type != FieldType::Parent)
                object.insert(QLatin1String(field.jsonKey), fieldToJson(field, record.values.value(i)));
        }
        if (childSpec)
            object.insert(QLatin1String(childSpec->jsonKey), recordsToJson(*childSpec, record.children));
        list.append(object);
    }
    return list;
}

// Reads the records of one register (and of its child register) and checks every
// value that can be checked without the rest of the file; links between registers
// are checked once everything is read.
class RegisterReader
{
public:
    RegisterReader(const Catalog &catalog, QString *problem)
        : m_catalog(catalog)
        , m_problem(problem)
    {
    }

    bool read(const RegisterSpec &spec, const QJsonArray &list, const QString &path,
              std::vector<RegisterRecord> *out)
    {
        const RegisterSpec *childSpec = childSpecOf(spec);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!list.at(i).isObject())
                return fail(at, JsonIo::tr("expected an object"));
            const QJsonObject object = list.at(i).toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() != QLatin1String("uid") && !knows(spec, childSpec, it.key()))
                    return fail(at + QLatin1Char('.') + it.key(), JsonIo::tr("unknown field"));
            }
            RegisterRecord record;
            const QJsonValue uid = object.value(QLatin1String("uid"));
            if (!uid.isUndefined() && !uid.isNull()) {
                if (!uid.isString() || !validUid(uid.toString()))
                    return fail(at + QStringLiteral(".uid"), JsonIo::tr("\"%1\" is not a UUID").arg(uid.toString()));
                record.uid = uid.toString();
                QSet<QString> &uids = m_uids[spec.entity];
                if (uids.contains(record.uid))
                    return fail(at + QStringLiteral(".uid"), JsonIo::tr("\"%1\" appears twice").arg(record.uid));
                uids.insert(record.uid);
            }
            for (int f = 0; f < spec.fieldCount(); ++f) {
                QVariant value;
                if (!readField(spec, f, object, at, &value))
                    return false;
                record.values << value;
            }
            if (childSpec) {
                const QJsonValue children = object.value(QLatin1String(childSpec->jsonKey));
                if (!children.isUndefined() && !children.isNull()) {
                    if (!children.isArray())
                        return fail(at + QLatin1Char('.') + QLatin1String(childSpec->jsonKey),
                                    JsonIo::tr("expected a list"));
                    if (!read(*childSpec, children.toArray(), at + QLatin1Char('.') + QLatin1String(childSpec->jsonKey),
                              &record.children))
                        return false;
                }
            }
            out->push_back(std::move(record));
        }
        return true;
    }

    // Every link and every set of register rows names a row that the content has.
    bool checkLinks(const DocumentContent &content)
    {
        QHash<Entity, QSet<QString>> references;
        for (const auto &[entity, records] : content.registers) {
            const RegisterSpec *spec = registerSpec(entity);
            const int ref = spec ? spec->referenceField() : -1;
            if (ref < 0)
                continue;
            for (const RegisterRecord &record : records)
                references[entity].insert(record.values.value(ref).toString());
        }
        for (const auto &[entity, records] : content.registers) {
            const RegisterSpec *spec = registerSpec(entity);
            for (qsizetype i = 0; spec && i < qsizetype(records.size()); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(QLatin1String(spec->jsonKey)).arg(i);
                for (int f = 0; f < spec->fieldCount(); ++f) {
                    const FieldSpec &field = spec->field(f);
                    QStringList named;
                    if (field.type == FieldType::Link && !records[size_t(i)].values.value(f).isNull())
                        named << records[size_t(i)].values.value(f).toString();
                    else if (field.type == FieldType::CodeSet && field.codeTarget == CodeTarget::Register)
                        named = records[size_t(i)].values.value(f).toStringList();
                    for (const QString &reference : std::as_const(named)) {
                        if (!references.value(field.target).contains(reference))
                            return fail(at + QLatin1Char('.') + QLatin1String(field.jsonKey),
                                        JsonIo::tr("%1 is not in the export").arg(reference));
                    }
                }
            }
        }
        return true;
    }

private:
    static bool knows(const RegisterSpec &spec, const RegisterSpec *childSpec, const QString &key)
    {
        for (const FieldSpec &field : spec.fields) {
            if (field.type != FieldType::Parent && key == QLatin1String(field.jsonKey))
                return true;
        }
        return childSpec && key == QLatin1String(childSpec->jsonKey);
    }

    bool readField(const RegisterSpec &spec, int index, const QJsonObject &object, const QString &at, QVariant *out)
    {
        const FieldSpec &field = spec.field(index);
        if (field.type == FieldType::Parent)
            return true;
        const QString path = at + QLatin1Char('.') + QLatin1String(field.jsonKey);
        const QJsonValue v = object.value(QLatin1String(field.jsonKey));
        const bool absent = v.isUndefined() || v.isNull();
        switch (field.type) {
        case FieldType::Number:
            if (absent)
                break;
            if (!v.isDouble())
                return fail(path, JsonIo::tr("expected a number"));
            *out = v.toDouble();
            break;
        case FieldType::CodeSet: {
            if (absent) {
                *out = QStringList();
                break;
            }
            if (!v.isArray())
                return fail(path, JsonIo::tr("expected a list"));
            QStringList codes;
            for (const QJsonValue &code : v.toArray()) {
                if (!code.isString())
                    return fail(path, JsonIo::tr("expected a list of texts"));
                if (field.codeTarget == CodeTarget::Clauses && !hasClause(code.toString(), 1))
                    return fail(path, JsonIo::tr("\"%1\" is not a clause of %2").arg(code.toString(), m_catalog.standard));
                if (field.codeTarget == CodeTarget::Controls && !m_catalog.control(code.toString()))
                    return fail(path, JsonIo::tr("\"%1\" is not an Annex A control of %2")
                                          .arg(code.toString(), m_catalog.standard));
                codes << code.toString();
            }
            *out = codes;
            break;
        }
        default: {
            if (!absent && !v.isString())
                return fail(path, JsonIo::tr("expected text"));
            const QString text = v.toString();
            if (field.type == FieldType::Date && !text.isEmpty()) {
                if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
                    return fail(path, JsonIo::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
            } else if (field.type == FieldType::Choice && !text.isEmpty() && !RegisterSpec::isChoice(field, text)) {
                QStringList keys;
                for (const ChoiceSpec &choice : field.choices)
                    keys << QString::fromLatin1(choice.key);
                return fail(path, JsonIo::tr("\"%1\" is not one of %2").arg(text, keys.join(QStringLiteral(", "))));
            } else if (field.type == FieldType::ClauseKey) {
                if (!hasClause(text, 2))
                    return fail(path, JsonIo::tr("\"%1\" is not a sub-clause of %2").arg(text, m_catalog.standard));
                if (!m_keys[spec.entity].insert(text).second)
                    return fail(path, JsonIo::tr("\"%1\" appears twice").arg(text));
            } else if (field.type == FieldType::Reference && !text.trimmed().isEmpty()) {
                if (!m_keys[spec.entity].insert(text.trimmed()).second)
                    return fail(path, JsonIo::tr("\"%1\" appears twice").arg(text));
            }
            if (field.required && text.trimmed().isEmpty())
                return fail(path, absent ? JsonIo::tr("is missing") : JsonIo::tr("must not be empty"));
            *out = field.type == FieldType::Date || field.type == FieldType::Choice || field.type == FieldType::Link
                ? (text.isEmpty() ? QVariant() : QVariant(text))
                : QVariant(text);
            return true;
        }
        }
        if (field.required && out->isNull())
            return fail(path, JsonIo::tr("is missing"));
        return true;
    }

    bool hasClause(const QString &code, int minimumLevel) const
    {
        for (const CatalogClause &clause : m_catalog.clauses) {
            if (clause.code == code)
                return clause.level >= minimumLevel;
        }
        return false;
    }

    bool fail(const QString &path, const QString &message)
    {
        if (m_problem)
            *m_problem = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }

    const Catalog &m_catalog;
    QString *m_problem;
    QHash<Entity, QSet<QString>> m_uids;
    std::map<Entity, std::set<QString>> m_keys;
};

QJsonValue intOrNull(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QJsonValue dateOrNull(const QString &date)
{
    return date.isEmpty() ? QJsonValue() : QJsonValue(date);
}

QJsonArray textArray(const QStringList &texts)
{
    QJsonArray array;
    for (const QString &t : texts)
        array.append(t);
    return array;
}

QJsonObject methodToJson(const RiskMethod &m)
{
    auto scale = [](const std::vector<ScaleLevel> &levels) {
        QJsonArray array;
        for (const ScaleLevel &l : levels)
            array.append(QJsonObject{{QStringLiteral("value"), l.value},
                                     {QStringLiteral("label"), l.label},
                                     {QStringLiteral("description"), l.description}});
        return array;
    };
    QJsonArray levels;
    for (const RiskLevel &l : m.levels)
        levels.append(QJsonObject{{QStringLiteral("uid"), l.uid},
                                  {QStringLiteral("name"), l.name},
                                  {QStringLiteral("colour"), l.colour.name(QColor::HexRgb)}});
    QJsonArray matrix;
    for (int l = 1; l <= m.likelihoodCount(); ++l) {
        QJsonArray row;
        for (int i = 1; i <= m.impactCount(); ++i)
            row.append(m.levelName(m.levelAt(l, i)));
        matrix.append(row);
    }
    return QJsonObject{
        {QStringLiteral("likelihood"), scale(m.likelihood)},
        {QStringLiteral("impact"), scale(m.impact)},
        {QStringLiteral("levels"), levels},
        {QStringLiteral("matrix"), matrix},
        {QStringLiteral("acceptanceThreshold"), m.levelName(m.acceptanceLevel)},
        {QStringLiteral("acceptanceCriteria"), m.acceptanceCriteria},
        {QStringLiteral("reviewIntervalMonths"), m.reviewIntervalMonths},
    };
}

QJsonObject assetToJson(const Asset &a)
{
    return QJsonObject{
        {QStringLiteral("uid"), a.uid},
        {QStringLiteral("reference"), a.reference},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("confidentiality"), intOrNull(a.confidentiality)},
        {QStringLiteral("integrity"), intOrNull(a.integrity)},
        {QStringLiteral("availability"), intOrNull(a.availability)},
        {QStringLiteral("description"), a.description},
    };
}

QJsonObject actionToJson(const RiskAction &a)
{
    return QJsonObject{
        {QStringLiteral("uid"), a.uid},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("dueOn"), dateOrNull(a.dueOn)},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("effort"), a.effort},
        {QStringLiteral("completedOn"), dateOrNull(a.completedOn)},
    };
}

QJsonObject acceptanceToJson(const RiskAcceptance &a)
{
    return QJsonObject{
        {QStringLiteral("uid"), a.uid},
        {QStringLiteral("acceptedBy"), a.acceptedBy},
        {QStringLiteral("acceptedOn"), a.acceptedOn},
        {QStringLiteral("expiresOn"), dateOrNull(a.expiresOn)},
        {QStringLiteral("justification"), a.justification},
        {QStringLiteral("accepted"),
         QJsonObject{{QStringLiteral("likelihood"), intOrNull(a.likelihood)},
                     {QStringLiteral("impact"), intOrNull(a.impact)},
                     {QStringLiteral("score"), intOrNull(a.score)},
                     {QStringLiteral("level"), a.level},
                     {QStringLiteral("treatment"), a.treatment}}},
    };
}

// A risk with its actions and acceptances (those of the batch whose riskId is its id).
class RiskWriter
{
public:
    explicit RiskWriter(const RiskRegisterBatch &batch)
    {
        for (const RiskAction &a : batch.actions)
            m_actions[a.riskId].append(&a);
        for (const RiskAcceptance &a : batch.acceptances)
            m_acceptances[a.riskId].append(&a);
    }

    QJsonObject toJson(const Risk &r) const
    {
        QJsonArray actions;
        for (const RiskAction *a : m_actions.value(r.id))
            actions.append(actionToJson(*a));
        QJsonArray acceptances;
        for (const RiskAcceptance *a : m_acceptances.value(r.id))
            acceptances.append(acceptanceToJson(*a));
        return QJsonObject{
            {QStringLiteral("uid"), r.uid},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("assets"), textArray(r.assets)},
            {QStringLiteral("threat"), r.threat},
            {QStringLiteral("vulnerability"), r.vulnerability},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("properties"), r.properties},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("existingControls"), r.existingControls},
            {QStringLiteral("inherentLikelihood"), intOrNull(r.inherentLikelihood)},
            {QStringLiteral("inherentImpact"), intOrNull(r.inherentImpact)},
            {QStringLiteral("treatment"), r.treatment},
            {QStringLiteral("plannedControls"), textArray(r.plannedControls)},
            {QStringLiteral("residualLikelihood"), intOrNull(r.residualLikelihood)},
            {QStringLiteral("residualImpact"), intOrNull(r.residualImpact)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("identifiedOn"), dateOrNull(r.identifiedOn)},
            {QStringLiteral("lastReview"), dateOrNull(r.lastReview)},
            {QStringLiteral("nextReview"), dateOrNull(r.nextReview)},
            {QStringLiteral("notes"), r.notes},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("acceptances"), acceptances},
        };
    }

private:
    QHash<qint64, QList<const RiskAction *>> m_actions;
    QHash<qint64, QList<const RiskAcceptance *>> m_acceptances;
};

// What stands in the root object for an array written one element at a time: a string
// no user text can be (it starts with a control character, which JSON escapes).
QString streamed(const QString &name)
{
    return QStringLiteral("\u0001rampart-streamed:%1\u0001").arg(name);
}

// Writes an array of the root object one element at a time, byte for byte as
// QJsonDocument::Indented writes it in place: a register of 100,000 risks is never
// held as one QJsonArray and one QByteArray.
class IndentedArrayWriter
{
public:
    explicit IndentedArrayWriter(QIODevice *out)
        : m_out(out)
    {
        m_ok = m_out->write("[", 1) == 1;
    }

    void add(const QJsonObject &element)
    {
        QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
        text.chop(1);  // its final line break
        text.replace('\n', QByteArrayLiteral("\n        "));
        QByteArray chunk = m_count++ > 0 ? QByteArrayLiteral(",\n        ") : QByteArrayLiteral("\n        ");
        chunk += text;
        m_ok = m_ok && m_out->write(chunk) == chunk.size();
    }

    bool finish()
    {
        const QByteArray end = QByteArrayLiteral("\n    ]");
        return m_ok && m_out->write(end) == end.size();
    }

private:
    QIODevice *m_out;
    qsizetype m_count = 0;
    bool m_ok = false;
};

// Every row of a register has a unique uid (or none, and gets one on import).
bool checkUid(const QString &uid, const QString &path, QSet<QString> *seen, QString *problem)
{
    if (uid.isEmpty())
        return true;
    if (!validUid(uid)) {
        *problem = JsonIo::tr("%1.uid: \"%2\" is not a UUID").arg(path, uid);
        return false;
    }
    if (seen->contains(uid)) {
        *problem = JsonIo::tr("%1.uid: \"%2\" appears twice").arg(path, uid);
        return false;
    }
    seen->insert(uid);
    return true;
}

bool parseMethod(const QJsonObject &object, RiskMethod *out, QString *problem)
{
    RiskMethod m;
    ObjectReader r(object, QStringLiteral("riskMethod"), problem);
    QJsonArray likelihood, impact, levels, matrix;
    QString threshold;
    if (!r.onlyKeys({"likelihood", "impact", "levels", "matrix", "acceptanceThreshold", "acceptanceCriteria",
                     "reviewIntervalMonths"})
        || !r.array("likelihood", &likelihood) || !r.array("impact", &impact) || !r.array("levels", &levels)
        || !r.array("matrix", &matrix) || !r.text("acceptanceThreshold", &threshold, true)
        || !r.text("acceptanceCriteria", &m.acceptanceCriteria)
        || !r.wholeNumber("reviewIntervalMonths", &m.reviewIntervalMonths, 1))
        return false;
    for (const auto &[name, array, scale] :
         {std::tuple{"likelihood", &likelihood, &m.likelihood}, std::tuple{"impact", &impact, &m.impact}}) {
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = QStringLiteral("riskMethod.%1[%2]").arg(QLatin1String(name)).arg(i);
            ObjectReader level(array->at(i).toObject(), path, problem);
            ScaleLevel s;
            if (!array->at(i).isObject()) {
                *problem = JsonIo::tr("%1: expected an object").arg(path);
                return false;
            }
            if (!level.onlyKeys({"value", "label", "description"}) || !level.wholeNumber("value", &s.value, 1)
                || !level.text("label", &s.label, true) || !level.text("description", &s.description))
                return false;
            scale->push_back(s);
        }
    }
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString path = QStringLiteral("riskMethod.levels[%1]").arg(i);
        ObjectReader level(levels.at(i).toObject(), path, problem);
        RiskLevel l;
        QString colour;
        if (!level.onlyKeys({"uid", "name", "colour"}) || !level.text("uid", &l.uid) || !level.text("name", &l.name, true)
            || !level.text("colour", &colour, true))
            return false;
        l.colour = QColor::fromString(colour);
        if (!l.colour.isValid()) {
            *problem = JsonIo::tr("%1.colour: \"%2\" is not a colour (use #rrggbb)").arg(path, colour);
            return false;
        }
        if (!l.uid.isEmpty() && !validUid(l.uid)) {
            *problem = JsonIo::tr("%1.uid: \"%2\" is not a UUID").arg(path, l.uid);
            return false;
        }
        m.levels.push_back(l);
    }
    if (matrix.size() != qsizetype(m.likelihood.size())) {
        *problem = JsonIo::tr("riskMethod.matrix: expected one row per likelihood level (%1)").arg(m.likelihood.size());
        return false;
    }
    m.matrix.assign(m.likelihood.size() * m.impact.size(), 0);
    for (qsizetype l = 0; l < matrix.size(); ++l) {
        const QJsonArray row = matrix.at(l).toArray();
        if (row.size() != qsizetype(m.impact.size())) {
            *problem = JsonIo::tr("riskMethod.matrix[%1]: expected one level per impact level (%2)")
                           .arg(l)
                           .arg(m.impact.size());
            return false;
        }
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int level = m.levelIndex(row.at(i).toString());
            if (level < 0) {
                *problem = JsonIo::tr("riskMethod.matrix[%1][%2]: \"%3\" is not one of the levels")
                               .arg(l)
                               .arg(i)
                               .arg(row.at(i).toString());
                return false;
            }
            m.setLevelAt(int(l) + 1, int(i) + 1, level);
        }
    }
    m.acceptanceLevel = m.levelIndex(threshold);
    if (m.acceptanceLevel < 0) {
        *problem = JsonIo::tr("riskMethod.acceptanceThreshold: \"%1\" is not one of the levels").arg(threshold);
        return false;
    }
    const QString methodProblem = m.problem();
    if (!methodProblem.isEmpty()) {
        *problem = QStringLiteral("riskMethod: %1").arg(methodProblem);
        return false;
    }
    *out = std::move(m);
    return true;
}

// Planned controls name Annex A controls by code and the organisation's own controls
// (ownReferences, from the SoA part of the same file) by reference.
bool parseRegister(const QJsonArray &assets, const QJsonArray &risks, const RiskMethod &method,
                   const Catalog &catalog, const QSet<QString> &ownReferences, RiskRegisterBatch *out,
                   QString *problem)
{
    RiskRegisterBatch batch;
    QSet<QString> uids, references;
    const int likelihoods = method.likelihoodCount(), impacts = method.impactCount();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString path = QStringLiteral("assets[%1]").arg(i);
        if (!assets.at(i).isObject()) {
            *problem = JsonIo::tr("%1: expected an object").arg(path);
            return false;
        }
        ObjectReader r(assets.at(i).toObject(), path, problem);
        Asset a;
        if (!r.onlyKeys({"uid", "reference", "name", "type", "owner", "location", "confidentiality", "integrity",
                         "availability", "description"})
            || !r.text("uid", &a.uid) || !r.text("reference", &a.reference, true) || !r.text("name", &a.name)
            || !r.keyOf("type", &a.type, RiskVocabulary::assetTypeKeys(), false) || !r.text("owner", &a.owner)
            || !r.text("location", &a.location) || !r.scale("confidentiality", &a.confidentiality, impacts)
            || !r.scale("integrity", &a.integrity, impacts) || !r.scale("availability", &a.availability, impacts)
            || !r.text("description", &a.description) || !checkUid(a.uid, path, &uids, problem))
            return false;
        if (a.reference.trimmed().isEmpty() || references.contains(a.reference)) {
            *problem = JsonIo::tr("%1.reference: \"%2\" is empty or appears twice").arg(path, a.reference);
            return false;
        }
        references.insert(a.reference);
        batch.assets.push_back(a);
    }
    const QSet<QString> assetReferences = references;
    references.clear();
    uids.clear();
    QSet<QString> childUids;
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const QString path = QStringLiteral("risks[%1]").arg(i);
        if (!risks.at(i).isObject()) {
            *problem = JsonIo::tr("%1: expected an object").arg(path);
            return false;
        }
        ObjectReader r(risks.at(i).toObject(), path, problem);
        Risk risk;
        risk.id = i + 1;  // the key actions and acceptances refer to within the batch
        QJsonArray actions, acceptances;
        if (!r.onlyKeys({"uid", "reference", "title", "description", "assets", "threat", "vulnerability", "category",
                         "properties", "owner", "existingControls", "inherentLikelihood", "inherentImpact",
                         "treatment", "plannedControls", "residualLikelihood", "residualImpact", "status",
                         "identifiedOn", "lastReview", "nextReview", "notes", "actions", "acceptances"})
            || !r.text("uid", &risk.uid) || !r.text("reference", &risk.reference, true) || !r.text("title", &risk.title)
            || !r.text("description", &risk.description) || !r.texts("assets", &risk.assets)
            || !r.text("threat", &risk.threat) || !r.text("vulnerability", &risk.vulnerability)
            || !r.text("category", &risk.category) || !r.text("properties", &risk.properties)
            || !r.text("owner", &risk.owner) || !r.text("existingControls", &risk.existingControls)
            || !r.scale("inherentLikelihood", &risk.inherentLikelihood, likelihoods)
            || !r.scale("inherentImpact", &risk.inherentImpact, impacts)
            || !r.keyOf("treatment", &risk.treatment, RiskVocabulary::treatmentKeys(), true)
            || !r.texts("plannedControls", &risk.plannedControls)
            || !r.scale("residualLikelihood", &risk.residualLikelihood, likelihoods)
            || !r.scale("residualImpact", &risk.residualImpact, impacts)
            || !r.keyOf("status", &risk.status, RiskVocabulary::statusKeys(), false)
            || !r.date("identifiedOn", &risk.identifiedOn) || !r.date("lastReview", &risk.lastReview)
            || !r.date("nextReview", &risk.nextReview) || !r.text("notes", &risk.notes)
            || !r.array("actions", &actions) || !r.array("acceptances", &acceptances)
            || !checkUid(risk.uid, path, &uids, problem))
            return false;
        if (risk.reference.trimmed().isEmpty() || references.contains(risk.reference)) {
            *problem = JsonIo::tr("%1.reference: \"%2\" is empty or appears twice").arg(path, risk.reference);
            return false;
        }
        references.insert(risk.reference);
        bool propertiesOk = false;
        if (RiskVocabulary::propertiesFromText(risk.properties, &propertiesOk) != risk.properties || !propertiesOk) {
            *problem = JsonIo::tr("%1.properties: expected C, I and A in that order (\"CIA\", \"CA\", ...)").arg(path);
            return false;
        }
        for (const QString &asset : std::as_const(risk.assets)) {
            if (!assetReferences.contains(asset)) {
                *problem = JsonIo::tr("%1.assets: there is no asset \"%2\"").arg(path, asset);
                return false;
            }
        }
        for (const QString &code : std::as_const(risk.plannedControls)) {
            if (!catalog.control(code) && !ownReferences.contains(code)) {
                *problem = JsonIo::tr("%1.plannedControls: \"%2\" is not an Annex A control of %3, nor one of the "
                                      "organisation's own controls (soa.ownControls)")
                               .arg(path, code, catalog.standard);
                return false;
            }
        }
        for (qsizetype k = 0; k < actions.size(); ++k) {
            const QString actionPath = QStringLiteral("%1.actions[%2]").arg(path).arg(k);
            ObjectReader a(actions.at(k).toObject(), actionPath, problem);
            RiskAction action;
            action.riskId = risk.id;
            if (!actions.at(k).isObject() || !a.onlyKeys({"uid", "title", "owner", "dueOn", "status", "effort", "completedOn"})
                || !a.text("uid", &action.uid) || !a.text("title", &action.title, true) || !a.text("owner", &action.owner)
                || !a.date("dueOn", &action.dueOn)
                || !a.keyOf("status", &action.status, RiskVocabulary::actionStatusKeys(), false)
                || !a.text("effort", &action.effort) || !a.date("completedOn", &action.completedOn)
                || !checkUid(action.uid, actionPath, &childUids, problem)) {
                if (problem->isEmpty())
                    *problem = JsonIo::tr("%1: expected an object").arg(actionPath);
                return false;
            }
            batch.actions.push_back(action);
        }
        for (qsizetype k = 0; k < acceptances.size(); ++k) {
            const QString acceptancePath = QStringLiteral("%1.acceptances[%2]").arg(path).arg(k);
            ObjectReader a(acceptances.at(k).toObject(), acceptancePath, problem);
            RiskAcceptance acceptance;
            acceptance.riskId = risk.id;
            QJsonObject accepted;
            if (!acceptances.at(k).isObject()
                || !a.onlyKeys({"uid", "acceptedBy", "acceptedOn", "expiresOn", "justification", "accepted"})
                || !a.text("uid", &acceptance.uid) || !a.text("acceptedBy", &acceptance.acceptedBy, true)
                || !a.date("acceptedOn", &acceptance.acceptedOn) || !a.date("expiresOn", &acceptance.expiresOn)
                || !a.text("justification", &acceptance.justification) || !a.object("accepted", &accepted)
                || !checkUid(acceptance.uid, acceptancePath, &childUids, problem)) {
                if (problem->isEmpty())
                    *problem = JsonIo::tr("%1: expected an object").arg(acceptancePath);
                return false;
            }
            if (acceptance.acceptedOn.isEmpty()) {
                *problem = JsonIo::tr("%1.acceptedOn: is missing").arg(acceptancePath);
                return false;
            }
            // The snapshot is history: it is kept as written, even where the method has
            // changed since (that is what makes the acceptance need renewal).
            ObjectReader snapshot(accepted, acceptancePath + QStringLiteral(".accepted"), problem);
            if (!snapshot.onlyKeys({"likelihood", "impact", "score", "level", "treatment"})
                || !snapshot.wholeNumber("likelihood", &acceptance.likelihood, 0)
                || !snapshot.wholeNumber("impact", &acceptance.impact, 0)
                || !snapshot.wholeNumber("score", &acceptance.score, 0) || !snapshot.text("level", &acceptance.level)
                || !snapshot.keyOf("treatment", &acceptance.treatment, RiskVocabulary::treatmentKeys(), true))
                return false;
            batch.acceptances.push_back(acceptance);
        }
        batch.risks.push_back(risk);
    }
    *out = std::move(batch);
    return true;
}

} // namespace

bool JsonIo::write(const Document &document, QIODevice *out)
{
    const DocumentContent content = document.content();
    const Organisation &o = content.organisation;

    QJsonObject organisation{
        {QStringLiteral("uid"), o.uid},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("legalName"), textOrNull(o.legalName)},
        {QStringLiteral("sector"), textOrNull(o.sector)},
        {QStringLiteral("headcount"), o.headcount > 0 ? QJsonValue(o.headcount) : QJsonValue()},
        {QStringLiteral("locations"), textOrNull(o.locations)},
        {QStringLiteral("ismsManager"), textOrNull(o.ismsManager)},
        {QStringLiteral("description"), textOrNull(o.description)},
        {QStringLiteral("climateChangeRelevant"), o.climateRelevant.isEmpty() ? QJsonValue() : QJsonValue(o.climateRelevant)},
        {QStringLiteral("climateChangeReasoning"), textOrNull(o.climateReasoning)},
    };

    QJsonArray exclusions;
    for (const ScopeExclusion &e : content.scopeExclusions) {
        exclusions.append(QJsonObject{
            {QStringLiteral("uid"), e.uid},
            {QStringLiteral("exclusion"), e.exclusion},
            {QStringLiteral("justification"), e.justification},
        });
    }
    QJsonObject scope{
        {QStringLiteral("statement"), o.scopeStatement},
        {QStringLiteral("boundaries"), o.scopeBoundaries},
        {QStringLiteral("interfaces"), o.scopeInterfaces},
        {QStringLiteral("exclusions"), exclusions},
    };

    QJsonArray soaControls;
    QHash<QString, const SoaEntry *> ownEntries;
    for (const SoaEntry &e : content.soaEntries) {
        if (e.own) {
            ownEntries.insert(e.controlRef, &e);
            continue;
        }
        QJsonObject o{{QStringLiteral("control"), e.controlRef}};
        writeDecision(e, &o);
        soaControls.append(o);
    }
    QJsonArray ownControls;
    for (const OwnControl &c : content.ownControls) {
        QJsonObject decision;
        if (const SoaEntry *e = ownEntries.value(c.reference))
            writeDecision(*e, &decision);
        ownControls.append(QJsonObject{
            {QStringLiteral("uid"), c.uid},
            {QStringLiteral("reference"), c.reference},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("theme"), c.themeCode},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("soa"), decision},
        });
    }
    QJsonArray versions;
    for (const SoaVersion &v : content.soaVersions) {
        QJsonArray rows;
        for (const SoaEntry &e : v.rows) {
            QJsonObject o{
                {QStringLiteral("control"), e.controlRef},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("theme"), e.themeCode},
            };
            if (e.own) {
                o.insert(QStringLiteral("own"), true);
                o.insert(QStringLiteral("description"), e.controlDescription);
            }
            writeDecision(e, &o);
            rows.append(o);
        }
        versions.append(QJsonObject{
            {QStringLiteral("uid"), v.uid},
            {QStringLiteral("number"), v.number},
            {QStringLiteral("approvedOn"), v.approvedOn.toString(Qt::ISODate)},
            {QStringLiteral("approver"), v.approver},
            {QStringLiteral("note"), v.note},
            {QStringLiteral("rows"), rows},
        });
    }
    QJsonObject soa{
        {QStringLiteral("controls"), soaControls},
        {QStringLiteral("ownControls"), ownControls},
        {QStringLiteral("approvedVersions"), versions},
    };

    const Catalog &catalog = document.catalog();
    QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("catalog"),
         QJsonObject{{QStringLiteral("standard"), catalog.standard}, {QStringLiteral("revision"), catalog.revision}}},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("soa"), soa},
        {QStringLiteral("riskMethod"), methodToJson(content.riskMethod)},
        // The two long arrays are written one element at a time, where these stand.
        {QStringLiteral("assets"), streamed(QStringLiteral("assets"))},
        {QStringLiteral("risks"), streamed(QStringLiteral("risks"))},
    };
    for (const RegisterSpec *spec : registerSpecs()) {
        if (spec->hasParent())
            continue;
        const auto records = content.registers.find(spec->entity);
        root.insert(QLatin1String(spec->jsonKey),
                    recordsToJson(*spec, records == content.registers.end() ? std::vector<RegisterRecord>()
                                                                              : records->second));
    }
    AuditJson::write(content, &root);
    const QByteArray frame = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // The frame up to each long array, then the array, then the rest.
    qsizetype from = 0;
    auto writeUpTo = [&](const QString &name) -> bool {
        // The whole line of the root object's key: a user's text may hold the marker's
        // characters, but never a line break (JSON escapes it), so only the key's own
        // line matches.
        const QByteArray value = QJsonDocument(QJsonArray{streamed(name)}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        const QByteArray key = "\n    \"" + name.toUtf8() + "\": ";
        const qsizetype at = frame.indexOf(key + value, from);
        if (at < 0)
            return false;
        const qsizetype length = at + key.size() - from;
        if (out->write(frame.constData() + from, length) != length)
            return false;
        from = at + key.size() + value.size();
        return true;
    };
    // Keys in the order QJsonObject writes them: sorted.
    if (!writeUpTo(QStringLiteral("assets")))
        return false;
    {
        IndentedArrayWriter assets(out);
        for (const Asset &a : content.riskRegister.assets)
            assets.add(assetToJson(a));
        if (!assets.finish())
            return false;
    }
    if (!writeUpTo(QStringLiteral("risks")))
        return false;
    {
        const RiskWriter risks(content.riskRegister);
        IndentedArrayWriter array(out);
        for (const Risk &r : content.riskRegister.risks)
            array.add(risks.toJson(r));
        if (!array.finish())
            return false;
    }
    const qsizetype rest = frame.size() - from;
    return out->write(frame.constData() + from, rest) == rest;
}

QByteArray JsonIo::toJson(const Document &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(document, &buffer);
    return buffer.data();
}


bool JsonIo::exportTo(const Document &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(document, &file) || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JsonIo::parse(QByteArray data, const QString &sourceName, const Catalog &catalog, DocumentContent *out,
                   QString *error)
{
    QString problem;
    auto failWith = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sourceName, message);
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString before = QString::fromUtf8(data.left(parseError.offset));
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
        return failWith(tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    data = QByteArray();  // the document holds its own copy of every value
    if (!doc.isObject())
        return failWith(tr("the top level must be an object"));
    const QJsonObject root = doc.object();
    ObjectReader r(root, {}, &problem);
    if (root.value(QLatin1String("format")).toString() != FormatName)
        return failWith(tr("this is not a Rampart ISMS export (\"format\" must be \"%1\")").arg(FormatName));
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1)
        return failWith(tr("formatVersion: expected a whole number of 1 or more"));
    if (version.toInt() > FormatVersion)
        return failWith(tr("written by a newer version of Rampart (format version %1; this version reads up to %2)")
                            .arg(version.toInt())
                            .arg(FormatVersion));
    {
        QSet<QString> known{QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("catalog"),
                            QStringLiteral("organisation"), QStringLiteral("scope"),
                            QStringLiteral("soa"), QStringLiteral("auditProgrammes"),
                            QStringLiteral("audits"), QStringLiteral("nonconformities"),
                            QStringLiteral("riskMethod"), QStringLiteral("assets"), QStringLiteral("risks")};
        for (const RegisterSpec *spec : registerSpecs()) {
            if (!spec->hasParent())
                known.insert(QString::fromLatin1(spec->jsonKey));
        }
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return failWith(tr("%1: unknown field").arg(it.key()));
        }
    }

    QJsonObject catalogObject, organisationObject, scopeObject;
    if (!r.object("catalog", &catalogObject) || !r.object("organisation", &organisationObject)
        || !r.object("scope", &scopeObject))
        return failWith(problem);
    const QString standard = catalogObject.value(QLatin1String("standard")).toString();
    if (standard != catalog.standard)
        return failWith(tr("catalog.standard: the export is based on \"%1\", but this file carries \"%2\"")
                            .arg(standard, catalog.standard));

    DocumentContent content;
    Organisation &o = content.organisation;
    ObjectReader org(organisationObject, QStringLiteral("organisation"), &problem);
    if (!org.onlyKeys({"uid", "name", "legalName", "sector", "headcount", "locations", "ismsManager", "description",
                       "climateChangeRelevant", "climateChangeReasoning"})
        || !org.text("uid", &o.uid) || !org.text("name", &o.name, true) || !org.text("legalName", &o.legalName)
        || !org.text("sector", &o.sector) || !org.wholeNumber("headcount", &o.headcount, 0)
        || !org.text("locations", &o.locations) || !org.text("ismsManager", &o.ismsManager)
        || !org.text("description", &o.description) || !org.text("climateChangeRelevant", &o.climateRelevant)
        || !org.text("climateChangeReasoning", &o.climateReasoning))
        return failWith(problem);
    if (!o.climateRelevant.isEmpty() && o.climateRelevant != QLatin1String("yes")
        && o.climateRelevant != QLatin1String("no"))
        return failWith(tr("organisation.climateChangeRelevant: expected \"yes\", \"no\" or null"));
    if (!o.uid.isEmpty() && !validUid(o.uid))
        return failWith(tr("organisation.uid: \"%1\" is not a UUID").arg(o.uid));

    ObjectReader scope(scopeObject, QStringLiteral("scope"), &problem);
    QJsonArray exclusions;
    if (!scope.onlyKeys({"statement", "boundaries", "interfaces", "exclusions"})
        || !scope.text("statement", &o.scopeStatement) || !scope.text("boundaries", &o.scopeBoundaries)
        || !scope.text("interfaces", &o.scopeInterfaces) || !scope.array("exclusions", &exclusions))
        return failWith(problem);

    QSet<QString> uids;
    for (qsizetype i = 0; i < exclusions.size(); ++i) {
        const QString path = QStringLiteral("scope.exclusions[%1]").arg(i);
        if (!exclusions.at(i).isObject())
            return failWith(tr("%1: expected an object").arg(path));
        ScopeExclusion e;
        ObjectReader row(exclusions.at(i).toObject(), path, &problem);
        if (!row.onlyKeys({"uid", "exclusion", "justification"}) || !row.text("uid", &e.uid)
            || !row.text("exclusion", &e.exclusion, true) || !row.text("justification", &e.justification))
            return failWith(problem);
        if (e.exclusion.trimmed().isEmpty())
            return failWith(tr("%1.exclusion: must not be empty").arg(path));
        if (!e.uid.isEmpty()) {
            if (!validUid(e.uid))
                return failWith(tr("%1.uid: \"%2\" is not a UUID").arg(path, e.uid));
            if (uids.contains(e.uid))
                return failWith(tr("%1.uid: \"%2\" appears twice").arg(path, e.uid));
            uids.insert(e.uid);
        }
        content.scopeExclusions.push_back(e);
    }
    if (!parseSoa(root, catalog, &content, &problem))
        return failWith(problem);

    RegisterReader registers(catalog, &problem);
    for (const RegisterSpec *spec : registerSpecs()) {
        if (spec->hasParent())
            continue;
        QJsonArray list;
        if (!r.array(spec->jsonKey, &list)
            || !registers.read(*spec, list, QString::fromLatin1(spec->jsonKey), &content.registers[spec->entity]))
            return failWith(problem);
    }
    if (!registers.checkLinks(content))
        return failWith(problem);
    if (!AuditJson::read(root, catalog, &content, &problem))
        return failWith(problem);

    // The risk register (optional: exports made before it existed have none, and get
    // the default method).
    content.riskMethod = RiskMethod::standard();
    const QJsonValue methodValue = root.value(QLatin1String("riskMethod"));
    if (!methodValue.isUndefined() && !methodValue.isNull()) {
        if (!methodValue.isObject())
            return failWith(tr("riskMethod: expected an object"));
        if (!parseMethod(methodValue.toObject(), &content.riskMethod, &problem))
            return failWith(problem);
    }
    QJsonArray assets, risks;
    if (!r.array("assets", &assets) || !r.array("risks", &risks))
        return failWith(problem);
    QSet<QString> ownReferences;
    for (const OwnControl &c : content.ownControls)
        ownReferences.insert(c.reference);
    if (!parseRegister(assets, risks, content.riskMethod, catalog, ownReferences, &content.riskRegister, &problem))
        return failWith(problem);
    *out = std::move(content);
    return true;
}

bool JsonIo::importFrom(Document &document, const QString &path, QString *error)
{
    if (document.isReadOnly()) {
        if (error)
            *error = tr("%1 is open read-only: %2").arg(document.path(), document.readOnlyReason());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Unable to read %1: %2").arg(path, file.errorString());
        return false;
    }
    DocumentContent content;
    if (!parse(file.readAll(), QFileInfo(path).fileName(), document.catalog(), &content, error))
        return false;
    return document.replaceContent(content, error);
}

} // namespace rampart
