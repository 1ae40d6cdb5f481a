#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace rampart {

struct CatalogTheme
{
    QString code;  // "5"
    QString name;  // "Organizational"
};

struct CatalogClause
{
    QString code;  // "6.1.2"
    int level = 1;
    QString parentCode;
    QString title;
    QString documentedInformation;
    QString description;
    QString guidance;
};

// ISO/IEC 27002:2022 attribute kinds, in the order the standard lists them.
enum class AttributeKind { ControlType, Property, Concept, Capability, Domain };
QString attributeKindKey(AttributeKind kind);
QString attributeKindName(AttributeKind kind);
// "Governance_and_Ecosystem" -> "Governance and Ecosystem"
QString attributeValueName(const QString &value);
inline constexpr int AttributeKindCount = 5;

struct CatalogControl
{
    QString code;       // "5.23"
    QString themeCode;  // "5"
    QString title;
    QString annexATitle;  // Table A.1 wording where it differs from the 27002 title
    bool newIn2022 = false;
    QStringList predecessors2013;
    QStringList attributes[AttributeKindCount];
    QString description;
    QString guidance;
};

struct CatalogMapping
{
    QString code2013;
    QString domain2013;
    QString title2013;
    QStringList codes2022;
};

// The built-in ISO/IEC 27001:2022 catalog. Parsed from resources/catalog once, then
// copied into every new file (so a file remembers the catalog it was made with).
struct Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    QString standard;
    QStringList amendments;
    int revision = 0;
    std::vector<CatalogTheme> themes;
    std::vector<CatalogClause> clauses;
    std::vector<CatalogControl> controls;
    std::vector<CatalogMapping> mapping2013;

    // The catalog bundled with this build; null with an error when it is unusable.
    static const Catalog *builtIn(QString *error = nullptr);
    static bool parse(const QByteArray &json, Catalog *out, QString *error);

    const CatalogControl *control(const QString &code) const;
    const CatalogTheme *theme(const QString &code) const;
};

} // namespace rampart
