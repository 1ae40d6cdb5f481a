// Storage: creating, opening, refusing, locking, migrating and copying .isms files.

#include "testutil.h"

#include "document.h"
#include "domain/organisation.h"
#include "storage/database.h"
#include "storage/fileprobe.h"
#include "storage/schema.h"
#include "storage/uid.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <functional>

using namespace rampart;
using namespace rampart::test;

namespace {

constexpr int OwnerReadWrite = 0600;

// Mirrors tests/tools/makefixture.cpp.
const QString FixtureName = QStringLiteral("v1.isms");
const QString FixtureOrganisation = QStringLiteral("Harbour Freight Analytics");
const QString FixtureScopeBoundaries =
    QStringLiteral("Rotterdam office (all departments).\nProduction and test cloud accounts.");

quint32 headerField(const QString &path, int offset)
{
    const QByteArray header = readAll(path).left(100);
    if (header.size() < offset + 4)
        return 0;
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// Offsets from the SQLite file format.
quint32 headerUserVersion(const QString &path)
{
    return headerField(path, 60);
}

quint32 headerApplicationId(const QString &path)
{
    return headerField(path, 68);
}

using Preparation = std::function<QString(const QString &path)>;

// A Rampart file with a b-tree page damaged so that SQLite's check notices, its time set
// back so that any write would show in its FileState; empty, or what went wrong.
QString createDamagedRampartFile(const QString &path)
{
    QString problem = createRampartFile(path);
    if (problem.isEmpty())
        problem = corruptBtreePage(path);
    if (problem.isEmpty() && !backdate(path))
        problem = QStringLiteral("cannot set the time of %1 back").arg(path);
    return problem;
}

} // namespace

Q_DECLARE_METATYPE(Preparation)

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSetsModeAndHeader();
    void uidsAreVersion7InOrder();
    void createRefusesExistingFile();
    void reopen();
    void refusals_data();
    void refusals();
    void checkAcceptsHealthyFile();
    void backgroundCheckHoldsWritesBack();
    void checkAfterFirstScreen();
    void openReadOnlyOnRequest();
    void readOnlyOnDisk();
    void readOnlyFolder();
    void lockedByAnotherRampart();
    void readSnapshotThenWrite();
    void writeCutOffIsRecoveredAndCheckedAtOpen();
    void migrateV1Fixture();
    void migrateV1RefusedWhenReadOnly();
    void migrationIsAllOrNothing();
    void saveCopy();
    void saveCopyRefusesExistingTarget();
    void transactionNesting();
    void transactionGuardRollsBack();
};

void TestDatabase::createSetsModeAndHeader()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("new.isms"));
    {
        QString error;
        auto document = Document::create(path, QStringLiteral("Acme Ltd"), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->schemaVersion(), schema::CurrentVersion);
        QVERIFY(!document->isReadOnly());
        QVERIFY2(QFileInfo::exists(path + QStringLiteral(".lock")), "an open file is locked for other Rampart processes");
    }
    QCOMPARE(fileMode(path), OwnerReadWrite);
    QCOMPARE(headerApplicationId(path), schema::ApplicationId);
    QCOMPARE(headerUserVersion(path), quint32(schema::CurrentVersion));
    QCOMPARE(FileProbe::read(path).pageSize, quint32(8192));
    // Self-contained once closed: no journal, no lock left beside the file.
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("new.isms")});
    QCOMPARE(sqliteQuickCheck(path), QStringLiteral("ok"));
}

void TestDatabase::uidsAreVersion7InOrder()
{
    // RFC 9562 version 7 as text: the time first, so that uids made one after another
    // sort in that order (the uid index takes them at its end), and all different.
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList uids;
    for (int i = 0; i < 20000; ++i)
        uids << newUid();
    for (const QString &uid : std::as_const(uids))
        QVERIFY2(form.match(uid).hasMatch(), qPrintable(uid));
    for (qsizetype i = 1; i < uids.size(); ++i)
        QVERIFY2(uids[i - 1] < uids[i], qPrintable(uids[i - 1] + QStringLiteral(" >= ") + uids[i]));
    // Qt reads them as UUIDs of the RFC's variant, version 7 (which Qt 6.4 does not
    // name), made now.
    const QUuid first = QUuid::fromString(uids.first());
    QCOMPARE(first.variant(), QUuid::DCE);
    QCOMPARE(first.data3 >> 12, 7);
    const qint64 ms = uids.first().left(8).toLongLong(nullptr, 16) << 16 | uids.first().mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY(ms >= before && ms <= QDateTime::currentMSecsSinceEpoch() + 10);
}

