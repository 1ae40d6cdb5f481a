#include "testutil.h"

#include "document.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

namespace rampart::test {

namespace {

QAtomicInt connectionCounter;

// A QSQLITE connection of the test's own, closed and removed when it goes.
class RawConnection
{
public:
    RawConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("rampart-test-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

} // namespace

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/rampart-test-XXXXXX"))
{
}

QString TempDir::file(const QString &name) const
{
    return m_dir.filePath(name);
}

QStringList TempDir::entries() const
{
    return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                        QDir::Name);
}

QString FileState::toString() const
{
    if (!exists)
        return QStringLiteral("(no file)");
    return QStringLiteral("%1 bytes, sha256 %2, modified %3")
        .arg(size)
        .arg(QString::fromLatin1(sha256.toHex().left(16)), modified.toString(Qt::ISODateWithMs));
}

FileState fileState(const QString &path)
{
    FileState state;
    const QFileInfo info(path);
    state.exists = info.exists();
    if (!state.exists)
        return state;
    state.size = info.size();
    state.modified = info.lastModified();
    state.sha256 = sha256Of(path);
    return state;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = file.write(bytes) == bytes.size();
    file.close();
    return ok && file.error() == QFileDevice::NoError;
}

bool backdate(const QString &path)
{
    QFile file(path);
    // Setting the time needs ownership, not write access: works on read-only files too.
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QDateTime past(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return file.setFileTime(past, QFileDevice::FileModificationTime);
}

int fileMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(RAMPART_FIXTURES) + QLatin1Char('/') + name;
}

QString copyFixture(const QString &name, const TempDir &dir)
{
    const QString target = dir.file(name);
    if (!QFile::copy(fixturePath(name), target))
        return {};
    // A checked-out fixture may be read-only; a user's saved file is not.
    if (!QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {};
    return target;
}

QString createRampartFile(const QString &path, const QString &organisation)
{
    QString error;
    auto document = Document::create(path, organisation, &error);
    if (!document)
        return error.isEmpty() ? QStringLiteral("Document::create failed without a message") : error;
    return {};
}

QString createForeignSqlite(const QString &path)
{
    RawConnection connection(path, false);
    if (!connection.error().isEmpty())
        return connection.error();
    QSqlQuery query(connection.db());
    for (const QString &sql : {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"),
                               QStringLiteral("INSERT INTO recipes (name) VALUES ('Porridge')")}) {
        if (!query.exec(sql))
            return query.lastError().text();
    }
    return {};
}

QString truncateToHalf(const QString &path)
{
    QFile file(path);
    const qint64 size = file.size();
    if (size < 2)
        return QStringLiteral("%1 is too small to cut in half").arg(path);
    if (!file.resize(size / 2))
        return file.errorString();
    return {};
}

QString corruptBtreePage(const QString &path)
{
    const QByteArray original = readAll(path);
    if (original.size() < 100)
        return QStringLiteral("%1 is not an SQLite file").arg(path);
    quint32 pageSize = qFromBigEndian<quint16>(original.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qsizetype pages = original.size() / qsizetype(pageSize);
    // Leaf and interior pages of tables and indexes start with one of these bytes.
    const QByteArray btreeTypes("\x0d\x05\x0a\x02", 4);
    for (qsizetype page = pages / 2; page < pages; ++page) {
        const qsizetype start = page * qsizetype(pageSize);
        if (!btreeTypes.contains(original.at(start)))
            continue;
        QByteArray damaged = original;
        const qsizetype middle = start + qsizetype(pageSize) / 2;
        for (qsizetype i = middle - 32; i < middle + 32; ++i)
            damaged[i] = char(0xff);
        if (!writeFile(path, damaged))
            return QStringLiteral("Unable to write %1").arg(path);
        if (sqliteQuickCheck(path) != QLatin1String("ok"))
            return {};
    }
    writeFile(path, original);
    return QStringLiteral("No b-tree page of %1 could be damaged so that quick_check notices").arg(path);
}

QString setUserVersion(const QString &path, int version)
{
    QString error;
    sqliteQuery(path, QStringLiteral("PRAGMA user_version = %1").arg(version), &error, false);
    return error;
}

QVariantList sqliteQuery(const QString &path, const QString &sql, QString *error, bool readOnly)
{
    QVariantList values;
    RawConnection connection(path, readOnly);
    if (!connection.error().isEmpty()) {
        if (error)
            *error = connection.error();
        return values;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return values;
    }
    while (query.next())
        values << query.value(0);
    return values;
}

QString sqliteQuickCheck(const QString &path)
{
    QString error;
    const QVariantList rows = sqliteQuery(path, QStringLiteral("PRAGMA quick_check"), &error);
    if (!error.isEmpty())
        return error;
    QStringList lines;
    for (const QVariant &row : rows)
        lines << row.toString();
    return lines.join(QStringLiteral("; "));
}

QStringList sqliteColumns(const QString &path, const QString &table)
{
    QStringList columns;
    RawConnection connection(path, true);
    QSqlQuery query(connection.db());
    // table_info returns (cid, name, type, ...).
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return columns;
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

QString CliResult::describe(const QStringList &arguments) const
{
    return QStringLiteral("rampart-cli %1 -> %2 (finished: %3)\nstdout: %4\nstderr: %5")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"), out, err);
}

QStringList CliResult::errLines() const
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString cliPath()
{
    return QStringLiteral(RAMPART_CLI);
}

QString guiPath()
{
    return QStringLiteral(RAMPART_GUI);
}

CliResult runCli(const QStringList &arguments, const QString &workingDirectory, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace rampart::test
