#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace rampart::schema {

// 'RAMP' in ASCII: PRAGMA application_id of every Rampart file.
inline constexpr quint32 ApplicationId = 0x52414D50;

// PRAGMA user_version of files this build writes. Raise it with every new migration.
inline constexpr int CurrentVersion = 9;

// One step vN-1 -> vN. Steps run in their own transaction together with the
// user_version bump, so a step either lands whole or not at all.
struct Migration
{
    int toVersion;
    const char *summary;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
    // The step makes tables anew (copy, drop, rename): it runs with foreign keys off,
    // and the file's references are checked before it commits.
    bool rebuildsTables = false;
};

const std::vector<Migration> &migrations();

} // namespace rampart::schema