void TestDatabase::createRefusesExistingFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("taken.isms"));
    QVERIFY(writeFile(path, "someone else's file\n"));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    QString error;
    QVERIFY(!Document::create(path, QStringLiteral("Acme"), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(!Database::create(path, &error));
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("taken.isms")});
}

void TestDatabase::reopen()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("reopen.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Reopen Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));

    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));
    QCOMPARE(document->schemaVersion(), schema::CurrentVersion);
    QVERIFY(document->migrationBackupPath().isEmpty());
    QCOMPARE(document->organisation().read().name, QStringLiteral("Reopen Ltd"));
    QCOMPARE(document->catalog().controls.size(), size_t(93));
    QCOMPARE(document->path(), QFileInfo(path).absoluteFilePath());
    document.reset();
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("reopen.isms")});
}

void TestDatabase::refusals_data()
{
    QTest::addColumn<Preparation>("prepare");
    QTest::addColumn<QString>("meaning");  // a regular expression the message must match

    const auto rampartFile = [](const QString &path) { return createRampartFile(path); };

    QTest::newRow("missing file") << Preparation([](const QString &) { return QString(); })
                                  << QStringLiteral("does not exist");
    QTest::newRow("empty file") << Preparation([](const QString &path) {
        return writeFile(path, {}) ? QString() : QStringLiteral("cannot write");
    }) << QStringLiteral("is empty.*not a Rampart");
    QTest::newRow("text file") << Preparation([](const QString &path) {
        return writeFile(path, "Risk register\nR-001\tLaptop theft\thigh\n") ? QString()
                                                                            : QStringLiteral("cannot write");
    }) << QStringLiteral("not a Rampart ISMS file.*not an SQLite database");
    QTest::newRow("random bytes") << Preparation([](const QString &path) {
        QByteArray bytes;
        quint32 x = 0x2545F491;  // xorshift: the same "random" bytes every run
        for (int i = 0; i < 8192; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes.append(char(x & 0xff));
        }
        return writeFile(path, bytes) ? QString() : QStringLiteral("cannot write");
    }) << QStringLiteral("not a Rampart ISMS file.*not an SQLite database");
    QTest::newRow("foreign SQLite database") << Preparation(&createForeignSqlite)
                                             << QStringLiteral("SQLite database, but not a Rampart");
    QTest::newRow("truncated to half") << Preparation([rampartFile](const QString &path) {
        const QString error = rampartFile(path);
        return error.isEmpty() ? truncateToHalf(path) : error;
    }) << QStringLiteral("damaged.*part of it is missing.*backup");
    QTest::newRow("corrupt b-tree page") << Preparation([rampartFile](const QString &path) {
        const QString error = rampartFile(path);
        return error.isEmpty() ? corruptBtreePage(path) : error;
    }) << QStringLiteral("damaged.*check failed.*backup");
    QTest::newRow("too new") << Preparation([rampartFile](const QString &path) {
        const QString error = rampartFile(path);
        return error.isEmpty() ? setUserVersion(path, 99) : error;
    }) << QStringLiteral("newer version of Rampart.*format 99.*Update Rampart");
}

void TestDatabase::refusals()
{
    QFETCH(Preparation, prepare);
    QFETCH(QString, meaning);

    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("refused.isms"));
    const QString prepared = prepare(path);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    if (QFileInfo::exists(path))
        QVERIFY(backdate(path));
    if (QByteArray(QTest::currentDataTag()) == "corrupt b-tree page")
        QVERIFY2(sqliteQuickCheck(path) != QLatin1String("ok"), "the damage must be one SQLite notices");
    const FileState before = fileState(path);
    const QStringList entriesBefore = dir.entries();
    const QRegularExpression expected(meaning, QRegularExpression::DotMatchesEverythingOption);

    for (const Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        QString error;
        auto db = Database::open(path, access, &error);
        QVERIFY2(!db, "the file must be refused");
        QVERIFY2(expected.match(error).hasMatch(), qPrintable(error));
        // One sentence on one line: it goes in a dialog or on the CLI's stderr as is.
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        // The message names the file, so the user knows which one is meant.
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

        error.clear();
        auto document = Document::open(path, access, &error);
        QVERIFY2(!document, "the file must be refused");
        QVERIFY2(expected.match(error).hasMatch(), qPrintable(error));
    }
    const QString problem = Database::check(path);
    QVERIFY2(expected.match(problem).hasMatch(), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1Char('\n')), qPrintable(problem));

    // Never written to: not a byte, not the modification time, no side file.
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), entriesBefore);
}

