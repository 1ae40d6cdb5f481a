#include "database.h"

#include "fileprobe.h"
#include "schema.h"
#include "sqlitehandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace rampart {

// The background check's state, shared by the Database and the thread that checks.
struct Database::CheckControl
{
    std::mutex mutex;
    std::condition_variable wake;
    sqlite3 *handle = nullptr;  // the checking connection, while the check runs
    bool cancelled = false;     // the file is being closed
    bool urgent = false;        // a write waits for the outcome
    bool started = false;       // the first screen is shown: check now (startCheck)
};


namespace {

QAtomicInt connectionCounter;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A rollback journal or a write-ahead log beside the file: a write was cut off, or
// another Rampart has the file open for writing.
bool hasHotJournal(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-journal")) || QFileInfo::exists(path + QStringLiteral("-wal"));
}

// Whether a Rampart that is still running holds the lock file.
bool heldByLiveProcess(const QString &lockPath)
{
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true;
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0;
#endif
}

// A file the owner alone may read and write, created empty; SQLite's journal
// inherits these permissions.
bool createPrivateEmptyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error) {
            *error = QFileInfo::exists(path)
                ? Database::tr("%1 already exists.").arg(displayName(path))
                : Database::tr("Unable to create %1: %2").arg(displayName(path), file.errorString());
        }
        return false;
    }
    file.setPermissions(OwnerOnly);
    file.close();
    return true;
}

// The file as it is on disk, byte for byte, readable by the owner only. Used for the
// copy kept before a migration, which must be the very file the user had.
bool copyFileBytes(const QString &source, const QString &target, QString *error)
{
    if (!createPrivateEmptyFile(target, error))
        return false;
    QFile in(source);
    QFile out(target);
    bool ok = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    ok = ok && out.flush();
    out.close();
    if (!ok || out.error() != QFileDevice::NoError) {
        if (error) {
            const QString reason = in.error() != QFileDevice::NoError ? in.errorString() : out.errorString();
            *error = Database::tr("Unable to write a copy to %1: %2").arg(displayName(target), reason);
        }
        QFile::remove(target);
        return false;
    }
    return true;
}

} // namespace

