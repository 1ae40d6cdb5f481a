// rampart-cli: the same work as the GUI, headless. Command-line parsing only; the
// work is done by rampart_core.

#include "document.h"
#include "documentsummary.h"
#include "io/jsonio.h"
#include "io/worksheet.h"
#include "reports/reports.h"
#include "io/soacsv.h"
#include "io/riskcsv.h"
#include "sample.h"
#include "settings.h"
#include "soa.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "stores/auditstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace rampart;

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
          << Cli::tr("Try 'rampart-cli --help'.") << Qt::endl;
    return UsageError;
}

QStringList reportKeys()
{
    QStringList keys;
    for (const ReportKindInfo &info : Reports::kinds())
        keys << info.key;
    return keys;
}

// The report kinds for the help text, wrapped under the column of the descriptions.
QString wrappedReportKeys()
{
    const QString indent(36, QLatin1Char(' '));
    QString out;
    int column = 36;
    const QStringList keys = reportKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString item = keys.at(i) + (i + 1 < keys.size() ? QStringLiteral(",") : QString());
        if (i > 0 && column + 1 + item.size() > 96) {
            out += QLatin1Char('\n') + indent;
            column = 36;
        } else if (i > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += item;
        column += int(item.size());
    }
    return out;
}

QString helpText()
{
    return Cli::tr("Usage: rampart-cli COMMAND FILE [OPTIONS]\n"
              "\n"
              "Works on a Rampart ISMS file (.isms) without the GUI.\n"
              "\n"
              "Commands:\n"
              "  new FILE [--org NAME]       create a new ISMS file with the ISO/IEC 27001:2022 catalog\n"
              "  sample FILE                 create FILE with the bundled sample ISMS\n"
              "  info FILE [--json]          file format, organisation, catalog and register counts\n"
              "  check FILE [--strict]       check that FILE is a healthy Rampart file (exit 1 if not), then\n"
              "                              list the gaps in its Statement of Applicability as warnings\n"
              "                              (with --strict, exit 1 when there is any)\n"
              "  export FILE --json OUT      write the whole document as JSON\n"
              "  export FILE --soa CSV       write the Statement of Applicability as a spreadsheet (CSV)\n"
              "  import FILE --json IN       replace the document's content with a JSON export\n"
              "  import FILE --soa CSV [--dry-run]\n"
              "                              update the Statement of Applicability from a spreadsheet,\n"
              "                              matched by control; any problem changes nothing (exit 1);\n"
              "                              --dry-run checks and reports without writing\n"
              "  report FILE KIND --pdf OUT  print a report as PDF [--paper a4|letter]\n"
              "                              [--classification TEXT]\n"
              "                              KIND: %1\n"
              "                              management-review: [--review N] (MR-02 or 2;\n"
              "                              default: the latest review)\n"
              "                              audit-plan and audit-report: --audit REF\n"
              "  export FILE --audit REF --worksheet OUT\n"
              "                              write an audit's checklist as a CSV worksheet to fill in\n"
              "  import FILE --audit REF --worksheet IN [--dry-run]\n"
              "                              read a filled-in worksheet back into the audit's checklist;\n"
              "                              nothing is written if any row has a problem\n"
              "  export FILE [--risks OUT] [--treatment-plan OUT] [--assets OUT]\n"
              "                              write the risk register, treatment plan or assets as CSV\n"
              "  import FILE [--assets IN] [--risks IN] [--map 'Header=field,...'] [--dry-run]\n"
              "                              add assets and risks from CSV files (UTF-8, comma or\n"
              "                              semicolon); prints the column mapping and every problem,\n"
              "                              and writes nothing if there is any\n"
              "\n"
              "Exit status: 0 success, 1 failure (stderr says why), 2 usage error.\n")
        .arg(wrappedReportKeys())
        + Cli::tr("\nFields for --map (or \"ignore\"):\n  risks:  %1\n  assets: %2\n")
              .arg(RiskCsv::fieldKeys(RiskCsv::Kind::Risks).join(QStringLiteral(", ")),
                   RiskCsv::fieldKeys(RiskCsv::Kind::Assets).join(QStringLiteral(", ")));
}

