#pragma once

#include <QStyledItemDelegate>

namespace rampart {

// Editors for the SoA table: a combo for the decision and for the status, a checkable
// list for the reasons (Space or 1-4 tick, Enter keeps), a date picker ("none" at the
// start of its range clears the date), owner names completed from the SoA, and a
// multi-line editor for the long texts. Like every delegate here it only makes editors
// and calls setData; the model turns that into a command.
class SoaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rampart
