#include "dialogs.h"

#include "settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace rampart::dialogs {

namespace {

bool testMode = false;
QStringList queuedFileNames;
QStringList messages;

QString fileFilter()
{
    return QFileDialog::tr("Rampart ISMS files (*.isms);;All files (*)");
}

QString startFolder()
{
    const QString last = settings::LastFolder.get();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString remember(const QString &path)
{
    if (!path.isEmpty())
        settings::LastFolder.set(QFileInfo(path).absolutePath());
    return path;
}

QString nextQueued()
{
    return queuedFileNames.isEmpty() ? QString() : queuedFileNames.takeFirst();
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption)
{
    if (testMode)
        return nextQueued();
    return remember(QFileDialog::getOpenFileName(parent, caption, startFolder(), fileFilter()));
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName)
{
    QString path;
    if (testMode) {
        path = nextQueued();
    } else {
        // Rampart never overwrites an ISMS file, so the dialog need not ask.
        path = QFileDialog::getSaveFileName(parent, caption, startFolder() + QLatin1Char('/') + suggestedName,
                                            fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    }
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".isms");
    return remember(path);
}

QString openCsvFileName(QWidget *parent, const QString &caption)
{
    if (testMode)
        return nextQueued();
    return remember(QFileDialog::getOpenFileName(parent, caption, startFolder(),
                                                 QFileDialog::tr("CSV files (*.csv *.txt);;All files (*)")));
}

QString saveCsvFileName(QWidget *parent, const QString &caption, const QString &suggestedName)
{
    QString path = testMode ? nextQueued()
                            : QFileDialog::getSaveFileName(parent, caption, startFolder() + QLatin1Char('/') + suggestedName,
                                                           QFileDialog::tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return remember(path);
}

void critical(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode) {
        messages << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode) {
        messages << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void setTestMode(bool on)
{
    testMode = on;
}

void queueFileName(const QString &path)
{
    queuedFileNames << path;
}

QStringList shownMessages()
{
    return messages;
}

void clearShownMessages()
{
    messages.clear();
}

} // namespace rampart::dialogs
