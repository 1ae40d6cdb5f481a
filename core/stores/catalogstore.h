#pragma once

#include "catalog/catalog.h"

namespace rampart {

class Database;

// The catalog as stored in one file: written once when the file is made, then read.
class CatalogStore
{
public:
    explicit CatalogStore(Database &db)
        : m_db(db)
    {
    }

    bool install(const Catalog &catalog, QString *error);
    // Reads the file's catalog (themes, clauses, controls with attributes, mapping).
    bool load(Catalog *out, QString *error) const;

private:
    Database &m_db;
};

} // namespace rampart
