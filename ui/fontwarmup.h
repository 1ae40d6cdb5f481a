#pragma once

#include <QFontDatabase>

#include <thread>

namespace rampart {

// Sets up Qt's font database in a thread of its own. The first use of a font makes
// fontconfig read its configuration and font cache, as long a step as reading the file
// and the Overview's figures; neither needs the other, so the program starts this and
// reads the file meanwhile (MainWindow::readFile). QFontDatabase is thread-safe: a font
// used in the GUI thread before the set-up is over waits for it. Font engines and glyphs
// are kept per thread, so only the database is shared. Construct after the
// QGuiApplication, destroy before it.
class FontWarmUp
{
public:
    FontWarmUp()
        : m_thread([] { QFontDatabase::families(); })
    {
    }
    ~FontWarmUp() { m_thread.join(); }
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace rampart
