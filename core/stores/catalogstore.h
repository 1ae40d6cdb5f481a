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
    // The same in two halves. The outline: the standard and revision, themes, and the
    // clauses and controls with their codes and titles, all that the first screen of a
    // file needs. The details, read into an outline that came from this file: the long
    // texts of clauses and controls (documented information, description, guidance), the
    // controls' attributes and the 2013 mapping. Each leaves out untouched on failure.
    bool loadOutline(Catalog *out, QString *error) const;
    bool loadDetails(Catalog *catalog, QString *error) const;

private:
    Database &m_db;
};

} // namespace rampart
