#include "datefield.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QValidator>
#include <QWidgetAction>

namespace rampart {

namespace {

// Empty or a real calendar date; anything that could still become one is intermediate.
class DateValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        if (input.isEmpty())
            return Acceptable;
        static const QRegularExpression partial(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$"));
        if (!partial.match(input).hasMatch())
            return Invalid;
        return input.size() == 10 && QDate::fromString(input, Qt::ISODate).isValid() ? Acceptable : Intermediate;
    }
};

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_pick(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setValidator(new DateValidator(m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_pick->setText(QStringLiteral("\u2026"));
    m_pick->setToolTip(tr("Pick a date"));
    m_pick->setFocusPolicy(Qt::NoFocus);
    // As tall as the text field, so that a form lines its label up with both.
    m_pick->setFixedHeight(m_edit->sizeHint().height());
    layout->addWidget(m_edit);
    layout->addWidget(m_pick);
    layout->addStretch();
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->isModified()) {
            m_edit->setModified(false);
            Q_EMIT dateEdited(isoDate());
        }
    });
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
}

QString DateField::isoDate() const
{
    return m_edit->text().trimmed();
}

void DateField::setIsoDate(const QString &date)
{
    if (m_edit->text() != date)
        m_edit->setText(date);
    m_edit->setModified(false);
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_pick->setEnabled(!readOnly);
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    const QDate current = QDate::fromString(isoDate(), Qt::ISODate);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    calendar->setGridVisible(true);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &date) {
        m_edit->setText(date.toString(Qt::ISODate));
        menu.close();
        Q_EMIT dateEdited(isoDate());
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

} // namespace rampart
