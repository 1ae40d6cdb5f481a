#pragma once

#include <QWidget>

class QDataWidgetMapper;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace rampart {

class ClimateDecisionCard;
class Document;
class OrganisationModel;
class ScopeExclusionModel;

// Context and scope, in tabs: the organisation profile and clause 4.3 (a form over
// OrganisationModel through QDataWidgetMapper, so every edit takes the one way of an
// edit, and the table of scope exclusions); the issues of 4.1 with the climate change
// decision; the interested parties of 4.2; the ISMS processes of 4.4; the roles of 5.3.
class ContextPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContextPage(Document *document, QWidget *parent = nullptr);

    // Writes what is typed but not yet committed (before closing the file).
    void commitPendingEdits();
    void focusOrganisationName();

private:
    void updateButtons();

    Document *m_document;
    OrganisationModel *m_organisation;
    ScopeExclusionModel *m_exclusions;
    QDataWidgetMapper *m_mapper;
    QTimer *m_submitTimer;
    QLineEdit *m_name = nullptr;
    QTableView *m_exclusionView;
    QPushButton *m_addExclusion;
    QPushButton *m_removeExclusion;
    QTabWidget *m_tabs;
    ClimateDecisionCard *m_climate;
};

} // namespace rampart
