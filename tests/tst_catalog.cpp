// The built-in ISO/IEC 27001:2022 catalog, the copy each file carries, and both
// against the checked reference tables.

#include "testutil.h"

#include "catalog/catalog.h"
#include "document.h"
#include "stores/catalogstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace rampart;
using namespace rampart::test;

namespace {

QString referencePath(const QString &name)
{
    return QStringLiteral(RAMPART_REFERENCE) + QLatin1Char('/') + name;
}

// A tab-separated reference table: the header row names the columns.
struct Table
{
    QStringList columns;
    QList<QStringList> rows;

    int column(const QString &name) const { return int(columns.indexOf(name)); }
    QString value(const QStringList &row, const QString &name) const { return row.value(column(name)); }
};

bool readTable(const QString &name, Table *table, QString *error)
{
    QFile file(referencePath(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        *error = QStringLiteral("%1 is empty").arg(file.fileName());
        return false;
    }
    table->columns = lines.first().split(QLatin1Char('\t'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList row = lines.at(i).split(QLatin1Char('\t'));
        while (row.size() < table->columns.size())
            row << QString();
        table->rows << row;
    }
    return true;
}

QStringList commaList(const QString &text)
{
    QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

// Field-by-field comparison; returns the first difference, empty when equal.
QString difference(const Catalog &a, const Catalog &b)
{
    if (a.standard != b.standard)
        return QStringLiteral("standard: %1 / %2").arg(a.standard, b.standard);
    if (a.revision != b.revision)
        return QStringLiteral("revision: %1 / %2").arg(a.revision).arg(b.revision);
    if (a.themes.size() != b.themes.size())
        return QStringLiteral("theme count");
    for (size_t i = 0; i < a.themes.size(); ++i) {
        if (a.themes[i].code != b.themes[i].code || a.themes[i].name != b.themes[i].name)
            return QStringLiteral("theme %1").arg(a.themes[i].code);
    }
    if (a.clauses.size() != b.clauses.size())
        return QStringLiteral("clause count: %1 / %2").arg(a.clauses.size()).arg(b.clauses.size());
    for (size_t i = 0; i < a.clauses.size(); ++i) {
        const CatalogClause &x = a.clauses[i];
        const CatalogClause &y = b.clauses[i];
        if (x.code != y.code || x.level != y.level || x.parentCode != y.parentCode || x.title != y.title
            || x.documentedInformation != y.documentedInformation || x.description != y.description
            || x.guidance != y.guidance)
            return QStringLiteral("clause %1").arg(x.code);
    }
    if (a.controls.size() != b.controls.size())
        return QStringLiteral("control count: %1 / %2").arg(a.controls.size()).arg(b.controls.size());
    for (size_t i = 0; i < a.controls.size(); ++i) {
        const CatalogControl &x = a.controls[i];
        const CatalogControl &y = b.controls[i];
        if (x.code != y.code || x.themeCode != y.themeCode || x.title != y.title || x.annexATitle != y.annexATitle
            || x.newIn2022 != y.newIn2022 || x.description != y.description || x.guidance != y.guidance)
            return QStringLiteral("control %1").arg(x.code);
        if (x.predecessors2013 != y.predecessors2013)
            return QStringLiteral("control %1 predecessors: %2 / %3")
                .arg(x.code, x.predecessors2013.join(QLatin1Char(',')), y.predecessors2013.join(QLatin1Char(',')));
        for (int k = 0; k < AttributeKindCount; ++k) {
            if (x.attributes[k] != y.attributes[k])
                return QStringLiteral("control %1 attribute %2").arg(x.code, attributeKindKey(AttributeKind(k)));
        }
    }
    if (a.mapping2013.size() != b.mapping2013.size())
        return QStringLiteral("mapping count: %1 / %2").arg(a.mapping2013.size()).arg(b.mapping2013.size());
    for (size_t i = 0; i < a.mapping2013.size(); ++i) {
        const CatalogMapping &x = a.mapping2013[i];
        const CatalogMapping &y = b.mapping2013[i];
        if (x.code2013 != y.code2013 || x.domain2013 != y.domain2013 || x.title2013 != y.title2013
            || x.codes2022 != y.codes2022)
            return QStringLiteral("mapping %1").arg(x.code2013);
    }
    return {};
}

const Catalog &builtIn()
{
    QString error;
    const Catalog *catalog = Catalog::builtIn(&error);
    if (!catalog)
        qFatal("The built-in catalog does not load: %s", qPrintable(error));
    return *catalog;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void controlsPerTheme();
    void titles_data();
    void titles();
    void clauseTitles_data();
    void clauseTitles();
    void attributesAreKnownValues();
    void mappingCoversEveryOldControl();
    void fileCarriesTheSameCatalog();
    void parseRejectsBrokenCatalogs_data();
    void parseRejectsBrokenCatalogs();
    void referenceControls();
    void referenceAttributes();
    void referenceClauses();
    void referenceMapping();
};

void TestCatalog::counts()
{
    const Catalog &catalog = builtIn();
    QCOMPARE(catalog.standard, QStringLiteral("ISO/IEC 27001:2022"));
    QCOMPARE(catalog.clauses.size(), size_t(41));
    QCOMPARE(catalog.controls.size(), size_t(93));
    QCOMPARE(catalog.themes.size(), size_t(4));
    QCOMPARE(catalog.mapping2013.size(), size_t(114));
    int newControls = 0;
    for (const CatalogControl &control : catalog.controls)
        newControls += control.newIn2022 ? 1 : 0;
    QCOMPARE(newControls, 11);
    // A new control has no predecessor; every other one has at least one.
    for (const CatalogControl &control : catalog.controls)
        QVERIFY2(control.newIn2022 == control.predecessors2013.isEmpty(), qPrintable(control.code));
}

void TestCatalog::controlsPerTheme()
{
    const Catalog &catalog = builtIn();
    QHash<QString, int> perTheme;
    for (const CatalogControl &control : catalog.controls) {
        QVERIFY2(control.code.startsWith(control.themeCode + QLatin1Char('.')), qPrintable(control.code));
        ++perTheme[control.themeCode];
    }
    QCOMPARE(perTheme.value(QStringLiteral("5")), 37);
    QCOMPARE(perTheme.value(QStringLiteral("6")), 8);
    QCOMPARE(perTheme.value(QStringLiteral("7")), 14);
    QCOMPARE(perTheme.value(QStringLiteral("8")), 34);
    QCOMPARE(catalog.theme(QStringLiteral("5"))->name, QStringLiteral("Organizational"));
    QCOMPARE(catalog.theme(QStringLiteral("6"))->name, QStringLiteral("People"));
    QCOMPARE(catalog.theme(QStringLiteral("7"))->name, QStringLiteral("Physical"));
    QCOMPARE(catalog.theme(QStringLiteral("8"))->name, QStringLiteral("Technological"));
    QVERIFY(!catalog.theme(QStringLiteral("9")));
}

void TestCatalog::titles_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("annexATitle");
    QTest::addColumn<bool>("newIn2022");

    QTest::newRow("5.1") << "5.1" << "Policies for information security" << "" << false;
    QTest::newRow("5.7") << "5.7" << "Threat intelligence" << "" << true;
    QTest::newRow("5.23") << "5.23" << "Information security for use of cloud services" << "" << true;
    QTest::newRow("5.34") << "5.34" << "Privacy and protection of PII"
                          << "Privacy and protection of personal identifiable information (PII)" << false;
    QTest::newRow("6.3") << "6.3" << "Information security awareness, education and training" << "" << false;
    QTest::newRow("7.4") << "7.4" << "Physical security monitoring" << "" << true;
    QTest::newRow("8.1") << "8.1" << "User endpoint devices" << "User end point devices" << false;
    QTest::newRow("8.28") << "8.28" << "Secure coding" << "" << true;
    QTest::newRow("8.34") << "8.34" << "Protection of information systems during audit testing" << "" << false;
}

void TestCatalog::titles()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, annexATitle);
    QFETCH(bool, newIn2022);

    const CatalogControl *control = builtIn().control(code);
    QVERIFY2(control, qPrintable(code));
    QCOMPARE(control->title, title);
    QCOMPARE(control->annexATitle, annexATitle);
    QCOMPARE(control->newIn2022, newIn2022);
    QVERIFY2(!control->description.isEmpty(), "every control has a description in our own words");
    QVERIFY2(!control->guidance.isEmpty(), "every control has a guidance question");
}

void TestCatalog::clauseTitles_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("title");

