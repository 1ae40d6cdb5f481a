#include "risktextindex.h"

#include "metastore.h"
#include "sql.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QRegularExpression>

namespace rampart {

namespace {

constexpr int DefaultHashSize = 1024 * 1024;  // FTS5's own default
constexpr int RebuildHashSize = 16 * 1024 * 1024;

} // namespace

bool RiskTextIndex::hasIndex() const
{
    if (m_hasIndex < 0) {
        QSqlQuery query(m_db.connection());
        m_hasIndex = sql::exec(query,
                               QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'risk_text'"),
                               {}, nullptr)
                && query.next()
            ? 1
            : 0;
    }
    return m_hasIndex == 1;
}

QString RiskTextIndex::matchQuery(const QString &text)
{
    // Words only: anything else would be FTS syntax. Each word becomes a quoted prefix.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        terms << QStringLiteral("\"%1\"*").arg(it.next().captured(0));
    return terms.join(QStringLiteral(" AND "));
}

std::vector<qint64> RiskTextIndex::idsMatching(const QString &text)
{
    if (!hasIndex())
        return scan(text);
    if (isPending() && (m_db.isReadOnly() || !build(nullptr)))
        return scan(text);
    std::vector<qint64> ids;
    const QString match = matchQuery(text);
    if (match.isEmpty())
        return ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT rowid FROM risk_text WHERE risk_text MATCH ? ORDER BY rowid"), {match},
                   nullptr))
        return scan(text);
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

bool RiskTextIndex::isPending() const
{
    return hasIndex() && !MetaStore(m_db).value(MetaStore::riskTextPendingKey()).isEmpty();
}

bool RiskTextIndex::defer(QString *error)
{
    if (!hasIndex() || isPending())
        return true;
    // The triggers are put back from their own definitions, so there is one copy of
    // them: the schema's.
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                  " AND tbl_name = 'risk_detail' AND name LIKE 'risk\\_text\\_%' ESCAPE '\\'"
                                  " ORDER BY name"),
                   {}, error))
        return false;
    QStringList names;
    QJsonArray definitions;
    while (query.next()) {
        names << query.value(0).toString();
        definitions.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (!sql::exec(query, QStringLiteral("DROP TRIGGER %1").arg(name), {}, error))
            return false;
    }
    const QString kept = QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact));
    return MetaStore(m_db).setValue(MetaStore::riskTextPendingKey(), kept, error);
}

bool RiskTextIndex::build(QString *error)
{
    if (!isPending())
        return true;
    // A bulk write: like the import that left the index to be built, it does not move
    // the file to the write-ahead log.
    Transaction t(m_db, Database::WriteKind::Bulk);
    if (!t.isActive()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery query(m_db.connection());
    const QJsonArray definitions
        = QJsonDocument::fromJson(MetaStore(m_db).value(MetaStore::riskTextPendingKey()).toUtf8()).array();
    if (definitions.isEmpty()) {
        // Without its triggers the index would fall behind the first edit: searches go
        // on scanning the texts instead.
        if (error)
            *error = QCoreApplication::translate("RiskTextIndex", "the text index's triggers are not recorded");
        return false;
    }
    for (const QJsonValue &definition : definitions) {
        if (!sql::exec(query, definition.toString(), {}, error))
            return false;
    }
    // FTS5 gathers terms in memory and writes a segment each time they pass its hash
    // size (1 MB by default): a whole register in 1 MB steps makes many small segments
    // to merge, and takes a third longer than a few large ones. The larger size holds
    // for the build only; single edits keep the default.
    if (!sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text, rank) VALUES ('hashsize', %1)").arg(RebuildHashSize),
                   {}, error)
        || !sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text) VALUES ('rebuild')"), {}, error)
        || !sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text, rank) VALUES ('hashsize', %1)").arg(DefaultHashSize),
                      {}, error)
        || !MetaStore(m_db).remove(MetaStore::riskTextPendingKey(), error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    return true;
}

std::vector<qint64> RiskTextIndex::scan(const QString &text) const
{
    std::vector<qint64> ids;
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT risk_id FROM risk_detail WHERE LOWER(description) LIKE ? ESCAPE '\\'"
                                  " OR LOWER(threat) LIKE ? ESCAPE '\\' OR LOWER(vulnerability) LIKE ? ESCAPE '\\'"
                                  " OR LOWER(existing_controls) LIKE ? ESCAPE '\\' OR LOWER(notes) LIKE ? ESCAPE '\\'"
                                  " ORDER BY risk_id"),
                   {pattern, pattern, pattern, pattern, pattern}, nullptr))
        return ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

} // namespace rampart
