#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "stores/valuerules.h"

#include <QTest>

using namespace rampart;

// The method is the single source of every score and level: these tests pin down how
// a (likelihood, impact) pair becomes a score and a level for several matrix shapes.
class TestRiskMethod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardIsValid();
    void scoreAndLevel_data();
    void scoreAndLevel();
    void unratedCells();
    void threshold();
    void valueFromText_data();
    void valueFromText();
    void remap_data();
    void remap();
    void resizeKeepsMatrixShape();
    void problems();
    void acceptanceState();
    void naturalOrder();
    void dates_data();
    void dates();
    void lists();
};

void TestRiskMethod::standardIsValid()
{
    const RiskMethod m = RiskMethod::standard();
    QVERIFY2(m.problem().isEmpty(), qPrintable(m.problem()));
    QCOMPARE(m.likelihoodCount(), 5);
    QCOMPARE(m.impactCount(), 5);
    QCOMPARE(m.levels.size(), size_t(4));
    QCOMPARE(m.levelName(m.acceptanceLevel), QStringLiteral("Medium"));
    QVERIFY(!m.acceptanceCriteria.isEmpty());
    for (const ScaleLevel &l : m.likelihood)
        QVERIFY(!l.description.isEmpty());
}

void TestRiskMethod::scoreAndLevel_data()
{
    QTest::addColumn<int>("likelihoods");
    QTest::addColumn<int>("impacts");
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("level");

    // 5 x 5: Low 1-4, Medium 5-9, High 10-16, Critical 20-25.
    QTest::newRow("5x5 1x1") << 5 << 5 << 1 << 1 << 1 << "Low";
    QTest::newRow("5x5 2x2") << 5 << 5 << 2 << 2 << 4 << "Low";
    QTest::newRow("5x5 1x5") << 5 << 5 << 1 << 5 << 5 << "Medium";
    QTest::newRow("5x5 3x3") << 5 << 5 << 3 << 3 << 9 << "Medium";
    QTest::newRow("5x5 2x5") << 5 << 5 << 2 << 5 << 10 << "High";
    QTest::newRow("5x5 4x4") << 5 << 5 << 4 << 4 << 16 << "High";
    QTest::newRow("5x5 4x5") << 5 << 5 << 4 << 5 << 20 << "Critical";
    QTest::newRow("5x5 5x5") << 5 << 5 << 5 << 5 << 25 << "Critical";
    // 3 x 3: Low 1, Medium 2-3, High 4, Critical 6-9.
    QTest::newRow("3x3 1x1") << 3 << 3 << 1 << 1 << 1 << "Low";
    QTest::newRow("3x3 1x2") << 3 << 3 << 1 << 2 << 2 << "Medium";
    QTest::newRow("3x3 3x1") << 3 << 3 << 3 << 1 << 3 << "Medium";
    QTest::newRow("3x3 2x2") << 3 << 3 << 2 << 2 << 4 << "High";
    QTest::newRow("3x3 2x3") << 3 << 3 << 2 << 3 << 6 << "Critical";
    QTest::newRow("3x3 3x3") << 3 << 3 << 3 << 3 << 9 << "Critical";
    // 4 x 7 (max 28): Low 1-4, Medium 5-10, High 12-16, Critical 18-28.
    QTest::newRow("4x7 1x4") << 4 << 7 << 1 << 4 << 4 << "Low";
    QTest::newRow("4x7 1x5") << 4 << 7 << 1 << 5 << 5 << "Medium";
    QTest::newRow("4x7 2x5") << 4 << 7 << 2 << 5 << 10 << "Medium";
    QTest::newRow("4x7 2x6") << 4 << 7 << 2 << 6 << 12 << "High";
    QTest::newRow("4x7 4x4") << 4 << 7 << 4 << 4 << 16 << "High";
    QTest::newRow("4x7 3x6") << 4 << 7 << 3 << 6 << 18 << "Critical";
    QTest::newRow("4x7 4x7") << 4 << 7 << 4 << 7 << 28 << "Critical";
}

