#pragma once

// Helpers shared by the tests of the ISMS registers (clauses 4 to 10).

#include "document.h"
#include "sample.h"
#include "settings.h"
#include "stores/changelogstore.h"
#include "stores/organisationstore.h"
#include "stores/registerstore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rampart::test {

// Names, translators and plural forms as the applications set them up, so that
// tests read the texts people see.
inline void setUpApplication()
{
    static bool done = false;
    if (!done)
        setupApplication(*QCoreApplication::instance());
    done = true;
}

// A new ISMS file (with the built-in catalog) in dir.
inline std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.isms"))
{
    QString error;
    auto document = Document::create(dir.filePath(name), QStringLiteral("Test Ltd"), &error);
    if (!document)
        qWarning("cannot create a test document: %s", qPrintable(error));
    return document;
}

// The bundled sample, written to dir.
inline std::unique_ptr<Document> sampleDocument(const QTemporaryDir &dir,
                                                const QString &name = QStringLiteral("sample.isms"))
{
    QString error;
    if (!createSample(dir.filePath(name), &error)) {
        qWarning("cannot create the sample: %s", qPrintable(error));
        return nullptr;
    }
    auto document = Document::open(dir.filePath(name), Database::Access::ReadWrite, &error);
    if (!document)
        qWarning("cannot open the sample: %s", qPrintable(error));
    return document;
}

// Adds a row through the one way of an edit; values by column name.
inline qint64 add(Document &document, Entity entity, const QVariantMap &values)
{
    const RegisterStore *store = document.registerStore(entity);
    QVariantList snapshot;
    for (int field = 0; field < store->fieldCount(); ++field)
        snapshot << values.value(store->fieldKey(field));
    return document.addRow(entity, snapshot, QStringLiteral("test"));
}

inline int rowCount(Document &document, const QString &table)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace rampart::test
