#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace rampart {

class Document;
class RegisterForm;
class RequirementChecklistModel;

// The requirements checklist of clauses 4 to 10: each sub-clause with its status
// (Rampart's pre-fill unless you set your own), where it is met, notes and documents,
// with links to the records Rampart read.
class RequirementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsPage(Document *document, QWidget *parent = nullptr);

    RequirementChecklistModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectClause(const QString &clause);

Q_SIGNALS:
    void areaRequested(const QString &area);

private:
    void showCurrent();
    void updateSummary();

    Document *m_document;
    RequirementChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_filter;
    QLabel *m_summary;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_basis;
    QVBoxLayout *m_links;
    RegisterForm *m_form;
};

} // namespace rampart
