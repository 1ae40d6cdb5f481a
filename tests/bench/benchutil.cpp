#include "benchutil.h"

#include <QFile>
#include <QTextStream>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

extern char **environ;

namespace rampart::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

namespace {

double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

void figure(const QString &name, double value, const QString &unit, const QString &note)
{
    out() << name.leftJustified(44) << QString::number(value, 'f', value < 10 ? 3 : 1).rightJustified(12) << "  "
          << unit.leftJustified(4) << (note.isEmpty() ? QString() : QStringLiteral("  ") + note) << Qt::endl;
}

void ratio(const QString &name, double a, const QString &aName, double b, const QString &bName)
{
    figure(name, b > 0 ? a / b : 0, QStringLiteral("x"),
           QStringLiteral("(%1 %2 / %3 %4)")
               .arg(aName, QString::number(a, 'f', a < 10 ? 3 : 1), bName, QString::number(b, 'f', b < 10 ? 3 : 1)));
}

void missing(const QString &name, const QString &why)
{
    out() << name.leftJustified(44) << QStringLiteral("-").rightJustified(12) << "        " << why << Qt::endl;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

ChildRun runChild(const QString &program, const QStringList &arguments, const QString &stdoutFile)
{
    ChildRun run;
    const QByteArray programBytes = QFile::encodeName(program);
    std::vector<QByteArray> argBytes;
    argBytes.push_back(programBytes);
    for (const QString &a : arguments)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    // Standard output goes to the file asked for, or through a pipe that is read here:
    // a window says on it when it is ready.
    int pipeFds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdoutFile.isEmpty()) {
        if (pipe2(pipeFds, O_CLOEXEC) != 0) {
            posix_spawn_file_actions_destroy(&actions);
            run.problem = QStringLiteral("cannot make a pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return run;
        }
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, QFile::encodeName(stdoutFile).constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
    }
    const double start = nowMs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, programBytes.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (pipeFds[1] >= 0)
        close(pipeFds[1]);
    if (spawned != 0) {
        if (pipeFds[0] >= 0)
            close(pipeFds[0]);
        run.problem = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return run;
    }
    // The child's rusage peak (ru_maxrss) also counts this process's size at the exec,
    // so the child's own peak is read from /proc while it runs (VmHWM only grows).
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    qint64 peakKb = 0;
    int outFd = pipeFds[0];
    QByteArray output;  // the part of the last line read so far
    const QString statusFile = QStringLiteral("/proc/%1/status").arg(pid);
    for (;;) {
        waited = wait4(pid, &status, WNOHANG, &usage);
        if (waited != 0 && !(waited < 0 && errno == EINTR))
            break;
        QFile procStatus(statusFile);
        if (procStatus.open(QIODevice::ReadOnly)) {
            const QByteArray text = procStatus.readAll();
            const qsizetype at = text.indexOf("VmHWM:");
            if (at >= 0)
                peakKb = std::max(peakKb, text.mid(at + 6, text.indexOf('\n', at) - at - 6).trimmed().split(' ').value(0).toLongLong());
        }
        if (outFd < 0) {
            usleep(1000);
            continue;
        }
        // Wait up to a millisecond for output; the ready line is timed when it comes.
        pollfd readable{outFd, POLLIN, 0};
        if (poll(&readable, 1, 1) <= 0)
            continue;
        char buffer[4096];
        const ssize_t got = read(outFd, buffer, sizeof buffer);
        if (got <= 0) {
            if (got == 0 || errno != EINTR) {
                close(outFd);
                outFd = -1;
            }
            continue;
        }
        const double now = nowMs();
        output.append(buffer, got);
        qsizetype newline = 0;
        while ((newline = output.indexOf('\n')) >= 0) {
            const QByteArray line = output.left(newline).trimmed();
            output.remove(0, newline + 1);
            // "ready cpu-ms N", as reportReady() in ui/afterfirstpaint.h writes it.
            static constexpr QByteArrayView readyPrefix("ready cpu-ms ");
            bool parsed = false;
            const double cpuMs = line.startsWith(readyPrefix) ? line.mid(readyPrefix.size()).toDouble(&parsed) : 0;
            if (run.readyMs < 0 && parsed) {
                run.readyMs = now - start;
                run.readyCpuMs = cpuMs;
            }
        }
    }
    run.wallMs = nowMs() - start;
    if (outFd >= 0)
        close(outFd);
    if (waited != pid) {
        run.problem = QStringLiteral("lost %1").arg(program);
        return run;
    }
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.peakMb = double(peakKb > 0 ? peakKb : usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        run.ok = true;
    } else {
        run.problem = WIFEXITED(status)
            ? QStringLiteral("%1 exited with status %2").arg(program).arg(WEXITSTATUS(status))
            : QStringLiteral("%1 was killed by signal %2").arg(program).arg(WTERMSIG(status));
    }
    return run;
}

namespace {

// The time a run is judged by: to ready for a window that says when it is, else to its exit.
double runTime(const ChildRun &run)
{
    return run.readyMs >= 0 ? run.readyMs : run.wallMs;
}

ChildRun medianRun(std::vector<ChildRun> all)
{
    std::sort(all.begin(), all.end(), [](const ChildRun &a, const ChildRun &b) { return runTime(a) < runTime(b); });
    return all.empty() ? ChildRun{} : all[all.size() / 2];
}

} // namespace

std::pair<ChildRun, ChildRun> runChildrenByTurns(const QString &programA, const QStringList &argumentsA,
                                                 const QString &programB, const QStringList &argumentsB, int runs)
{
    std::vector<ChildRun> a;
    std::vector<ChildRun> b;
    // One untimed run of each first: the timed ones then all find the programs, their
    // libraries and their files in the same warm caches, and the disk quiet.
    for (const auto &[program, arguments] : {std::pair{programA, argumentsA}, std::pair{programB, argumentsB}}) {
        const ChildRun warmUp = runChild(program, arguments);
        if (!warmUp.ok)
            return {warmUp, warmUp};
    }
    for (int i = 0; i < runs; ++i) {
        ChildRun runA = runChild(programA, argumentsA);
        if (!runA.ok)
            return {runA, runA};
        ChildRun runB = runChild(programB, argumentsB);
        if (!runB.ok)
            return {runA, runB};
        a.push_back(runA);
        b.push_back(runB);
    }
    return {medianRun(a), medianRun(b)};
}

ChildRun runChildMedian(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<ChildRun> all;
    for (int i = 0; i < runs; ++i) {
        ChildRun run = runChild(program, arguments);
        if (!run.ok)
            return run;
        all.push_back(run);
    }
    return medianRun(std::move(all));
}

} // namespace rampart::bench