Database::~Database()
{
    // A background check still running is stopped rather than waited for.
    if (m_checkControl) {
        {
            std::lock_guard<std::mutex> lock(m_checkControl->mutex);
            m_checkControl->cancelled = true;
            if (m_checkControl->handle)
                sqlite3_interrupt(m_checkControl->handle);
        }
        m_checkControl->wake.notify_all();
    }
    if (m_check.valid())
        m_check.wait();
    if (m_db.isValid()) {
        while (m_depth > 0)
            rollback();
        // Back to a plain rollback-journal file: the log is folded in and removed, so
        // nothing is left beside the file and any SQLite reader can open it read-only.
        if (m_writeAheadLog) {
            QString ignored;
            exec(QStringLiteral("PRAGMA journal_mode = DELETE"), &ignored);
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<Database> Database::connect(const QString &path, bool readOnly, QString *error)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_readOnly = readOnly;
    db->m_connectionName = QStringLiteral("rampart-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open()) {
        if (error)
            *error = tr("Unable to open %1: %2").arg(displayName(path), db->m_db.lastError().text());
        return nullptr;
    }
    QString ignored;
    db->exec(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    // A page cache of up to 32 MB (SQLite's default is 2 MB): registers of 100,000 risks
    // have indexes (uids, references) far larger than 2 MB, and bulk writes and
    // filtering thrash a small cache.
    db->exec(QStringLiteral("PRAGMA cache_size = -32768"), &ignored);
    // Temporary data in memory, not in files: above all the statement journal that a
    // multi-row INSERT keeps (see BulkInsert), which in a file costs a system call per
    // page it holds.
    db->exec(QStringLiteral("PRAGMA temp_store = MEMORY"), &ignored);
    QSqlQuery version(db->m_db);
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
        db->m_schemaVersion = version.value(0).toInt();
    return db;
}

QString Database::refusalFromProbe(const QString &path)
{
    const FileProbe probe = FileProbe::read(path);
    const QString name = displayName(path);
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return tr("The file %1 does not exist.").arg(name);
    case FileProbe::Kind::Unreadable:
        return tr("Unable to read %1: %2").arg(name, probe.detail);
    case FileProbe::Kind::Empty:
        return tr("%1 is empty; it is not a Rampart ISMS file.").arg(name);
    case FileProbe::Kind::NotSqlite:
        return tr("%1 is not a Rampart ISMS file (it is not an SQLite database).").arg(name);
    case FileProbe::Kind::Truncated:
        return tr("%1 is damaged: it is shorter than its own header says, so part of it is missing. "
                  "Restore it from a backup.").arg(name);
    case FileProbe::Kind::Sqlite:
        break;
    }
    if (probe.applicationId != schema::ApplicationId)
        return tr("%1 is an SQLite database, but not a Rampart ISMS file.").arg(name);
    if (probe.userVersion == 0)
        return tr("%1 is an unfinished Rampart file (it has no schema version).").arg(name);
    if (probe.userVersion > quint32(schema::CurrentVersion))
        return tr("%1 was written by a newer version of Rampart (file format %2; this version reads "
                  "formats up to %3). Update Rampart to open it.")
            .arg(name)
            .arg(probe.userVersion)
            .arg(schema::CurrentVersion);
    return {};
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, QString *error, Check check)
{
    const QString refusal = refusalFromProbe(path);
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return nullptr;
    }
    const QFileInfo info(path);
    const QString name = displayName(path);

    bool readOnly = false;
    QString reason;
    std::unique_ptr<QLockFile> lock;
    if (access == Access::ReadOnly) {
        readOnly = true;
        reason = tr("Opened read-only on request.");
    } else if (!info.isWritable()) {
        readOnly = true;
        reason = tr("The file is read-only on disk.");
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        readOnly = true;
        reason = tr("The folder %1 is read-only, so changes could not be saved.")
                     .arg(displayName(info.absolutePath()));
    }
    // A file that may be written is locked for this process, or else opened read-only.
    const bool wantLock = !readOnly;
    const QString lockPath = info.absoluteFilePath() + QStringLiteral(".lock");
    // Takes the lock file; on refusal the file opens read-only, with the reason.
    const auto takeLock = [&lockPath]() -> std::unique_ptr<QLockFile> {
        auto taken = std::make_unique<QLockFile>(lockPath);
        // A lock is stale only when its process is gone, never because of its age.
        taken->setStaleLockTime(0);
        return taken;
    };
    const auto refuseLock = [&](QLockFile &refused) {
        readOnly = true;
        qint64 pid = 0;
        QString host, app;
        if (refused.error() == QLockFile::LockFailedError && refused.getLockInfo(&pid, &host, &app))
            reason = tr("The file is open in another Rampart (process %1 on %2).").arg(pid).arg(host);
        else
            reason = tr("The file is open in another program, or its lock cannot be created.");
    };

    // One connection, read-only when the file cannot or may not be written. Opening a
    // connection and reading through it write nothing, so a damaged file is still refused
    // without a byte written: the check below comes before any migration, and a check
    // left to the background holds every write back until it has passed (begin()).
    // A file with a hot journal (a write cut off by a crash) needs a writable connection
    // for SQLite to roll it back; it is checked straight after. A log beside a file that
    // another live Rampart holds is that Rampart's log, not the remains of a crash: read
    // through it.
    std::unique_ptr<Database> db;
    const bool hot = hasHotJournal(path);
    bool needsRecovery = false;
    if (wantLock && !hot) {
        // The usual case. Taking the lock writes the lock file and syncs it to disk,
        // which takes as long as opening the connection: it is done in another thread
        // meanwhile. The connection opens writable; if the lock is refused, it is opened
        // again read-only (nothing has been written through it).
        auto locking = std::async(std::launch::async, [&takeLock] {
            std::unique_ptr<QLockFile> taken = takeLock();
            const bool locked = taken->tryLock(0);
            return std::make_pair(std::move(taken), locked);
        });
        db = connect(path, false, error);
        auto [taken, locked] = locking.get();
        if (locked) {
            lock = std::move(taken);
        } else {
            refuseLock(*taken);
            if (db)
                db = connect(path, true, error);
        }
    } else {
        // A file that may not be written, or one with a hot journal. Whether a journal
        // is another live Rampart's is asked before this process takes the lock: after,
        // the lock would be this process's own.
        const bool heldElsewhere = hot && heldByLiveProcess(lockPath);
        if (wantLock) {
            lock = takeLock();
            if (!lock->tryLock(0)) {
                refuseLock(*lock);
                lock.reset();
            }
        }
        needsRecovery = hot && !heldElsewhere;
        if (needsRecovery && readOnly) {
            if (error)
                *error = tr("%1 was not closed cleanly and needs recovery, which is not possible while it "
                            "cannot be written: %2")
                             .arg(name, reason);
            return nullptr;
        }
        db = connect(path, readOnly, error);
    }
    if (!db)
        return nullptr;
    // A file that needs no migration can be read while it is checked; see Check.
    const bool background
        = !needsRecovery && db->m_schemaVersion == schema::CurrentVersion && check == Check::InBackground;
    if (background) {
        db->startBackgroundCheck(name);
    } else {
        const QString problem = db->integrityCheck(true);
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("%1 is damaged (the database check failed: %2). Restore it from a backup.")
                             .arg(name, problem);
            return nullptr;
        }
    }
    if (readOnly) {
        if (db->m_schemaVersion < schema::CurrentVersion) {
            if (error)
                *error = tr("%1 uses an older file format (%2) and must be upgraded before it can be "
                            "opened, but it cannot be written: %3")
                             .arg(name)
                             .arg(db->m_schemaVersion)
                             .arg(reason);
            return nullptr;
        }
        db->m_readOnlyReason = reason;
        return db;
    }
    db->m_lock = std::move(lock);
    if (db->m_schemaVersion < schema::CurrentVersion) {
        // Keep the file as it was before the first step, beside it.
        QString backup = QStringLiteral("%1.v%2.bak").arg(db->m_path).arg(db->m_schemaVersion);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.v%2-%3.bak").arg(db->m_path).arg(db->m_schemaVersion).arg(n);
        // Fold any log left by a crash into the file first, so the copy is complete.
        QString ignored;
        db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &ignored);
        if (!copyFileBytes(db->m_path, backup, error))
            return nullptr;
        db->m_backupPath = backup;
        if (!db->migrate(schema::CurrentVersion, error))
            return nullptr;
    }
    db->m_allowWriteAheadLog = true;
    return db;
}