void TestDatabase::checkAcceptsHealthyFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("healthy.isms"));
    const QString created = createRampartFile(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    const QString problem = Database::check(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("healthy.isms")});
}

// A file opened while SQLite checks it in another thread (the GUI's way): a damaged one
// is then refused at the first write, or said to be damaged once the check has run, and
// is never written to.
void TestDatabase::backgroundCheckHoldsWritesBack()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("large.isms"));
    const QString prepared = createDamagedRampartFile(path);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const FileState before = fileState(path);

    // Checked at open unless asked otherwise.
    QString error;
    QVERIFY(!Database::open(path, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));

    {
        auto db = Database::open(path, Database::Access::ReadWrite, &error, Database::Check::InBackground);
        QVERIFY2(db, qPrintable(error));
        error.clear();
        QVERIFY2(!db->begin(&error), "no write before the check has passed");
        QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(QDir::toNativeSeparators(path)),
                 qPrintable(error));
        QVERIFY(!db->isCheckPending());
        QCOMPARE(db->waitForCheck(), error);
        QVERIFY(!db->begin(&error));
    }
    {
        // Refused at once when opening reads the damaged part, else when the check fails.
        error.clear();
        auto document = Document::open(path, Database::Access::ReadWrite, &error, Database::Check::InBackground);
        if (!document) {
            QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        } else {
            QSignalSpy damaged(document.get(), &Document::damaged);
            document->database().startCheck();
            QVERIFY(damaged.wait(5000));
            QVERIFY2(damaged.at(0).at(0).toString().contains(QLatin1String("damaged")),
                     qPrintable(damaged.at(0).at(0).toString()));
            QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("X")));
        }
    }
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("large.isms")});

    // A healthy file: the check passes and writes go ahead.
    const QString healthy = dir.file(QStringLiteral("healthy.isms"));
    QVERIFY(createRampartFile(healthy).isEmpty());
    auto document = Document::open(healthy, Database::Access::ReadWrite, &error, Database::Check::InBackground);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("Y")));
    QCOMPARE(document->organisation().value(Organisation::RowId, Organisation::Name).toString(), QStringLiteral("Y"));
}

// The GUI opens every file, whatever its size, before SQLite has checked it: the check
// waits until told the first screen is shown, and a damaged file is still never written
// to and is refused once the check is over.
void TestDatabase::checkAfterFirstScreen()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("small.isms"));
    const QString prepared = createDamagedRampartFile(path);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const FileState before = fileState(path);

    QString error;
    {
        auto db = Database::open(path, Database::Access::ReadWrite, &error, Database::Check::InBackground);
        QVERIFY2(db, qPrintable(error));
        // Nothing said yet: the check waits for the word.
        QVERIFY(db->isCheckPending());
        db->startCheck();
        QTRY_VERIFY(!db->isCheckPending());
        QString problem;
        QVERIFY(db->checkFinished(&problem));
        QVERIFY2(problem.contains(QLatin1String("damaged")) && problem.contains(QDir::toNativeSeparators(path)),
                 qPrintable(problem));
        QVERIFY2(!db->begin(&error), "no write to a file that failed its check");
        QCOMPARE(error, problem);
    }
    {
        // Without the word, a write asks for the outcome itself, and is refused.
        auto db = Database::open(path, Database::Access::ReadWrite, &error, Database::Check::InBackground);
        QVERIFY2(db, qPrintable(error));
        error.clear();
        QVERIFY(!db->begin(&error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }
    {
        // Closed before the word: the check is stopped, not waited for.
        auto db = Database::open(path, Database::Access::ReadWrite, &error, Database::Check::InBackground);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isCheckPending());
    }
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("small.isms")});

    // A healthy file opens at once and takes writes once its check has passed.
    const QString healthy = dir.file(QStringLiteral("healthy.isms"));
    QVERIFY(createRampartFile(healthy).isEmpty());
    auto document = Document::open(healthy, Database::Access::ReadWrite, &error, Database::Check::InBackground);
    QVERIFY2(document, qPrintable(error));
    QSignalSpy damaged(document.get(), &Document::damaged);
    document->database().startCheck();
    QTRY_VERIFY(!document->database().isCheckPending());
    QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name, QStringLiteral("Y")));
    QCOMPARE(document->organisation().value(Organisation::RowId, Organisation::Name).toString(), QStringLiteral("Y"));
    QCOMPARE(damaged.count(), 0);
}

