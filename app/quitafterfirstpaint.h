#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>

// For `rampart --quit-when-ready` and the start-up benchmark's bare window
// (tests/bench/barewindow.cpp), which use this same filter so that both stop at the same
// point: on the next turn of the event loop after the first paint event, that is once the
// whole window has been painted and flushed. Installed on the application.
class QuitAfterFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(QCoreApplication::instance(), [] { QCoreApplication::quit(); },
                                      Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
