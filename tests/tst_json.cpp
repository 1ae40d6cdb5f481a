// The JSON export and import of a whole document: a byte-exact round trip, all or
// nothing on import, and messages that say where the input is wrong.

#include "testutil.h"

#include "document.h"
#include "domain/organisation.h"
#include "io/jsonio.h"
#include "sample.h"
#include "stores/changelogstore.h"
#include "stores/organisationstore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace rampart;
using namespace rampart::test;

namespace {

using Mutation = std::function<void(QJsonObject &root)>;

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(sampleJson()).object();
}

QByteArray mutated(const Mutation &mutate)
{
    QJsonObject root = sampleObject();
    mutate(root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Edits one member of a nested object in place (QJsonObject has value semantics).
void editOrganisation(QJsonObject &root, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject organisation = root.value(QLatin1String("organisation")).toObject();
    edit(organisation);
    root.insert(QLatin1String("organisation"), organisation);
}

void editExclusion(QJsonObject &root, qsizetype index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject scope = root.value(QLatin1String("scope")).toObject();
    QJsonArray exclusions = scope.value(QLatin1String("exclusions")).toArray();
    QJsonObject exclusion = exclusions.at(index).toObject();
    edit(exclusion);
    exclusions.replace(index, exclusion);
    scope.insert(QLatin1String("exclusions"), exclusions);
    root.insert(QLatin1String("scope"), scope);
}

QString contentDifference(const DocumentContent &a, const DocumentContent &b)
{
    for (int field = 0; field < Organisation::FieldCount; ++field) {
        const QVariant x = OrganisationStore::fieldValue(a.organisation, field);
        const QVariant y = OrganisationStore::fieldValue(b.organisation, field);
        if (x != y)
            return QStringLiteral("organisation field %1: \"%2\" / \"%3\"").arg(field).arg(x.toString(), y.toString());
    }
    if (a.organisation.uid != b.organisation.uid)
        return QStringLiteral("organisation uid");
    if (a.scopeExclusions.size() != b.scopeExclusions.size())
        return QStringLiteral("exclusion count %1 / %2").arg(a.scopeExclusions.size()).arg(b.scopeExclusions.size());
    for (size_t i = 0; i < a.scopeExclusions.size(); ++i) {
        const ScopeExclusion &x = a.scopeExclusions[i];
        const ScopeExclusion &y = b.scopeExclusions[i];
        if (x.uid != y.uid || x.exclusion != y.exclusion || x.justification != y.justification)
            return QStringLiteral("exclusion %1").arg(i);
    }
    return {};
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripSample();
    void roundTripOddText();
    void importReplacesContent();
    void exportHasNoTimestampsAndFixedOrder();
    void exportIsWrittenAsItIsMade();
    void importIsAllOrNothingOnBadInput();
    void importIsAllOrNothingOnWriteFailure();
    void badInput_data();
    void badInput();
    void importIntoReadOnlyDocumentRefused();
    void importOfMissingFile();
    void exportToUnwritablePlaceLeavesNoFile();

private:
    // Exports document to path and returns the bytes.
    static QByteArray exportBytes(const Document &document, const QString &path, QString *error);
};

QByteArray TestJson::exportBytes(const Document &document, const QString &path, QString *error)
{
    if (!JsonIo::exportTo(document, path, error))
        return {};
    return readAll(path);
}

void TestJson::roundTripSample()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString samplePath = dir.file(QStringLiteral("sample.isms"));
    QVERIFY2(createSample(samplePath, &error), qPrintable(error));
    auto sample = Document::open(samplePath, Database::Access::ReadWrite, &error);
    QVERIFY2(sample, qPrintable(error));

    const QByteArray first = exportBytes(*sample, dir.file(QStringLiteral("first.json")), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(first, JsonIo::toJson(*sample));
    // The export says what the bundled sample says.
    QCOMPARE(QJsonDocument::fromJson(first).object(), sampleObject());

    auto target = Document::create(dir.file(QStringLiteral("target.isms")), QString(), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY2(JsonIo::importFrom(*target, dir.file(QStringLiteral("first.json")), &error), qPrintable(error));
    const QByteArray second = exportBytes(*target, dir.file(QStringLiteral("second.json")), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QCOMPARE(second, first);
    const QString diff = contentDifference(sample->content(), target->content());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // And once more, into a file reopened from disk.
    target.reset();
    target = Document::open(dir.file(QStringLiteral("target.isms")), Database::Access::ReadOnly, &error);
    QVERIFY2(target, qPrintable(error));
    QCOMPARE(JsonIo::toJson(*target), first);
}

void TestJson::roundTripOddText()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    auto source = Document::create(dir.file(QStringLiteral("odd.isms")), QStringLiteral("\"Quoted\" & Co's <Ltd>"),
                                   &error);
    QVERIFY2(source, qPrintable(error));

    const QString quotes = QStringLiteral("He said \"no\", she said 'yes'; a back\\slash and a / slash");
    const QString newlines = QStringLiteral("Line one\nLine two\r\nLine three\n\n\tTabbed line\n");
    const QString html = QStringLiteral("<script>alert('x')</script> &amp; <b>bold</b> </table>");
    const QString emoji = QStringLiteral("Locked down \U0001F510 and shipped \U0001F680 (\u00e9t\u00e9, \u00df)");
    const QString rtl = QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u2014 "
                                       "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 "
                                       "(ISO 27001)");
    const QString padded = QStringLiteral("   spaces around   ");
    const std::pair<int, QVariant> values[] = {
        {Organisation::LegalName, html},
        {Organisation::Sector, emoji},
        {Organisation::Headcount, 42},
        {Organisation::Locations, newlines},
        {Organisation::IsmsManager, rtl},
        {Organisation::Description, quotes},
        {Organisation::ScopeStatement, padded + newlines},
        {Organisation::ScopeBoundaries, rtl + QLatin1Char('\n') + emoji},
        {Organisation::ScopeInterfaces, QString()},
    };
    for (const auto &[field, value] : values) {
        if (!value.toString().isEmpty())
            QVERIFY2(source->setValue(Entity::Organisation, Organisation::RowId, field, value), qPrintable(QString::number(field)));
    }
    for (const QString &text : {quotes, newlines, html, emoji, rtl, padded})
        QVERIFY(source->addRow(Entity::ScopeExclusion, {text, text + text}, QStringLiteral("Add")));

    const QString firstPath = dir.file(QStringLiteral("odd.json"));
    const QByteArray first = exportBytes(*source, firstPath, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QVERIFY2(QJsonDocument::fromJson(first).isObject(), "the export is valid JSON");

    auto target = Document::create(dir.file(QStringLiteral("target.isms")), QStringLiteral("Other"), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY2(JsonIo::importFrom(*target, firstPath, &error), qPrintable(error));
    const QByteArray second = exportBytes(*target, dir.file(QStringLiteral("again.json")), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QCOMPARE(second, first);

    const DocumentContent content = target->content();
    const QString diff = contentDifference(source->content(), content);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(content.organisation.name, QStringLiteral("\"Quoted\" & Co's <Ltd>"));
    QCOMPARE(content.organisation.sector, emoji);
    QCOMPARE(content.organisation.ismsManager, rtl);
    QCOMPARE(content.organisation.locations, newlines);
    QCOMPARE(content.organisation.scopeStatement, padded + newlines);
    QCOMPARE(content.organisation.headcount, 42);
    QCOMPARE(content.scopeExclusions.size(), size_t(6));
    QCOMPARE(content.scopeExclusions[2].exclusion, html);
    QCOMPARE(content.scopeExclusions[4].justification, rtl + rtl);
}

void TestJson::importReplacesContent()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString json = dir.file(QStringLiteral("sample.json"));
    QVERIFY(writeFile(json, sampleJson()));
    auto target = Document::create(dir.file(QStringLiteral("target.isms")), QStringLiteral("Old name"), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(target->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector, QStringLiteral("Old")));
    QVERIFY(target->addRow(Entity::ScopeExclusion, {QStringLiteral("Old exclusion"), QString()}, QStringLiteral("Add")));
    QVERIFY(target->undoStack()->count() > 0);
    const qint64 logCount = target->changeLog().count();
    QSignalSpy changed(target.get(), &Document::changed);

    QVERIFY2(JsonIo::importFrom(*target, json, &error), qPrintable(error));
    const DocumentContent content = target->content();
    QCOMPARE(content.organisation.name, QStringLiteral("Kestrel Cloudworks"));
    QCOMPARE(content.organisation.uid, QStringLiteral("72f6547d-e21d-47a2-bf1a-1089c6470513"));
    QCOMPARE(content.organisation.headcount, 150);
    QCOMPARE(content.scopeExclusions.size(), size_t(2));
    QCOMPARE(content.scopeExclusions[0].uid, QStringLiteral("92e3a6f7-e30c-489d-83ec-b9bbe4469e1f"));
    // One announcement for the whole import, and no undo across it.
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<Change>().kind == Change::Kind::Reset);
    QCOMPARE(target->undoStack()->count(), 0);
    // The audit trail has every field and row that changed, and the import itself.
    QVERIFY(target->changeLog().count() > logCount);
    const ChangeLogEntry last = target->changeLog().latest(1).at(0);
    QCOMPARE(last.entity, QStringLiteral("document"));
    QCOMPARE(last.field, QStringLiteral("import"));
}

void TestJson::exportHasNoTimestampsAndFixedOrder()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    auto a = Document::create(dir.file(QStringLiteral("a.isms")), QStringLiteral("Same"), &error);
    QVERIFY2(a, qPrintable(error));
    QTest::qWait(20);
    auto b = Document::create(dir.file(QStringLiteral("b.isms")), QStringLiteral("Same"), &error);
    QVERIFY2(b, qPrintable(error));
    // Different files, made at different times: only the uid tells them apart.
    const QString uidA = a->organisation().read().uid;
    const QString uidB = b->organisation().read().uid;
    QVERIFY(uidA != uidB);
    // Every row has a uid of its own (the organisation's, each SoA row's): mask them all.
    const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    const QString jsonA = QString::fromUtf8(JsonIo::toJson(*a)).replace(uuid, QStringLiteral("UID"));
    const QString jsonB = QString::fromUtf8(JsonIo::toJson(*b)).replace(uuid, QStringLiteral("UID"));
    QCOMPARE(jsonA, jsonB);
    QCOMPARE(JsonIo::toJson(*a), JsonIo::toJson(*a));
}

// The long arrays (assets, risks) are written one element at a time; the bytes are
// those QJsonDocument writes for the whole, with and without rows, with odd text.
void TestJson::exportIsWrittenAsItIsMade()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString samplePath = dir.file(QStringLiteral("sample.isms"));
    QVERIFY2(createSample(samplePath, &error), qPrintable(error));
    auto sample = Document::open(samplePath, Database::Access::ReadWrite, &error);
    QVERIFY2(sample, qPrintable(error));
    auto empty = Document::create(dir.file(QStringLiteral("empty.isms")), QStringLiteral("Empty"), &error);
    QVERIFY2(empty, qPrintable(error));
    for (const Document *doc : {sample.get(), empty.get()}) {
        const QByteArray streamed = JsonIo::toJson(*doc);
        QJsonParseError parseError;
        const QJsonDocument whole = QJsonDocument::fromJson(streamed, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(streamed, whole.toJson(QJsonDocument::Indented));
        QVERIFY(whole.object().value(QStringLiteral("risks")).isArray());
        QVERIFY(whole.object().value(QStringLiteral("assets")).isArray());
    }
    QVERIFY(QJsonDocument::fromJson(JsonIo::toJson(*sample)).object().value(QStringLiteral("risks")).toArray().size() > 10);

    // A user's text that holds what stands in for the long arrays while they are
    // written, in a section before the risks: it stays text, and the risks are written
    // where they belong.
    const QString lookalike = QStringLiteral("\u0001rampart-streamed:risks\u0001");
    QVERIFY(sample->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector, lookalike));
    const QByteArray tricky = JsonIo::toJson(*sample);
    const QJsonObject trickyRoot = QJsonDocument::fromJson(tricky).object();
    QCOMPARE(tricky, QJsonDocument(trickyRoot).toJson(QJsonDocument::Indented));
    QCOMPARE(trickyRoot.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("sector")).toString(), lookalike);
    QVERIFY(trickyRoot.value(QStringLiteral("risks")).toArray().size() > 10);

    // A device that takes no more: the export says so.
    QBuffer refusing;
    refusing.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QVERIFY(!JsonIo::write(*sample, &refusing));
}