void TestDatabase::openReadOnlyOnRequest()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("ro.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Read Only Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    QString error;
    auto document = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
             qPrintable(document->readOnlyReason()));
    QCOMPARE(document->organisation().read().name, QStringLiteral("Read Only Ltd"));
    QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                QStringLiteral("Changed")));
    QVERIFY(!document->database().begin(&error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    document.reset();
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("ro.isms")});
}

void TestDatabase::readOnlyOnDisk()
{
    if (runningAsRoot())
        QSKIP("Running as root: permission bits do not stop root writing, so a chmod 0400 file is still writable. "
              "Read-only access is covered by openReadOnlyOnRequest.");
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("locked-down.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Disk Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    QCOMPARE(fileMode(path), 0400);
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QLatin1String("read-only on disk")),
             qPrintable(document->readOnlyReason()));
    QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                QStringLiteral("Changed")));
    document.reset();
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("locked-down.isms")});
}

void TestDatabase::readOnlyFolder()
{
    if (runningAsRoot())
        QSKIP("Running as root: permission bits do not stop root writing, so a chmod 0500 folder is still "
              "writable. Read-only access is covered by openReadOnlyOnRequest.");
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString folder = dir.file(QStringLiteral("archive"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/archived.isms");
    const QString created = createRampartFile(path, QStringLiteral("Archive Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    // SQLite needs the folder for its journal, and the lock lives there too.
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });

    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QLatin1String("folder"))
                 && document->readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(document->readOnlyReason()));
    QCOMPARE(document->organisation().read().name, QStringLiteral("Archive Ltd"));
    QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                QStringLiteral("Changed")));
    document.reset();
    QCOMPARE(fileState(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("archived.isms")});
}

void TestDatabase::lockedByAnotherRampart()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("shared.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Shared Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    QLockFile other(path + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));

    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QLatin1String("another Rampart")),
             qPrintable(document->readOnlyReason()));
    QVERIFY2(document->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(document->readOnlyReason()));
    QCOMPARE(document->organisation().read().name, QStringLiteral("Shared Ltd"));
    QVERIFY(!document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                QStringLiteral("Changed")));
    document.reset();
    QCOMPARE(fileState(path), before);
    // The other Rampart's lock is still there and still its own.
    QVERIFY(other.isLocked());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    other.unlock();

    // Once the other Rampart has gone, the file opens for writing again.
    document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));

    // And a second open while this one holds it is read-only in turn.
    auto second = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QLatin1String("another Rampart")),
             qPrintable(second->readOnlyReason()));
}

void TestDatabase::readSnapshotThenWrite()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("snapshot.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Snapshot Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    {
        // Reads under one lock; a write that begins meanwhile ends the read first and
        // goes through.
        const ReadSnapshot snapshot(document->database());
        QCOMPARE(document->organisation().read().name, QStringLiteral("Snapshot Ltd"));
        QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                                   QStringLiteral("Written Ltd")));
        QCOMPARE(document->database().transactionDepth(), 0);
        QCOMPARE(document->organisation().read().name, QStringLiteral("Written Ltd"));
    }
    {
        // Inside a transaction a snapshot does nothing: the transaction ends as it would.
        Transaction transaction(document->database());
        QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
        {
            const ReadSnapshot snapshot(document->database());
            QCOMPARE(document->organisation().read().name, QStringLiteral("Written Ltd"));
        }
        QCOMPARE(document->database().transactionDepth(), 1);
        QVERIFY2(transaction.commit(), qPrintable(transaction.error()));
    }
    // What was written is on disk, and the file is healthy.
    document.reset();
    document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->organisation().read().name, QStringLiteral("Written Ltd"));
    QCOMPARE(document->database().integrityCheck(false), QString());
}

