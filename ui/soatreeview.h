#pragma once

#include <QTreeView>

namespace rampart {

// The SoA table, grouped by theme, for working through 93 rows with the keyboard:
// Up/Down walk the rows, Left/Right move from cell to cell, Enter or F2 edits the
// current cell, typing starts editing it, and Tab moves on to the next editable cell
// (into the next row at the end of one). Theme rows span the whole width.
class SoaTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit SoaTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void spanGroupRows();
    bool isGroup(const QModelIndex &index) const;
    QModelIndex nextCell(const QModelIndex &from, bool forward, bool editableOnly) const;

    // The column the keyboard was in, kept while passing over a theme row.
    int m_column = 0;
};

} // namespace rampart
