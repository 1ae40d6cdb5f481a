#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <mutex>

namespace rampart {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

const char *const AttributeJsonKeys[AttributeKindCount] = {
    "controlType", "properties", "concepts", "capabilities", "domains",
};

} // namespace

QString attributeKindKey(AttributeKind kind)
{
    switch (kind) {
    case AttributeKind::ControlType:
        return QStringLiteral("control_type");
    case AttributeKind::Property:
        return QStringLiteral("property");
    case AttributeKind::Concept:
        return QStringLiteral("concept");
    case AttributeKind::Capability:
        return QStringLiteral("capability");
    case AttributeKind::Domain:
        return QStringLiteral("domain");
    }
    return {};
}

QString attributeKindName(AttributeKind kind)
{
    switch (kind) {
    case AttributeKind::ControlType:
        return Catalog::tr("Control type");
    case AttributeKind::Property:
        return Catalog::tr("Information security properties");
    case AttributeKind::Concept:
        return Catalog::tr("Cybersecurity concepts");
    case AttributeKind::Capability:
        return Catalog::tr("Operational capabilities");
    case AttributeKind::Domain:
        return Catalog::tr("Security domains");
    }
    return {};
}

QString attributeValueName(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    return out;
}

bool Catalog::parse(const QByteArray &json, Catalog *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The catalog is not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    Catalog catalog;
    catalog.standard = root.value(QLatin1String("catalog")).toString();
    catalog.amendments = stringList(root.value(QLatin1String("amendments")));
    catalog.revision = root.value(QLatin1String("revision")).toInt();

    for (const QJsonValue &value : root.value(QLatin1String("themes")).toArray()) {
        const QJsonObject o = value.toObject();
        catalog.themes.push_back({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString()});
    }
    for (const QJsonValue &value : root.value(QLatin1String("clauses")).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogClause clause;
        clause.code = o.value(QLatin1String("id")).toString();
        clause.level = o.value(QLatin1String("level")).toInt();
        clause.parentCode = o.value(QLatin1String("parent")).toString();
        clause.title = o.value(QLatin1String("title")).toString();
        clause.documentedInformation = o.value(QLatin1String("documentedInformation")).toString();
        clause.description = o.value(QLatin1String("description")).toString();
        clause.guidance = o.value(QLatin1String("guidance")).toString();
        catalog.clauses.push_back(clause);
    }
    QSet<QString> themeCodes;
    for (const CatalogTheme &theme : catalog.themes)
        themeCodes.insert(theme.code);
    QSet<QString> controlCodes;
    for (const QJsonValue &value : root.value(QLatin1String("controls")).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogControl control;
        control.code = o.value(QLatin1String("id")).toString();
        control.themeCode = o.value(QLatin1String("theme")).toString();
        control.title = o.value(QLatin1String("title")).toString();
        control.annexATitle = o.value(QLatin1String("annexATitle")).toString();
        control.newIn2022 = o.value(QLatin1String("newIn2022")).toBool();
        control.predecessors2013 = stringList(o.value(QLatin1String("predecessors2013")));
        const QJsonObject attributes = o.value(QLatin1String("attributes")).toObject();
        for (int kind = 0; kind < AttributeKindCount; ++kind)
            control.attributes[kind] = stringList(attributes.value(QLatin1String(AttributeJsonKeys[kind])));
        control.description = o.value(QLatin1String("description")).toString();
        control.guidance = o.value(QLatin1String("guidance")).toString();
        if (control.code.isEmpty() || control.title.isEmpty() || !themeCodes.contains(control.themeCode)
            || controlCodes.contains(control.code)) {
            if (error)
                *error = tr("The catalog has a broken control entry (\"%1\").").arg(control.code);
            return false;
        }
        controlCodes.insert(control.code);
        catalog.controls.push_back(control);
    }
    for (const QJsonValue &value : root.value(QLatin1String("mapping2013")).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogMapping mapping;
        mapping.code2013 = o.value(QLatin1String("from")).toString();
        mapping.domain2013 = o.value(QLatin1String("domain")).toString();
        mapping.title2013 = o.value(QLatin1String("fromTitle")).toString();
        mapping.codes2022 = stringList(o.value(QLatin1String("to")));
        for (const QString &code : std::as_const(mapping.codes2022)) {
            if (!controlCodes.contains(code)) {
                if (error)
                    *error = tr("The catalog maps %1 to an unknown control %2.").arg(mapping.code2013, code);
                return false;
            }
        }
        catalog.mapping2013.push_back(mapping);
    }
    if (catalog.standard.isEmpty() || catalog.clauses.empty() || catalog.controls.empty()) {
        if (error)
            *error = tr("The catalog is incomplete.");
        return false;
    }
    *out = std::move(catalog);
    return true;
}

const Catalog *Catalog::builtIn(QString *error)
{
    static std::once_flag once;
    static std::unique_ptr<Catalog> catalog;
    static QString loadError;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/rampart/catalog/iso27001-2022.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = tr("The built-in catalog is missing from this build.");
            return;
        }
        auto parsed = std::make_unique<Catalog>();
        if (parse(file.readAll(), parsed.get(), &loadError))
            catalog = std::move(parsed);
    });
    if (!catalog && error)
        *error = loadError;
    return catalog.get();
}

const CatalogControl *Catalog::control(const QString &code) const
{
    for (const CatalogControl &c : controls) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const CatalogTheme *Catalog::theme(const QString &code) const
{
    for (const CatalogTheme &t : themes) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

} // namespace rampart
