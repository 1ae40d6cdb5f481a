#pragma once

// Small helpers for the SoA tests (kept apart from the project-wide test helpers that
// are being written on main).

#include "document.h"
#include "stores/changelogstore.h"

#include <QFile>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rampart::soatest {

inline QString pathIn(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

inline std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.isms"))
{
    QString error;
    auto document = Document::create(dir.filePath(name), QStringLiteral("Test Ltd"), &error);
    if (!document)
        qWarning("Document::create failed: %s", qPrintable(error));
    return document;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The newest change-log entries about one entity, newest first.
inline std::vector<ChangeLogEntry> latestChanges(Document &document, const QString &entity, int count)
{
    std::vector<ChangeLogEntry> out;
    for (const ChangeLogEntry &e : document.changeLog().latest(1000)) {
        if (e.entity == entity)
            out.push_back(e);
        if (int(out.size()) == count)
            break;
    }
    return out;
}

} // namespace rampart::soatest