void Database::startBackgroundCheck(const QString &name)
{
    auto control = std::make_shared<CheckControl>();
    m_checkControl = control;
    m_check = std::async(std::launch::async, [path = m_path, name, control] {
        // The check lets the file's first screen be read and shown before it competes
        // for it: it waits for startCheck(), unless a write wants the outcome now
        // (waitForCheck).
        {
            std::unique_lock<std::mutex> lock(control->mutex);
            control->wake.wait(lock, [&] { return control->cancelled || control->urgent || control->started; });
            if (control->cancelled)
                return QString();
        }
        QString problem;
        auto checkDb = connect(path, true, &problem);
        if (!checkDb)
            return problem;
        {
            std::lock_guard<std::mutex> lock(control->mutex);
            if (control->cancelled)
                return QString();
            // Closing the file stops the check (see ~Database) through this handle.
            control->handle = sqliteHandle(checkDb->m_db);
        }
        problem = checkDb->integrityCheck(true);
        {
            std::lock_guard<std::mutex> lock(control->mutex);
            control->handle = nullptr;
            if (control->cancelled)
                return QString();  // stopped: the file is being closed, nothing more is written
        }
        return problem.isEmpty()
            ? QString()
            : tr("%1 is damaged (the database check failed: %2). Restore it from a backup.").arg(name, problem);
    });
}

