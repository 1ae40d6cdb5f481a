#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rampart {

class AssetModel;
class Document;

// The Assets tab: the inventory with its C, I and A values, in place editing, adding
// and deleting (with undo), CSV import and export.
class AssetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssetsPanel(Document *document, QWidget *parent = nullptr);

    AssetModel *model() const { return m_model; }

private:
    void updateButtons();

    Document *m_document;
    AssetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace rampart