    QTest::newRow("4") << "4" << 1 << "" << "Context of the organization";
    QTest::newRow("4.3") << "4.3" << 2 << "4" << "Determining the scope of the information security management system";
    QTest::newRow("6.1.3") << "6.1.3" << 3 << "6.1" << "Information security risk treatment";
    QTest::newRow("6.3") << "6.3" << 2 << "6" << "Planning of changes";
    QTest::newRow("9.3.2") << "9.3.2" << 3 << "9.3" << "Management review inputs";
    QTest::newRow("10.2") << "10.2" << 2 << "10" << "Nonconformity and corrective action";
}

void TestCatalog::clauseTitles()
{
    QFETCH(QString, code);
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(QString, title);

    const Catalog &catalog = builtIn();
    const auto it = std::find_if(catalog.clauses.begin(), catalog.clauses.end(),
                                 [&](const CatalogClause &c) { return c.code == code; });
    QVERIFY2(it != catalog.clauses.end(), qPrintable(code));
    QCOMPARE(it->title, title);
    QCOMPARE(it->level, level);
    QCOMPARE(it->parentCode, parent);
}

void TestCatalog::attributesAreKnownValues()
{
    const QSet<QString> known[AttributeKindCount] = {
        {QStringLiteral("Preventive"), QStringLiteral("Detective"), QStringLiteral("Corrective")},
        {QStringLiteral("Confidentiality"), QStringLiteral("Integrity"), QStringLiteral("Availability")},
        {QStringLiteral("Identify"), QStringLiteral("Protect"), QStringLiteral("Detect"), QStringLiteral("Respond"),
         QStringLiteral("Recover")},
        {},  // operational capabilities: many, checked against the reference
        {QStringLiteral("Governance_and_Ecosystem"), QStringLiteral("Protection"), QStringLiteral("Defence"),
         QStringLiteral("Resilience")},
    };
    for (const CatalogControl &control : builtIn().controls) {
        for (int kind = 0; kind < AttributeKindCount; ++kind) {
            const QStringList &values = control.attributes[kind];
            QVERIFY2(!values.isEmpty(),
                     qPrintable(QStringLiteral("%1 has no %2").arg(control.code, attributeKindKey(AttributeKind(kind)))));
            if (known[kind].isEmpty())
                continue;
            for (const QString &value : values)
                QVERIFY2(known[kind].contains(value), qPrintable(QStringLiteral("%1: %2").arg(control.code, value)));
        }
    }
    QCOMPARE(attributeValueName(QStringLiteral("Governance_and_Ecosystem")), QStringLiteral("Governance and Ecosystem"));
}

