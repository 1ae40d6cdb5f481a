#include "codesetfield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace rampart {

CodeSetField::CodeSetField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_pick(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("None; type codes separated by commas, or choose"));
    m_pick->setText(tr("Choose\u2026"));
    m_pick->setFocusPolicy(Qt::NoFocus);
    m_pick->setFixedHeight(m_edit->sizeHint().height());
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->isModified()) {
            m_edit->setModified(false);
            Q_EMIT codesEdited(codes());
        }
    });
    connect(m_pick, &QToolButton::clicked, this, &CodeSetField::showPicker);
}

QStringList CodeSetField::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void CodeSetField::setChoices(const std::vector<std::pair<QString, QString>> &choices)
{
    m_choices = choices;
}

QStringList CodeSetField::codes() const
{
    return parse(m_edit->text());
}

void CodeSetField::setCodes(const QStringList &codes)
{
    const QString text = codes.join(QStringLiteral(", "));
    if (m_edit->text() != text)
        m_edit->setText(text);
    m_edit->setModified(false);
}

void CodeSetField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_pick->setEnabled(!readOnly);
}

void CodeSetField::showPicker()
{
    QMenu menu(this);
    auto *panel = new QWidget(&menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget;
    list->setMinimumSize(460, 320);
    const QStringList chosen = codes();
    for (const auto &[code, title] : m_choices) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(code, title), list);
        item->setData(Qt::UserRole, code);
        // Not user-checkable: a click anywhere on the row toggles it, once.
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(list, &QListWidget::itemClicked, list, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    layout->addWidget(filter);
    layout->addWidget(list);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(panel);
    menu.addAction(action);
    filter->setFocus();
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));

    QStringList picked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            picked << list->item(i)->data(Qt::UserRole).toString();
    }
    // Codes typed by hand that are not among the choices stay (the store says if
    // they are wrong).
    for (const QString &code : chosen) {
        bool known = false;
        for (const auto &choice : m_choices)
            known = known || choice.first == code;
        if (!known)
            picked << code;
    }
    if (picked != chosen) {
        setCodes(picked);
        Q_EMIT codesEdited(picked);
    }
}

} // namespace rampart
