#include "io/jsonio.h"
#include "risktestutil.h"
#include "stores/assetstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rampart;
using namespace rampart::risktest;

// The risk method, assets, risks, actions and acceptances in the JSON export: the
// round trip export -> import into a new file -> export gives the same bytes.
class TestRiskJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportHasTheRegister();
    void roundTripIsByteIdentical();
    void roundTripOfACustomMethod();
    void exportWithoutRegisterImports();
    void badRegister_data();
    void badRegister();

private:
    QByteArray roundTrip(Document &source, const QString &name);
    QTemporaryDir m_dir;
};

void TestRiskJson::initTestCase()
{
    fixToday();
    QVERIFY(m_dir.isValid());
}

QByteArray TestRiskJson::roundTrip(Document &source, const QString &name)
{
    auto target = newDocument(m_dir, name);
    if (!target)
        return {};
    DocumentContent content;
    QString error;
    if (!JsonIo::parse(JsonIo::toJson(source), QStringLiteral("export.json"), target->catalog(), &content, &error)
        || !target->replaceContent(content, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return JsonIo::toJson(*target);
}

void TestRiskJson::exportHasTheRegister()
{
    auto doc = openSample(m_dir, QStringLiteral("export.isms"));
    QVERIFY(doc);
    const QJsonObject root = QJsonDocument::fromJson(JsonIo::toJson(*doc)).object();
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), JsonIo::FormatVersion);
    const QJsonObject method = root.value(QStringLiteral("riskMethod")).toObject();
    QCOMPARE(method.value(QStringLiteral("likelihood")).toArray().size(), 5);
    QCOMPARE(method.value(QStringLiteral("matrix")).toArray().at(4).toArray().at(4).toString(), QStringLiteral("Critical"));
    QCOMPARE(method.value(QStringLiteral("acceptanceThreshold")).toString(), QStringLiteral("Medium"));
    QCOMPARE(root.value(QStringLiteral("assets")).toArray().size(), 18);
    const QJsonArray risks = root.value(QStringLiteral("risks")).toArray();
    QCOMPARE(risks.size(), 23);
    const QJsonObject r18 = risks.at(17).toObject();
    QCOMPARE(r18.value(QStringLiteral("reference")).toString(), QStringLiteral("R-018"));
    QCOMPARE(r18.value(QStringLiteral("actions")).toArray().size(), 1);
    const QJsonObject accepted = r18.value(QStringLiteral("acceptances")).toArray().at(0).toObject().value(QStringLiteral("accepted")).toObject();
    QCOMPARE(accepted.value(QStringLiteral("level")).toString(), QStringLiteral("Medium"));
    QCOMPARE(accepted.value(QStringLiteral("score")).toInt(), 8);
    // Derived values are not exported: they follow from the method.
    QVERIFY(!r18.contains(QStringLiteral("inherentScore")));
    QVERIFY(r18.value(QStringLiteral("inherentLikelihood")).isDouble());
    QVERIFY(risks.at(22).toObject().value(QStringLiteral("inherentLikelihood")).isNull());
}

void TestRiskJson::roundTripIsByteIdentical()
{
    auto doc = openSample(m_dir, QStringLiteral("roundtrip.isms"));
    QVERIFY(doc);
    const QByteArray first = JsonIo::toJson(*doc);
    const QByteArray second = roundTrip(*doc, QStringLiteral("roundtrip-target.isms"));
    QVERIFY(!second.isEmpty());
    QCOMPARE(second, first);
    // And through files, as the CLI does it.
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QString error;
    QVERIFY2(JsonIo::exportTo(*doc, path, &error), qPrintable(error));
    auto target = newDocument(m_dir, QStringLiteral("roundtrip-file.isms"));
    QVERIFY2(JsonIo::importFrom(*target, path, &error), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*target), first);
    QCOMPARE(target->riskActions().count(), 22);
    QCOMPARE(target->riskAcceptances().countNeedingRenewal(QDate(2026, 11, 28)), 1);
}

void TestRiskJson::roundTripOfACustomMethod()
{
    auto doc = openSample(m_dir, QStringLiteral("custom.isms"));
    QVERIFY(doc);
    RiskMethod method = doc->riskMethod();
    method.resize(RiskMethod::Axis::Likelihood, 4);
    method.resize(RiskMethod::Axis::Impact, 6);
    method.levels.push_back({QStringLiteral("0b1f4a77-1111-4c3e-8f00-000000000005"), QStringLiteral("Intolerable"), QColor(0x4a, 0x14, 0x8c)});
    method.setLevelAt(4, 6, 4);
    method.acceptanceLevel = 2;
    method.acceptanceCriteria = QStringLiteral("Our own words.");
    method.reviewIntervalMonths = 6;
    QVERIFY(doc->setRiskMethod(method, {}));
    const QByteArray first = JsonIo::toJson(*doc);
    const QByteArray second = roundTrip(*doc, QStringLiteral("custom-target.isms"));
    QCOMPARE(second, first);
    QVERIFY(first.contains("Intolerable"));
}

