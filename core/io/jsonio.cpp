#include "jsonio.h"

#include "auditjson.h"
#include "catalog/catalog.h"
#include "document.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

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

    bool onlyKeys(std::initializer_list<const char *> allowed)
    {
        QSet<QString> known;
        for (const char *key : allowed)
            known.insert(QString::fromLatin1(key));
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(it.key(), JsonIo::tr("unknown field"));
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

} // namespace

QByteArray JsonIo::toJson(const Document &document)
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

    const Catalog &catalog = document.catalog();
    QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("catalog"),
         QJsonObject{{QStringLiteral("standard"), catalog.standard}, {QStringLiteral("revision"), catalog.revision}}},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("scope"), scope},
    };
    AuditJson::write(content, &root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool JsonIo::exportTo(const Document &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson(document);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JsonIo::parse(const QByteArray &data, const QString &sourceName, const Catalog &catalog, DocumentContent *out,
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
    if (!r.onlyKeys({"format", "formatVersion", "catalog", "organisation", "scope", "auditProgrammes", "audits",
                     "nonconformities"}))
        return failWith(problem);

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
    if (!org.onlyKeys({"uid", "name", "legalName", "sector", "headcount", "locations", "ismsManager", "description"})
        || !org.text("uid", &o.uid) || !org.text("name", &o.name, true) || !org.text("legalName", &o.legalName)
        || !org.text("sector", &o.sector) || !org.wholeNumber("headcount", &o.headcount, 0)
        || !org.text("locations", &o.locations) || !org.text("ismsManager", &o.ismsManager)
        || !org.text("description", &o.description))
        return failWith(problem);
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
    if (!AuditJson::read(root, catalog, &content, &problem))
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