void TestCatalog::mappingCoversEveryOldControl()
{
    const Catalog &catalog = builtIn();
    QSet<QString> codes2013;
    int rows = 0;
    for (const CatalogMapping &m : catalog.mapping2013) {
        QVERIFY2(!codes2013.contains(m.code2013), qPrintable(m.code2013));
        codes2013.insert(m.code2013);
        QVERIFY2(!m.codes2022.isEmpty(), qPrintable(m.code2013));
        for (const QString &code : m.codes2022) {
            const CatalogControl *control = catalog.control(code);
            QVERIFY2(control, qPrintable(code));
            QVERIFY2(control->predecessors2013.contains(m.code2013),
                     qPrintable(QStringLiteral("%1 should name %2 as predecessor").arg(code, m.code2013)));
            ++rows;
        }
    }
    QCOMPARE(codes2013.size(), qsizetype(114));
    QVERIFY(rows >= 114);
}

void TestCatalog::fileCarriesTheSameCatalog()
{
    TempDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.file(QStringLiteral("catalog.isms"));
    QString error;
    auto document = Document::create(path, QStringLiteral("Acme"), &error);
    QVERIFY2(document, qPrintable(error));
    QString diff = difference(builtIn(), document->catalog());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    Catalog loaded;
    QVERIFY2(CatalogStore(document->database()).load(&loaded, &error), qPrintable(error));
    diff = difference(builtIn(), loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    document.reset();

    // And after reopening, read-only. Opening reads the outline only (codes, titles,
    // themes); the texts, attributes and mapping come with the first call of catalog(),
    // into the same catalog, so that what holds on to it sees them too.
    document = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    const Catalog &outline = document->catalogOutline();
    QCOMPARE(outline.standard, builtIn().standard);
    QCOMPARE(outline.revision, builtIn().revision);
    QCOMPARE(outline.themes.size(), builtIn().themes.size());
    QCOMPARE(outline.clauses.size(), builtIn().clauses.size());
    QCOMPARE(outline.controls.size(), builtIn().controls.size());
    for (size_t i = 0; i < outline.controls.size(); ++i) {
        QCOMPARE(outline.controls[i].code, builtIn().controls[i].code);
        QCOMPARE(outline.controls[i].title, builtIn().controls[i].title);
        QCOMPARE(outline.controls[i].themeCode, builtIn().controls[i].themeCode);
        QVERIFY(outline.controls[i].description.isEmpty());
    }
    for (size_t i = 0; i < outline.clauses.size(); ++i) {
        QCOMPARE(outline.clauses[i].code, builtIn().clauses[i].code);
        QCOMPARE(outline.clauses[i].level, builtIn().clauses[i].level);
        QCOMPARE(outline.clauses[i].title, builtIn().clauses[i].title);
    }
    QVERIFY(outline.mapping2013.empty());
    const CatalogControl *first = &outline.controls.front();
    diff = difference(builtIn(), document->catalog());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(&document->catalog(), &outline);
    QCOMPARE(&outline.controls.front(), first);
    QCOMPARE(first->description, builtIn().controls.front().description);
}

void TestCatalog::parseRejectsBrokenCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray themes = R"("themes": [{"id": "5", "name": "Organizational"}])";
    const QByteArray clauses = R"("clauses": [{"id": "4", "level": 1, "title": "Context"}])";
    QTest::newRow("not JSON") << QByteArray("{ catalog") << "not valid JSON";
    QTest::newRow("no controls") << (R"({"catalog": "X", )" + themes + ", " + clauses + "}") << "incomplete";
    QTest::newRow("control of unknown theme")
        << (R"({"catalog": "X", )" + themes + ", " + clauses
            + R"(, "controls": [{"id": "9.1", "theme": "9", "title": "T"}]})")
        << "broken control entry (\"9.1\")";
    QTest::newRow("duplicate control")
        << (R"({"catalog": "X", )" + themes + ", " + clauses
            + R"(, "controls": [{"id": "5.1", "theme": "5", "title": "T"}, {"id": "5.1", "theme": "5", "title": "U"}]})")
        << "broken control entry (\"5.1\")";
    QTest::newRow("mapping to unknown control")
        << (R"({"catalog": "X", )" + themes + ", " + clauses
            + R"(, "controls": [{"id": "5.1", "theme": "5", "title": "T"}], "mapping2013": [{"from": "A.5.1.1", "to": ["5.99"]}]})")
        << "A.5.1.1 to an unknown control 5.99";
}

