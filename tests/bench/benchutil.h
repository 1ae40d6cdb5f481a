// Shared by the benchmark programs: printing figures, and running a child process
// with its wall time, CPU time and peak memory (wait4).

#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace rampart::bench {

// Standard output, shared by everything that prints figures.
QTextStream &out();
// One line per figure: name, value, unit, and an optional note.
void figure(const QString &name, double value, const QString &unit, const QString &note = {});
// A ratio a / b, with both sides named in the line (their own figures are printed
// separately, just before).
void ratio(const QString &name, double a, const QString &aName, double b, const QString &bName);
// A line that says why a figure is missing.
void missing(const QString &name, const QString &why);
double median(std::vector<double> values);

struct ChildRun
{
    bool ok = false;      // started and exited with status 0
    QString problem;      // when not ok: what went wrong
    double wallMs = 0;
    double cpuMs = 0;     // user + system time of the child
    double peakMb = 0;    // the child's peak resident memory
    // A window's start (rampart --quit-when-ready, the bare window): the wall time until
    // it said on its standard output that it was ready, and the processor time it had
    // spent by then (reportReady() in ui/afterfirstpaint.h); -1 when it said nothing. Its
    // exit after that is no part of the start.
    double readyMs = -1;
    double readyCpuMs = -1;
};

// Runs PROGRAM with ARGUMENTS, its standard output read and dropped (or written to
// STDOUTFILE), standard error inherited, and waits for it.
ChildRun runChild(const QString &program, const QStringList &arguments, const QString &stdoutFile = {});
// Median wall time (and the other figures of the median run) of RUNS runs; the median
// time to ready for programs that say when they are.
ChildRun runChildMedian(const QString &program, const QStringList &arguments, int runs);
// Two programs run by turns (a, b, a, b, ...), so that a change in the machine's load
// during the measurement weighs on both alike; the median run of each, as above. Each
// is run once, untimed, before.
std::pair<ChildRun, ChildRun> runChildrenByTurns(const QString &programA, const QStringList &argumentsA,
                                                 const QString &programB, const QStringList &argumentsB, int runs);

} // namespace rampart::bench
