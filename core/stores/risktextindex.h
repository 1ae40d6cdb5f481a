#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace rampart {

class Database;

// Search in the risks' long texts (scenario, threat, vulnerability, existing controls,
// notes). The one place that knows of SQLite's full-text index (FTS5): words typed
// match the beginnings of words in the texts, in any order, ignoring case and accents.
// Without the index (an SQLite built without FTS5) it falls back to a LIKE scan, which
// matches anywhere but reads every text.
class RiskTextIndex
{
public:
    explicit RiskTextIndex(Database &db)
        : m_db(db)
    {
    }

    // Ids of the matching risks, in id order. An index left to be built (defer()) is
    // built first when the file is writable; in a read-only file the texts are scanned.
    std::vector<qint64> idsMatching(const QString &text);
    bool hasIndex() const;
    // "ran cloud" -> "\"ran\"* AND \"cloud\"*"; empty when the text has no words.
    static QString matchQuery(const QString &text);

    // For bulk writes (an import that at least doubles the register, the undo of one):
    // the index stops following the texts and is left to be built whole by the first
    // search or by build(). Indexing 100,000 risks takes about as long as writing them;
    // this way a bulk write costs only the write, and several in a row (import, undo,
    // redo) cost one build, when it is needed. The index's triggers are dropped and
    // their SQL kept in the file (meta) until build() puts them back, so edits made in
    // the meantime cost nothing either. Part of the caller's transaction.
    bool defer(QString *error);
    // Whether the index waits to be built.
    bool isPending() const;
    // Builds an index left to be built, in a transaction of its own: the triggers come
    // back and every text is indexed. Nothing to do (true) when the index is up to date.
    bool build(QString *error);

private:
    std::vector<qint64> scan(const QString &text) const;

    Database &m_db;
    mutable int m_hasIndex = -1;
};

} // namespace rampart
