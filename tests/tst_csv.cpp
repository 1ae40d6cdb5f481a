#include "io/csv.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace rampart;

// The CSV reader and writer of core/io: what spreadsheets write, and what goes wrong.
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void errors_data();
    void errors();
    void rowLines();
    void readsTheSameInAnyPieces_data();
    void readsTheSameInAnyPieces();
    void handsOnRecordsAsRead();
    void repeatingAndUniqueColumns();
    void writesAndReadsBack();
    void writesLongTablesInPieces();
    void safeText_data();
    void safeText();
};

void TestCsv::parses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QChar>("delimiter");

    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << ab << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << ab << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ab << QList<QStringList>{{QStringLiteral("1,5"), QStringLiteral("2")}} << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << ab << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QChar(u'\t');
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4") << ab
                          << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}} << QChar(u',');
    QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"x, y\",2\n") << ab
                                      << QList<QStringList>{{QStringLiteral("x, y"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("escaped quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << ab
                                   << QList<QStringList>{{QStringLiteral("say \"hi\""), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("embedded newline") << QByteArray("a,b\n\"line 1\nline 2\",2\n") << ab
                                      << QList<QStringList>{{QStringLiteral("line 1\nline 2"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("embedded crlf") << QByteArray("a,b\r\n\"line 1\r\nline 2\",2\r\n") << ab
                                   << QList<QStringList>{{QStringLiteral("line 1\nline 2"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n") << ab << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("empty fields") << QByteArray("a,b\n,\n") << ab << QList<QStringList>{{QString(), QString()}} << QChar(u',');
    QTest::newRow("header trimmed") << QByteArray("a ,  b\n1,2\n") << ab << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QChar(u',');
    QTest::newRow("utf-8") << QByteArray("a,b\nTomás,Inês\n") << ab
                           << QList<QStringList>{{QStringLiteral("Tom\u00e1s"), QStringLiteral("In\u00eas")}} << QChar(u',');
    QTest::newRow("header only") << QByteArray("a,b\n") << ab << QList<QStringList>{} << QChar(u',');
}

void TestCsv::parses()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QChar, delimiter);
    CsvTable table;
    QString error;
    QVERIFY2(Csv::parse(data, &table, &error), qPrintable(error));
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.delimiter, delimiter);
}

void TestCsv::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "line 1: the file is empty";
    QTest::newRow("whitespace") << QByteArray(" \n \n") << "line 1: the file is empty";
    QTest::newRow("latin-1") << QByteArray("a,b\nM\xfcller,2\n") << "line 2, column 2: the file is not UTF-8";
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << "line 3, column 3: a quoted field is never closed";
    QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n") << "line 2, column 4: unexpected text after a closing quote";
}

void TestCsv::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    CsvTable table;
    QString message;
    QVERIFY(!Csv::parse(data, &table, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestCsv::rowLines()
{
    CsvTable table;
    QString error;
    QVERIFY(Csv::parse("a,b\n1,2\n\"x\ny\",3\n4,5\n", &table, &error));
    QCOMPARE(table.rowLines, (QList<int>{2, 3, 5}));
}

namespace {

// A table, or the error, as one string to compare.
QString outcome(bool ok, const QString &error, const CsvTable &table)
{
    if (!ok)
        return QStringLiteral("error: ") + error;
    QString text = QStringLiteral("delimiter %1; header %2").arg(table.delimiter).arg(table.header.join(QLatin1Char('|')));
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        text += QStringLiteral("\nline %1: %2").arg(table.rowLines.value(i)).arg(table.rows.at(i).join(QLatin1Char('|')));
    return text;
}

} // namespace

// The file is read a piece at a time: wherever a piece ends (inside a doubled quote, between
// the \r and \n of a line end, inside a UTF-8 sequence, inside the byte order mark), the
// result is the same as when it comes in one piece, errors with their line and column too.
void TestCsv::readsTheSameInAnyPieces_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\"\"\n")
                                    << "delimiter ,; header a|b\nline 2: say \"hi\"|\"\"";
    QTest::newRow("crlf inside and outside quotes") << QByteArray("a;b\r\n\"x\r\ny\r\";2\r\n\r\n3;\"\r\"\r\n")
                                                    << "delimiter ;; header a|b\nline 2: x\ny\n|2\nline 5: 3|\n";
    QTest::newRow("utf-8 and bom") << QByteArray("\xEF\xBB\xBF" "a,\xC3\xA9\n\xF0\x9F\x98\x80x,\xEF\xBB\xBF" "b\n")
                                   << QStringLiteral("delimiter ,; header a|\u00e9\nline 2: \U0001F600x|\uFEFFb");
    QTest::newRow("quote inside a plain field") << QByteArray("a\tb\nx\"y\t\"\"\nlast") << "delimiter \t; header a|b\nline 2: x\"y|\nline 3: last";
    QTest::newRow("unclosed quote") << QByteArray("a,b\n\xC3\xA9\xC3\xA9,\"x\ny\n") << "error: line 2, column 4: a quoted field is never closed";
    QTest::newRow("text after quote") << QByteArray("a,b\n\xC3\xA9,\"x\r\n\"y\n") << "error: line 3, column 2: unexpected text after a closing quote";
    // Invalid text is reported first, even after a line the CSV already fails on.
    QTest::newRow("invalid after an error") << QByteArray("a,b\n\"x\"y\nabc\xC3\xA9\xFF\n")
                                            << "error: line 3, column 5: the file is not UTF-8 text (save it from the "
                                               "spreadsheet as \"CSV UTF-8\")";
    QTest::newRow("cut sequence at the end") << QByteArray("a,b\n1,\xE2\x82") << "error: line 2, column 3: the file is not UTF-8 text (save it from the "
                                                                               "spreadsheet as \"CSV UTF-8\")";
    QTest::newRow("blank") << QByteArray("\xEF\xBB\xBF \t\r\n\t\n") << "error: line 1: the file is empty";
}

void TestCsv::readsTheSameInAnyPieces()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    CsvTable whole;
    QString error;
    const bool ok = Csv::parse(data, &whole, &error);
    QCOMPARE(outcome(ok, error, whole), expected);
    for (qsizetype piece = 1; piece <= data.size(); ++piece) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvTable table;
        bool header = true;
        QString pieceError;
        const bool pieceOk = Csv::read(
            &buffer,
            [&](QStringList &record, int line) {
                if (header) {
                    table.header = record;
                    header = false;
                    return;
                }
                table.rows << record;
                table.rowLines << line;
            },
            &pieceError, &table.delimiter, piece);
        QVERIFY2(outcome(pieceOk, pieceError, table) == expected,
                 qPrintable(QStringLiteral("pieces of %1 bytes: %2").arg(piece).arg(outcome(pieceOk, pieceError, table))));
    }
}

// Records come as they are read, the header first and trimmed, each row with its line.
void TestCsv::handsOnRecordsAsRead()
{
    QBuffer buffer;
    buffer.setData("Ref , Title\n\nR-1,\"two\nlines\"\nR-2, padded \n");
    buffer.open(QIODevice::ReadOnly);
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    QChar delimiter;
    QVERIFY2(Csv::read(
                 &buffer,
                 [&](QStringList &record, int line) {
                     records << record;
                     lines << line;
                 },
                 &error, &delimiter, 4),
             qPrintable(error));
    QCOMPARE(delimiter, QLatin1Char(','));
    QCOMPARE(records, (QList<QStringList>{{QStringLiteral("Ref"), QStringLiteral("Title")},
                                          {QStringLiteral("R-1"), QStringLiteral("two\nlines")},
                                          {QStringLiteral("R-2"), QStringLiteral(" padded ")}}));
    QCOMPARE(lines, (QList<int>{1, 3, 5}));
}

// Values that repeat down a column are shared, a column that hardly repeats is left
// alone after a while: either way every cell reads back as written, also a column whose
// values only start to repeat late, and one with the same text quoted and plain.
void TestCsv::repeatingAndUniqueColumns()
{
    QList<QStringList> rows = {{QStringLiteral("Id"), QStringLiteral("Level"), QStringLiteral("Late"), QStringLiteral("Text")}};
    for (int i = 0; i < 3000; ++i) {
        const QString late = i < 1000 ? QStringLiteral("unique %1").arg(i) : QStringLiteral("again %1").arg(i % 3);
        const QString text = i % 2 ? QStringLiteral("Same, with a comma") : QStringLiteral("Same with \u00e9 and %1").arg(i % 7);
        rows.append({QStringLiteral("R-%1").arg(i), QStringLiteral("Level %1").arg(i % 5), late, text});
    }
    CsvTable table;
    QString error;
    QVERIFY2(Csv::parse(Csv::write(rows), &table, &error), qPrintable(error));
    QCOMPARE(table.header, rows.first());
    QCOMPARE(table.rows, rows.mid(1));
}

void TestCsv::writesAndReadsBack()
{
    const QList<QStringList> rows = {{QStringLiteral("Reference"), QStringLiteral("Notes")},
                                     {QStringLiteral("R-1"), QStringLiteral("a, \"quoted\"\nsecond line")},
                                     {QStringLiteral("R-2"), QStringLiteral(" padded ")}};
    const QByteArray data = Csv::write(rows);
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
    CsvTable table;
    QString error;
    QVERIFY2(Csv::parse(data, &table, &error), qPrintable(error));
    QCOMPARE(table.header, rows.first());
    QCOMPARE(table.rows, rows.mid(1));
}

// Longer than the megabyte written at a time: the same table comes back, with the
// bytes of the exact form, and a device that refuses a write makes it fail.
void TestCsv::writesLongTablesInPieces()
{
    QList<QStringList> rows = {{QStringLiteral("Reference"), QStringLiteral("Notes"), QStringLiteral("Owner")}};
    for (int i = 0; i < 50000; ++i)
        rows.append({QStringLiteral("R-%1").arg(i), QStringLiteral("Note %1, with \"quotes\" and \u00e9\nnext line").arg(i),
                     QStringLiteral("Ana\u00efs")});
    const QByteArray data = Csv::write(rows);
    QVERIFY(data.size() > 2 * 1024 * 1024);
    QVERIFY(data.startsWith("\xEF\xBB\xBFReference,Notes,Owner\r\nR-0,\"Note 0, with \"\"quotes\"\" and \xC3\xA9\nnext line\",Ana\xC3\xAFs\r\n"));
    QCOMPARE(data.count("\xEF\xBB\xBF"), 1);
    CsvTable table;
    QString error;
    QVERIFY2(Csv::parse(data, &table, &error), qPrintable(error));
    QCOMPARE(table.header, rows.first());
    QCOMPARE(table.rows, rows.mid(1));

    QBuffer refusing;
    refusing.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QVERIFY(!Csv::writeTo(&refusing, rows));
}

void TestCsv::safeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+1+1" << "'+1+1";
    QTest::newRow("minus") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("plain") << "Ransomware" << "Ransomware";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("inner equals") << "a=b" << "a=b";
}

void TestCsv::safeText()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(Csv::safeText(text), safe);
    QCOMPARE(Csv::unsafeText(Csv::safeText(text)), text);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
