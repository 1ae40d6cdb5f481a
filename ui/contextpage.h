#pragma once

#include <QWidget>

class QDataWidgetMapper;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rampart {

class Document;
class OrganisationModel;
class ScopeExclusionModel;

// Clause 4.3 and the organisation profile: a form over OrganisationModel (through
// QDataWidgetMapper, so every edit takes the one way of an edit) and the table of
// scope exclusions.
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
};

} // namespace rampart
