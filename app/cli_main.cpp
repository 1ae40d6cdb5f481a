// rampart-cli: the same work as the GUI, headless. Command-line parsing only; the
// work is done by rampart_core.

#include "document.h"
#include "documentsummary.h"
#include "io/jsonio.h"
#include "io/riskcsv.h"
#include "sample.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace rampart;

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart-cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << QStringLiteral("rampart-cli: ") << message << Qt::endl;
    return Failure;
}

int usage(const QString &message)
{
    err() << QStringLiteral("rampart-cli: ") << message << Qt::endl
          << tr("Try 'rampart-cli --help'.") << Qt::endl;
    return UsageError;
}

QString helpText()
{
    return tr("Usage: rampart-cli COMMAND FILE [OPTIONS]\n"
              "\n"
              "Works on a Rampart ISMS file (.isms) without the GUI.\n"
              "\n"
              "Commands:\n"
              "  new FILE [--org NAME]       create a new ISMS file with the ISO/IEC 27001:2022 catalog\n"
              "  sample FILE                 create FILE with the bundled sample ISMS\n"
              "  info FILE [--json]          file format, organisation, catalog and register counts\n"
              "  check FILE                  check that FILE is a healthy Rampart file (exit 1 if not)\n"
              "  export FILE --json OUT      write the whole document as JSON\n"
              "  export FILE [--risks OUT] [--treatment-plan OUT] [--assets OUT]\n"
              "                              write the risk register, treatment plan or assets as CSV\n"
              "  import FILE --json IN       replace the document's content with a JSON export\n"
              "  import FILE [--assets IN] [--risks IN] [--map 'Header=field,...'] [--dry-run]\n"
              "                              add assets and risks from CSV files (UTF-8, comma or\n"
              "                              semicolon); prints the column mapping and every problem,\n"
              "                              and writes nothing if there is any\n"
              "\n"
              "Exit status: 0 success, 1 failure (one line on stderr says why), 2 usage error.\n")
        + tr("\nFields for --map (or \"ignore\"):\n  risks:  %1\n  assets: %2\n")
              .arg(RiskCsv::fieldKeys(RiskCsv::Kind::Risks).join(QStringLiteral(", ")),
                   RiskCsv::fieldKeys(RiskCsv::Kind::Assets).join(QStringLiteral(", ")));
}

std::unique_ptr<Document> openForWriting(const QString &path, QString *error)
{
    auto document = Document::open(path, Database::Access::ReadWrite, error);
    if (document && document->isReadOnly()) {
        *error = tr("%1 cannot be changed: %2").arg(path, document->readOnlyReason());
        return nullptr;
    }
    if (document && !document->migrationBackupPath().isEmpty())
        err() << tr("Upgraded %1 to file format %2; the old file is kept as %3")
                     .arg(path)
                     .arg(document->schemaVersion())
                     .arg(document->migrationBackupPath())
              << Qt::endl;
    return document;
}

int runNew(const QString &file, const QCommandLineParser &parser)
{
    const QString organisation = parser.value(QStringLiteral("org"));
    QString error;
    if (!Document::create(file, organisation, &error))
        return fail(error);
    out() << tr("Created %1").arg(file) << Qt::endl;
    return Success;
}

int runSample(const QString &file, const QCommandLineParser &parser)
{
    QString error;
    if (!parser.isSet(QStringLiteral("risks"))) {
        if (!createSample(file, &error))
            return fail(error);
        out() << tr("Created %1 with the sample ISMS").arg(file) << Qt::endl;
        return Success;
    }
    // The generator for benchmark files (not in --help: it makes large, meaningless
    // registers).
    bool ok = false;
    const int risks = parser.value(QStringLiteral("risks")).toInt(&ok);
    if (!ok || risks < 0 || risks > 10000000)
        return usage(tr("--risks needs a number of risks"));
    int assets = 50;
    if (parser.isSet(QStringLiteral("assets"))) {
        assets = parser.value(QStringLiteral("assets")).toInt(&ok);
        if (!ok || assets < 0 || assets > 1000000)
            return usage(tr("--assets needs a number of assets"));
    }
    QElapsedTimer timer;
    timer.start();
    if (!createGeneratedSample(file, risks, assets, &error))
        return fail(error);
    out() << tr("Created %1 with the sample ISMS and %2 generated risks and %3 assets in %4 s")
                 .arg(file)
                 .arg(risks)
                 .arg(assets)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    return Success;
}

int runInfo(const QString &file, const QCommandLineParser &parser)
{
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document)
        return fail(error);
    DocumentSummary summary = DocumentSummary::of(*document);
    // Opened read-only by the command itself: not worth reporting as a property of the file.
    summary.readOnly = false;
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        out() << summary.toText();
    return Success;
}