std::unique_ptr<Document> openForWriting(const QString &path, QString *error)
{
    auto document = Document::open(path, Database::Access::ReadWrite, error);
    if (document && document->isReadOnly()) {
        *error = Cli::tr("%1 cannot be changed: %2").arg(path, document->readOnlyReason());
        return nullptr;
    }
    if (document && !document->migrationBackupPath().isEmpty())
        err() << Cli::tr("Upgraded %1 to file format %2; the old file is kept as %3")
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
    out() << Cli::tr("Created %1").arg(file) << Qt::endl;
    return Success;
}

int runSample(const QString &file, const QCommandLineParser &parser)
{
    QString error;
    if (!parser.isSet(QStringLiteral("risks"))) {
        if (!createSample(file, &error))
            return fail(error);
        out() << Cli::tr("Created %1 with the sample ISMS").arg(file) << Qt::endl;
        return Success;
    }
    // The generator for benchmark files (not in --help: it makes large, meaningless
    // registers).
    bool ok = false;
    const int risks = parser.value(QStringLiteral("risks")).toInt(&ok);
    if (!ok || risks < 0 || risks > 10000000)
        return usage(Cli::tr("--risks needs a number of risks"));
    int assets = 50;
    if (parser.isSet(QStringLiteral("assets"))) {
        assets = parser.value(QStringLiteral("assets")).toInt(&ok);
        if (!ok || assets < 0 || assets > 1000000)
            return usage(Cli::tr("--assets needs a number of assets"));
    }
    int audits = 0;
    if (parser.isSet(QStringLiteral("audits"))) {
        audits = parser.value(QStringLiteral("audits")).toInt(&ok);
        if (!ok || audits < 0 || audits > 10000)
            return usage(Cli::tr("--audits needs a number of audits"));
    }
    QElapsedTimer timer;
    timer.start();
    if (!createGeneratedSample(file, risks, assets, &error))
        return fail(error);
    if (audits > 0 && !addGeneratedAudits(file, audits, &error))
        return fail(error);
    out() << Cli::tr("Created %1 with the sample ISMS and %2 generated risks and %3 assets in %4 s")
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

int runCheck(const QString &file, const QCommandLineParser &parser)
{
    const QString problem = Database::check(file);
    if (!problem.isEmpty())
        return fail(problem);
    out() << Cli::tr("%1: OK").arg(file) << Qt::endl;

    // The file is healthy; what follows is about its content, and only --strict makes
    // it a failure.
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document) {
        out() << Cli::tr("warning: the Statement of Applicability was not checked: %1").arg(error) << Qt::endl;
        return Success;
    }
    const std::vector<SoaFinding> findings = document->soa().findings();
    for (const SoaFinding &f : findings)
        out() << Cli::tr("warning: SoA %1 %2: %3 [%4]").arg(f.controlRef, f.title, f.message,
                                                       SoaCompleteness::ruleKey(f.rule))
              << Qt::endl;
    if (findings.empty())
        out() << Cli::tr("Statement of Applicability: complete, no findings") << Qt::endl;
    else
        out() << Cli::tr("Statement of Applicability: %n completeness finding(s)", nullptr, int(findings.size()))
              << Qt::endl;
    if (parser.isSet(QStringLiteral("strict")) && !findings.empty())
        return fail(Cli::tr("%n SoA completeness finding(s) (--strict)", nullptr, int(findings.size())));
    return Success;
}

// The audit a command names with --audit (0 and a message when there is none).
qint64 auditByReference(Document &document, const QString &reference, QString *error)
{
    const qint64 id = document.audits().idForReference(reference);
    if (id == 0)
        *error = Cli::tr("there is no audit %1 in %2").arg(reference, document.path());
    return id;
}

int runExportWorksheet(const QString &file, const QCommandLineParser &parser)
{
    const QString reference = parser.value(QStringLiteral("audit"));
    const QString target = parser.value(QStringLiteral("worksheet"));
    if (reference.isEmpty())
        return usage(Cli::tr("export --worksheet needs --audit REF"));
    if (target.isEmpty())
        return usage(Cli::tr("export --audit needs --worksheet OUT"));
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document)
        return fail(error);
    const qint64 audit = auditByReference(*document, reference, &error);
    if (audit == 0)
        return fail(error);
    if (!Worksheet::exportTo(*document, audit, target, &error))
        return fail(error);
    out() << Cli::tr("Exported the checklist of %1 to %2").arg(reference, target) << Qt::endl;
    return Success;
}

