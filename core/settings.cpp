#include "settings.h"

#include "englishplurals.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace rampart {

namespace settings {

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // One settings object for both keys: the settings file is read once and written at
    // most once (each write is a synced save), and not at all when nothing changes, as
    // when the last file is opened again.
    QSettings store;
    const QStringList before = store.value(QLatin1String(RecentFiles.key)).toStringList();
    QStringList files = before;
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    if (files == before && store.value(QLatin1String(LastFile.key)).toString() == absolute)
        return;
    store.setValue(QLatin1String(RecentFiles.key), files);
    store.setValue(QLatin1String(LastFile.key), absolute);
}

void removeRecentFile(const QString &path)
{
    QStringList files = RecentFiles.get();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    RecentFiles.set(files);
}

} // namespace settings

void setupApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rampart"));
    QCoreApplication::setApplicationName(QStringLiteral("Rampart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAMPART_VERSION));

    // First, so that a translation for the user's language is asked before it.
    QCoreApplication::installTranslator(new EnglishPlurals(&app));
    const QString language = settings::Language.get();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("rampart"), QStringLiteral("_"), QStringLiteral(":/rampart/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace rampart
