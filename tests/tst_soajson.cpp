// The SoA in the JSON round trip: byte-identical export -> import -> export, older
// exports without an SoA, refusals that name the field, and the schema documenting
// every field the export writes.

#include "soatestutil.h"

#include "io/jsonio.h"
#include "sample.h"
#include "soa.h"
#include "stores/soastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace rampart;
using namespace rampart::soatest;

namespace {

QByteArray sampleExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.isms"));
    QString error;
    if (!createSample(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    auto doc = Document::open(path, Database::Access::ReadOnly, &error);
    return doc ? JsonIo::toJson(*doc) : QByteArray();
}

bool importJson(Document &doc, const QByteArray &json, QString *error)
{
    DocumentContent content;
    return JsonIo::parse(json, QStringLiteral("in.json"), doc.catalog(), &content, error)
        && doc.replaceContent(content, error);
}

QJsonObject resolve(const QJsonObject &schema, const QJsonObject &root)
{
    QJsonObject out = schema;
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (ref.startsWith(QLatin1String("#/$defs/"))) {
        const QJsonObject def =
            resolve(root.value(QLatin1String("$defs")).toObject().value(ref.mid(8)).toObject(), root);
        QJsonObject properties = def.value(QLatin1String("properties")).toObject();
        const QJsonObject own = schema.value(QLatin1String("properties")).toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            properties.insert(it.key(), it.value());
        for (auto it = def.begin(); it != def.end(); ++it) {
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
        }
        if (!properties.isEmpty())
            out.insert(QStringLiteral("properties"), properties);
    }
    return out;
}

// Every key the export writes must be described at its place in the schema.
void checkDocumented(const QJsonValue &value, const QJsonObject &schemaNode, const QJsonObject &root,
                     const QString &path, QStringList *problems)
{
    const QJsonObject schema = resolve(schemaNode, root);
    if (value.isObject()) {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                *problems << path + QLatin1Char('.') + it.key();
            else
                checkDocumented(it.value(), properties.value(it.key()).toObject(), root,
                                path + QLatin1Char('.') + it.key(), problems);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            checkDocumented(item, schema.value(QLatin1String("items")).toObject(), root, path + QStringLiteral("[]"),
                            problems);
    }
}

} // namespace

class TestSoaJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleRoundTripIsByteIdentical();
    void roundTripKeepsEveryField();
    void formatVersion1StillImports();
    void badSoa_data();
    void badSoa();
    void schemaDocumentsEveryField();
};

void TestSoaJson::sampleRoundTripIsByteIdentical()
{
    QTemporaryDir dir;
    const QByteArray first = sampleExport(dir);
    QVERIFY(!first.isEmpty());
    const QJsonObject soa = QJsonDocument::fromJson(first).object().value(QLatin1String("soa")).toObject();
    QCOMPARE(soa.value(QLatin1String("controls")).toArray().size(), 93);
    QCOMPARE(soa.value(QLatin1String("ownControls")).toArray().size(), 2);
    const QJsonArray versions = soa.value(QLatin1String("approvedVersions")).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).toObject().value(QLatin1String("rows")).toArray().size(), 94);

    auto doc = newDocument(dir, QStringLiteral("copy.isms"));
    QString error;
    QVERIFY2(importJson(*doc, first, &error), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*doc), first);
    // The sample's SoA shows what changed since its approved version.
    QCOMPARE(int(doc->soa().changesSince(doc->soa().latestVersion()->id).size()), 6);
}

void TestSoaJson::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    const QByteArray json = sampleExport(dir);
    auto a = Document::open(dir.filePath(QStringLiteral("sample.isms")), Database::Access::ReadOnly, nullptr);
    auto b = newDocument(dir, QStringLiteral("b.isms"));
    QString error;
    QVERIFY2(importJson(*b, json, &error), qPrintable(error));
    const std::vector<SoaEntry> before = a->soa().entries();
    const std::vector<SoaEntry> after = b->soa().entries();
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].uid, before[i].uid);
        QCOMPARE(after[i].controlRef, before[i].controlRef);
        QCOMPARE(after[i].title, before[i].title);
        QCOMPARE(after[i].controlDescription, before[i].controlDescription);
        for (int field = 0; field < SoaEntry::FieldCount; ++field)
            QCOMPARE(SoaStore::fieldValue(after[i], field), SoaStore::fieldValue(before[i], field));
    }
    QVERIFY(SoaComparison::compare(a->soa().latestVersion()->rows, b->soa().latestVersion()->rows).empty());
    QCOMPARE(b->soa().latestVersion()->uid, a->soa().latestVersion()->uid);
    // Importing replaces: the undo history starts afresh.
    QCOMPARE(b->undoStack()->count(), 0);
}

