// Rampart's benchmarks: one line per figure (name, value, unit), and for each ratio
// both sides, measured in the same run so that the ratio survives a noisy machine.
// Run through `./dev.sh bench` (a Release build). Targets are in DESIGN.md's
// performance budget; this program measures, it does not pass or fail.

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
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <QRegularExpression>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

using namespace rampart;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void figure(const QString &name, double value, const QString &unit, const QString &note = {})
{
    out() << name.leftJustified(44) << QString::number(value, 'f', value < 10 ? 3 : 1).rightJustified(12) << "  "
          << unit.leftJustified(4) << (note.isEmpty() ? QString() : QStringLiteral("  ") + note) << Qt::endl;
}

void ratio(const QString &name, double a, const QString &aName, double b, const QString &bName)
{
    figure(name, b > 0 ? a / b : 0, QStringLiteral("x"), QStringLiteral("(%1 / %2)").arg(aName, bName));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Wall time of a whole process, median of runs.
double processMs(const QString &program, const QStringList &arguments, int runs, bool *ok)
{
    std::vector<double> times;
    *ok = true;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            *ok = false;
            return 0;
        }
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

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
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const QString binDir = QStringLiteral(RAMPART_BIN_DIR);
    const QString cli = binDir + QStringLiteral("/rampart-cli");
    const QString gui = binDir + QStringLiteral("/rampart");
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/bare_window");

    QTemporaryDir dir;
    const QString samplePath = dir.filePath(QStringLiteral("sample.isms"));
    QString error;
    if (!createSample(samplePath, &error)) {
        QTextStream(stderr) << "cannot create the sample: " << error << Qt::endl;
        return 1;
    }
    out() << "# Rampart benchmarks, " << runs << " run(s) each, median; name, value, unit" << Qt::endl;

    // Cold start to an interactive window, against a bare Qt Widgets window.
    bool ok = false;
    const double bareMs = processMs(bare, {}, runs, &ok);
    const double rampartMs = ok ? processMs(gui, {samplePath, QStringLiteral("--quit-when-ready")}, runs, &ok) : 0;
    if (ok) {
        figure(QStringLiteral("startup.bare_qt_window"), bareMs, QStringLiteral("ms"));
        figure(QStringLiteral("startup.rampart_sample"), rampartMs, QStringLiteral("ms"), QStringLiteral("budget 500"));
        ratio(QStringLiteral("startup.rampart_vs_bare"), rampartMs, QStringLiteral("rampart"), bareMs,
              QStringLiteral("bare"));
    } else {
        figure(QStringLiteral("startup (failed to run the GUI)"), 0, QStringLiteral("ms"));
    }

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

    // ---- Risk reports of a 10,000-risk register (issues 6 and 7: under 15 s, under 400 MB) ----
    // Each report is printed by rampart-cli in a child process of its own, waited for with
    // wait4, so that the peak resident memory is that report's alone.
    {
        const QString large = dir.filePath(QStringLiteral("risks-10000.isms"));
        QString generateError;
        if (!createGeneratedSample(large, 10000, 1000, &generateError)) {
            QTextStream(stderr) << "cannot generate the register: " << generateError << Qt::endl;
        } else {
            const QList<std::pair<QString, QString>> reportKinds = {
                {QStringLiteral("risks"), QStringLiteral("report.risks_10000")},
                {QStringLiteral("treatment-plan"), QStringLiteral("report.treatment_plan_10000")}};
            for (const auto &[kind, name] : reportKinds) {
                QList<QByteArray> arguments = {cli.toLocal8Bit(), "report", large.toLocal8Bit(), kind.toLocal8Bit(),
                                               "--pdf", dir.filePath(kind + QStringLiteral("-10000.pdf")).toLocal8Bit()};
                std::vector<char *> argv;
                for (QByteArray &argument : arguments)
                    argv.push_back(argument.data());
                argv.push_back(nullptr);
                int channel[2];
                if (pipe(channel) != 0) {
                    figure(name + QStringLiteral(" (no pipe)"), 0, QStringLiteral("ms"));
                    continue;
                }
                QElapsedTimer timer;
                timer.start();
                const pid_t child = fork();
                if (child == 0) {
                    dup2(channel[1], STDOUT_FILENO);
                    close(channel[0]);
                    close(channel[1]);
                    execv(argv[0], argv.data());
                    _exit(127);
                }
                close(channel[1]);
                QByteArray output;
                char buffer[4096];
                for (ssize_t n = read(channel[0], buffer, sizeof buffer); n > 0; n = read(channel[0], buffer, sizeof buffer))
                    output.append(buffer, n);
                close(channel[0]);
                int status = 0;
                rusage usage{};
                const bool ran = child > 0 && wait4(child, &status, 0, &usage) == child && WIFEXITED(status)
                    && WEXITSTATUS(status) == 0;
                const double ms = timer.nsecsElapsed() / 1e6;
                const QRegularExpressionMatch pages =
                    QRegularExpression(QStringLiteral("\\((\\d+) page")).match(QString::fromLocal8Bit(output));
                figure(name, ran ? ms : 0, QStringLiteral("ms"),
                       ran ? QStringLiteral("%1 pages, budget 15000").arg(pages.captured(1)) : QStringLiteral("failed"));
                // CPU time too: on a shared machine the wall time says more about the others.
                const double cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                    + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
                figure(name + QStringLiteral(".cpu"), ran ? cpuMs : 0, QStringLiteral("ms"));
                figure(name + QStringLiteral(".peak_resident"), ran ? usage.ru_maxrss / 1024.0 : 0, QStringLiteral("MB"),
                       QStringLiteral("budget 400"));
            }
        }
    }
    // ---- end of the risk reports of a 10,000-risk register ----

    figure(QStringLiteral("memory.peak_resident_of_this_run"), peakMb(), QStringLiteral("MB"));
    return 0;
}
