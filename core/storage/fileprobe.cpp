#include "fileprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace rampart {

namespace {

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

FileProbe FileProbe::read(const QString &path)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        probe.kind = Kind::Missing;
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = Kind::Unreadable;
        probe.detail = file.errorString();
        return probe;
    }
    probe.fileSize = file.size();
    if (probe.fileSize == 0) {
        probe.kind = Kind::Empty;
        return probe;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        probe.kind = Kind::NotSqlite;
        return probe;
    }
    if (header.size() < 100) {
        probe.kind = Kind::Truncated;
        return probe;
    }
    // Offsets from the SQLite file format: page size at 16 (2 bytes, 1 means 65536),
    // page count at 28, user_version at 60, application_id at 68.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    probe.pageSize = pageSize;
    probe.pageCount = bigEndian32(header, 28);
    probe.userVersion = bigEndian32(header, 60);
    probe.applicationId = bigEndian32(header, 68);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        probe.kind = Kind::NotSqlite;
        return probe;
    }
    if (probe.pageCount > 0 && probe.fileSize < qint64(probe.pageCount) * pageSize) {
        probe.kind = Kind::Truncated;
        return probe;
    }
    probe.kind = Kind::Sqlite;
    return probe;
}

} // namespace rampart
