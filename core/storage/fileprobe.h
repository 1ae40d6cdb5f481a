#pragma once

#include <QString>
#include <QtGlobal>

namespace rampart {

// What the first 100 bytes of a file say about it, read without SQLite and without
// ever opening the file for writing. Lets us refuse foreign, truncated and too-new
// files before any database connection exists.
struct FileProbe
{
    enum class Kind {
        Missing,     // no such file
        Unreadable,  // exists but cannot be read
        Empty,       // zero bytes
        NotSqlite,   // header is not "SQLite format 3"
        Truncated,   // shorter than the page count in the header says
        Sqlite,      // a plausible SQLite file
    };

    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    qint64 fileSize = 0;
    QString detail;  // the operating system's message for Unreadable

    static FileProbe read(const QString &path);
};

} // namespace rampart
