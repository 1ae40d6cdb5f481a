#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace rampart {

// A date that may also be "not given": a text field taking YYYY-MM-DD (or nothing)
// with a calendar to pick from. dateEdited() fires once the text is a whole valid
// date or empty, so half-typed dates never reach the store.
class DateField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString isoDate READ isoDate WRITE setIsoDate USER true)

public:
    explicit DateField(QWidget *parent = nullptr);

    QString isoDate() const;
    void setIsoDate(const QString &date);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void dateEdited(const QString &isoDate);

private:
    void showCalendar();

    QLineEdit *m_edit;
    QToolButton *m_pick;
};

} // namespace rampart
