#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rampart {

// One typed key of the application settings, with its default.
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;

    T get() const
    {
        QSettings settings;
        return settings.value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    // A value equal to the one stored is not written again: every write is a synced
    // save of the whole settings file (the window's geometry, at each quit).
    void set(const T &value) const
    {
        QSettings settings;
        const QVariant stored = settings.value(QLatin1String(key));
        if (stored.isValid() && stored.template value<T>() == value)
            return;
        settings.setValue(QLatin1String(key), QVariant::fromValue(value));
    }
};

// The registry of every setting Rampart keeps. Nothing else reads QSettings directly.
namespace settings {
inline const Setting<QStringList> RecentFiles{"files/recent", {}};
inline const Setting<QString> LastFile{"files/last", {}};
inline const Setting<QString> LastFolder{"files/lastFolder", {}};
inline const Setting<QByteArray> WindowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> WindowState{"window/state", {}};
inline const Setting<QString> Language{"ui/language", {}};

constexpr int MaxRecentFiles = 8;
// Puts path first in the recent-file list.
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
} // namespace settings

// Application name and organisation (which decide where settings live) and the
// translation for the user's language. Both binaries call it first.
void setupApplication(QCoreApplication &app);

} // namespace rampart
