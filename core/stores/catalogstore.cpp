#include "catalogstore.h"

#include "sql.h"
#include "storage/database.h"

#include <QHash>

namespace rampart {

bool CatalogStore::install(const Catalog &catalog, QString *error)
{
    QSqlDatabase &db = m_db.connection();
    QHash<QString, qint64> themeIds;
    QHash<QString, qint64> controlIds;

    QSqlQuery theme(db);
    theme.prepare(QStringLiteral("INSERT INTO catalog_theme (code, name) VALUES (?, ?)"));
    for (const CatalogTheme &t : catalog.themes) {
        theme.addBindValue(t.code);
        theme.addBindValue(t.name);
        if (!theme.exec()) {
            if (error)
                *error = theme.lastError().text();
            return false;
        }
        themeIds.insert(t.code, theme.lastInsertId().toLongLong());
    }

    QSqlQuery clause(db);
    clause.prepare(QStringLiteral("INSERT INTO catalog_clause (code, level, parent_code, position, title,"
                                  " documented_information, description, guidance)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const CatalogClause &c : catalog.clauses) {
        for (const QVariant &v : {QVariant(c.code), QVariant(c.level), QVariant(c.parentCode), QVariant(++position),
                                  QVariant(c.title), QVariant(c.documentedInformation), QVariant(c.description),
                                  QVariant(c.guidance)})
            clause.addBindValue(v);
        if (!clause.exec()) {
            if (error)
                *error = clause.lastError().text();
            return false;
        }
    }

    QSqlQuery control(db);
    control.prepare(QStringLiteral("INSERT INTO catalog_control (code, theme_id, position, title, annex_a_title,"
                                   " new_in_2022, description, guidance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery attribute(db);
    attribute.prepare(
        QStringLiteral("INSERT INTO catalog_control_attribute (control_id, kind, value, position)"
                       " VALUES (?, ?, ?, ?)"));
    position = 0;
    for (const CatalogControl &c : catalog.controls) {
        for (const QVariant &v : {QVariant(c.code), QVariant(themeIds.value(c.themeCode)), QVariant(++position),
                                  QVariant(c.title), QVariant(c.annexATitle), QVariant(c.newIn2022 ? 1 : 0),
                                  QVariant(c.description), QVariant(c.guidance)})
            control.addBindValue(v);
        if (!control.exec()) {
            if (error)
                *error = control.lastError().text();
            return false;
        }
        const qint64 controlId = control.lastInsertId().toLongLong();
        int attributePosition = 0;
        controlIds.insert(c.code, controlId);
        for (int kind = 0; kind < AttributeKindCount; ++kind) {
            for (const QString &value : c.attributes[kind]) {
                attribute.addBindValue(controlId);
                attribute.addBindValue(attributeKindKey(AttributeKind(kind)));
                attribute.addBindValue(value);
                attribute.addBindValue(++attributePosition);
                if (!attribute.exec()) {
                    if (error)
                        *error = attribute.lastError().text();
                    return false;
                }
            }
        }
    }

    QSqlQuery mapping(db);
    mapping.prepare(QStringLiteral("INSERT INTO catalog_mapping_2013 (code_2013, domain_2013, title_2013, control_id)"
                                   " VALUES (?, ?, ?, ?)"));
    for (const CatalogMapping &m : catalog.mapping2013) {
        for (const QString &code : m.codes2022) {
            mapping.addBindValue(m.code2013);
            mapping.addBindValue(m.domain2013);
            mapping.addBindValue(m.title2013);
            mapping.addBindValue(controlIds.value(code));
            if (!mapping.exec()) {
                if (error)
                    *error = mapping.lastError().text();
                return false;
            }
        }
    }
    return true;
}

bool CatalogStore::load(Catalog *out, QString *error) const
{
    Catalog catalog;
    if (!loadOutline(&catalog, error) || !loadDetails(&catalog, error))
        return false;
    *out = std::move(catalog);
    return true;
}

bool CatalogStore::loadOutline(Catalog *out, QString *error) const
{
    QSqlDatabase &db = m_db.connection();
    Catalog catalog;
    QSqlQuery query(db);

    if (!sql::exec(query, QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'catalog.%'"), {}, error))
        return false;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("catalog.standard"))
            catalog.standard = query.value(1).toString();
        else if (query.value(0).toString() == QLatin1String("catalog.revision"))
            catalog.revision = query.value(1).toInt();
    }

    QHash<qint64, QString> themeCodes;
    if (!sql::exec(query, QStringLiteral("SELECT id, code, name FROM catalog_theme ORDER BY code"), {}, error))
        return false;
    while (query.next()) {
        themeCodes.insert(query.value(0).toLongLong(), query.value(1).toString());
        catalog.themes.push_back({query.value(1).toString(), query.value(2).toString()});
    }

    if (!sql::exec(query, QStringLiteral("SELECT code, level, parent_code, title FROM catalog_clause ORDER BY position"),
                   {}, error))
        return false;
    while (query.next()) {
        CatalogClause c;
        c.code = query.value(0).toString();
        c.level = query.value(1).toInt();
        c.parentCode = query.value(2).toString();
        c.title = query.value(3).toString();
        catalog.clauses.push_back(std::move(c));
    }

    if (!sql::exec(query,
                   QStringLiteral("SELECT code, theme_id, title, annex_a_title, new_in_2022"
                                  " FROM catalog_control ORDER BY position"),
                   {}, error))
        return false;
    while (query.next()) {
        CatalogControl c;
        c.code = query.value(0).toString();
        c.themeCode = themeCodes.value(query.value(1).toLongLong());
        c.title = query.value(2).toString();
        c.annexATitle = query.value(3).toString();
        c.newIn2022 = query.value(4).toInt() != 0;
        catalog.controls.push_back(std::move(c));
    }
    *out = std::move(catalog);
    return true;
}

bool CatalogStore::loadDetails(Catalog *catalog, QString *error) const
{
    QSqlDatabase &db = m_db.connection();
    QSqlQuery query(db);
    // Read into copies first, so that a failed read leaves the catalog as it was.
    std::vector<CatalogClause> clauses = catalog->clauses;
    std::vector<CatalogControl> controls = catalog->controls;
    std::vector<CatalogMapping> mapping;
    QHash<QString, size_t> clauseIndex;
    for (size_t i = 0; i < clauses.size(); ++i)
        clauseIndex.insert(clauses[i].code, i);
    QHash<QString, size_t> controlByCode;
    for (size_t i = 0; i < controls.size(); ++i)
        controlByCode.insert(controls[i].code, i);

    if (!sql::exec(query,
                   QStringLiteral("SELECT code, documented_information, description, guidance FROM catalog_clause"),
                   {}, error))
        return false;
    while (query.next()) {
        const auto it = clauseIndex.constFind(query.value(0).toString());
        if (it == clauseIndex.constEnd())
            continue;
        CatalogClause &c = clauses[*it];
        c.documentedInformation = query.value(1).toString();
        c.description = query.value(2).toString();
        c.guidance = query.value(3).toString();
    }

    QHash<qint64, size_t> controlIndex;
    if (!sql::exec(query, QStringLiteral("SELECT id, code, description, guidance FROM catalog_control"), {}, error))
        return false;
    while (query.next()) {
        const auto it = controlByCode.constFind(query.value(1).toString());
        if (it == controlByCode.constEnd())
            continue;
        CatalogControl &c = controls[*it];
        c.description = query.value(2).toString();
        c.guidance = query.value(3).toString();
        for (QStringList &values : c.attributes)
            values.clear();
        c.predecessors2013.clear();
        controlIndex.insert(query.value(0).toLongLong(), *it);
    }

    if (!sql::exec(query,
                   QStringLiteral("SELECT control_id, kind, value FROM catalog_control_attribute"
                                  " ORDER BY control_id, position"),
                   {}, error))
        return false;
    while (query.next()) {
        const auto it = controlIndex.constFind(query.value(0).toLongLong());
        if (it == controlIndex.constEnd())
            continue;
        const QString kind = query.value(1).toString();
        for (int k = 0; k < AttributeKindCount; ++k) {
            if (attributeKindKey(AttributeKind(k)) == kind)
                controls[*it].attributes[k] << query.value(2).toString();
        }
    }

    if (!sql::exec(query,
                   QStringLiteral("SELECT m.code_2013, m.domain_2013, m.title_2013, c.code, m.control_id"
                                  " FROM catalog_mapping_2013 m JOIN catalog_control c ON c.id = m.control_id"
                                  " ORDER BY m.id"),
                   {}, error))
        return false;
    while (query.next()) {
        const QString code2013 = query.value(0).toString();
        if (mapping.empty() || mapping.back().code2013 != code2013)
            mapping.push_back({code2013, query.value(1).toString(), query.value(2).toString(), {}});
        mapping.back().codes2022 << query.value(3).toString();
        const auto it = controlIndex.constFind(query.value(4).toLongLong());
        if (it != controlIndex.constEnd())
            controls[*it].predecessors2013 << code2013;
    }
    // Element by element, so that pointers into the catalog stay valid.
    for (size_t i = 0; i < clauses.size(); ++i)
        catalog->clauses[i] = std::move(clauses[i]);
    for (size_t i = 0; i < controls.size(); ++i)
        catalog->controls[i] = std::move(controls[i]);
    catalog->mapping2013 = std::move(mapping);
    return true;
}

} // namespace rampart