void TestJson::importIsAllOrNothingOnBadInput()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString path = dir.file(QStringLiteral("target.isms"));
    auto target = Document::create(path, QStringLiteral("Target Ltd"), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(target->addRow(Entity::ScopeExclusion, {QStringLiteral("Kept"), QStringLiteral("Because")},
                           QStringLiteral("Add")));
    const QByteArray contentBefore = JsonIo::toJson(*target);
    const qint64 logCount = target->changeLog().count();
    const int undoSteps = target->undoStack()->count();
    QSignalSpy changed(target.get(), &Document::changed);

    // The first exclusion and the organisation are fine; the second exclusion is not.
    const QString json = dir.file(QStringLiteral("bad.json"));
    QVERIFY(writeFile(json, mutated([](QJsonObject &root) {
        editExclusion(root, 1, [](QJsonObject &e) { e.insert(QLatin1String("exclusion"), QString()); });
    })));
    QVERIFY(!JsonIo::importFrom(*target, json, &error));
    QVERIFY2(error.contains(QLatin1String("scope.exclusions[1].exclusion")), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*target), contentBefore);
    QCOMPARE(target->changeLog().count(), logCount);
    QCOMPARE(target->undoStack()->count(), undoSteps);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(target->database().transactionDepth(), 0);
}

