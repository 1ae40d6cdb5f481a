// rampart: the GUI. Command-line parsing only; everything else lives in the libraries.

#include "mainwindow.h"
#include "afterfirstpaint.h"
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

    if (parser.isSet(quitOption)) {
        app.installEventFilter(new rampart::AfterFirstPaint(&app, [] {
            rampart::reportReady();
            QCoreApplication::quit();
        }));
        QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(1); });
    }

    rampart::MainWindow window;
    // The area asked for is the first one built: opening into it does not build the Overview.
    const QString area = parser.isSet(areaOption) ? parser.value(areaOption) : QStringLiteral("overview");
    const QStringList files = parser.positionalArguments();
    bool opened = false;
    if (!files.isEmpty()) {
        opened = window.openFileAt(files.first(), area);
    } else {
        const QString last = rampart::settings::LastFile.get();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = window.openFileAt(last, area);
    }
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
