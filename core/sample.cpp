#include "sample.h"

#include "document.h"
#include "io/jsonio.h"

#include <QCoreApplication>
#include <QFile>

namespace rampart {

QByteArray sampleJson()
{
    QFile file(QStringLiteral(":/rampart/sample/sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool createSample(const QString &path, QString *error)
{
    DocumentContent content;
    auto document = Document::create(path, QString(), error);
    if (!document)
        return false;
    if (!JsonIo::parse(sampleJson(), QStringLiteral("sample.json"), document->catalog(), &content, error)
        || !document->replaceContent(content, error)) {
        document.reset();
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace rampart
