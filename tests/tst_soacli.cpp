// rampart-cli and the SoA, through the real binary: check (with --strict), info,
// export --soa and import --soa (with --dry-run), and the exit codes.

#include "soatestutil.h"

#include "io/csv.h"
#include "io/soacsv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rampart::soatest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RAMPART_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        run.err = process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString show(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err);
}

// A spreadsheet that makes every Annex A control complete and current.
QByteArray completeSoa()
{
    QByteArray csv = "Control,Applicable,Reasons for inclusion,Status,Implementation,Owner,Last reviewed\n";
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const char *theme : {"5", "6", "7", "8"}) {
        const int count = theme[0] == '5' ? 37 : theme[0] == '6' ? 8 : theme[0] == '7' ? 14 : 34;
        for (int n = 1; n <= count; ++n)
            csv += QStringLiteral("%1.%2,Yes,Risk,Implemented,Done here,Priya Raman,%3\n")
                       .arg(QLatin1String(theme))
                       .arg(n)
                       .arg(today)
                       .toUtf8();
    }
    return csv;
}

} // namespace

class TestSoaCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkListsFindingsAsWarnings();
    void checkStrictFailsOnFindingsOnly();
    void checkRefusesAnUnhealthyFile();
    void infoShowsTheSoa();
    void exportEditImport();
    void badSpreadsheetChangesNothing();
    void dryRunChangesNothing();
    void usageErrors();
    void excludingAReliedOnControlWarns();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestSoaCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(RAMPART_CLI)));
    m_sample = m_dir.filePath(QStringLiteral("sample.isms"));
    const Run run = cli({QStringLiteral("sample"), m_sample});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
}

void TestSoaCli::checkListsFindingsAsWarnings()
{
    const QString file = m_dir.filePath(QStringLiteral("new.isms"));
    QCOMPARE(cli({QStringLiteral("new"), file}).exitCode, 0);
    const Run run = cli({QStringLiteral("check"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY(run.out.startsWith(file + QStringLiteral(": OK\n")));
    QVERIFY2(run.out.contains(QStringLiteral("warning: SoA 5.1 Policies for information security: No decision yet on "
                                             "whether the control is applicable. [no_decision]\n")),
             qPrintable(show(run)));
    QCOMPARE(run.out.count(QStringLiteral("warning: SoA ")), 93);
    QVERIFY(run.out.endsWith(QStringLiteral("Statement of Applicability: 93 completeness findings\n")));
    QVERIFY(run.err.isEmpty());
}

void TestSoaCli::checkStrictFailsOnFindingsOnly()
{
    Run run = cli({QStringLiteral("check"), m_sample, QStringLiteral("--strict")});
    QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
    QCOMPARE(run.out.count(QStringLiteral("warning: SoA ")), 3);
    QVERIFY(run.out.contains(QStringLiteral("[owner_missing]")));
    QCOMPARE(run.err, QStringLiteral("rampart-cli: 3 SoA completeness findings (--strict)\n"));

    // A complete SoA passes the strict check.
    const QString file = m_dir.filePath(QStringLiteral("complete.isms"));
    const QString csv = m_dir.filePath(QStringLiteral("complete.csv"));
    QVERIFY(writeFile(csv, completeSoa()));
    QCOMPARE(cli({QStringLiteral("new"), file}).exitCode, 0);
    run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY(run.out.contains(QStringLiteral("93 controls changed")));
    run = cli({QStringLiteral("check"), file, QStringLiteral("--strict")});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY(run.out.contains(QStringLiteral("Statement of Applicability: complete, no findings")));
}

void TestSoaCli::checkRefusesAnUnhealthyFile()
{
    const QString file = m_dir.filePath(QStringLiteral("junk.isms"));
    QVERIFY(writeFile(file, "this is not a database"));
    const Run run = cli({QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("is not a Rampart ISMS file")));
    QVERIFY(!run.out.contains(QStringLiteral("warning")));
}

void TestSoaCli::infoShowsTheSoa()
{
    Run run = cli({QStringLiteral("info"), m_sample});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY(run.out.contains(QStringLiteral(
        "SoA:               95 of 95 controls decided (2 own); 92 applicable, 3 excluded, 84 implemented\n")));
    QVERIFY(run.out.contains(QStringLiteral("SoA completeness:  3 findings\n")));
    QVERIFY(run.out.contains(
        QStringLiteral("SoA approved:      version 1 on 2026-03-16 by Daniel Okafor, Chief Executive Officer\n")));
    run = cli({QStringLiteral("info"), m_sample, QStringLiteral("--json")});
    const QJsonObject soa = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("soa")).toObject();
    QCOMPARE(soa.value(QLatin1String("excluded")).toInt(), 3);
    QCOMPARE(soa.value(QLatin1String("completenessFindings")).toInt(), 3);
    QCOMPARE(soa.value(QLatin1String("latestApprovedVersion")).toObject().value(QLatin1String("number")).toInt(), 1);
}

void TestSoaCli::exportEditImport()
{
    const QString file = m_dir.filePath(QStringLiteral("edit.isms"));
    QVERIFY(QFile::copy(m_sample, file));
    const QString csv = m_dir.filePath(QStringLiteral("soa.csv"));
    Run run = cli({QStringLiteral("export"), file, QStringLiteral("--soa"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QFile in(csv);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray data = in.readAll();
    in.close();
    QVERIFY(data.startsWith("\xEF\xBB\xBF" "Control,Theme,Title,Applicable,"));
    // Give ORG-02 its owner in the spreadsheet, and bring it back.
    rampart::CsvTable table;
    QString error;
    QVERIFY2(rampart::Csv::parse(data, &table, &error), qPrintable(error));
    QList<QStringList> rows{table.header};
    for (QStringList row : std::as_const(table.rows)) {
        if (row.at(rampart::SoaCsv::Control) == QLatin1String("ORG-02")) {
            QVERIFY(row.at(rampart::SoaCsv::OwnerColumn).isEmpty());
            row[rampart::SoaCsv::OwnerColumn] = QStringLiteral("Grace Liddell");
        }
        rows << row;
    }
    QVERIFY(writeFile(csv, rampart::Csv::write(rows)));

    run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QCOMPARE(run.out, QStringLiteral("Imported %1 into %2: 1 control changed (1 field)\n").arg(csv, file));
    run = cli({QStringLiteral("check"), file});
    QCOMPARE(run.out.count(QStringLiteral("warning: SoA ")), 2);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
}

void TestSoaCli::badSpreadsheetChangesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.isms"));
    QVERIFY(QFile::copy(m_sample, file));
    const QByteArray hash = fileHash(file);
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(csv, "Control,Applicable,Status,Target date\n"
                           "5.1,Yes,Implemented,\n"
                           "5.2,Yes,Done,\n"
                           "5.3,Yes,Planned,next week\n"
                           "5.1,No,,\n"
                           "ORG-99,Yes,,\n"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), csv});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines, (QStringList{
        QStringLiteral("rampart-cli: bad.csv: line 3, column \"Status\": \"Done\" is not an implementation status "
                       "(use Not started, Planned, Partially implemented, Implemented, Not applicable)"),
        QStringLiteral("rampart-cli: bad.csv: line 4, column \"Target date\": \"next week\" is not a date (use "
                       "YYYY-MM-DD, for example 2026-03-31)"),
        QStringLiteral("rampart-cli: bad.csv: line 5, column \"Control\": 5.1 appears again (first on line 2)"),
        QStringLiteral("rampart-cli: bad.csv: line 6, column \"Control\": \"ORG-99\" is neither an Annex A control "
                       "nor one of this SoA's own controls"),
        QStringLiteral("rampart-cli: 4 problems; nothing was imported"),
    }));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileHash(file), hash);
}

