#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>

#include <cstdio>
#include <ctime>
#include <functional>

namespace rampart {

// Runs a function once, on the turn of the event loop after the first paint event of any
// widget, that is once the window has been painted and flushed; then deletes itself.
// Installed on the application (QCoreApplication::installEventFilter). Header only: the
// start-up benchmark's bare window (tests/bench/barewindow.cpp) quits through the same
// filter as `rampart --quit-when-ready`, so that both stop at exactly the same point.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QObject *parent, std::function<void()> run)
        : QObject(parent)
        , m_run(std::move(run))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_run) {
            QCoreApplication::instance()->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [this, run = std::move(m_run)] {
                    run();
                    deleteLater();
                },
                Qt::QueuedConnection);
            m_run = nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_run;
};

// For the start-up benchmark: says on standard output that the window is ready, with the
// processor time spent so far (all threads, user and system), so that the benchmark times
// the start and not the exit that follows. Called by `rampart --quit-when-ready` and the
// bare window just before they quit.
inline void reportReady()
{
    // std::clock: the process's processor time, of all its threads (glibc).
    std::printf("ready cpu-ms %.3f\n", double(std::clock()) * 1e3 / CLOCKS_PER_SEC);
    std::fflush(stdout);
}

} // namespace rampart