int runImportWorksheet(const QString &file, const QCommandLineParser &parser)
{
    const QString reference = parser.value(QStringLiteral("audit"));
    const QString source = parser.value(QStringLiteral("worksheet"));
    if (reference.isEmpty())
        return usage(Cli::tr("import --worksheet needs --audit REF"));
    if (source.isEmpty())
        return usage(Cli::tr("import --audit needs --worksheet IN"));
    if (!QFileInfo::exists(source))
        return fail(Cli::tr("The file %1 does not exist.").arg(source));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QString error;
    // A dry run opens the file read-only: it cannot write even by mistake.
    auto document = dryRun ? Document::open(file, Database::Access::ReadOnly, &error) : openForWriting(file, &error);
    if (!document)
        return fail(error);
    const qint64 audit = auditByReference(*document, reference, &error);
    if (audit == 0)
        return fail(error);
    WorksheetPlan plan;
    const bool ok = Worksheet::importFrom(*document, audit, source, dryRun, &plan, &error);
    if (!ok) {
        fail(error);
        const QString name = QFileInfo(source).fileName();
        for (const WorksheetProblem &problem : plan.problems)
            err() << QStringLiteral("  %1: %2").arg(name, problem.toString()) << Qt::endl;
        return Failure;
    }
    out() << Cli::tr("%1 into %2: %3").arg(source, reference, plan.summary(dryRun)) << Qt::endl;
    return Success;
}

int runExport(const QString &file, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("worksheet")) || parser.isSet(QStringLiteral("audit"))) {
        if (parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("soa")))
            return usage(Cli::tr("export takes either --json/--soa or --audit REF --worksheet OUT, not both"));
        return runExportWorksheet(file, parser);
    }
    const QString json = parser.value(QStringLiteral("json"));
    const QString soa = parser.value(QStringLiteral("soa"));
    bool anyCsv = false;
    for (const QString &kind : {QStringLiteral("risks"), QStringLiteral("treatment-plan"), QStringLiteral("assets")}) {
        if (parser.isSet(kind)) {
            if (parser.value(kind).isEmpty())
                return usage(Cli::tr("--%1 needs a file name").arg(kind));
            anyCsv = true;
        }
    }
    if (json.isEmpty() && soa.isEmpty() && !anyCsv)
        return usage(Cli::tr("export needs --json OUT, --soa CSV, --risks OUT, --treatment-plan OUT or --assets OUT"));
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document)
        return fail(error);
    if (!json.isEmpty()) {
        if (!JsonIo::exportTo(*document, json, &error))
            return fail(error);
        out() << Cli::tr("Exported %1 to %2").arg(file, json) << Qt::endl;
    }
    if (!soa.isEmpty()) {
        if (!SoaCsv::exportTo(*document, soa, &error))
            return fail(error);
        out() << Cli::tr("Exported the Statement of Applicability of %1 to %2").arg(file, soa) << Qt::endl;
    }
    struct CsvExport
    {
        QString option;
        QList<QStringList> (*rows)(Document &);
        QString what;
    };
    const CsvExport exports[] = {
        {QStringLiteral("risks"), &RiskCsv::riskRows, Cli::tr("risk register")},
        {QStringLiteral("treatment-plan"), &RiskCsv::treatmentPlanRows, Cli::tr("treatment plan")},
        {QStringLiteral("assets"), &RiskCsv::assetRows, Cli::tr("asset inventory")},
    };
    for (const CsvExport &e : exports) {
        if (!parser.isSet(e.option))
            continue;
        const QString target = parser.value(e.option);
        const QList<QStringList> rows = e.rows(*document);
        if (!RiskCsv::write(target, rows, &error))
            return fail(error);
        const int count = int(rows.size()) - 1;
        out() << (count == 1 ? Cli::tr("Exported the %1 of %2 to %3 (1 row)").arg(e.what, file, target)
                             : Cli::tr("Exported the %1 of %2 to %3 (%4 rows)").arg(e.what, file, target).arg(count))
              << Qt::endl;
    }
    return Success;
}

