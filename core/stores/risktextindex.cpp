#include "risktextindex.h"

#include "sql.h"
#include "storage/database.h"

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

std::vector<qint64> RiskTextIndex::idsMatching(const QString &text) const
{
    if (!hasIndex())
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

bool RiskTextIndex::suspendInserts(QString *error)
{
    return suspend(QStringLiteral("risk_text_insert"), error);
}

bool RiskTextIndex::suspendDeletes(QString *error)
{
    return suspend(QStringLiteral("risk_text_delete"), error);
}

bool RiskTextIndex::suspend(const QString &trigger, QString *error)
{
    if (!hasIndex())
        return true;
    QSqlQuery query(m_db.connection());
    // The trigger is put back from its own definition, so there is one copy of it: the
    // schema's.
    if (!sql::exec(query, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {trigger},
                   error))
        return false;
    if (!query.next())
        return true;
    m_suspended << query.value(0).toString();
    query.finish();
    return sql::exec(query, QStringLiteral("DROP TRIGGER %1").arg(trigger), {}, error);
}

bool RiskTextIndex::rebuild(QString *error)
{
    if (!hasIndex())
        return true;
    QSqlQuery query(m_db.connection());
    for (const QString &trigger : std::as_const(m_suspended)) {
        if (!query.exec(trigger)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    m_suspended.clear();
    // FTS5 gathers terms in memory and writes a segment each time they pass its hash
    // size (1 MB by default): a whole register in 1 MB steps makes many small segments
    // to merge, and takes a third longer than a few large ones. The larger size holds
    // for the rebuild only; single edits keep the default.
    return sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text, rank) VALUES ('hashsize', %1)").arg(RebuildHashSize),
                     {}, error)
        && sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text) VALUES ('rebuild')"), {}, error)
        && sql::exec(query, QStringLiteral("INSERT INTO risk_text (risk_text, rank) VALUES ('hashsize', %1)").arg(DefaultHashSize),
                     {}, error);
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
