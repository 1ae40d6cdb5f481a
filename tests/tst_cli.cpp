// rampart-cli, the real binary on real files: exit codes, one-line errors, and files
// left alone when a command fails.

#include "testutil.h"

#include "storage/schema.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTest>

#include <functional>

using namespace rampart;
using namespace rampart::test;

namespace {

using Preparation = std::function<QString(const QString &path)>;

QJsonObject parseObject(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return doc.object();
}

} // namespace

Q_DECLARE_METATYPE(Preparation)

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void helpAndVersion();
    void newThenInfoJson();
    void infoText();
    void checkHealthyFile();
    void refusedFiles_data();
    void refusedFiles();
    void sample();
    void exportImportRoundTrip();
    void importBrokenJsonLeavesFileAlone();
    void importIntoLockedFileFails();
    void importUpgradesOldFile();
    void usageErrors_data();
    void usageErrors();
    void newRefusesExistingFile();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
}

void TestCli::helpAndVersion()
{
    CliResult r = runCli({QStringLiteral("--help")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe({QStringLiteral("--help")})));
    QVERIFY2(r.out.contains(QLatin1String("Usage: rampart-cli COMMAND FILE")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());

    r = runCli({QStringLiteral("--version")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe({QStringLiteral("--version")})));
    QVERIFY2(r.out.contains(QStringLiteral("file format %1").arg(schema::CurrentVersion)), qPrintable(r.out));
}

void TestCli::newThenInfoJson()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("x.isms"));
    const QString name = QStringLiteral("Acme Widgets \u00c9tablissement");
    QStringList args = {QStringLiteral("new"), file, QStringLiteral("--org"), name};
    CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(fileMode(file), 0600);
    // Self-contained once the command has finished.
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("x.isms")});

    args = QStringList{QStringLiteral("info"), QStringLiteral("--json"), file};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QString error;
    const QJsonObject info = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + r.out));
    QCOMPARE(info.value(QLatin1String("organisation")).toString(), name);
    QCOMPARE(info.value(QLatin1String("schemaVersion")).toInt(), schema::CurrentVersion);
    QCOMPARE(info.value(QLatin1String("readOnly")).toBool(true), false);
    QCOMPARE(info.value(QLatin1String("changeLogEntries")).toInt(), 1);
    const QJsonObject catalog = info.value(QLatin1String("catalog")).toObject();
    QCOMPARE(catalog.value(QLatin1String("standard")).toString(), QStringLiteral("ISO/IEC 27001:2022"));
    QCOMPARE(catalog.value(QLatin1String("controls")).toInt(), 93);
    QCOMPARE(catalog.value(QLatin1String("clauses")).toInt(), 41);
    const QJsonObject perTheme = catalog.value(QLatin1String("controlsPerTheme")).toObject();
    QCOMPARE(perTheme.value(QLatin1String("Organizational")).toInt(), 37);
    QCOMPARE(perTheme.value(QLatin1String("People")).toInt(), 8);
    QCOMPARE(perTheme.value(QLatin1String("Physical")).toInt(), 14);
    QCOMPARE(perTheme.value(QLatin1String("Technological")).toInt(), 34);
    const QJsonObject scope = info.value(QLatin1String("scope")).toObject();
    QCOMPARE(scope.value(QLatin1String("statementPresent")).toBool(true), false);
    QCOMPARE(scope.value(QLatin1String("exclusions")).toInt(-1), 0);

    // --json after the file works the same.
    args = QStringList{QStringLiteral("info"), file, QStringLiteral("--json")};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QCOMPARE(parseObject(r.out, &error), info);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("x.isms")});
}

