// rampart: the GUI. Command-line parsing only; everything else lives in the libraries.

#include "mainwindow.h"
#include "afterfirstpaint.h"
#include "fontwarmup.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rampart::setupApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Rampart"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rampart: an ISO/IEC 27001:2022 ISMS workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The .isms file to open (default: the last one)."),
                                 QStringLiteral("[FILE]"));
    // For documentation and checks: show an area, save a picture of the window, quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the window and quit."),
                                        QStringLiteral("PNG"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption areaOption(QStringLiteral("area"),
                                  QApplication::translate("main", "Area to show first."), QStringLiteral("AREA"));
    // For benchmarks: quit as soon as the window is up and has painted.
    QCommandLineOption quitOption(QStringLiteral("quit-when-ready"),
                                  QApplication::translate("main", "Quit once the window is ready."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOption);
    parser.addOption(screenshotOption);
    parser.addOption(areaOption);
    parser.process(app);
    // The fonts are set up in another thread while this one reads the file.
    const rampart::FontWarmUp fontWarmUp;

    if (parser.isSet(quitOption)) {
        app.installEventFilter(new rampart::AfterFirstPaint(&app, [] {
            rampart::reportReady();
            QCoreApplication::quit();
        }));
        QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(1); });
    }

    // The area asked for is the first one built: opening into it does not build the Overview.
    const QString area = parser.isSet(areaOption) ? parser.value(areaOption) : QStringLiteral("overview");
    const QStringList files = parser.positionalArguments();
    QString path = files.value(0);
    if (path.isEmpty()) {
        const QString last = rampart::settings::LastFile.get();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    // The file is read before the window is built, while the fonts are still being set
    // up; the window shows it, or why it could not be opened.
    rampart::MainWindow::ReadFile read;
    if (!path.isEmpty())
        read = rampart::MainWindow::readFile(path, area);
    rampart::MainWindow window;
    const bool opened = !path.isEmpty() && window.openRead(std::move(read));
    if (parser.isSet(areaOption) && !opened)
        window.showArea(area);
    // Shown once the file is in: one layout of the first page, and no welcome page built
    // for nothing.
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, target] {
            window.grab().save(target);
            QApplication::quit();
        });
    }
    return app.exec();
}