void TestCatalog::parseRejectsBrokenCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Catalog catalog;
    catalog.standard = QStringLiteral("untouched");
    QString error;
    QVERIFY(!Catalog::parse(json, &catalog, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(catalog.standard, QStringLiteral("untouched"));
}

void TestCatalog::referenceControls()
{
    if (!QFileInfo::exists(referencePath(QStringLiteral("annexA.tsv"))))
        QSKIP(qPrintable(QStringLiteral("The reference tables are not available at %1; the catalog cannot be "
                                        "compared with them.")
                             .arg(QStringLiteral(RAMPART_REFERENCE))));
    Table table;
    QString error;
    QVERIFY2(readTable(QStringLiteral("annexA.tsv"), &table, &error), qPrintable(error));
    QCOMPARE(table.rows.size(), qsizetype(93));

    const Catalog &catalog = builtIn();
    QSet<QString> seen;
    for (const QStringList &row : std::as_const(table.rows)) {
        const QString code = table.value(row, QStringLiteral("id"));
        seen.insert(code);
        const CatalogControl *control = catalog.control(code);
        QVERIFY2(control, qPrintable(QStringLiteral("control %1 is missing").arg(code)));
        QCOMPARE(control->title, table.value(row, QStringLiteral("title")));
        QCOMPARE(control->annexATitle, table.value(row, QStringLiteral("title_in_27001_tableA1_if_different")));
        const CatalogTheme *theme = catalog.theme(control->themeCode);
        QVERIFY2(theme, qPrintable(code));
        QCOMPARE(theme->name, table.value(row, QStringLiteral("theme")));
        QCOMPARE(control->newIn2022, table.value(row, QStringLiteral("new_in_2022")) == QLatin1String("yes"));
        QStringList expected = commaList(table.value(row, QStringLiteral("iso27002_2013_predecessors")));
        QStringList actual = control->predecessors2013;
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
    QCOMPARE(seen.size(), qsizetype(93));
    // The order of the catalog is the standard's.
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        QCOMPARE(catalog.controls[size_t(i)].code, table.value(table.rows.at(i), QStringLiteral("id")));
}

void TestCatalog::referenceAttributes()
{
    if (!QFileInfo::exists(referencePath(QStringLiteral("attributes.tsv"))))
        QSKIP(qPrintable(QStringLiteral("The reference tables are not available at %1; the catalog cannot be "
                                        "compared with them.")
                             .arg(QStringLiteral(RAMPART_REFERENCE))));
    Table table;
    QString error;
    QVERIFY2(readTable(QStringLiteral("attributes.tsv"), &table, &error), qPrintable(error));
    QCOMPARE(table.rows.size(), qsizetype(93));
    const char *const columns[AttributeKindCount] = {"control_type", "information_security_properties",
                                                     "cybersecurity_concepts", "operational_capabilities",
                                                     "security_domains"};
    for (const QStringList &row : std::as_const(table.rows)) {
        const QString code = table.value(row, QStringLiteral("id"));
        const CatalogControl *control = builtIn().control(code);
        QVERIFY2(control, qPrintable(code));
        QCOMPARE(control->title, table.value(row, QStringLiteral("title")));
        for (int kind = 0; kind < AttributeKindCount; ++kind) {
            const QStringList expected = commaList(table.value(row, QString::fromLatin1(columns[kind])));
            if (control->attributes[kind] != expected)
                QFAIL(qPrintable(QStringLiteral("%1 %2: catalog has %3, reference has %4")
                                     .arg(code, QString::fromLatin1(columns[kind]),
                                          control->attributes[kind].join(QLatin1Char(',')),
                                          expected.join(QLatin1Char(',')))));
        }
    }
}

void TestCatalog::referenceClauses()
{
    if (!QFileInfo::exists(referencePath(QStringLiteral("clauses.tsv"))))
        QSKIP(qPrintable(QStringLiteral("The reference tables are not available at %1; the catalog cannot be "
                                        "compared with them.")
                             .arg(QStringLiteral(RAMPART_REFERENCE))));
    Table table;
    QString error;
    QVERIFY2(readTable(QStringLiteral("clauses.tsv"), &table, &error), qPrintable(error));
    const Catalog &catalog = builtIn();
    QCOMPARE(size_t(table.rows.size()), catalog.clauses.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        const CatalogClause &clause = catalog.clauses[size_t(i)];
        QCOMPARE(clause.code, table.value(row, QStringLiteral("id")));
        QCOMPARE(clause.title, table.value(row, QStringLiteral("title")));
        QCOMPARE(QString::number(clause.level), table.value(row, QStringLiteral("level")));
        QCOMPARE(clause.parentCode, table.value(row, QStringLiteral("parent")));
        // Where the standard requires documented information, the catalog says so.
        const bool required = !table.value(row, QStringLiteral("documented_information_required")).isEmpty();
        QVERIFY2(required == !clause.documentedInformation.isEmpty(), qPrintable(clause.code));
    }
}

void TestCatalog::referenceMapping()
{
    if (!QFileInfo::exists(referencePath(QStringLiteral("mapping_2013_2022.tsv"))))
        QSKIP(qPrintable(QStringLiteral("The reference tables are not available at %1; the catalog cannot be "
                                        "compared with them.")
                             .arg(QStringLiteral(RAMPART_REFERENCE))));
    Table table;
    QString error;
    QVERIFY2(readTable(QStringLiteral("mapping_2013_2022.tsv"), &table, &error), qPrintable(error));
    const Catalog &catalog = builtIn();
    QHash<QString, const CatalogMapping *> byCode;
    for (const CatalogMapping &m : catalog.mapping2013)
        byCode.insert(m.code2013, &m);
    int mapped = 0;
    QSet<QString> newControls;
    for (const QStringList &row : std::as_const(table.rows)) {
        const QString type = table.value(row, QStringLiteral("row_type"));
        if (type == QLatin1String("new_in_2022")) {
            newControls.insert(table.value(row, QStringLiteral("iso27001_2022_ids")));
            continue;
        }
        QCOMPARE(type, QStringLiteral("2013_to_2022"));
        ++mapped;
        const QString code = table.value(row, QStringLiteral("iso27001_2013_id"));
        const CatalogMapping *m = byCode.value(code);
        QVERIFY2(m, qPrintable(code));
        QCOMPARE(m->title2013, table.value(row, QStringLiteral("iso27001_2013_title")));
        QCOMPARE(m->domain2013, table.value(row, QStringLiteral("iso27001_2013_domain")));
        QCOMPARE(m->codes2022, commaList(table.value(row, QStringLiteral("iso27001_2022_ids"))));
    }
    QCOMPARE(mapped, 114);
    QSet<QString> catalogNew;
    for (const CatalogControl &control : catalog.controls) {
        if (control.newIn2022)
            catalogNew.insert(control.code);
    }
    QCOMPARE(catalogNew, newControls);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
