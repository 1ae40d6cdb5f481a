#pragma once

// Helpers shared by the test executables: a temporary folder per test, proof that a
// file did not change, broken files made on the spot, and a runner for the real
// rampart-cli binary.

#include <QByteArray>
#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

namespace rampart::test {

// A fresh folder for one test function (or one row of a data-driven test), removed
// with everything in it when the object goes.
class TempDir
{
public:
    TempDir();
    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }
    QString path() const { return m_dir.path(); }
    // The absolute path of name inside the folder (nothing is created).
    QString file(const QString &name) const;
    // Names of everything in the folder, sorted: shows side files (-journal, .lock).
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
};

// What a file looks like from outside: whether it exists, its bytes' hash, its size
// and modification time. Equal states mean "not a byte changed, not even touched".
struct FileState
{
    bool exists = false;
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;

    bool operator==(const FileState &other) const = default;
    QString toString() const;
};

FileState fileState(const QString &path);
// SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray sha256Of(const QString &path);
QByteArray readAll(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// Sets the modification time well in the past, so that any later write shows.
bool backdate(const QString &path);
// The permission bits (st_mode & 0777); -1 when the file cannot be stat'ed.
int fileMode(const QString &path);
// Tests run as root in some containers, where permission bits do not stop writes.
bool runningAsRoot();

// Copies tests/fixtures/name into dir (writable by the owner, like a file a user
// saved); returns the copy's path, empty on failure.
QString copyFixture(const QString &name, const TempDir &dir);
QString fixturePath(const QString &name);

// --- Files made on the spot -------------------------------------------------------
// A healthy Rampart file made by Document::create; empty error on success.
QString createRampartFile(const QString &path, const QString &organisation = QStringLiteral("Acme Ltd"));
// An SQLite database with a table of its own and no application_id.
QString createForeignSqlite(const QString &path);
// Cuts the file to half its size.
QString truncateToHalf(const QString &path);
// Overwrites bytes in the middle of a b-tree page until SQLite's quick_check fails,
// and proves it does; returns an error if no page could be damaged that way.
QString corruptBtreePage(const QString &path);
// Sets PRAGMA user_version through a plain SQLite connection.
QString setUserVersion(const QString &path, int version);

// --- A plain SQLite connection beside the code under test --------------------------
// Runs one statement on path and returns the first column of every row.
QVariantList sqliteQuery(const QString &path, const QString &sql, QString *error = nullptr, bool readOnly = true);
// PRAGMA quick_check through a read-only connection: "ok" for a healthy file.
QString sqliteQuickCheck(const QString &path);
// The column names of a table (empty when the table does not exist).
QStringList sqliteColumns(const QString &path, const QString &table);

// --- rampart-cli ---------------------------------------------------------------------
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    // One line for a failure message: the command line, exit code, stdout, stderr.
    QString describe(const QStringList &arguments) const;
    QStringList errLines() const;
};

QString cliPath();
// The GUI program, for tests that start it as a user does.
QString guiPath();
CliResult runCli(const QStringList &arguments, const QString &workingDirectory = {}, int timeoutMs = 120000);

} // namespace rampart::test