void TestDatabase::writeCutOffIsRecoveredAndCheckedAtOpen()
{
    // A write cut off by a crash: a copy of a file and of its rollback journal, taken in
    // the middle of a transaction that has already written pages into the file.
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString source = dir.file(QStringLiteral("source.isms"));
    const QString created = createRampartFile(source, QStringLiteral("Before Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString crashed = dir.file(QStringLiteral("crashed.isms"));
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(source);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("UPDATE organisation SET name = 'Cut off Ltd'")));
        // More than the cache holds, so that SQLite writes pages into the file before
        // the commit that never comes.
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE cut_off (x BLOB)")));
        QVERIFY2(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                           "INSERT INTO cut_off SELECT randomblob(400) FROM n")),
                 qPrintable(query.lastError().text()));
        QVERIFY(QFile::copy(source, crashed));
        QVERIFY(QFile::copy(source + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
    QVERIFY(readAll(crashed) != readAll(source));

    // Opened as the window opens a file: SQLite rolls the write back, and the file is
    // checked straight after, not left to the background check.
    QString error;
    auto document = Document::open(crashed, Database::Access::ReadWrite, &error, Database::Check::InBackground);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->isReadOnly());
    QVERIFY(!document->database().isCheckPending());
    QCOMPARE(document->organisation().read().name, QStringLiteral("Before Ltd"));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")));
    QCOMPARE(document->database().integrityCheck(false), QString());
}

void TestDatabase::migrateV1Fixture()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = copyFixture(FixtureName, dir);
    QVERIFY2(!path.isEmpty(), qPrintable(fixturePath(FixtureName)));
    QCOMPARE(headerUserVersion(path), 1u);
    QCOMPARE(headerApplicationId(path), schema::ApplicationId);
    const QByteArray original = readAll(path);
    QVERIFY(!sqliteColumns(path, QStringLiteral("organisation")).contains(QStringLiteral("legal_name")));
    QVERIFY(sqliteColumns(path, QStringLiteral("scope_exclusion")).isEmpty());

    QString error;
    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));
    QCOMPARE(document->schemaVersion(), schema::CurrentVersion);

    const Organisation organisation = document->organisation().read();
    QCOMPARE(organisation.name, FixtureOrganisation);
    QVERIFY(organisation.scopeStatement.startsWith(QLatin1String("The ISMS covers the route-planning service")));
    QCOMPARE(organisation.scopeBoundaries, FixtureScopeBoundaries);
    QCOMPARE(organisation.uid, QStringLiteral("3b0c5f5e-7a43-4d7e-9a51-0c2f7d1e6a90"));
    QVERIFY(organisation.legalName.isEmpty());
    QCOMPARE(organisation.headcount, 0);
    QCOMPARE(document->catalog().controls.size(), size_t(93));
    QCOMPARE(document->meta().value(MetaStore::createdAtKey()), QStringLiteral("2024-03-18T09:30:00Z"));

    // The copy taken before the first step is the file as it was.
    const QString backup = document->migrationBackupPath();
    QCOMPARE(backup, QFileInfo(path).absoluteFilePath() + QStringLiteral(".v1.bak"));
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY2(readAll(backup) == original, "the backup must be byte-identical to the file before the upgrade");
    QCOMPARE(fileMode(backup), OwnerReadWrite);

    // The new v2 columns and table exist and take values.
    QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::LegalName,
                               QStringLiteral("Harbour Freight Analytics B.V.")));
    QVERIFY(document->addRow(Entity::ScopeExclusion, {QStringLiteral("Canteen Wi-Fi"), QStringLiteral("Guests only")},
                             QStringLiteral("Add")));
    document.reset();

    QCOMPARE(headerUserVersion(path), quint32(schema::CurrentVersion));
    const QStringList columns = sqliteColumns(path, QStringLiteral("organisation"));
    for (const char *column : {"legal_name", "sector", "headcount", "locations", "isms_manager", "description"})
        QVERIFY2(columns.contains(QLatin1String(column)), column);
    QCOMPARE(sqliteColumns(path, QStringLiteral("scope_exclusion")),
             (QStringList{QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("exclusion"),
                          QStringLiteral("justification")}));
    QCOMPARE(sqliteQuickCheck(path), QStringLiteral("ok"));
    QVERIFY2(Database::check(path).isEmpty(), qPrintable(Database::check(path)));
    // The upgraded file keeps the fixture's history.
    const QVariantList history =
        sqliteQuery(path, QStringLiteral("SELECT field FROM change_log WHERE changed_by = 'fixture' ORDER BY id"));
    QCOMPARE(history, (QVariantList{QStringLiteral("created"), QStringLiteral("name")}));

    // The backup is left alone from now on.
    QVERIFY2(readAll(backup) == original, "the backup must not change after the upgrade");
    QCOMPARE(headerUserVersion(backup), 1u);

    // Opening again needs no migration and takes no second backup.
    document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->migrationBackupPath().isEmpty());
    QCOMPARE(document->organisation().read().legalName, QStringLiteral("Harbour Freight Analytics B.V."));
    QCOMPARE(document->scopeExclusions().all().size(), size_t(1));
    document.reset();
    QCOMPARE(dir.entries(), (QStringList{QStringLiteral("v1.isms"), QStringLiteral("v1.isms.v1.bak")}));
}