void TestCli::infoText()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("x.isms"));
    const QString created = createRampartFile(file, QStringLiteral("Text Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));

    const QStringList args = {QStringLiteral("info"), file};
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    for (const QString &line :
         {QStringLiteral("File:              %1").arg(file), QStringLiteral("File format:       %1").arg(schema::CurrentVersion),
          QStringLiteral("Organisation:      Text Ltd"), QStringLiteral("Catalog:           ISO/IEC 27001:2022"),
          QStringLiteral("Clauses:           41"),
          QStringLiteral("Annex A controls:  93 (37 Organizational, 8 People, 14 Physical, 34 Technological)"),
          QStringLiteral("Scope statement:   missing"),
          QStringLiteral("Scope exclusions:  0 (0 without justification)"),
          QStringLiteral("Change log:        1 entries")})
        QVERIFY2(r.out.contains(line), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line, r.out)));
    // Opened read-only by the command itself: that is not a property of the file.
    QVERIFY2(!r.out.contains(QLatin1String("read-only")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::checkHealthyFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("good.isms"));
    const QString created = createRampartFile(file);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);
    const QStringList args = {QStringLiteral("check"), file};
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    // The first line is the health of the file; SoA completeness warnings may follow.
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("%1: OK").arg(file));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(fileState(file), before);
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("good.isms")});
}

void TestCli::refusedFiles_data()
{
    QTest::addColumn<Preparation>("prepare");
    QTest::addColumn<QString>("meaning");

    QTest::newRow("missing") << Preparation([](const QString &) { return QString(); }) << "does not exist";
    QTest::newRow("text file") << Preparation([](const QString &path) {
        return writeFile(path, "name,risk\nlaptop,theft\n") ? QString() : QStringLiteral("cannot write");
    }) << "not an SQLite database";
    QTest::newRow("foreign SQLite") << Preparation(&createForeignSqlite) << "not a Rampart ISMS file";
    QTest::newRow("truncated") << Preparation([](const QString &path) {
        const QString error = createRampartFile(path);
        return error.isEmpty() ? truncateToHalf(path) : error;
    }) << "damaged";
    QTest::newRow("corrupt") << Preparation([](const QString &path) {
        const QString error = createRampartFile(path);
        return error.isEmpty() ? corruptBtreePage(path) : error;
    }) << "damaged";
    QTest::newRow("too new") << Preparation([](const QString &path) {
        const QString error = createRampartFile(path);
        return error.isEmpty() ? setUserVersion(path, 99) : error;
    }) << "newer version of Rampart";
}

void TestCli::refusedFiles()
{
    QFETCH(Preparation, prepare);
    QFETCH(QString, meaning);

    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("bad.isms"));
    const QString prepared = prepare(file);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    if (QFileInfo::exists(file))
        QVERIFY(backdate(file));
    const QString json = dir.file(QStringLiteral("in.json"));
    QVERIFY(writeFile(json, "{}"));
    const FileState before = fileState(file);
    const QStringList entries = dir.entries();

    const QList<QStringList> commands = {
        {QStringLiteral("check"), file},
        {QStringLiteral("info"), file},
        {QStringLiteral("info"), QStringLiteral("--json"), file},
        {QStringLiteral("export"), file, QStringLiteral("--json"), dir.file(QStringLiteral("out.json"))},
        {QStringLiteral("import"), file, QStringLiteral("--json"), json},
    };
    for (const QStringList &args : commands) {
        const CliResult r = runCli(args);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
        // One clear line on stderr, nothing on stdout.
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.err.startsWith(QLatin1String("rampart-cli: ")), qPrintable(r.describe(args)));
        QVERIFY2(r.err.contains(meaning), qPrintable(r.describe(args)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe(args)));
        QCOMPARE(fileState(file), before);
        QCOMPARE(dir.entries(), entries);
    }
}

void TestCli::sample()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("sample.isms"));
    QStringList args = {QStringLiteral("sample"), file};
    CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QCOMPARE(fileMode(file), 0600);

    args = QStringList{QStringLiteral("info"), QStringLiteral("--json"), file};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QString error;
    const QJsonObject info = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(info.value(QLatin1String("organisation")).toString(), QStringLiteral("Kestrel Cloudworks"));
    const QJsonObject scope = info.value(QLatin1String("scope")).toObject();
    QCOMPARE(scope.value(QLatin1String("statementPresent")).toBool(), true);
    QCOMPARE(scope.value(QLatin1String("exclusions")).toInt(), 2);
    QCOMPARE(scope.value(QLatin1String("exclusionsWithoutJustification")).toInt(-1), 0);

    args = QStringList{QStringLiteral("check"), file};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));

    // sample refuses to overwrite, like new.
    const FileState before = fileState(file);
    args = QStringList{QStringLiteral("sample"), file};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
    QCOMPARE(r.errLines().size(), qsizetype(1));
    QCOMPARE(fileState(file), before);
}

