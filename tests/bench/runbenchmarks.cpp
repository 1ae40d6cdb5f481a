// Rampart's benchmarks: one line per figure (name, value, unit), and for each ratio
// both sides, measured in the same run so that the ratio survives a noisy machine.
// Run through `./dev.sh bench` (a Release build). Targets are in DESIGN.md's
// performance budget; this program measures, it does not pass or fail.

#include "benchutil.h"
#include "largeregister.h"

#include "document.h"
#include "domain/organisation.h"
#include "io/jsonio.h"
#include "reports/reports.h"
#include "sample.h"
#include "stores/organisationstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTextStream>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>

using namespace rampart;
using namespace rampart::bench;

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions of each timing."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    const QCommandLineOption risksOption(QStringLiteral("risks"),
                                         QStringLiteral("Risks in the large register (0: leave it out)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(risksOption);
    const QCommandLineOption startupOption(QStringLiteral("startup-only"),
                                           QStringLiteral("Measure only the start-up figures, then stop."));
    parser.addOption(startupOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int largeRisks = qMax(0, parser.value(risksOption).toInt());

    const QString binDir = QStringLiteral(RAMPART_BIN_DIR);
    const QString cli = binDir + QStringLiteral("/rampart-cli");
    const QString gui = binDir + QStringLiteral("/rampart");
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/bare_window");

    QTemporaryDir dir;
    // The programs measured keep their settings here, not in the user's: Rampart writes
    // its window geometry when it quits, and the last file it opened.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    const QString samplePath = dir.filePath(QStringLiteral("sample.isms"));
    QString error;
    if (!createSample(samplePath, &error)) {
        QTextStream(stderr) << "cannot create the sample: " << error << Qt::endl;
        return 1;
    }
    out() << "# Rampart benchmarks, " << runs << " run(s) each, median; name, value, unit" << Qt::endl;

    // Cold start to an interactive window, against a bare Qt Widgets window: each is timed
    // from its launch until it says it is ready (its first paint done, the events of that
    // turn handled); the exit that follows is no part of the start.
    {
        // A start takes a few tens of milliseconds, and one disturbed by the machine's
        // other work weighs on a median of few: at least 11 runs of each.
        const int startupRuns = std::max(runs, 11);
        const auto [bareRun, rampartRun]
            = runChildrenByTurns(bare, {}, gui, {samplePath, QStringLiteral("--quit-when-ready")}, startupRuns);
        const bool bareReady = bareRun.ok && bareRun.readyMs >= 0;
        const bool rampartReady = rampartRun.ok && rampartRun.readyMs >= 0;
        if (bareReady && rampartReady) {
            figure(QStringLiteral("startup.bare_qt_window"), bareRun.readyMs, QStringLiteral("ms"),
                   QStringLiteral("cpu %1 ms").arg(bareRun.readyCpuMs, 0, 'f', 1));
            figure(QStringLiteral("startup.rampart_sample"), rampartRun.readyMs, QStringLiteral("ms"),
                   QStringLiteral("budget 500 ms; cpu %1 ms").arg(rampartRun.readyCpuMs, 0, 'f', 1));
            ratio(QStringLiteral("startup.rampart_vs_bare"), rampartRun.readyMs, QStringLiteral("rampart"),
                  bareRun.readyMs, QStringLiteral("bare"));
            // CPU time of the same median runs: on a busy machine the wall time also
            // counts waiting for a core.
            ratio(QStringLiteral("startup.rampart_vs_bare_cpu"), rampartRun.readyCpuMs, QStringLiteral("rampart"),
                  bareRun.readyCpuMs, QStringLiteral("bare"));
        } else {
            const ChildRun &failed = bareReady ? rampartRun : bareRun;
            missing(QStringLiteral("startup"),
                    failed.ok ? QStringLiteral("the window did not say it was ready") : failed.problem);
        }
    }
    if (parser.isSet(startupOption))
        return 0;

    // Opening the sample (refusal checks, integrity check, catalog load).
    {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto doc = Document::open(samplePath, Database::Access::ReadWrite, &error);
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        figure(QStringLiteral("open.sample"), median(times), QStringLiteral("ms"));
    }

    // A single edit: command on the undo stack, store write in a transaction, change log.
    {
        auto doc = Document::open(samplePath, Database::Access::ReadWrite, &error);
        std::vector<double> times;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::Sector,
                          QStringLiteral("Sector %1").arg(i));
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        figure(QStringLiteral("edit.single_field"), median(times), QStringLiteral("ms"), QStringLiteral("budget 5"));
    }

    // JSON export and import of the sample.
    {
        auto doc = Document::open(samplePath, Database::Access::ReadOnly, &error);
        const QString json = dir.filePath(QStringLiteral("sample.json"));
        QElapsedTimer timer;
        timer.start();
        JsonIo::exportTo(*doc, json, &error);
        figure(QStringLiteral("json.export_sample"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        doc.reset();
        auto target = Document::create(dir.filePath(QStringLiteral("imported.isms")), QString(), &error);
        timer.restart();
        JsonIo::importFrom(*target, json, &error);
        figure(QStringLiteral("json.import_sample"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }

    // Reports: build and write each PDF the sample offers.
    {
        auto doc = Document::open(samplePath, Database::Access::ReadOnly, &error);
        for (const ReportKindInfo &kind : Reports::kinds()) {
            std::vector<double> times;
            int pages = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                ReportDocument report;
                ReportOptions options;
                // The sample's audit in preparation: the largest checklist to print.
                if (kind.needsAudit)
                    options.audit = QStringLiteral("IA-2026-01");
                Reports::build(*doc, kind.key, options, &report, &error);
                report.writePdf(dir.filePath(kind.key + QStringLiteral(".pdf")), Paper::A4, &error, &pages);
                times.push_back(timer.nsecsElapsed() / 1e6);
            }
            figure(QStringLiteral("report.%1").arg(kind.key), median(times), QStringLiteral("ms"),
                   QStringLiteral("%1 pages").arg(pages));
        }
    }

    // The large register: generated once, then opened, filtered, edited, exported and
    // imported, against the sqlite3 shell.
    if (largeRisks > 0) {
        LargeRegisterOptions large;
        large.risks = largeRisks;
        large.runs = qMin(runs, 3);
        large.directory = dir.path();
        large.binDir = binDir;
        runLargeRegisterBenchmarks(large);
    }

    // Risk reports of a 10,000-risk register (budget: under 15 s, under 400 MB). Each
    // report is printed by rampart-cli in a process of its own, so that the peak
    // resident memory is that report's alone.
    {
        const QString large = dir.filePath(QStringLiteral("risks-10000.isms"));
        QString generateError;
        if (!createGeneratedSample(large, 10000, 1000, &generateError)) {
            missing(QStringLiteral("report.*_10000"), generateError);
        } else {
            const QList<std::pair<QString, QString>> reportKinds = {
                {QStringLiteral("risks"), QStringLiteral("report.risks_10000")},
                {QStringLiteral("treatment-plan"), QStringLiteral("report.treatment_plan_10000")}};
            for (const auto &[kind, name] : reportKinds) {
                const QString said = dir.filePath(kind + QStringLiteral("-10000.txt"));
                const ChildRun run = runChild(cli,
                                              {QStringLiteral("report"), large, kind, QStringLiteral("--pdf"),
                                               dir.filePath(kind + QStringLiteral("-10000.pdf"))},
                                              said);
                if (!run.ok) {
                    missing(name, run.problem);
                    continue;
                }
                QFile output(said);
                output.open(QIODevice::ReadOnly);
                const QRegularExpressionMatch pages =
                    QRegularExpression(QStringLiteral("\\((\\d+) page")).match(QString::fromLocal8Bit(output.readAll()));
                figure(name, run.wallMs, QStringLiteral("ms"),
                       QStringLiteral("%1 pages, cpu %2 ms, budget 15000").arg(pages.captured(1)).arg(run.cpuMs, 0, 'f', 0));
                figure(name + QStringLiteral(".peak_resident"), run.peakMb, QStringLiteral("MB"),
                       QStringLiteral("budget 400"));
            }
        }
    }

    figure(QStringLiteral("memory.peak_resident_of_this_run"), peakMb(), QStringLiteral("MB"));
    return 0;
}