void TestDatabase::migrateV1RefusedWhenReadOnly()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = copyFixture(FixtureName, dir);
    QVERIFY2(!path.isEmpty(), qPrintable(fixturePath(FixtureName)));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    QString error;
    auto document = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(!document, "an old file that cannot be written cannot be upgraded");
    QVERIFY2(error.contains(QLatin1String("older file format")) && error.contains(QLatin1String("upgraded")),
             qPrintable(error));
    QCOMPARE(fileState(path), before);
    QCOMPARE(dir.entries(), QStringList{FixtureName});
}

void TestDatabase::migrationIsAllOrNothing()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = copyFixture(FixtureName, dir);
    QVERIFY2(!path.isEmpty(), qPrintable(fixturePath(FixtureName)));
    // A table in the way makes the last statement of the v1 -> v2 step fail, after
    // the step has already added the new organisation columns.
    QString error;
    sqliteQuery(path, QStringLiteral("CREATE TABLE scope_exclusion (note TEXT)"), &error, false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList columnsBefore = sqliteColumns(path, QStringLiteral("organisation"));
    const QByteArray bytesBefore = readAll(path);

    auto document = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(!document, "the upgrade must fail");
    QVERIFY2(error.contains(QLatin1String("Unable to upgrade")) && error.contains(QLatin1String("file format 2")),
             qPrintable(error));

    // Nothing of the failed step landed.
    QCOMPARE(headerUserVersion(path), 1u);
    QCOMPARE(sqliteColumns(path, QStringLiteral("organisation")), columnsBefore);
    QVERIFY(!columnsBefore.contains(QStringLiteral("legal_name")));
    QCOMPARE(sqliteColumns(path, QStringLiteral("scope_exclusion")), QStringList{QStringLiteral("note")});
    QVERIFY2(readAll(path) == bytesBefore, "a rolled-back upgrade leaves the file as it was");
    QCOMPARE(sqliteQuickCheck(path), QStringLiteral("ok"));
    // The backup taken before the attempt is kept; nothing else is left beside the file.
    QCOMPARE(dir.entries(), (QStringList{QStringLiteral("v1.isms"), QStringLiteral("v1.isms.v1.bak")}));
    QVERIFY(readAll(dir.file(QStringLiteral("v1.isms.v1.bak"))) == bytesBefore);

    // Trying again fails the same way and does no harm.
    QVERIFY(!Document::open(path, Database::Access::ReadWrite, &error));
    QCOMPARE(headerUserVersion(path), 1u);
    QVERIFY(readAll(path) == bytesBefore);
}