int runCheck(const QString &file)
{
    const QString problem = Database::check(file);
    if (!problem.isEmpty())
        return fail(problem);
    out() << tr("%1: OK").arg(file) << Qt::endl;
    return Success;
}

int runExport(const QString &file, const QCommandLineParser &parser)
{
    const QStringList kinds = {QStringLiteral("json"), QStringLiteral("risks"), QStringLiteral("treatment-plan"),
                               QStringLiteral("assets")};
    bool any = false;
    for (const QString &kind : kinds) {
        if (parser.isSet(kind)) {
            if (parser.value(kind).isEmpty())
                return usage(tr("--%1 needs a file name").arg(kind));
            any = true;
        }
    }
    if (!any)
        return usage(tr("export needs --json OUT, --risks OUT, --treatment-plan OUT or --assets OUT"));
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document)
        return fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        const QString target = parser.value(QStringLiteral("json"));
        if (!JsonIo::exportTo(*document, target, &error))
            return fail(error);
        out() << tr("Exported %1 to %2").arg(file, target) << Qt::endl;
    }
    struct CsvExport
    {
        QString option;
        QList<QStringList> (*rows)(Document &);
        QString what;
    };
    const CsvExport exports[] = {
        {QStringLiteral("risks"), &RiskCsv::riskRows, tr("risk register")},
        {QStringLiteral("treatment-plan"), &RiskCsv::treatmentPlanRows, tr("treatment plan")},
        {QStringLiteral("assets"), &RiskCsv::assetRows, tr("asset inventory")},
    };
    for (const CsvExport &e : exports) {
        if (!parser.isSet(e.option))
            continue;
        const QString target = parser.value(e.option);
        const QList<QStringList> rows = e.rows(*document);
        if (!RiskCsv::write(target, rows, &error))
            return fail(error);
        const int count = int(rows.size()) - 1;
        out() << (count == 1 ? tr("Exported the %1 of %2 to %3 (1 row)").arg(e.what, file, target)
                             : tr("Exported the %1 of %2 to %3 (%4 rows)").arg(e.what, file, target).arg(count))
              << Qt::endl;
    }
    return Success;
}

// Reads one CSV file for import, printing the mapping; returns false when it has
// problems (printed too).
bool readCsv(RiskCsv::Kind kind, const QString &path, const QString &mapOption, bool mapMayNotApply,
             Document &document, const std::vector<Asset> &alsoAssets, RiskCsv::Result *result, QStringList *headers)
{
    if (!QFileInfo::exists(path)) {
        err() << tr("%1: the file does not exist").arg(path) << Qt::endl;
        return false;
    }
    CsvTable table;
    QList<int> mapping;
    *result = RiskCsv::readFile(kind, path, mapOption, document, alsoAssets, &table, &mapping, mapMayNotApply);
    *headers << table.header;
    out() << (result->rows == 1 ? tr("%1: 1 row").arg(path) : tr("%1: %2 rows").arg(path).arg(result->rows)) << Qt::endl;
    if (!table.header.isEmpty()) {
        out() << tr("Columns:") << Qt::endl;
        for (const QString &line : RiskCsv::describeMapping(kind, table.header, mapping))
            out() << QStringLiteral("  ") << line << Qt::endl;
    }
    for (const ImportProblem &p : result->problems)
        err() << path << QStringLiteral(": ") << p.toString() << Qt::endl;
    return !result->hasProblems();
}

int runCsvImport(const QString &file, const QCommandLineParser &parser)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString mapOption = parser.value(QStringLiteral("map"));
    QString error;
    std::unique_ptr<Document> document = dryRun ? Document::open(file, Database::Access::ReadOnly, &error)
                                                : openForWriting(file, &error);
    if (!document)
        return fail(error);
    RiskRegisterBatch batch;
    int problems = 0;
    bool ok = true;
    // One --map serves both files: each file takes the entries for its own headers.
    const bool both = parser.isSet(QStringLiteral("assets")) && parser.isSet(QStringLiteral("risks"));
    QStringList headers;
    if (parser.isSet(QStringLiteral("assets"))) {
        RiskCsv::Result assets;
        ok = readCsv(RiskCsv::Kind::Assets, parser.value(QStringLiteral("assets")), mapOption, both, *document, {},
                     &assets, &headers);
        problems += int(assets.problems.size());
        batch.assets = assets.batch.assets;
    }
    if (parser.isSet(QStringLiteral("risks"))) {
        RiskCsv::Result risks;
        ok = readCsv(RiskCsv::Kind::Risks, parser.value(QStringLiteral("risks")), mapOption, both, *document,
                     batch.assets, &risks, &headers)
            && ok;
        problems += int(risks.problems.size());
        batch.risks = risks.batch.risks;
    }
    if (both) {
        for (const QString &header : RiskCsv::mapOptionHeaders(mapOption)) {
            bool found = false;
            for (const QString &h : std::as_const(headers))
                found = found || h.compare(header, Qt::CaseInsensitive) == 0;
            if (!found) {
                err() << tr("--map: neither file has a column \"%1\"").arg(header) << Qt::endl;
                ++problems;
                ok = false;
            }
        }
    }
    if (!ok)
        return fail(problems == 1  ? tr("1 problem found; nothing was imported")
                        : problems > 1 ? tr("%1 problems found; nothing was imported").arg(problems)
                                       : tr("nothing was imported"));
    if (dryRun) {
        out() << tr("Dry run: %1 assets and %2 risks would be imported; nothing was written.")
                     .arg(batch.assets.size())
                     .arg(batch.risks.size())
              << Qt::endl;
        return Success;
    }
    QString writeError;
    QObject::connect(document.get(), &Document::writeFailed, [&writeError](const QString &message) { writeError = message; });
    if (!document->importRegister(batch, tr("Import from CSV")))
        return fail(writeError.isEmpty() ? tr("nothing to import") : writeError);
    out() << tr("Imported %1 assets and %2 risks into %3").arg(batch.assets.size()).arg(batch.risks.size()).arg(file)
          << Qt::endl;
    return Success;
}