void TestRiskJson::exportWithoutRegisterImports()
{
    // An export from before the register existed: the default method, no risks.
    auto doc = openSample(m_dir, QStringLiteral("old.isms"));
    QVERIFY(doc);
    QJsonObject root = QJsonDocument::fromJson(JsonIo::toJson(*doc)).object();
    root.remove(QStringLiteral("riskMethod"));
    root.remove(QStringLiteral("assets"));
    root.remove(QStringLiteral("risks"));
    DocumentContent content;
    QString error;
    QVERIFY2(JsonIo::parse(QJsonDocument(root).toJson(), QStringLiteral("old.json"), doc->catalog(), &content, &error),
             qPrintable(error));
    QVERIFY2(doc->replaceContent(content, &error), qPrintable(error));
    QCOMPARE(doc->risks().count(), 0);
    QCOMPARE(doc->assets().count(), 0);
    QCOMPARE(doc->riskMethod(), RiskMethod::standard());
}

void TestRiskJson::badRegister_data()
{
    QTest::addColumn<QString>("path");  // where in the JSON to change, as risks.N.key or assets.N.key
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown field") << "risks.0.colour" << QJsonValue(1) << "risks[0].colour: unknown field";
    QTest::newRow("likelihood out of range") << "risks.0.inherentLikelihood" << QJsonValue(6)
                                             << "risks[0].inherentLikelihood: expected a whole number from 1 to 5";
    QTest::newRow("unknown asset") << "risks.1.assets" << QJsonValue(QJsonArray{QStringLiteral("A-404")})
                                   << "risks[1].assets: there is no asset \"A-404\"";
    QTest::newRow("unknown control") << "risks.2.plannedControls" << QJsonValue(QJsonArray{QStringLiteral("A.12.1.1")})
                                     << "risks[2].plannedControls: \"A.12.1.1\" is not an Annex A control";
    QTest::newRow("duplicate reference") << "risks.3.reference" << QJsonValue(QStringLiteral("R-001"))
                                         << "risks[3].reference: \"R-001\" is empty or appears twice";
    QTest::newRow("bad treatment") << "risks.0.treatment" << QJsonValue(QStringLiteral("mitigate"))
                                   << "risks[0].treatment: expected one of modify, retain, avoid, share";
    QTest::newRow("bad date") << "risks.0.nextReview" << QJsonValue(QStringLiteral("next year"))
                              << "risks[0].nextReview: expected a date as YYYY-MM-DD";
    QTest::newRow("no such day") << "risks.0.nextReview" << QJsonValue(QStringLiteral("2026-02-30"))
                                 << "risks[0].nextReview: expected a date as YYYY-MM-DD";
    QTest::newRow("date without zeros") << "risks.0.lastReview" << QJsonValue(QStringLiteral("2026-3-1"))
                                        << "risks[0].lastReview: expected a date as YYYY-MM-DD";
    QTest::newRow("date with dots") << "risks.0.identifiedOn" << QJsonValue(QStringLiteral("31.03.2026"))
                                    << "risks[0].identifiedOn: expected a date as YYYY-MM-DD";
    QTest::newRow("bad properties") << "risks.0.properties" << QJsonValue(QStringLiteral("AC"))
                                    << "risks[0].properties: expected C, I and A in that order";
    QTest::newRow("bad asset type") << "assets.0.type" << QJsonValue(QStringLiteral("robot"))
                                    << "assets[0].type: expected one of";
    QTest::newRow("bad matrix level") << "riskMethod.matrix" << QJsonValue(QJsonArray{})
                                      << "riskMethod.matrix: expected one row per likelihood level";
}

void TestRiskJson::badRegister()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    auto doc = openSample(m_dir, QStringLiteral("bad-%1.isms").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(doc);
    QJsonObject root = QJsonDocument::fromJson(JsonIo::toJson(*doc)).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 3) {
        QJsonArray list = root.value(parts[0]).toArray();
        QJsonObject row = list.at(parts[1].toInt()).toObject();
        row.insert(parts[2], value);
        list[parts[1].toInt()] = row;
        root.insert(parts[0], list);
    } else {
        QJsonObject object = root.value(parts[0]).toObject();
        object.insert(parts[1], value);
        root.insert(parts[0], object);
    }
    DocumentContent content;
    QString message;
    QVERIFY(!JsonIo::parse(QJsonDocument(root).toJson(), QStringLiteral("bad.json"), doc->catalog(), &content, &message));
    QVERIFY2(message.startsWith(QStringLiteral("bad.json: ") + error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestRiskJson)
#include "tst_riskjson.moc"