void Database::startCheck()
{
    if (!m_checkControl)
        return;
    {
        std::lock_guard<std::mutex> lock(m_checkControl->mutex);
        m_checkControl->started = true;
    }
    m_checkControl->wake.notify_all();
}

std::unique_ptr<Database> Database::create(const QString &path, QString *error)
{
    return createImpl(path, schema::CurrentVersion, error);
}

std::unique_ptr<Database> Database::createAtVersion(const QString &path, int version, QString *error)
{
    return createImpl(path, version, error);
}

std::unique_ptr<Database> Database::createImpl(const QString &path, int version, QString *error)
{
    if (!createPrivateEmptyFile(path, error))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    lock->tryLock(0);
    auto db = connect(path, false, error);
    // Pages of 8 KB rather than SQLite's 4: a risk's texts fit a page more often, and a
    // bulk write of 100,000 risks makes half the system calls (4% of a CSV import).
    // Only an empty file can take it; existing files keep theirs.
    QString ignored;
    if (db)
        db->exec(QStringLiteral("PRAGMA page_size = 8192"), &ignored);
    if (!db || !db->migrate(version, error)) {
        db.reset();
        QFile::remove(path);
        return nullptr;
    }
    if (lock->isLocked())
        db->m_lock = std::move(lock);
    db->m_allowWriteAheadLog = true;
    return db;
}

