// Every record type of clauses 4 to 10 in the JSON export: the round trip is
// byte-identical, bad input is refused with the path of the bad value before
// anything is written, and the published schema describes exactly what is written.

#include "ismstestutil.h"

#include "domain/ismsregisters.h"
#include "io/jsonio.h"
#include "stores/organisationstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace rampart;

class TestIsmsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpApplication(); }
    void init();
    void roundTripIsByteIdentical();
    void sampleHasEveryRecordType();
    void exportCarriesLinksAsReferences();
    void badInputIsRefusedWithItsPath_data();
    void badInputIsRefusedWithItsPath();
    void failedImportChangesNothing();
    void olderExportWithoutRegistersImports();
    void schemaDescribesEveryRegister();

private:
    QJsonObject sampleObject() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIsmsJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestIsmsJson::sampleObject() const
{
    return QJsonDocument::fromJson(sampleJson()).object();
}

void TestIsmsJson::roundTripIsByteIdentical()
{
    auto sample = test::sampleDocument(*m_dir);
    QVERIFY(sample);
    const QByteArray first = JsonIo::toJson(*sample);
    QCOMPARE(first, sampleJson());
    QString error;
    QVERIFY2(JsonIo::exportTo(*sample, m_dir->filePath(QStringLiteral("a.json")), &error), qPrintable(error));

    auto copy = test::newDocument(*m_dir, QStringLiteral("copy.isms"));
    QVERIFY(copy);
    QVERIFY2(JsonIo::importFrom(*copy, m_dir->filePath(QStringLiteral("a.json")), &error), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*copy), first);

    // And once more after an edit in the copy, so that the round trip is not only the
    // sample's: the edited value travels, everything else stays.
    RegisterStore *documents = copy->registerStore(Entity::IsmsDocument);
    QVERIFY(copy->setValue(Entity::IsmsDocument, documents->idForReference(QStringLiteral("DOC-003")),
                           DocumentField::Controls, QStringList{QStringLiteral("5.7"), QStringLiteral("8.8")}));
    const QByteArray edited = JsonIo::toJson(*copy);
    QVERIFY(edited != first);
    auto third = test::newDocument(*m_dir, QStringLiteral("third.isms"));
    DocumentContent content;
    QVERIFY2(JsonIo::parse(edited, QStringLiteral("edited.json"), third->catalog(), &content, &error),
             qPrintable(error));
    QVERIFY2(third->replaceContent(content, &error), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*third), edited);
}

void TestIsmsJson::sampleHasEveryRecordType()
{
    const QJsonObject root = sampleObject();
    for (const RegisterSpec *spec : registerSpecs()) {
        QJsonArray list;
        if (spec->hasParent()) {
            const RegisterSpec *parent = registerSpec(spec->parent);
            for (const QJsonValue &row : root.value(QLatin1String(parent->jsonKey)).toArray()) {
                for (const QJsonValue &child : row.toObject().value(QLatin1String(spec->jsonKey)).toArray())
                    list.append(child);
            }
        } else {
            list = root.value(QLatin1String(spec->jsonKey)).toArray();
        }
        QVERIFY2(!list.isEmpty(), spec->jsonKey);
        for (const QJsonValue &row : std::as_const(list))
            QVERIFY2(!row.toObject().value(QStringLiteral("uid")).toString().isEmpty(), spec->jsonKey);
    }
    QCOMPARE(root.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("climateChangeRelevant")).toString(),
             QStringLiteral("yes"));
}

