#pragma once

// Small helpers for the risk tests. (Deliberately not tests/testutil.h: that file is
// being written on another branch.)

#include "document.h"
#include "sample.h"
#include "stores/riskstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rampart::risktest {

// Every test sees the same "today": the sample's overdue actions and expiring
// acceptances are relative to late November 2026. Call before anything asks for the date.
inline void fixToday()
{
    qputenv("RAMPART_TODAY", "2026-11-28");
}

inline std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &name = QStringLiteral("new.isms"))
{
    QString error;
    auto document = Document::create(dir.filePath(name), QStringLiteral("Test Ltd"), &error);
    if (!document)
        qWarning("%s", qPrintable(error));
    return document;
}

// A fresh copy of the bundled sample (Kestrel Cloudworks, 23 risks).
inline std::unique_ptr<Document> openSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.isms"))
{
    QString error;
    if (!createSample(dir.filePath(name), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto document = Document::open(dir.filePath(name), Database::Access::ReadWrite, &error);
    if (!document)
        qWarning("%s", qPrintable(error));
    return document;
}

inline qint64 riskId(Document &document, const QString &reference)
{
    for (const Risk &r : document.risks().all()) {
        if (r.reference == reference)
            return r.id;
    }
    return 0;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

} // namespace rampart::risktest