void TestSoaCli::dryRunChangesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("dry.isms"));
    QVERIFY(QFile::copy(m_sample, file));
    const QByteArray hash = fileHash(file);
    const QString csv = m_dir.filePath(QStringLiteral("dry.csv"));
    QVERIFY(writeFile(csv, "Control,Owner\n5.1,Someone else\n5.2,Another person\n"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), csv, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QCOMPARE(run.out, QStringLiteral("Dry run: %1 would change 2 controls (2 fields) in %2; nothing was written\n")
                          .arg(csv, file));
    QCOMPARE(fileHash(file), hash);
}

void TestSoaCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("export"), m_sample}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), m_sample}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), m_sample, QStringLiteral("--soa=a.csv"), QStringLiteral("--json=b.json")})
                 .exitCode,
             2);
    const Run missing = cli({QStringLiteral("import"), m_sample, QStringLiteral("--soa"),
                             m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("check FILE [--strict]")));
}

void TestSoaCli::excludingAReliedOnControlWarns()
{
    const QString file = m_dir.filePath(QStringLiteral("relied.isms"));
    QCOMPARE(cli({QStringLiteral("new"), file}).exitCode, 0);
    const QString risks = m_dir.filePath(QStringLiteral("relied-risks.csv"));
    QVERIFY(writeFile(risks, "Reference,Title,Planned controls\nR-003,Lost backups,\"8.13, 5.30\"\n"));
    Run run = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), risks});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));

    const QString soa = m_dir.filePath(QStringLiteral("exclude.csv"));
    QVERIFY(writeFile(soa, "Control,Applicable,Justification for exclusion\n8.13,No,Backups are the provider's\n"));
    const QString warning = QStringLiteral("warning: exclude.csv: line 2, column \"Applicable\": 8.13 is marked not "
                                           "applicable, but the treatment of R-003 plans it\n");
    run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), soa, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0 && run.out.contains(warning), qPrintable(show(run)));
    run = cli({QStringLiteral("import"), file, QStringLiteral("--soa"), soa});
    QVERIFY2(run.exitCode == 0 && run.out.contains(warning), qPrintable(show(run)));
    QVERIFY2(run.out.contains(QStringLiteral("1 control changed")), qPrintable(show(run)));

    // check names the contradiction as a finding of its own.
    run = cli({QStringLiteral("check"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY2(run.out.contains(QStringLiteral("warning: SoA 8.13 Information backup: Excluded but relied on by risk "
                                             "treatment: R-003. [excluded_but_relied_on]\n")),
             qPrintable(show(run)));
}

QTEST_GUILESS_MAIN(TestSoaCli)
#include "tst_soacli.moc"
