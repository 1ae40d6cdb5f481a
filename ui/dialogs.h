#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rampart::dialogs {

// Every file picker and message box of the GUI goes through here, so that GUI tests
// can answer them without a dialog ever blocking.
QString openFileName(QWidget *parent, const QString &caption);
// Any other kind of file: filter like "CSV files (*.csv)".
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
// Asks a yes/no question; in test mode the answer queued with queueAnswer (default yes).
bool question(QWidget *parent, const QString &title, const QString &text);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName);
// Any other kind of file: filter like "PDF documents (*.pdf)", suffix added when missing.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter,
                     const QString &suffix);
// Spreadsheets (CSV) to import or export.
QString openCsvFileName(QWidget *parent, const QString &caption);
QString saveCsvFileName(QWidget *parent, const QString &caption, const QString &suggestedName);
void critical(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);


// --- Test hooks ---
// In test mode no dialog is shown: file pickers return the queued names (or an empty
// string, as if cancelled) and messages are recorded.
void setTestMode(bool on);
void queueFileName(const QString &path);
void queueAnswer(bool yes);
QStringList shownMessages();
void clearShownMessages();

} // namespace rampart::dialogs