QString Database::check(const QString &path)
{
    const QString refusal = refusalFromProbe(path);
    if (!refusal.isEmpty())
        return refusal;
    const QString name = displayName(path);
    // A log beside a file that a running Rampart holds is that Rampart's, and readable.
    if (hasHotJournal(path) && !heldByLiveProcess(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock")))
        return tr("%1 was not closed cleanly: a write was cut off. Open it in Rampart to recover it.")
            .arg(name);
    QString error;
    auto db = connect(path, true, &error);
    if (!db)
        return error;
    const QString problem = db->integrityCheck(false);
    if (!problem.isEmpty())
        return tr("%1 is damaged (the database check failed: %2). Restore it from a backup.").arg(name, problem);
    return {};
}

bool Database::isCheckPending() const
{
    return m_check.valid() && m_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

bool Database::checkFinished(QString *problem)
{
    if (isCheckPending())
        return false;
    const QString outcome = waitForCheck();
    if (problem)
        *problem = outcome;
    return true;
}

QString Database::waitForCheck()
{
    if (m_checkControl && m_check.valid()) {
        {
            std::lock_guard<std::mutex> lock(m_checkControl->mutex);
            m_checkControl->urgent = true;
        }
        m_checkControl->wake.notify_all();
    }
    if (m_check.valid())
        m_checkProblem = m_check.get();
    return m_checkProblem;
}

QString Database::integrityCheck(bool quick)
{
    QSqlQuery query(m_db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        // One row may hold several lines; messages are shown on one line.
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                problems << line.trimmed();
        }
    }
    if (!problems.isEmpty())
        return problems.mid(0, 3).join(QStringLiteral("; "));
    return quick ? QString() : brokenReference();
}

QString Database::brokenReference()
{
    QSqlQuery fk(m_db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        return tr("a row in %1 points to a missing row").arg(fk.value(0).toString());
    return {};
}

bool Database::migrate(int toVersion, QString *error)
{
    for (const schema::Migration &step : schema::migrations()) {
        if (step.toVersion <= m_schemaVersion)
            continue;
        if (step.toVersion > toVersion)
            break;
        // Foreign keys can only be switched outside a transaction; with them on,
        // dropping a table would take the rows that refer to it along.
        QString ignored;
        if (step.rebuildsTables)
            exec(QStringLiteral("PRAGMA foreign_keys = OFF"), &ignored);
        const auto keysBackOn = qScopeGuard([&] {
            if (step.rebuildsTables)
                exec(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
        });
        if (!begin(error))
            return false;
        QString stepError;
        if (!step.apply(m_db, &stepError)
            || (step.rebuildsTables && !(stepError = brokenReference()).isEmpty())
            || !exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion), &stepError)) {
            rollback();
            if (error)
                *error = tr("Unable to upgrade %1 to file format %2: %3")
                             .arg(displayName(m_path))
                             .arg(step.toVersion)
                             .arg(stepError);
            return false;
        }
        if (!commit(error))
            return false;
        m_schemaVersion = step.toVersion;
    }
    // Other processes recognise a Rampart file by its header (application_id,
    // user_version); with a write-ahead log the header only reaches the file itself at a
    // checkpoint.
    if (m_writeAheadLog) {
        QString ignored;
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &ignored);
    }
    return true;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

void Database::beginRead()
{
    if (m_depth > 0 || m_reading)
        return;
    QString ignored;
    // A deferred transaction: a shared lock from its first read to its end.
    m_reading = exec(QStringLiteral("BEGIN"), &ignored);
}

void Database::endRead()
{
    if (!m_reading)
        return;
    m_reading = false;
    QString ignored;
    exec(QStringLiteral("COMMIT"), &ignored);
}

bool Database::begin(QString *error, WriteKind kind)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The file is open read-only: %1").arg(m_readOnlyReason);
        return false;
    }
    if (m_depth == 0) {
        // Nothing is written before the file has passed its check (Check::InBackground).
        const QString problem = waitForCheck();
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    if (m_depth == 0)
        endRead();
    if (m_depth == 0 && m_allowWriteAheadLog && !m_writeAheadLog && kind == WriteKind::Edit) {
        // From the first edit on, Rampart writes through a write-ahead log: a commit
        // then needs no sync of its own, which keeps a single edit within the few
        // milliseconds the budget allows. Edits survive a crash of the program; a power
        // cut can lose the last ones but never corrupts the file. Switching only at the
        // first write leaves a file that is merely opened, or refused, untouched.
        QSqlQuery mode(m_db);
        m_writeAheadLog = mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (m_writeAheadLog) {
            QString ignored;
            exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &ignored);
        }
    }
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN")
                                     : QStringLiteral("SAVEPOINT rampart_%1").arg(m_depth);
    if (!exec(sql, error))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit(QString *error)
{
    Q_ASSERT(m_depth > 0);
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT rampart_%1").arg(m_depth - 1);
    if (!exec(sql, error)) {
        rollback();
        return false;
    }
    --m_depth;
    if (m_depth == 0 && m_transactionEnded)
        m_transactionEnded(true);
    return true;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    QString ignored;
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"), &ignored);
    } else {
        const QString name = QStringLiteral("rampart_%1").arg(m_depth - 1);
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(name), &ignored);
        exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(name), &ignored);
    }
    --m_depth;
    if (m_depth == 0 && m_transactionEnded)
        m_transactionEnded(false);
}

bool Database::copyTo(const QString &target, QString *error)
{
    if (m_depth > 0) {
        if (error)
            *error = tr("A copy cannot be taken while a change is being written.");
        return false;
    }
    if (!createPrivateEmptyFile(target, error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QFileInfo(target).absoluteFilePath());
    if (!query.exec()) {
        if (error)
            *error = tr("Unable to write a copy to %1: %2").arg(displayName(target), query.lastError().text());
        QFile::remove(target);
        return false;
    }
    QFile::setPermissions(target, OwnerOnly);
    return true;
}

Transaction::Transaction(Database &db, Database::WriteKind kind)
    : m_db(db)
{
    m_active = m_db.begin(&m_error, kind);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit(&m_error);
}

} // namespace rampart