void TestDatabase::saveCopy()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("original.isms"));
    const QString copy = dir.file(QStringLiteral("copy.isms"));

    QString error;
    auto document = Document::create(path, QStringLiteral("Copy Ltd"), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::ScopeStatement,
                               QStringLiteral("Everything we do.")));
    QVERIFY(document->addRow(Entity::ScopeExclusion, {QStringLiteral("Canteen"), QStringLiteral("No data")},
                             QStringLiteral("Add")));
    QVERIFY2(document->saveCopy(copy, &error), qPrintable(error));
    QCOMPARE(fileMode(copy), OwnerReadWrite);
    QVERIFY2(Database::check(copy).isEmpty(), qPrintable(Database::check(copy)));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".lock")));

    // The original stays open and writable; the copy is a file of its own.
    QVERIFY(document->setValue(Entity::Organisation, Organisation::RowId, Organisation::Name,
                               QStringLiteral("Original Ltd")));
    auto copied = Document::open(copy, Database::Access::ReadWrite, &error);
    QVERIFY2(copied, qPrintable(error));
    QVERIFY2(!copied->isReadOnly(), qPrintable(copied->readOnlyReason()));
    const Organisation organisation = copied->organisation().read();
    QCOMPARE(organisation.name, QStringLiteral("Copy Ltd"));
    QCOMPARE(organisation.scopeStatement, QStringLiteral("Everything we do."));
    QCOMPARE(organisation.uid, document->organisation().read().uid);
    QCOMPARE(copied->scopeExclusions().all().size(), size_t(1));
    QCOMPARE(copied->changeLog().count(), document->changeLog().count() - 1);
    QCOMPARE(copied->catalog().controls.size(), size_t(93));
}

void TestDatabase::saveCopyRefusesExistingTarget()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("original.isms"));
    const QString target = dir.file(QStringLiteral("existing.isms"));
    QVERIFY(writeFile(target, "keep me\n"));
    QVERIFY(backdate(target));
    const FileState before = fileState(target);

    QString error;
    auto document = Document::create(path, QStringLiteral("Copy Ltd"), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->saveCopy(target, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(fileState(target), before);
}

void TestDatabase::transactionNesting()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("tx.isms"));
    QString error;
    auto db = Database::create(path, &error);
    QVERIFY2(db, qPrintable(error));
    MetaStore meta(*db);

    {
        Transaction outer(*db);
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY2(meta.setValue(QStringLiteral("test.outer"), QStringLiteral("kept"), &error), qPrintable(error));
        {
            Transaction inner(*db);
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QCOMPARE(db->transactionDepth(), 2);
            QVERIFY2(meta.setValue(QStringLiteral("test.inner"), QStringLiteral("dropped"), &error),
                     qPrintable(error));
            QVERIFY2(meta.setValue(QStringLiteral("test.outer"), QStringLiteral("overwritten"), &error),
                     qPrintable(error));
            // No commit: the savepoint rolls back, the outer work stays.
        }
        QCOMPARE(db->transactionDepth(), 1);
        QCOMPARE(meta.value(QStringLiteral("test.outer")), QStringLiteral("kept"));
        QVERIFY(meta.value(QStringLiteral("test.inner")).isEmpty());
        {
            Transaction inner(*db);
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QVERIFY2(meta.setValue(QStringLiteral("test.second"), QStringLiteral("released"), &error),
                     qPrintable(error));
            QVERIFY2(inner.commit(), qPrintable(inner.error()));
        }
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY2(outer.commit(), qPrintable(outer.error()));
    }
    QCOMPARE(db->transactionDepth(), 0);
    db.reset();

    // What was committed is in the file, as another connection sees it.
    QCOMPARE(sqliteQuery(path, QStringLiteral("SELECT value FROM meta WHERE key LIKE 'test.%' ORDER BY key")),
             (QVariantList{QStringLiteral("kept"), QStringLiteral("released")}));
}

void TestDatabase::transactionGuardRollsBack()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("tx.isms"));
    QString error;
    auto db = Database::create(path, &error);
    QVERIFY2(db, qPrintable(error));
    MetaStore meta(*db);
    {
        Transaction outer(*db);
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QVERIFY(meta.setValue(QStringLiteral("test.outer"), QStringLiteral("gone"), &error));
        {
            Transaction inner(*db);
            QVERIFY(meta.setValue(QStringLiteral("test.inner"), QStringLiteral("gone too"), &error));
            QVERIFY2(inner.commit(), qPrintable(inner.error()));
        }
        // The outer guard goes without commit: everything, the released savepoint
        // included, rolls back.
    }
    QCOMPARE(db->transactionDepth(), 0);
    QVERIFY(meta.value(QStringLiteral("test.outer")).isEmpty());
    QVERIFY(meta.value(QStringLiteral("test.inner")).isEmpty());
    // A committed guard cannot be committed twice.
    Transaction once(*db);
    QVERIFY(once.commit());
    QVERIFY(!once.commit());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
