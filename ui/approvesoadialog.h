#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rampart {

class Document;

// Asks who approved the SoA, when, and with what note, before it is frozen as a new
// version. Says what is being frozen, including the gaps still open.
class ApproveSoaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApproveSoaDialog(Document *document, QWidget *parent = nullptr);

    QString approver() const;
    QDate approvedOn() const;
    QString note() const;

private:
    QLineEdit *m_approver;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
    QPushButton *m_ok;
};

} // namespace rampart