int runImport(const QString &file, const QCommandLineParser &parser)
{
    const bool csv = parser.isSet(QStringLiteral("risks")) || parser.isSet(QStringLiteral("assets"));
    if (csv && parser.isSet(QStringLiteral("json")))
        return usage(tr("import takes either --json or CSV files (--risks, --assets), not both"));
    if (csv)
        return runCsvImport(file, parser);
    if (!parser.isSet(QStringLiteral("json")) || parser.value(QStringLiteral("json")).isEmpty())
        return usage(tr("import needs --json IN, or --risks IN and/or --assets IN"));
    const QString source = parser.value(QStringLiteral("json"));
    if (!QFileInfo::exists(source))
        return fail(tr("The file %1 does not exist.").arg(source));
    QString error;
    auto document = openForWriting(file, &error);
    if (!document)
        return fail(error);
    if (!JsonIo::importFrom(*document, source, &error))
        return fail(error);
    out() << tr("Imported %1 into %2").arg(source, file) << Qt::endl;
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setupApplication(app);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("info: print JSON. export/import: the JSON file."),
                                        tr("FILE"));
    const QCommandLineOption orgOption(QStringLiteral("org"), tr("Organisation name for a new file."), tr("NAME"));
    const QCommandLineOption risksOption(QStringLiteral("risks"), tr("import/export: the risk register CSV."),
                                         tr("FILE"));
    const QCommandLineOption assetsOption(QStringLiteral("assets"), tr("import/export: the asset inventory CSV."),
                                          tr("FILE"));
    const QCommandLineOption planOption(QStringLiteral("treatment-plan"), tr("export: the treatment plan CSV."),
                                        tr("FILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("import: column mapping corrections."),
                                       tr("Header=field,..."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("import: check only, write nothing."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(jsonOption);
    parser.addOption(orgOption);
    parser.addOption(risksOption);
    parser.addOption(assetsOption);
    parser.addOption(planOption);
    parser.addOption(mapOption);
    parser.addOption(dryRunOption);

    QStringList arguments = app.arguments();
    // "--json" is a flag for info and takes a value for export/import: give the
    // flag form an empty value so one parser serves both.
    const qsizetype commandIndex = arguments.size() > 1 ? 1 : -1;
    const QString command = commandIndex > 0 ? arguments.at(commandIndex) : QString();
    if (command == QLatin1String("info")) {
        for (qsizetype i = 2; i < arguments.size(); ++i) {
            if (arguments.at(i) == QLatin1String("--json"))
                arguments[i] = QStringLiteral("--json=");
        }
    }
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption) || command == QLatin1String("help")) {
        out() << helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out() << QStringLiteral("rampart-cli %1 (file format %2)\n").arg(QStringLiteral(RAMPART_VERSION)).arg(schema::CurrentVersion);
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no command given"));
    const QString verb = positional.at(0);
    static const QStringList verbs = {QStringLiteral("new"),  QStringLiteral("sample"), QStringLiteral("info"),
                                      QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("import")};
    if (!verbs.contains(verb))
        return usage(tr("unknown command '%1'").arg(verb));
    if (positional.size() < 2)
        return usage(tr("%1 needs a FILE").arg(verb));
    if (positional.size() > 2)
        return usage(tr("unexpected argument '%1'").arg(positional.at(2)));
    const QString file = positional.at(1);

    if (verb == QLatin1String("new"))
        return runNew(file, parser);
    if (verb == QLatin1String("sample"))
        return runSample(file, parser);
    if (verb == QLatin1String("info"))
        return runInfo(file, parser);
    if (verb == QLatin1String("check"))
        return runCheck(file);
    if (verb == QLatin1String("export"))
        return runExport(file, parser);
    return runImport(file, parser);
}
