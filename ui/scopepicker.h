#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rampart {

struct Catalog;

// Chooses the clauses and controls of an audit's scope from the catalog: a tree of
// clauses 4 to 10 and of the Annex A controls by theme, with check boxes. Checking a
// whole clause scopes its sub-clauses (one checklist question each).
class ScopePicker : public QWidget
{
    Q_OBJECT

public:
    ScopePicker(const Catalog &catalog, QWidget *parent = nullptr);

    void setScope(const QString &scope);
    // The canonical list ("4.1, 9.2, A.5.15") of what is checked.
    QString scope() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void applyRequested(const QString &scope);

private:
    void updateState();
    void checkAll(QTreeWidgetItem *root, bool on);

    const Catalog &m_catalog;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_clauses;
    QTreeWidgetItem *m_controls;
    QLabel *m_count;
    QPushButton *m_apply;
    QString m_stored;
    bool m_readOnly = false;
};

} // namespace rampart
