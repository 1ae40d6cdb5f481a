#pragma once

#include <QString>

namespace rampart {

class Database;

// Key/value facts about the file itself: which catalog it carries, when and by whom
// it was made.
class MetaStore
{
public:
    explicit MetaStore(Database &db)
        : m_db(db)
    {
    }

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error);
    bool remove(const QString &key, QString *error);

    static QString catalogStandardKey() { return QStringLiteral("catalog.standard"); }
    static QString catalogRevisionKey() { return QStringLiteral("catalog.revision"); }
    static QString createdAtKey() { return QStringLiteral("created.at"); }
    static QString createdByKey() { return QStringLiteral("created.by"); }
    static QString createdWithKey() { return QStringLiteral("created.with"); }
    // Set while the risks' text index waits to be built (RiskTextIndex::defer).
    static QString riskTextPendingKey() { return QStringLiteral("risk_text.pending"); }

private:
    Database &m_db;
};

} // namespace rampart