int runImportSoa(const QString &file, const QString &source, bool dryRun)
{
    QString error;
    // A dry run never writes, not even the upgrade of an older file.
    auto document = dryRun ? Document::open(file, Database::Access::ReadOnly, &error) : openForWriting(file, &error);
    if (!document)
        return fail(error);
    SoaImportPlan plan;
    if (!SoaCsv::importFrom(*document, source, dryRun, &plan, &error)) {
        const QStringList lines = error.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            err() << QStringLiteral("rampart-cli: ") << line << Qt::endl;
        if (!plan.problems.isEmpty())
            err() << Cli::tr("rampart-cli: %n problem(s); nothing was imported", nullptr, int(plan.problems.size()))
                  << Qt::endl;
        return Failure;
    }
    if (!plan.ignoredColumns.isEmpty())
        out() << Cli::tr("Ignored columns: %1").arg(plan.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    for (const QString &warning : std::as_const(plan.warnings))
        out() << Cli::tr("warning: %1: %2").arg(QFileInfo(source).fileName(), warning) << Qt::endl;
    const QString changes = Cli::tr("%n control(s)", nullptr, plan.rowsChanged);
    const QString fields = Cli::tr("%n field(s)", nullptr, int(plan.writes.size()));
    if (dryRun)
        out() << Cli::tr("Dry run: %1 would change %2 (%3) in %4; nothing was written")
                     .arg(source, changes, fields, file)
              << Qt::endl;
    else
        out() << Cli::tr("Imported %1 into %2: %3 changed (%4)").arg(source, file, changes, fields) << Qt::endl;
    return Success;
}

// Reads one CSV file for import, printing the mapping; returns false when it has
// problems (printed too).
bool readCsv(RiskCsv::Kind kind, const QString &path, const QString &mapOption, bool mapMayNotApply,
             Document &document, const std::vector<Asset> &alsoAssets, RiskCsv::Result *result, QStringList *headers)
{
    if (!QFileInfo::exists(path)) {
        err() << Cli::tr("%1: the file does not exist").arg(path) << Qt::endl;
        return false;
    }
    QStringList header;
    QList<int> mapping;
    *result = RiskCsv::readFile(kind, path, mapOption, document, alsoAssets, &header, &mapping, mapMayNotApply);
    *headers << header;
    out() << (result->rows == 1 ? Cli::tr("%1: 1 row").arg(path) : Cli::tr("%1: %2 rows").arg(path).arg(result->rows)) << Qt::endl;
    if (!header.isEmpty()) {
        out() << Cli::tr("Columns:") << Qt::endl;
        for (const QString &line : RiskCsv::describeMapping(kind, header, mapping))
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
        batch.assets = std::move(assets.batch.assets);
    }
    if (parser.isSet(QStringLiteral("risks"))) {
        RiskCsv::Result risks;
        ok = readCsv(RiskCsv::Kind::Risks, parser.value(QStringLiteral("risks")), mapOption, both, *document,
                     batch.assets, &risks, &headers)
            && ok;
        problems += int(risks.problems.size());
        batch.risks = std::move(risks.batch.risks);
    }
    if (both) {
        for (const QString &header : RiskCsv::mapOptionHeaders(mapOption)) {
            bool found = false;
            for (const QString &h : std::as_const(headers))
                found = found || h.compare(header, Qt::CaseInsensitive) == 0;
            if (!found) {
                err() << Cli::tr("--map: neither file has a column \"%1\"").arg(header) << Qt::endl;
                ++problems;
                ok = false;
            }
        }
    }
    if (!ok)
        return fail(problems == 1  ? Cli::tr("1 problem found; nothing was imported")
                        : problems > 1 ? Cli::tr("%1 problems found; nothing was imported").arg(problems)
                                       : Cli::tr("nothing was imported"));
    if (dryRun) {
        out() << Cli::tr("Dry run: %1 and %2 would be imported; nothing was written.")
                     .arg(Cli::tr("%n asset(s)", nullptr, int(batch.assets.size())),
                          Cli::tr("%n risk(s)", nullptr, int(batch.risks.size())))
              << Qt::endl;
        return Success;
    }
    QString writeError;
    QObject::connect(document.get(), &Document::writeFailed, [&writeError](const QString &message) { writeError = message; });
    const size_t assetCount = batch.assets.size();
    const size_t riskCount = batch.risks.size();
    // The command's text is the change log's record of the import as a whole.
    QStringList sources;
    for (const char *option : {"assets", "risks"}) {
        if (parser.isSet(QLatin1String(option)))
            sources << QFileInfo(parser.value(QLatin1String(option))).fileName();
    }
    const QString text = Cli::tr("Import %1 and %2 from %3")
                             .arg(Cli::tr("%n risk(s)", nullptr, int(riskCount)),
                                  Cli::tr("%n asset(s)", nullptr, int(assetCount)), sources.join(QStringLiteral(", ")));
    if (!document->importRegister(std::move(batch), text))
        return fail(writeError.isEmpty() ? Cli::tr("nothing to import") : writeError);
    out() << Cli::tr("Imported %1 and %2 into %3")
                 .arg(Cli::tr("%n asset(s)", nullptr, int(assetCount)), Cli::tr("%n risk(s)", nullptr, int(riskCount)), file)
          << Qt::endl;
    return Success;
}

int runImport(const QString &file, const QCommandLineParser &parser)
{
    const bool csv = parser.isSet(QStringLiteral("risks")) || parser.isSet(QStringLiteral("assets"));
    if (csv && (parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("soa"))))
        return usage(Cli::tr("import takes either --json/--soa or CSV files (--risks, --assets), not both"));
    if (csv)
        return runCsvImport(file, parser);
    if (parser.isSet(QStringLiteral("worksheet")) || parser.isSet(QStringLiteral("audit"))) {
        if (parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("soa")))
            return usage(Cli::tr("import takes either --json/--soa or --audit REF --worksheet IN, not both"));
        return runImportWorksheet(file, parser);
    }
    const QString json = parser.value(QStringLiteral("json"));
    const QString soa = parser.value(QStringLiteral("soa"));
    if (json.isEmpty() == soa.isEmpty())
        return usage(Cli::tr("import needs either --json IN or --soa CSV"));
    if (!soa.isEmpty()) {
        if (!QFileInfo::exists(soa))
            return fail(Cli::tr("The file %1 does not exist.").arg(soa));
        return runImportSoa(file, soa, parser.isSet(QStringLiteral("dry-run")));
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        return usage(Cli::tr("--dry-run goes with --soa, --worksheet, --risks or --assets"));
    const QString source = json;
    if (!QFileInfo::exists(source))
        return fail(Cli::tr("The file %1 does not exist.").arg(source));
    QString error;
    auto document = openForWriting(file, &error);
    if (!document)
        return fail(error);
    if (!JsonIo::importFrom(*document, source, &error))
        return fail(error);
    out() << Cli::tr("Imported %1 into %2").arg(source, file) << Qt::endl;
    return Success;
}