void TestSoaJson::formatVersion1StillImports()
{
    QTemporaryDir dir;
    QJsonObject root = QJsonDocument::fromJson(sampleExport(dir)).object();
    root.remove(QStringLiteral("soa"));
    root.insert(QStringLiteral("formatVersion"), 1);
    // Without an SoA there are no own controls for risks to plan.
    QJsonArray risks = root.value(QStringLiteral("risks")).toArray();
    for (qsizetype i = 0; i < risks.size(); ++i) {
        QJsonObject risk = risks.at(i).toObject();
        QJsonArray annexA;
        for (const QJsonValue &control : risk.value(QStringLiteral("plannedControls")).toArray()) {
            if (!control.toString().startsWith(QLatin1String("ORG-")))
                annexA.append(control);
        }
        risk.insert(QStringLiteral("plannedControls"), annexA);
        risks.replace(i, risk);
    }
    root.insert(QStringLiteral("risks"), risks);
    // Into a file that has decisions: replacing leaves every control undecided.
    auto doc = Document::open(dir.filePath(QStringLiteral("sample.isms")), Database::Access::ReadWrite, nullptr);
    QVERIFY(doc);
    QString error;
    QVERIFY2(importJson(*doc, QJsonDocument(root).toJson(), &error), qPrintable(error));
    QCOMPARE(int(doc->soa().entries().size()), 93);
    for (const SoaEntry &e : doc->soa().entries()) {
        QCOMPARE(e.applicability, Applicability::Undecided);
        QVERIFY(e.implementation.isEmpty());
    }
    QVERIFY(doc->soa().versions().empty());
    QVERIFY(doc->soa().ownControls().empty());
}

void TestSoaJson::badSoa_data()
{
    QTest::addColumn<QString>("pointer");  // what to change: "controls/0/<key>" and the like
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown control") << QStringLiteral("controls/0/control") << QJsonValue(QStringLiteral("5.99"))
                                     << QStringLiteral("soa.controls[0].control: \"5.99\" is not an Annex A control");
    QTest::newRow("duplicate control") << QStringLiteral("controls/1/control") << QJsonValue(QStringLiteral("5.1"))
                                       << QStringLiteral("soa.controls[1].control: \"5.1\" appears twice");
    QTest::newRow("bad applicability") << QStringLiteral("controls/2/applicability") << QJsonValue(QStringLiteral("yes"))
                                       << QStringLiteral("soa.controls[2].applicability: \"yes\" is not one of");
    QTest::newRow("status against decision")
        << QStringLiteral("controls/3/status") << QJsonValue(QStringLiteral("not_applicable"))
        << QStringLiteral("soa.controls[3].status: \"not_applicable\" does not fit the decision \"applicable\"");
    QTest::newRow("bad reason") << QStringLiteral("controls/0/reasons")
                                << QJsonValue(QJsonArray{QStringLiteral("fun")})
                                << QStringLiteral("soa.controls[0].reasons: expected reasons from");
    QTest::newRow("bad date") << QStringLiteral("controls/0/lastReviewed") << QJsonValue(QStringLiteral("2026-02-30"))
                              << QStringLiteral("soa.controls[0].lastReviewed: \"2026-02-30\" is not a date");
    QTest::newRow("unknown field") << QStringLiteral("controls/0/colour") << QJsonValue(QStringLiteral("red"))
                                   << QStringLiteral("soa.controls[0].colour: unknown field");
    QTest::newRow("own control named like Annex A")
        << QStringLiteral("ownControls/1/reference") << QJsonValue(QStringLiteral("8.1"))
        << QStringLiteral("soa.ownControls[1].reference: \"8.1\" is an Annex A control");
    QTest::newRow("own reference twice") << QStringLiteral("ownControls/1/reference")
                                         << QJsonValue(QStringLiteral("org-01"))
                                         << QStringLiteral("soa.ownControls[1].reference: \"org-01\" appears twice");
    QTest::newRow("unknown theme") << QStringLiteral("ownControls/0/theme") << QJsonValue(QStringLiteral("9"))
                                   << QStringLiteral("soa.ownControls[0].theme: \"9\" is not a theme");
    QTest::newRow("version without date")
        << QStringLiteral("approvedVersions/0/approvedOn") << QJsonValue()
        << QStringLiteral("soa.approvedVersions[0].approvedOn: is missing");
    QTest::newRow("version number zero") << QStringLiteral("approvedVersions/0/number") << QJsonValue(0)
                                         << QStringLiteral("soa.approvedVersions[0].number: expected a whole number");
}

void TestSoaJson::badSoa()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QJsonObject root = QJsonDocument::fromJson(sampleExport(dir)).object();
    QJsonObject soa = root.value(QLatin1String("soa")).toObject();
    const QStringList parts = pointer.split(QLatin1Char('/'));
    QJsonArray list = soa.value(parts.at(0)).toArray();
    QJsonObject item = list.at(parts.at(1).toInt()).toObject();
    if (value.isNull())
        item.remove(parts.at(2));
    else
        item.insert(parts.at(2), value);
    list.replace(parts.at(1).toInt(), item);
    soa.insert(parts.at(0), list);
    root.insert(QStringLiteral("soa"), soa);

    auto doc = Document::open(dir.filePath(QStringLiteral("sample.isms")), Database::Access::ReadWrite, nullptr);
    const QByteArray before = JsonIo::toJson(*doc);
    QString error;
    QVERIFY(!importJson(*doc, QJsonDocument(root).toJson(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("in.json: ") + expected), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*doc), before);
}

void TestSoaJson::schemaDocumentsEveryField()
{
    QFile file(QStringLiteral(":/rampart/schema/rampart-isms.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QTemporaryDir dir;
    const QJsonObject exported = QJsonDocument::fromJson(sampleExport(dir)).object();
    QStringList undocumented;
    checkDocumented(exported, schema, schema, QStringLiteral("$"), &undocumented);
    QVERIFY2(undocumented.isEmpty(), qPrintable(undocumented.join(QStringLiteral(", "))));
    QCOMPARE(exported.value(QLatin1String("formatVersion")).toInt(), JsonIo::FormatVersion);
}

QTEST_GUILESS_MAIN(TestSoaJson)
#include "tst_soajson.moc"