void TestCli::exportImportRoundTrip()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString source = dir.file(QStringLiteral("source.isms"));
    const QString target = dir.file(QStringLiteral("target.isms"));
    const QString first = dir.file(QStringLiteral("first.json"));
    const QString second = dir.file(QStringLiteral("second.json"));

    const QList<QStringList> steps = {
        {QStringLiteral("sample"), source},
        {QStringLiteral("export"), source, QStringLiteral("--json"), first},
        {QStringLiteral("new"), target, QStringLiteral("--org"), QStringLiteral("Placeholder")},
        {QStringLiteral("import"), target, QStringLiteral("--json"), first},
        {QStringLiteral("export"), target, QStringLiteral("--json"), second},
    };
    for (const QStringList &args : steps) {
        const CliResult r = runCli(args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe(args)));
    }
    const QByteArray a = readAll(first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(readAll(second), a);
    QVERIFY(a.contains("Kestrel Cloudworks"));

    // Exporting does not touch the file it reads.
    QVERIFY(backdate(source));
    const FileState before = fileState(source);
    const QStringList args = {QStringLiteral("export"), source, QStringLiteral("--json"),
                              dir.file(QStringLiteral("third.json"))};
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QCOMPARE(readAll(dir.file(QStringLiteral("third.json"))), a);
    QCOMPARE(fileState(source), before);
    QCOMPARE(dir.entries(), (QStringList{QStringLiteral("first.json"), QStringLiteral("second.json"),
                                         QStringLiteral("source.isms"), QStringLiteral("target.isms"),
                                         QStringLiteral("third.json")}));
}

void TestCli::importBrokenJsonLeavesFileAlone()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("x.isms"));
    const QString created = createRampartFile(file, QStringLiteral("Untouched Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);

    struct Case
    {
        QByteArray json;
        QString where;
    };
    const QList<Case> cases = {
        {"{\n  \"format\": \"rampart-isms\",\n  oops\n}\n", QStringLiteral("broken.json: line 3, column 4")},
        {R"({"format": "rampart-isms", "formatVersion": 1, "catalog": {"standard": "ISO/IEC 27001:2022"},
             "organisation": {"name": "X", "headcount": "many"}, "scope": {}})",
         QStringLiteral("broken.json: organisation.headcount")},
        {R"({"format": "rampart-isms", "formatVersion": 1, "catalog": {"standard": "ISO/IEC 27001:2022"},
             "organisation": {"name": "X"}, "scope": {"exclusions": [{"exclusion": "A"}, {"exclusion": ""}]}})",
         QStringLiteral("broken.json: scope.exclusions[1].exclusion")},
    };
    const QString json = dir.file(QStringLiteral("broken.json"));
    for (const Case &c : cases) {
        QVERIFY(writeFile(json, c.json));
        const QStringList args = {QStringLiteral("import"), file, QStringLiteral("--json"), json};
        const CliResult r = runCli(args);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.err.contains(c.where), qPrintable(r.describe(args)));
        QVERIFY2(fileState(file) == before, qPrintable(fileState(file).toString() + QLatin1String(" / ") + before.toString()));
        QCOMPARE(dir.entries(), (QStringList{QStringLiteral("broken.json"), QStringLiteral("x.isms")}));
    }

    // A JSON file that is not there.
    const QStringList args = {QStringLiteral("import"), file, QStringLiteral("--json"), dir.file(QStringLiteral("gone.json"))};
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
    QVERIFY2(r.errLines().size() == 1 && r.err.contains(QLatin1String("gone.json")), qPrintable(r.describe(args)));
    QCOMPARE(fileState(file), before);
}

