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

    // Ids of the matching risks, in id order.
    std::vector<qint64> idsMatching(const QString &text) const;
    bool hasIndex() const;
    // "ran cloud" -> "\"ran\"* AND \"cloud\"*"; empty when the text has no words.
    static QString matchQuery(const QString &text);

    // For bulk writes that at least double the register: the index stops following
    // each insert (about three times slower than building it once), and is rebuilt
    // whole in the same transaction afterwards. Updates stay indexed.
    bool suspendInserts(QString *error);
    // The same for removals of at least half the register (the undo of a large import):
    // taking each row's words out one by one costs more than indexing what is left.
    bool suspendDeletes(QString *error);
    // Puts the suspended triggers back and indexes every text again.
    bool rebuild(QString *error);

private:
    std::vector<qint64> scan(const QString &text) const;

    Database &m_db;
    mutable int m_hasIndex = -1;
    bool suspend(const QString &trigger, QString *error);

    QStringList m_suspended;  // the suspended triggers' own SQL
};

} // namespace rampart
