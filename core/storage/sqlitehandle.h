#pragma once

class QSqlDatabase;
struct sqlite3;

namespace rampart {

// The SQLite connection behind a Qt Sql connection, for what Qt Sql does not offer (bulk
// binding, interrupting a check); null when the driver is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

} // namespace rampart
