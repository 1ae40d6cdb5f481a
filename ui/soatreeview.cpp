#include "soatreeview.h"

#include "models/soamodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace rampart {

SoaTreeView::SoaTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setTabKeyNavigation(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(false);
    setAlternatingRowColors(true);
    // Two levels only: a small indent leaves the control column for the reference.
    setIndentation(14);
    setWordWrap(false);
    header()->setStretchLastSection(false);
}

void SoaTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &SoaTreeView::spanGroupRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SoaTreeView::spanGroupRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            spanGroupRows();
    });
    spanGroupRows();
}

void SoaTreeView::spanGroupRows()
{
    QAbstractItemModel *m = model();
    for (int row = 0; row < m->rowCount(); ++row) {
        setFirstColumnSpanned(row, {}, true);
        // Filtering may bring a group back: show what is in it.
        expand(m->index(row, 0));
    }
}

bool SoaTreeView::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.data(SoaModel::IsGroupRole).toBool();
}

// The next (or previous) visible cell in reading order: along the row by visual
// column, then on to the next control row. Theme rows are skipped.
QModelIndex SoaTreeView::nextCell(const QModelIndex &from, bool forward, bool editableOnly) const
{
    const QHeaderView *h = header();
    QModelIndex row = from.siblingAtColumn(0);
    int visual = isGroup(from) ? (forward ? -1 : h->count()) : h->visualIndex(from.column());
    for (int guard = 0; guard < 100000 && row.isValid(); ++guard) {
        visual += forward ? 1 : -1;
        if (visual < 0 || visual >= h->count() || isGroup(row)) {
            row = forward ? indexBelow(row) : indexAbove(row);
            if (!row.isValid())
                return {};
            visual = forward ? -1 : h->count();
            continue;
        }
        const int logical = h->logicalIndex(visual);
        if (h->isSectionHidden(logical))
            continue;
        const QModelIndex cell = row.siblingAtColumn(logical);
        if (!editableOnly || (cell.flags() & Qt::ItemIsEditable))
            return cell;
    }
    return {};
}

QModelIndex SoaTreeView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && isGroup(current) && (cursorAction == MoveUp || cursorAction == MoveDown)) {
        const QModelIndex moved = QTreeView::moveCursor(cursorAction, modifiers);
        return moved.isValid() && !isGroup(moved) ? moved.siblingAtColumn(m_column) : moved;
    }
    if (!current.isValid() || isGroup(current))
        return QTreeView::moveCursor(cursorAction, modifiers);
    switch (cursorAction) {
    case MoveNext:
    case MovePrevious: {
        const QModelIndex next = nextCell(current, cursorAction == MoveNext, true);
        return next.isValid() ? next : current;
    }
    case MoveRight:
    case MoveLeft: {
        // Along the row only; Left at the first cell goes up to the theme row, as in
        // any tree.
        const QHeaderView *h = header();
        int visual = h->visualIndex(current.column());
        const int step = cursorAction == MoveRight ? 1 : -1;
        for (visual += step; visual >= 0 && visual < h->count(); visual += step) {
            const int logical = h->logicalIndex(visual);
            if (!h->isSectionHidden(logical))
                return current.siblingAtColumn(logical);
        }
        return cursorAction == MoveLeft ? current.parent() : current;
    }
    case MoveUp:
    case MoveDown: {
        // Keep the column while walking rows.
        const QModelIndex moved = QTreeView::moveCursor(cursorAction, modifiers);
        return moved.isValid() && !isGroup(moved) ? moved.siblingAtColumn(current.column()) : moved;
    }
    default:
        return QTreeView::moveCursor(cursorAction, modifiers);
    }
}

void SoaTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (current.isValid() && !isGroup(current))
        m_column = current.column();
}

void SoaTreeView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState
        && current.isValid() && !isGroup(current)) {
        if (current.flags() & Qt::ItemIsEditable) {
            edit(current);
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace rampart