void TestCli::importIntoLockedFileFails()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("x.isms"));
    const QString created = createRampartFile(file, QStringLiteral("Busy Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString json = dir.file(QStringLiteral("sample.json"));
    QStringList args = {QStringLiteral("sample"), dir.file(QStringLiteral("s.isms"))};
    CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    args = QStringList{QStringLiteral("export"), dir.file(QStringLiteral("s.isms")), QStringLiteral("--json"), json};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);

    // This test process plays the Rampart that has the file open.
    QLockFile lock(file + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(0));
    args = QStringList{QStringLiteral("import"), file, QStringLiteral("--json"), json};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
    QVERIFY2(r.errLines().size() == 1 && r.err.contains(QLatin1String("another Rampart")), qPrintable(r.describe(args)));
    QCOMPARE(fileState(file), before);

    // Reading is fine while it is open elsewhere.
    args = QStringList{QStringLiteral("info"), file};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    QVERIFY(r.out.contains(QLatin1String("Busy Ltd")));
    lock.unlock();

    args = QStringList{QStringLiteral("import"), file, QStringLiteral("--json"), json};
    r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
}

void TestCli::importUpgradesOldFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = copyFixture(QStringLiteral("v1.isms"), dir);
    QVERIFY2(!file.isEmpty(), "the v1 fixture is missing");
    const QString json = dir.file(QStringLiteral("in.json"));
    QVERIFY(writeFile(json, R"({"format": "rampart-isms", "formatVersion": 1,
        "catalog": {"standard": "ISO/IEC 27001:2022"}, "organisation": {"name": "Upgraded Ltd"}, "scope": {}})"));
    const QStringList args = {QStringLiteral("import"), file, QStringLiteral("--json"), json};
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe(args)));
    // The upgrade is reported, with where the old file went.
    QVERIFY2(r.err.contains(QLatin1String("v1.isms.v1.bak")), qPrintable(r.describe(args)));
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".v1.bak")));
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--json"), file});
    QString error;
    const QJsonObject object = parseObject(info.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(info.out + info.err));
    QCOMPARE(object.value(QLatin1String("organisation")).toString(), QStringLiteral("Upgraded Ltd"));
    QCOMPARE(object.value(QLatin1String("schemaVersion")).toInt(), schema::CurrentVersion);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    // FILE stands for a real file in the test's folder.
    QTest::newRow("no command") << QStringList() << "no command given";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("FILE")}
                                     << "unknown command 'frobnicate'";
    QTest::newRow("info without FILE") << QStringList{QStringLiteral("info")} << "info needs a FILE";
    QTest::newRow("new without FILE") << QStringList{QStringLiteral("new"), QStringLiteral("--org"), QStringLiteral("X")}
                                      << "new needs a FILE";
    QTest::newRow("export without --json") << QStringList{QStringLiteral("export"), QStringLiteral("FILE")}
                                           << "export needs --json OUT";
    QTest::newRow("import without --json") << QStringList{QStringLiteral("import"), QStringLiteral("FILE")}
                                           << "import needs either --json IN";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("FILE"),
                                                   QStringLiteral("--bogus")}
                                    << "bogus";
    QTest::newRow("extra argument") << QStringList{QStringLiteral("check"), QStringLiteral("FILE"),
                                                   QStringLiteral("FILE")}
                                    << "unexpected argument";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.file(QStringLiteral("x.isms"));
    const QString created = createRampartFile(file);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("FILE"))
            argument = file;
    }

    const CliResult r = runCli(arguments, dir.path());
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe(arguments)));
    QVERIFY2(r.err.startsWith(QLatin1String("rampart-cli: ")) && r.err.contains(message),
             qPrintable(r.describe(arguments)));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.describe(arguments)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileState(file), before);
    // Nothing was created either (not even a file called "--org").
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("x.isms")});
}

void TestCli::newRefusesExistingFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString rampart = dir.file(QStringLiteral("x.isms"));
    const QString created = createRampartFile(rampart, QStringLiteral("First Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString other = dir.file(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(other, "not ours\n"));

    for (const QString &file : {rampart, other}) {
        QVERIFY(backdate(file));
        const FileState before = fileState(file);
        const QStringList args = {QStringLiteral("new"), file, QStringLiteral("--org"), QStringLiteral("Second Ltd")};
        const CliResult r = runCli(args);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.errLines().size() == 1 && r.err.contains(QLatin1String("already exists")),
                 qPrintable(r.describe(args)));
        QCOMPARE(fileState(file), before);
    }
    QCOMPARE(dir.entries(), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("x.isms")}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