void TestIsmsJson::exportCarriesLinksAsReferences()
{
    auto doc = test::newDocument(*m_dir);
    const qint64 objective = test::add(*doc, Entity::Objective, {{QStringLiteral("objective"), QStringLiteral("O")}});
    const qint64 metric = test::add(*doc, Entity::Metric,
                                    {{QStringLiteral("name"), QStringLiteral("M")}, {QStringLiteral("objective_id"), objective}});
    test::add(*doc, Entity::Measurement,
              {{QStringLiteral("metric_id"), metric}, {QStringLiteral("measured_on"), QStringLiteral("2026-03-31")},
               {QStringLiteral("value"), 0.25}});
    const QJsonObject root = QJsonDocument::fromJson(JsonIo::toJson(*doc)).object();
    const QJsonObject m = root.value(QStringLiteral("metrics")).toArray().at(0).toObject();
    QCOMPARE(m.value(QStringLiteral("objective")).toString(), QStringLiteral("OBJ-01"));
    QVERIFY(m.value(QStringLiteral("targetValue")).isNull());
    const QJsonObject v = m.value(QStringLiteral("values")).toArray().at(0).toObject();
    QCOMPARE(v.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-31"));
    QCOMPARE(v.value(QStringLiteral("value")).toDouble(), 0.25);
    QVERIFY(!v.contains(QStringLiteral("metric")));
    QCOMPARE(root.value(QStringLiteral("requirements")).toArray().size(), 34);
}

void TestIsmsJson::badInputIsRefusedWithItsPath_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad date") << QStringLiteral("documents") << 0 << QStringLiteral("nextReview")
                              << QJsonValue(QStringLiteral("2026-13-01"))
                              << QStringLiteral("sample.json: documents[0].nextReview: \"2026-13-01\" is not a date");
    QTest::newRow("bad choice") << QStringLiteral("documents") << 1 << QStringLiteral("type")
                                << QJsonValue(QStringLiteral("memo"))
                                << QStringLiteral("documents[1].type: \"memo\" is not one of policy, procedure");
    QTest::newRow("unknown field") << QStringLiteral("issues") << 2 << QStringLiteral("severity")
                                   << QJsonValue(3) << QStringLiteral("issues[2].severity: unknown field");
    QTest::newRow("empty required text") << QStringLiteral("issues") << 0 << QStringLiteral("issue")
                                         << QJsonValue(QStringLiteral(" ")) << QStringLiteral("issues[0].issue: must not be empty");
    QTest::newRow("text where a number belongs") << QStringLiteral("metrics") << 0 << QStringLiteral("targetValue")
                                                 << QJsonValue(QStringLiteral("99.9"))
                                                 << QStringLiteral("metrics[0].targetValue: expected a number");
    QTest::newRow("link to a missing row") << QStringLiteral("metrics") << 1 << QStringLiteral("objective")
                                           << QJsonValue(QStringLiteral("OBJ-77"))
                                           << QStringLiteral("metrics[1].objective: OBJ-77 is not in the export");
    QTest::newRow("unknown clause") << QStringLiteral("documents") << 0 << QStringLiteral("clauses")
                                    << QJsonValue(QJsonArray{QStringLiteral("5.2"), QStringLiteral("4.9")})
                                    << QStringLiteral("documents[0].clauses: \"4.9\" is not a clause");
    QTest::newRow("unknown control") << QStringLiteral("documents") << 0 << QStringLiteral("controls")
                                     << QJsonValue(QJsonArray{QStringLiteral("A.9.2.1")})
                                     << QStringLiteral("documents[0].controls: \"A.9.2.1\" is not an Annex A control");
    QTest::newRow("document not in the register") << QStringLiteral("requirements") << 0 << QStringLiteral("documents")
                                                   << QJsonValue(QJsonArray{QStringLiteral("DOC-999")})
                                                   << QStringLiteral("requirements[0].documents: DOC-999 is not in the export");
    QTest::newRow("duplicate reference") << QStringLiteral("objectives") << 1 << QStringLiteral("ref")
                                         << QJsonValue(QStringLiteral("OBJ-01"))
                                         << QStringLiteral("objectives[1].ref: \"OBJ-01\" appears twice");
    QTest::newRow("bad uid") << QStringLiteral("roles") << 0 << QStringLiteral("uid") << QJsonValue(QStringLiteral("r1"))
                             << QStringLiteral("roles[0].uid: \"r1\" is not a UUID");
    QTest::newRow("clause twice") << QStringLiteral("requirements") << 1 << QStringLiteral("clause")
                                  << QJsonValue(QStringLiteral("4.1"))
                                  << QStringLiteral("requirements[1].clause: \"4.1\" appears twice");
    QTest::newRow("heading is no requirement") << QStringLiteral("requirements") << 0 << QStringLiteral("clause")
                                               << QJsonValue(QStringLiteral("6"))
                                               << QStringLiteral("requirements[0].clause: \"6\" is not a sub-clause");
    QTest::newRow("bad climate decision") << QStringLiteral("organisation") << -1
                                          << QStringLiteral("climateChangeRelevant") << QJsonValue(QStringLiteral("maybe"))
                                          << QStringLiteral("organisation.climateChangeRelevant: expected");
    QTest::newRow("register is not a list") << QStringLiteral("roles") << -1 << QString() << QJsonValue(3)
                                            << QStringLiteral("roles: expected a list");
}