void TestJson::importIsAllOrNothingOnWriteFailure()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString path = dir.file(QStringLiteral("target.isms"));
    auto target = Document::create(path, QStringLiteral("Target Ltd"), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(target->addRow(Entity::ScopeExclusion, {QStringLiteral("Kept"), QStringLiteral("Because")},
                           QStringLiteral("Add")));
    // A trigger the test plants makes the database refuse the second exclusion, after
    // the organisation fields, the removal of the old rows and the first insert have
    // all been written inside the import's transaction.
    {
        QSqlQuery query(target->database().connection());
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON scope_exclusion"
                                           " WHEN NEW.exclusion = 'boom'"
                                           " BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END")),
                 qPrintable(query.lastError().text()));
    }
    const QByteArray contentBefore = JsonIo::toJson(*target);
    const qint64 logCount = target->changeLog().count();
    const int undoSteps = target->undoStack()->count();
    QSignalSpy changed(target.get(), &Document::changed);

    const QString json = dir.file(QStringLiteral("boom.json"));
    QVERIFY(writeFile(json, mutated([](QJsonObject &root) {
        editExclusion(root, 1, [](QJsonObject &e) { e.insert(QLatin1String("exclusion"), QStringLiteral("boom")); });
    })));
    QVERIFY(!JsonIo::importFrom(*target, json, &error));
    QVERIFY2(error.contains(QLatin1String("refused by the test trigger")), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*target), contentBefore);
    QCOMPARE(target->changeLog().count(), logCount);
    QCOMPARE(target->undoStack()->count(), undoSteps);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(target->database().transactionDepth(), 0);

    // The document is still usable, and later edits announce only themselves.
    QVERIFY(target->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector, QStringLiteral("After")));
    QCOMPARE(changed.count(), 1);
    const Change c = changed.at(0).at(0).value<Change>();
    QVERIFY(c.kind == Change::Kind::Updated && c.field == Organisation::Sector);
    target.reset();

    // Nothing of the failed import is in the file either.
    auto reopened = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->organisation().read().name, QStringLiteral("Target Ltd"));
    QCOMPARE(reopened->scopeExclusions().all().size(), size_t(1));
    QCOMPARE(reopened->scopeExclusions().all().at(0).exclusion, QStringLiteral("Kept"));
}

void TestJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    // Qt stops just after the first character it cannot accept: column 4 is inside
    // the stray word that starts at column 3.
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"rampart-isms\",\n  \"formatVersion\": 1,\n  oops\n}\n")
                              << "bad.json: line 4, column 4: ";
    QTest::newRow("not JSON, after multi-byte text")
        << QByteArray("{\n  \"format\": \"\xc3\xa9t\xc3\xa9\" x\n}") << "bad.json: line 2, column 20: ";
    QTest::newRow("not JSON, unterminated") << QByteArray("{\n  \"format\": \"rampart-isms\"")
                                            << "bad.json: line 2, column ";
    QTest::newRow("top level is a list") << QByteArray("[1, 2]") << "bad.json: the top level must be an object";
    QTest::newRow("wrong format name") << mutated([](QJsonObject &root) {
        root.insert(QLatin1String("format"), QStringLiteral("rampart-risks"));
    }) << "bad.json: this is not a Rampart ISMS export (\"format\" must be \"rampart-isms\")";
    QTest::newRow("formatVersion 99") << mutated([](QJsonObject &root) {
        root.insert(QLatin1String("formatVersion"), 99);
    }) << "bad.json: written by a newer version of Rampart (format version 99";
    QTest::newRow("formatVersion missing") << mutated([](QJsonObject &root) {
        root.remove(QLatin1String("formatVersion"));
    }) << "bad.json: formatVersion: expected a whole number";
    QTest::newRow("unknown top-level field") << mutated([](QJsonObject &root) {
        root.insert(QLatin1String("risques"), QJsonArray());
    }) << "bad.json: risques: unknown field";
    QTest::newRow("unknown organisation field") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("colour"), QStringLiteral("blue")); });
    }) << "bad.json: organisation.colour: unknown field";
    QTest::newRow("unknown exclusion field") << mutated([](QJsonObject &root) {
        editExclusion(root, 1, [](QJsonObject &e) { e.insert(QLatin1String("owner"), QStringLiteral("me")); });
    }) << "bad.json: scope.exclusions[1].owner: unknown field";
    QTest::newRow("headcount \"many\"") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("headcount"), QStringLiteral("many")); });
    }) << "bad.json: organisation.headcount: expected a whole number of 0 or more";
    QTest::newRow("headcount negative") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("headcount"), -4); });
    }) << "bad.json: organisation.headcount: ";
    QTest::newRow("headcount fraction") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("headcount"), 12.5); });
    }) << "bad.json: organisation.headcount: ";
    QTest::newRow("name a number") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("name"), 7); });
    }) << "bad.json: organisation.name: expected text";
    QTest::newRow("name missing") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.remove(QLatin1String("name")); });
    }) << "bad.json: organisation.name: is missing";
    QTest::newRow("organisation not an object") << mutated([](QJsonObject &root) {
        root.insert(QLatin1String("organisation"), QStringLiteral("Acme"));
    }) << "bad.json: organisation: expected an object";
    QTest::newRow("exclusions not a list") << mutated([](QJsonObject &root) {
        QJsonObject scope = root.value(QLatin1String("scope")).toObject();
        scope.insert(QLatin1String("exclusions"), QStringLiteral("none"));
        root.insert(QLatin1String("scope"), scope);
    }) << "bad.json: scope.exclusions: expected a list";
    QTest::newRow("duplicate uid") << mutated([](QJsonObject &root) {
        const QString uid = QStringLiteral("92e3a6f7-e30c-489d-83ec-b9bbe4469e1f");
        editExclusion(root, 1, [uid](QJsonObject &e) { e.insert(QLatin1String("uid"), uid); });
    }) << "bad.json: scope.exclusions[1].uid: \"92e3a6f7-e30c-489d-83ec-b9bbe4469e1f\" appears twice";
    QTest::newRow("bad exclusion uid") << mutated([](QJsonObject &root) {
        editExclusion(root, 0, [](QJsonObject &e) { e.insert(QLatin1String("uid"), QStringLiteral("not-a-uuid")); });
    }) << "bad.json: scope.exclusions[0].uid: \"not-a-uuid\" is not a UUID";
    QTest::newRow("bad organisation uid") << mutated([](QJsonObject &root) {
        editOrganisation(root, [](QJsonObject &o) { o.insert(QLatin1String("uid"), QStringLiteral("1234")); });
    }) << "bad.json: organisation.uid: \"1234\" is not a UUID";
    QTest::newRow("empty exclusion text") << mutated([](QJsonObject &root) {
        editExclusion(root, 0, [](QJsonObject &e) { e.insert(QLatin1String("exclusion"), QStringLiteral("  \n ")); });
    }) << "bad.json: scope.exclusions[0].exclusion: must not be empty";
    QTest::newRow("exclusion missing") << mutated([](QJsonObject &root) {
        editExclusion(root, 0, [](QJsonObject &e) { e.remove(QLatin1String("exclusion")); });
    }) << "bad.json: scope.exclusions[0].exclusion: is missing";
    QTest::newRow("wrong catalog standard") << mutated([](QJsonObject &root) {
        root.insert(QLatin1String("catalog"), QJsonObject{{QStringLiteral("standard"), QStringLiteral("ISO/IEC 27001:2013")}});
    }) << "bad.json: catalog.standard: the export is based on \"ISO/IEC 27001:2013\", but this file carries "
          "\"ISO/IEC 27001:2022\"";
}

void TestJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString path = dir.file(QStringLiteral("target.isms"));
    auto target = Document::create(path, QStringLiteral("Target Ltd"), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(target->addRow(Entity::ScopeExclusion, {QStringLiteral("Kept"), QString()}, QStringLiteral("Add")));
    const QByteArray contentBefore = JsonIo::toJson(*target);
    const qint64 logCount = target->changeLog().count();
    const QString input = dir.file(QStringLiteral("bad.json"));
    QVERIFY(writeFile(input, json));
    const FileState before = fileState(path);

    // parse() alone, then the whole import.
    DocumentContent content;
    QVERIFY(!JsonIo::parse(json, QStringLiteral("bad.json"), target->catalog(), &content, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    error.clear();
    QVERIFY(!JsonIo::importFrom(*target, input, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), qsizetype(0));

    QCOMPARE(JsonIo::toJson(*target), contentBefore);
    QCOMPARE(target->changeLog().count(), logCount);
    QCOMPARE(fileState(path), before);
}

void TestJson::importIntoReadOnlyDocumentRefused()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString path = dir.file(QStringLiteral("ro.isms"));
    const QString created = createRampartFile(path, QStringLiteral("Read Only Ltd"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString json = dir.file(QStringLiteral("sample.json"));
    QVERIFY(writeFile(json, sampleJson()));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    auto document = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    QSignalSpy changed(document.get(), &Document::changed);
    QVERIFY(!JsonIo::importFrom(*document, json, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    // Even straight to the Document, the content cannot be replaced.
    DocumentContent content;
    QVERIFY2(JsonIo::parse(sampleJson(), QStringLiteral("sample.json"), document->catalog(), &content, &error),
             qPrintable(error));
    QVERIFY(!document->replaceContent(content, &error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document->organisation().read().name, QStringLiteral("Read Only Ltd"));
    document.reset();
    QCOMPARE(fileState(path), before);
}

void TestJson::importOfMissingFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    auto document = Document::create(dir.file(QStringLiteral("t.isms")), QStringLiteral("T"), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!JsonIo::importFrom(*document, dir.file(QStringLiteral("nowhere.json")), &error));
    QVERIFY2(error.contains(QLatin1String("nowhere.json")), qPrintable(error));
}

void TestJson::exportToUnwritablePlaceLeavesNoFile()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    auto document = Document::create(dir.file(QStringLiteral("t.isms")), QStringLiteral("T"), &error);
    QVERIFY2(document, qPrintable(error));
    const QString target = dir.file(QStringLiteral("no-such-folder/out.json"));
    QVERIFY(!JsonIo::exportTo(*document, target, &error));
    QVERIFY2(error.contains(QLatin1String("out.json")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    // While the file is open: its lock, and SQLite's write-ahead log; nothing of the export.
    QCOMPARE(dir.entries(), (QStringList{QStringLiteral("t.isms"), QStringLiteral("t.isms-shm"),
                                         QStringLiteral("t.isms-wal"), QStringLiteral("t.isms.lock")}));
    document.reset();
    QCOMPARE(dir.entries(), QStringList{QStringLiteral("t.isms")});
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
