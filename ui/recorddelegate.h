#pragma once

#include <QStyledItemDelegate>

namespace rampart {

// Edits a cell of a register table the way its column asks (RecordTableModel::EditorRole):
// a list of choices, a date, a time, one or several lines of text. Only creates the
// editor and calls setData; the model does the rest.
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The same for forms (QDataWidgetMapper): combo boxes carry keys, date edits may be
// empty, and a text editor that already shows the value is left alone so the cursor of
// the person typing does not jump.
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

namespace editors {
// Editors that FormDelegate and RecordDelegate understand.
QWidget *choice(int choiceSet, QWidget *parent = nullptr);
QWidget *date(QWidget *parent = nullptr);
} // namespace editors

} // namespace rampart
