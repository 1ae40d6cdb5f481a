#include "formbinder.h"

#include "recorddelegate.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace rampart {

namespace {
constexpr int SubmitDelayMs = 800;
}

FormBinder::FormBinder(QAbstractItemModel *model, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_mapper(new QDataWidgetMapper(this))
    , m_timer(new QTimer(this))
    , m_readOnly(readOnly)
{
    m_mapper->setModel(model);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SubmitDelayMs);
    connect(m_timer, &QTimer::timeout, m_mapper, &QDataWidgetMapper::submit);
    // After an import or an undo that replaced rows, show the row again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_mapper->setCurrentIndex(m_mapper->currentIndex()); });
}

void FormBinder::setRow(int row)
{
    commit();
    m_mapper->setCurrentIndex(row);
}

int FormBinder::row() const
{
    return m_mapper->currentIndex();
}

void FormBinder::commit()
{
    m_timer->stop();
    if (m_mapper->currentIndex() >= 0)
        m_mapper->submit();
}

QLineEdit *FormBinder::line(int column, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("field_%1").arg(column));
    edit->setPlaceholderText(placeholder);
    edit->setReadOnly(m_readOnly);
    m_mapper->addMapping(edit, column);
    connect(edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    return edit;
}

QPlainTextEdit *FormBinder::text(int column, int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("field_%1").arg(column));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setReadOnly(m_readOnly);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
    m_mapper->addMapping(edit, column);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        // textChanged also fires when the mapper fills the editor; only typing counts.
        if (edit->hasFocus())
            m_timer->start();
    });
    return edit;
}

QWidget *FormBinder::choice(int column, int choiceSet)
{
    auto *combo = qobject_cast<QComboBox *>(editors::choice(choiceSet));
    combo->setObjectName(QStringLiteral("field_%1").arg(column));
    combo->setEnabled(!m_readOnly);
    m_mapper->addMapping(combo, column);
    connect(combo, &QComboBox::activated, this, &FormBinder::commit);
    return combo;
}

QWidget *FormBinder::date(int column)
{
    auto *edit = qobject_cast<QDateEdit *>(editors::date());
    edit->setObjectName(QStringLiteral("field_%1").arg(column));
    edit->setReadOnly(m_readOnly);
    m_mapper->addMapping(edit, column);
    connect(edit, &QDateEdit::editingFinished, this, &FormBinder::commit);
    connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
        // Only a date the user picks counts: the mapper filling the form changes the
        // date too, and writing then would store half of one row into another.
        if (edit->hasFocus() || edit->calendarWidget()->isVisible())
            m_timer->start();
    });
    return edit;
}

} // namespace rampart
