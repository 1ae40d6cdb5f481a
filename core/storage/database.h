#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <future>
#include <memory>

class QLockFile;

namespace rampart {

// One open .isms file: the SQLite connection, the lock that tells other Rampart
// processes the file is in use, and the transaction depth. Opening refuses, with a
// sentence a manager understands, anything that is not a healthy Rampart file, and
// never writes to a file it refuses.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };
    // When SQLite's integrity check of the file runs. Now: before open() returns, so a
    // damaged file is refused there (the command line). InBackground: for a file that
    // needs no migration, on a connection of its own in another thread, so that no file
    // waits for its check to show (the GUI). The check starts once startCheck() says the
    // first screen is shown, or when a write wants its outcome: writes wait for it
    // (begin() blocks until it is over) and are refused if it fails, so a damaged file is
    // still never written to; the GUI then closes it with the message (Document::damaged).
    enum class Check { Now, InBackground };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file. Falls back to read-only (and says why in
    // readOnlyReason()) when the file or its folder is not writable or another
    // Rampart holds the lock. Migrates older files after taking a backup copy.
    static std::unique_ptr<Database> open(const QString &path, Access access, QString *error,
                                          Check check = Check::Now);

    // Creates a new file at the current schema version, readable by the owner only.
    // Refuses to overwrite an existing file.
    static std::unique_ptr<Database> create(const QString &path, QString *error);

    // Creates a file at an older schema version. For making test fixtures only.
    static std::unique_ptr<Database> createAtVersion(const QString &path, int version, QString *error);

    // Checks a file without opening it for writing: the same refusals as open(),
    // plus a full integrity check. Returns an empty string when the file is healthy.
    static QString check(const QString &path);

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy taken before a migration went (empty when none was needed).
    QString migrationBackupPath() const { return m_backupPath; }

    // What a transaction writes. The first edit of a session switches the file to a
    // write-ahead log (see begin()); a bulk write (an import) that comes first does not,
    // because through the log every page of it would be written twice: to the log, and
    // again to the file at the checkpoint.
    enum class WriteKind { Edit, Bulk };
    // Nested transactions: the outermost is a real transaction, inner ones are
    // savepoints, so a store can open a transaction whether or not a bulk command
    // already has one.
    bool begin(QString *error, WriteKind kind = WriteKind::Edit);
    bool commit(QString *error);
    void rollback();
    int transactionDepth() const { return m_depth; }
    // A read of many statements (ReadSnapshot): they see one state of the file, and
    // SQLite takes and checks its lock once for all of them instead of once each. A
    // write that begins meanwhile ends the read first. Outside a transaction only;
    // inside one they already see one state.
    void beginRead();
    void endRead();
    // Called when the outermost transaction ends: committed (true) or rolled back.
    void setTransactionEndedHandler(std::function<void(bool committed)> handler)
    {
        m_transactionEnded = std::move(handler);
    }

    // A consistent copy of the whole file at target (which must not exist), readable
    // by the owner only.
    bool copyTo(const QString &target, QString *error);

    // Returns an empty string when the file passes SQLite's check.
    QString integrityCheck(bool quick);
    // The first row that points to a missing row, said as a problem; empty when none does.
    QString brokenReference();

    // The background check of Check::InBackground: whether it still runs;
    // whether it is over (and then the refusal, empty when the file is healthy) without
    // waiting; and waiting for it. Without a background check the file was checked in
    // open() and these say "over, healthy".
    bool isCheckPending() const;
    // Lets a background check that waits for the first screen start now.
    void startCheck();
    bool checkFinished(QString *problem);
    QString waitForCheck();

private:
    Database() = default;
    static std::unique_ptr<Database> connect(const QString &path, bool readOnly, QString *error);
    static std::unique_ptr<Database> createImpl(const QString &path, int version, QString *error);
    static QString refusalFromProbe(const QString &path);
    bool migrate(int toVersion, QString *error);
    void startBackgroundCheck(const QString &name);
    bool exec(const QString &sql, QString *error);
    void acquireLock();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_reading = false;  // a read transaction of beginRead() is open
    bool m_writeAheadLog = false;
    // Set once opening (and any migration) is over; see begin().
    bool m_allowWriteAheadLog = false;
    std::function<void(bool committed)> m_transactionEnded;
    QString m_backupPath;
    // The integrity check running in another thread, and its outcome once collected.
    std::future<QString> m_check;
    QString m_checkProblem;
    struct CheckControl;
    std::shared_ptr<CheckControl> m_checkControl;
};

// RAII guard: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db, Database::WriteKind kind = Database::WriteKind::Edit);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};

// RAII guard for Database::beginRead() and endRead().
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        m_db.beginRead();
    }
    ~ReadSnapshot() { m_db.endRead(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
};

} // namespace rampart
