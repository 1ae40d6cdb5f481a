// The baseline for start-up: a bare Qt Widgets window that shows and quits as soon
// as the event loop is idle, exactly as `rampart --quit-when-ready` does.

#include <QApplication>
#include <QLabel>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("bare"));
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