void TestRiskMethod::scoreAndLevel()
{
    QFETCH(int, likelihoods);
    QFETCH(int, impacts);
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(int, score);
    QFETCH(QString, level);
    const RiskMethod m = likelihoods == 5 && impacts == 5 ? RiskMethod::standard()
                                                          : RiskMethod::withShape(likelihoods, impacts);
    QVERIFY2(m.problem().isEmpty(), qPrintable(m.problem()));
    const RiskRating r = m.rate(likelihood, impact);
    QVERIFY(r.isRated());
    QCOMPARE(r.score, score);
    QCOMPARE(m.levelName(r.level), level);
}

void TestRiskMethod::unratedCells()
{
    const RiskMethod m = RiskMethod::standard();
    QVERIFY(!m.rate(0, 3).isRated());
    QVERIFY(!m.rate(3, 0).isRated());
    QVERIFY(!m.rate(6, 1).isRated());
    QCOMPARE(m.rate(0, 0).score, 0);
    QCOMPARE(m.levelName(m.rate(0, 0).level), QString());
    // The current rating is the residual one only when both residual values are given.
    QCOMPARE(currentRating(m, 4, 4, 2, 0).score, 16);
    QCOMPARE(currentRating(m, 4, 4, 2, 2).score, 4);
}

void TestRiskMethod::threshold()
{
    RiskMethod m = RiskMethod::standard();
    QVERIFY(!m.isAboveThreshold(m.rate(3, 3)));  // 9 Medium
    QVERIFY(m.isAboveThreshold(m.rate(2, 5)));   // 10 High
    m.acceptanceLevel = 2;
    QVERIFY(!m.isAboveThreshold(m.rate(2, 5)));
    QVERIFY(m.isAboveThreshold(m.rate(5, 5)));
    QVERIFY(!m.isAboveThreshold(m.rate(0, 0)));
}

void TestRiskMethod::valueFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::newRow("number") << "3" << 3;
    QTest::newRow("label") << "High" << 4;
    QTest::newRow("label, case") << "very HIGH" << 5;
    QTest::newRow("label, spaces") << "  Very   low " << 1;
    QTest::newRow("number and label") << "2 Low" << 2;
    QTest::newRow("number - label") << "2 - Low" << 2;
    QTest::newRow("number, wrong label") << "2 High" << 0;
    QTest::newRow("out of range") << "6" << 0;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("unknown label") << "Extreme" << 0;
    QTest::newRow("near miss") << "Hgh" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("leading zeros") << "0003" << 3;
    QTest::newRow("padded number") << " 4 " << 4;
    QTest::newRow("signed number") << "+2" << 2;
    QTest::newRow("wide characters") << QStringLiteral("\uFF9F\uFF9F\uFF9F\uFF9F") << 0;
    QTest::newRow("long number") << "00002" << 2;
}

void TestRiskMethod::valueFromText()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(RiskMethod::standard().valueFromText(RiskMethod::Axis::Likelihood, text), value);
}

void TestRiskMethod::remap_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << 3 << 5 << 5 << 3;
    QTest::newRow("bottom stays bottom") << 1 << 5 << 3 << 1;
    QTest::newRow("top stays top") << 5 << 5 << 3 << 3;
    QTest::newRow("middle") << 3 << 5 << 3 << 2;
    QTest::newRow("5 to 3, 2") << 2 << 5 << 3 << 2;  // 1.5 rounds up
    QTest::newRow("5 to 3, 4") << 4 << 5 << 3 << 3;  // 2.5 rounds up
    QTest::newRow("3 to 5") << 2 << 3 << 5 << 3;
    QTest::newRow("3 to 7 top") << 3 << 3 << 7 << 7;
    QTest::newRow("unrated") << 0 << 5 << 3 << 0;
}

void TestRiskMethod::remap()
{
    QFETCH(int, value);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    QCOMPARE(RiskMethod::remap(value, from, to), expected);
}

