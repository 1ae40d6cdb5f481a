#pragma once

#include <QWidget>

class QListWidget;

namespace rampart {

// What Rampart shows when no file is open: start a new ISMS, open one, or look
// around the sample.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refreshRecentFiles();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace rampart
