#pragma once

#include "domain/riskmethod.h"

namespace rampart {

class Database;

// The file's risk method (6.1.2): scales, levels, matrix and acceptance criteria,
// read and written as one value. Keeps the value it last read, because every rating
// shown anywhere is derived through it.
class RiskMethodStore
{
public:
    explicit RiskMethodStore(Database &db);

    // The method as the file holds it (the default one if the file has none).
    const RiskMethod &method() const;
    // Rewrites the whole method; the caller holds the transaction. Refuses a method
    // with a problem().
    bool write(const RiskMethod &method, QString *error);
    // Reads the file again (after a rollback or an import).
    void reload();

private:
    RiskMethod read() const;

    Database &m_db;
    RiskMethod m_method;
};

} // namespace rampart