void TestRiskMethod::resizeKeepsMatrixShape()
{
    RiskMethod m = RiskMethod::standard();
    m.setLevelAt(1, 5, 3);  // the user's own choice: a rare but severe event is Critical
    m.resize(RiskMethod::Axis::Impact, 7);
    QVERIFY2(m.problem().isEmpty(), qPrintable(m.problem()));
    QCOMPARE(m.impactCount(), 7);
    QCOMPARE(m.levelName(m.levelAt(1, 7)), QStringLiteral("Critical"));
    QCOMPARE(m.levelName(m.levelAt(5, 7)), QStringLiteral("Critical"));
    QCOMPARE(m.levelName(m.levelAt(1, 1)), QStringLiteral("Low"));
    // Generic labels follow the new size, so the top still reads as the top.
    QCOMPARE(m.label(RiskMethod::Axis::Impact, 7), QStringLiteral("Extreme"));
    m.resize(RiskMethod::Axis::Likelihood, 3);
    QCOMPARE(m.label(RiskMethod::Axis::Likelihood, 3), QStringLiteral("High"));
    QVERIFY(m.problem().isEmpty());
    // Resizing is clamped to 3..7.
    m.resize(RiskMethod::Axis::Likelihood, 9);
    QCOMPARE(m.likelihoodCount(), 7);
}

void TestRiskMethod::problems()
{
    RiskMethod m = RiskMethod::standard();
    m.likelihood.pop_back();
    m.likelihood.pop_back();
    m.likelihood.pop_back();
    QVERIFY(!m.problem().isEmpty());  // 2 levels
    m = RiskMethod::standard();
    m.impact[2].label = QStringLiteral("low");
    QVERIFY(m.problem().contains(QStringLiteral("twice")));
    m = RiskMethod::standard();
    m.levels[1].name = QStringLiteral("LOW");
    QVERIFY(!m.problem().isEmpty());
    m = RiskMethod::standard();
    m.matrix[3] = 9;
    QVERIFY(!m.problem().isEmpty());
    m = RiskMethod::standard();
    m.acceptanceLevel = 4;
    QVERIFY(!m.problem().isEmpty());
    m = RiskMethod::standard();
    m.reviewIntervalMonths = 0;
    QVERIFY(!m.problem().isEmpty());
}

void TestRiskMethod::acceptanceState()
{
    const RiskMethod m = RiskMethod::standard();
    RiskAcceptance a;
    a.acceptedOn = QStringLiteral("2026-03-01");
    a.likelihood = 2;
    a.impact = 4;
    a.score = 8;
    a.level = QStringLiteral("Medium");
    a.treatment = QStringLiteral("retain");
    const QDate today(2026, 11, 28);
    QCOMPARE(a.stateFor(m, m.rate(2, 4), QStringLiteral("retain"), today), RiskAcceptance::State::Valid);
    // Lower within the same level: not material.
    QCOMPARE(a.stateFor(m, m.rate(2, 3), QStringLiteral("retain"), today), RiskAcceptance::State::Valid);
    // Higher score, same level: material.
    QCOMPARE(a.stateFor(m, m.rate(3, 3), QStringLiteral("retain"), today), RiskAcceptance::State::NeedsRenewal);
    // Another level.
    QCOMPARE(a.stateFor(m, m.rate(3, 4), QStringLiteral("retain"), today), RiskAcceptance::State::NeedsRenewal);
    // Another treatment.
    QCOMPARE(a.stateFor(m, m.rate(2, 4), QStringLiteral("share"), today), RiskAcceptance::State::NeedsRenewal);
    // No expiry: the review interval decides.
    QCOMPARE(a.stateFor(m, m.rate(2, 4), QStringLiteral("retain"), QDate(2027, 3, 2)), RiskAcceptance::State::Expired);
    a.expiresOn = QStringLiteral("2026-06-30");
    QCOMPARE(a.stateFor(m, m.rate(2, 4), QStringLiteral("retain"), today), RiskAcceptance::State::Expired);
}

