#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace rampart {

class Document;
class ControlCatalogModel;

// The Statement of Applicability area. Until the SoA itself exists it shows, and says
// so, the Annex A catalog that the file carries: the 93 controls with their
// ISO/IEC 27002 attributes, our description and an audit question for each.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(Document *document, QWidget *parent = nullptr);

private:
    void showCurrent();

    Document *m_document;
    ControlCatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_count;
};

} // namespace rampart
