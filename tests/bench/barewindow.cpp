// The baseline for start-up: a bare Qt Widgets main window (a menu bar and a central
// widget, at Rampart's window size) that quits once its first paint is done, exactly as
// `rampart --quit-when-ready` does. Anything less (a lone widget, quitting before the
// window has painted) would flatter Rampart's ratio.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

namespace {

// Quits on the next turn of the event loop after the first paint event, that is once
// the whole window has been painted and flushed; exits with 1 when no paint comes.
class QuitAfterFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QuitAfterFirstPaint quitter;
    app.installEventFilter(&quitter);
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
