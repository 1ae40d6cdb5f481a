#pragma once

#include <QObject>

class QAbstractItemModel;
class QDataWidgetMapper;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QWidget;

namespace rampart {

// Binds editors to one row of a register model, the way ContextPage binds the profile:
// each edit goes through the model's setData (and so is one undoable command), typing
// is written shortly after it stops, lists and dates as soon as they are picked.
class FormBinder : public QObject
{
    Q_OBJECT

public:
    FormBinder(QAbstractItemModel *model, bool readOnly, QObject *parent = nullptr);

    void setRow(int row);
    int row() const;
    QLineEdit *line(int column, const QString &placeholder = {});
    QPlainTextEdit *text(int column, int lines, const QString &placeholder = {});
    QWidget *choice(int column, int choiceSet);
    QWidget *date(int column);
    // Writes what is typed but not written yet.
    void commit();

private:
    QDataWidgetMapper *m_mapper;
    QTimer *m_timer;
    bool m_readOnly;
};

} // namespace rampart
