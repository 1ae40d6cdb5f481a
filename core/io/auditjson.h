#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rampart {

struct Catalog;
struct DocumentContent;

// The audit programme, audits and nonconformities in the JSON export: the keys
// "auditProgrammes", "audits" and "nonconformities" of the top-level object. Kept
// apart from JsonIo so that each register's part of the format reads on its own.
class AuditJson
{
    Q_DECLARE_TR_FUNCTIONS(AuditJson)

public:
    static void write(const DocumentContent &content, QJsonObject *root);
    // Reads and checks the three lists; on failure error is "path: what" (without the
    // source name, which the caller puts in front).
    static bool read(const QJsonObject &root, const Catalog &catalog, DocumentContent *content, QString *error);
};

} // namespace rampart