void TestIsmsJson::badInputIsRefusedWithItsPath()
{
    QFETCH(QString, section);
    QFETCH(int, index);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject root = sampleObject();
    if (key.isEmpty()) {
        root.insert(section, value);
    } else if (index < 0) {
        QJsonObject object = root.value(section).toObject();
        object.insert(key, value);
        root.insert(section, object);
    } else {
        QJsonArray list = root.value(section).toArray();
        QJsonObject row = list.at(index).toObject();
        row.insert(key, value);
        list.replace(index, row);
        root.insert(section, list);
    }
    auto doc = test::newDocument(*m_dir);
    DocumentContent content;
    QString error;
    QVERIFY(!JsonIo::parse(QJsonDocument(root).toJson(), QStringLiteral("sample.json"), doc->catalog(), &content, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestIsmsJson::failedImportChangesNothing()
{
    auto sample = test::sampleDocument(*m_dir);
    const QByteArray before = JsonIo::toJson(*sample);
    const qint64 logBefore = sample->changeLog().count();
    QJsonObject root = sampleObject();
    QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
    QJsonObject metric = metrics.at(0).toObject();
    QJsonArray values = metric.value(QStringLiteral("values")).toArray();
    QJsonObject value = values.at(3).toObject();
    value.remove(QStringLiteral("value"));
    values.replace(3, value);
    metric.insert(QStringLiteral("values"), values);
    metrics.replace(0, metric);
    root.insert(QStringLiteral("metrics"), metrics);
    QFile file(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QString error;
    QVERIFY(!JsonIo::importFrom(*sample, file.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("metrics[0].values[3].value: is missing")), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*sample), before);
    QCOMPARE(sample->changeLog().count(), logBefore);
}

void TestIsmsJson::olderExportWithoutRegistersImports()
{
    QJsonObject root = sampleObject();
    for (const RegisterSpec *spec : registerSpecs())
        root.remove(QLatin1String(spec->jsonKey));
    QJsonObject organisation = root.value(QStringLiteral("organisation")).toObject();
    organisation.remove(QStringLiteral("climateChangeRelevant"));
    organisation.remove(QStringLiteral("climateChangeReasoning"));
    root.insert(QStringLiteral("organisation"), organisation);
    auto sample = test::sampleDocument(*m_dir);
    DocumentContent content;
    QString error;
    QVERIFY2(JsonIo::parse(QJsonDocument(root).toJson(), QStringLiteral("old.json"), sample->catalog(), &content, &error),
             qPrintable(error));
    QVERIFY2(sample->replaceContent(content, &error), qPrintable(error));
    QCOMPARE(sample->registerStore(Entity::IsmsDocument)->count(), 0);
    QCOMPARE(sample->registerStore(Entity::Measurement)->count(), 0);
    QCOMPARE(sample->registerStore(Entity::Requirement)->count(), 34);
    QVERIFY(sample->organisation().read().climateRelevant.isEmpty());
    QCOMPARE(sample->organisation().read().name, QStringLiteral("Kestrel Cloudworks"));
}

void TestIsmsJson::schemaDescribesEveryRegister()
{
    QFile file(QStringLiteral(":/rampart/schema/rampart-isms.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonObject written = sampleObject();
    const QStringList documented = properties.keys();
    const QStringList writtenKeys = written.keys();
    QCOMPARE(QSet<QString>(documented.begin(), documented.end()), QSet<QString>(writtenKeys.begin(), writtenKeys.end()));
    const auto keysOf = [](const QJsonObject &list) {
        const QStringList keys = list.value(QStringLiteral("items")).toObject().value(QStringLiteral("properties")).toObject().keys();
        return QSet<QString>(keys.begin(), keys.end());
    };
    for (const RegisterSpec *spec : registerSpecs()) {
        QJsonObject list;
        if (spec->hasParent()) {
            const QJsonObject parent = properties.value(QLatin1String(registerSpec(spec->parent)->jsonKey)).toObject();
            list = parent.value(QStringLiteral("items")).toObject().value(QStringLiteral("properties")).toObject()
                       .value(QLatin1String(spec->jsonKey)).toObject();
        } else {
            list = properties.value(QLatin1String(spec->jsonKey)).toObject();
        }
        QSet<QString> expected{QStringLiteral("uid")};
        for (const FieldSpec &field : spec->fields) {
            if (field.type != FieldType::Parent)
                expected.insert(QLatin1String(field.jsonKey));
        }
        for (const RegisterSpec *child : registerSpecs()) {
            if (child->hasParent() && child->parent == spec->entity)
                expected.insert(QLatin1String(child->jsonKey));
        }
        QCOMPARE(keysOf(list), expected);
    }
    const QJsonObject organisation = properties.value(QStringLiteral("organisation")).toObject();
    QVERIFY(organisation.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("climateChangeRelevant")));
}

QTEST_GUILESS_MAIN(TestIsmsJson)
#include "testismsjson.moc"