int runReport(const QString &file, const QString &kind, const QCommandLineParser &parser)
{
    if (!reportKeys().contains(kind))
        return usage(Cli::tr("unknown report '%1' (available: %2)").arg(kind, reportKeys().join(QStringLiteral(", "))));
    const QString target = parser.value(QStringLiteral("pdf"));
    if (target.isEmpty())
        return usage(Cli::tr("report needs --pdf OUT"));
    const QString audit = parser.value(QStringLiteral("audit"));
    if (Reports::needsAudit(kind) && audit.isEmpty())
        return usage(Cli::tr("report %1 needs --audit REF").arg(kind));
    Paper paper = ReportDocument::defaultPaper();
    if (parser.isSet(QStringLiteral("paper")) && !ReportDocument::paperFromName(parser.value(QStringLiteral("paper")), &paper))
        return usage(Cli::tr("--paper takes a4 or letter"));
    QString error;
    auto document = Document::open(file, Database::Access::ReadOnly, &error);
    if (!document)
        return fail(error);
    ReportOptions options;
    options.classification = parser.value(QStringLiteral("classification"));
    options.review = parser.value(QStringLiteral("review"));
    if (parser.isSet(QStringLiteral("review")) && kind != QLatin1String("management-review"))
        return usage(Cli::tr("--review is for the management-review report"));
    if (parser.isSet(QStringLiteral("review")) && options.review.trimmed().isEmpty())
        return usage(Cli::tr("--review needs a review reference or number"));
    options.audit = audit;
    ReportDocument report;
    if (!Reports::build(*document, kind, options, &report, &error))
        return fail(error);
    int pages = 0;
    if (!report.writePdf(target, paper, &error, &pages))
        return fail(error);
    out() << Cli::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(target) << Qt::endl;
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // An import holds millions of small strings and frees small blocks row by row while
    // SQLite asks for larger ones (the records it builds); glibc then keeps merging its
    // "fast" free lists back into the heap, a fifth of a 100,000-row import. Without
    // those lists small blocks go through its per-thread cache as before.
    mallopt(M_MXFAST, 0);
#endif
    // Reports lay out text, which needs fonts and so a GUI application; without a
    // display it runs on the offscreen platform.
    bool wantsReport = false;
    for (int i = 1; i < argc; ++i)
        wantsReport = wantsReport || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (wantsReport) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (a script, CI) give Qt the private runtime folder it would
        // otherwise complain about.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setupApplication(app);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), Cli::tr("Show the version."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Cli::tr("info: print JSON. export/import: the JSON file."),
                                        Cli::tr("FILE"));
    const QCommandLineOption orgOption(QStringLiteral("org"), Cli::tr("Organisation name for a new file."), Cli::tr("NAME"));
    const QCommandLineOption soaOption(QStringLiteral("soa"), Cli::tr("export/import: the SoA spreadsheet (CSV)."),
                                       Cli::tr("CSV"));
    const QCommandLineOption strictOption(QStringLiteral("strict"), Cli::tr("check: fail on SoA completeness findings."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Cli::tr("import --soa: check only, write nothing."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), Cli::tr("report: the PDF to write."), Cli::tr("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), Cli::tr("report: a4 or letter."), Cli::tr("SIZE"));
    const QCommandLineOption classificationOption(QStringLiteral("classification"),
                                                  Cli::tr("report: the classification label."), Cli::tr("TEXT"));
    const QCommandLineOption risksOption(QStringLiteral("risks"), Cli::tr("import/export: the risk register CSV."),
                                         Cli::tr("FILE"));
    const QCommandLineOption assetsOption(QStringLiteral("assets"), Cli::tr("import/export: the asset inventory CSV."),
                                          Cli::tr("FILE"));
    const QCommandLineOption planOption(QStringLiteral("treatment-plan"), Cli::tr("export: the treatment plan CSV."),
                                        Cli::tr("FILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"), Cli::tr("import: column mapping corrections."),
                                       Cli::tr("Header=field,..."));
    parser.addOption(helpOption);
    parser.addOption(soaOption);
    parser.addOption(strictOption);
    parser.addOption(dryRunOption);
    parser.addOption(versionOption);
    parser.addOption(jsonOption);
    parser.addOption(orgOption);
    parser.addOption(pdfOption);
    parser.addOption(paperOption);
    parser.addOption(classificationOption);
    const QCommandLineOption reviewOption(QStringLiteral("review"),
                                          Cli::tr("report management-review: which review (MR-02 or 2)."),
                                          Cli::tr("N"));
    parser.addOption(reviewOption);
    // For benchmark files only (not in --help, like sample --risks).
    QCommandLineOption auditsOption(QStringLiteral("audits"), Cli::tr("sample: generated internal audits."), Cli::tr("K"));
    auditsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(auditsOption);
    const QCommandLineOption auditOption(QStringLiteral("audit"), Cli::tr("The audit, by its reference (IA-2026-01)."),
                                         Cli::tr("REF"));
    const QCommandLineOption worksheetOption(QStringLiteral("worksheet"),
                                             Cli::tr("export/import: the audit's checklist worksheet (CSV)."),
                                             Cli::tr("FILE"));
    parser.addOption(auditOption);
    parser.addOption(worksheetOption);
    parser.addOption(risksOption);
    parser.addOption(assetsOption);
    parser.addOption(planOption);
    parser.addOption(mapOption);

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
        return usage(Cli::tr("no command given"));
    const QString verb = positional.at(0);
    static const QStringList verbs = {QStringLiteral("new"),  QStringLiteral("sample"), QStringLiteral("info"),
                                      QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("import"),
                                      QStringLiteral("report")};
    if (!verbs.contains(verb))
        return usage(Cli::tr("unknown command '%1'").arg(verb));
    if (positional.size() < 2)
        return usage(Cli::tr("%1 needs a FILE").arg(verb));
    const qsizetype expected = verb == QLatin1String("report") ? 3 : 2;
    if (positional.size() < expected)
        return usage(Cli::tr("report needs FILE and KIND (one of: %1)").arg(reportKeys().join(QStringLiteral(", "))));
    if (positional.size() > expected)
        return usage(Cli::tr("unexpected argument '%1'").arg(positional.at(expected)));
    const QString file = positional.at(1);

    if (verb == QLatin1String("new"))
        return runNew(file, parser);
    if (verb == QLatin1String("sample"))
        return runSample(file, parser);
    if (verb == QLatin1String("info"))
        return runInfo(file, parser);
    if (verb == QLatin1String("check"))
        return runCheck(file, parser);
    if (verb == QLatin1String("export"))
        return runExport(file, parser);
    if (verb == QLatin1String("report"))
        return runReport(file, positional.at(2), parser);
    return runImport(file, parser);
}
