// The baseline for start-up: a bare Qt Widgets main window (a menu bar and a central
// widget, at Rampart's window size) that quits once its first paint is done, exactly as
// `rampart --quit-when-ready` does. Anything less (a lone widget, quitting before the
// window has painted) would flatter Rampart's ratio.

#include "afterfirstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.installEventFilter(new rampart::AfterFirstPaint(&app, [] {
        rampart::reportReady();
        QCoreApplication::quit();
    }));
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open..."));
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"))->addAction(QStringLiteral("&About"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare")));
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(1); });
    return app.exec();
}