void TestRiskMethod::naturalOrder()
{
    // References sort by their numbers, whichever way the register compares them.
    const QStringList sorted = {QStringLiteral("A-9"),   QStringLiteral("r-2"),    QStringLiteral("R-10"),
                                QStringLiteral("R-010b"), QStringLiteral("R-011"), QStringLiteral("R-100023"),
                                QStringLiteral("R-1000230"), QStringLiteral("RX-1")};
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        QVERIFY2(ValueRules::naturalCompare(sorted[i - 1], sorted[i]) < 0, qPrintable(sorted[i]));
        QVERIFY2(ValueRules::naturalSortKey(sorted[i - 1]) < ValueRules::naturalSortKey(sorted[i]), qPrintable(sorted[i]));
    }
    QCOMPARE(ValueRules::naturalCompare(QStringLiteral("R-007"), QStringLiteral("r-7")), 0);
    QCOMPARE(ValueRules::naturalSortKey(QStringLiteral("R-007")), ValueRules::naturalSortKey(QStringLiteral("r-7")));
}

void TestRiskMethod::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("ok");
    QTest::newRow("iso") << "2026-03-31" << "2026-03-31" << true;
    QTest::newRow("padded") << " 2026-03-31 " << "2026-03-31" << true;
    QTest::newRow("dotted") << "31.03.2026" << "2026-03-31" << true;
    QTest::newRow("empty") << "" << QString() << true;
    QTest::newRow("spaces") << "   " << QString() << true;
    QTest::newRow("no such day") << "2026-02-30" << QString() << false;
    QTest::newRow("slashes") << "03/04/2027" << QString() << false;
}

// The text form an import uses and the QVariant form of the stores agree.
void TestRiskMethod::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(bool, ok);
    bool textOk = !ok;
    const QString fromText = ValueRules::dateFromText(text, &textOk);
    QCOMPARE(textOk, ok);
    QCOMPARE(fromText, stored);
    QCOMPARE(fromText.isNull(), stored.isNull());
    bool variantOk = !ok;
    const QVariant variant = ValueRules::date(text, &variantOk);
    QCOMPARE(variantOk, ok);
    QCOMPARE(variant.toString(), stored);
    QCOMPARE(variant.isValid(), ok);
    // Only YYYY-MM-DD is a date as the JSON format writes it.
    QCOMPARE(ValueRules::isoDate(text).isValid(), ok && text == stored && !stored.isEmpty());
    if (ValueRules::isoDate(text).isValid())
        QCOMPARE(ValueRules::isoDate(text), QDate::fromString(stored, Qt::ISODate));
}

// A list cell: split at commas, semicolons and line breaks, trimmed, no empty items and
// no repeats in any case, in the order given; items given one by one are not split.
void TestRiskMethod::lists()
{
    const QString text = QStringLiteral(" A-001, a-001;A-002\n\n, Ärzte ,ÄRZTE;;");
    QCOMPARE(ValueRules::list(text), (QStringList{QStringLiteral("A-001"), QStringLiteral("A-002"), QStringLiteral("Ärzte")}));
    QStringList lower;
    ValueRules::forEachListItem(text, [&](QStringView, const QString &folded) { lower << folded; });
    QCOMPARE(lower, (QStringList{QStringLiteral("a-001"), QStringLiteral("a-002"), QStringLiteral("ärzte")}));
    QCOMPARE(ValueRules::list(QStringList{QStringLiteral(" 5.15, 8.13 "), QStringLiteral("5.15, 8.13"), QString()}),
             QStringList{QStringLiteral("5.15, 8.13")});
    QCOMPARE(ValueRules::list(QString()), QStringList());
    QCOMPARE(ValueRules::lowerCase(u"R-12 Ab"), QStringLiteral("r-12 ab"));
}

QTEST_GUILESS_MAIN(TestRiskMethod)
#include "tst_riskmethod.moc"
