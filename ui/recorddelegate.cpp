#include "recorddelegate.h"

#include "domain/audit.h"
#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPainter>
#include <QPlainTextEdit>

namespace rampart {

namespace {

// A date edit shows its minimum as "no date": a QDateEdit cannot be empty otherwise.
const QDate NoDate(1900, 1, 1);

QString dateText(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QString() : edit->date().toString(Qt::ISODate);
}

void setDateText(QDateEdit *edit, const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    edit->setDate(date.isValid() ? date : NoDate);
}

void setComboKey(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index);
}

} // namespace

namespace editors {

QWidget *choice(int choiceSet, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    const ChoiceSet set = ChoiceSet(choiceSet);
    for (const QString &key : Choices::keys(set))
        combo->addItem(Choices::name(set, key), key);
    return combo;
}

QWidget *date(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QDateEdit::tr("No date"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(NoDate);
    return edit;
}

} // namespace editors

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QString kind = index.data(RecordTableModel::EditorRole).toString();
    if (kind == QLatin1String("choice"))
        return editors::choice(index.data(RecordTableModel::ChoiceSetRole).toInt(), parent);
    if (kind == QLatin1String("date"))
        return editors::date(parent);
    if (kind == QLatin1String("multiline")) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        return edit;
    }
    auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && kind == QLatin1String("time"))
        line->setPlaceholderText(tr("HH:MM"));
    return editor;
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString key = index.data(RecordTableModel::KeyRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        setComboKey(combo, key);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        setDateText(date, key);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, dateText(date));
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, text->toPlainText());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void RecordDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    // A warning (overdue, late, finding without a record) gets a mark in the corner.
    if (index.data(RecordTableModel::WarningRole).toString().isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(196, 60, 0));
    const QRect r = option.rect;
    const QPointF corner[] = {QPointF(r.right() - 7, r.top()), QPointF(r.right() + 1, r.top()),
                              QPointF(r.right() + 1, r.top() + 8)};
    painter->drawPolygon(corner, 3);
    painter->restore();
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString key = index.data(RecordTableModel::KeyRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        setComboKey(combo, key);
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        if (dateText(date) != key)
            setDateText(date, key);
        return;
    }
    const QByteArray property = editor->metaObject()->userProperty().name();
    if (!property.isEmpty() && editor->property(property.constData()).toString() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void FormDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData());
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, dateText(date));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rampart
