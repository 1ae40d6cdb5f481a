#pragma once

#include <QFrame>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace rampart {

class Document;
class OrganisationModel;

// The decision whether climate change is a relevant issue (4.1, as amended in 2024):
// yes, no or not decided, with the reasoning. Shown above the issues in amber until it
// is decided, because an auditor will ask for it.
class ClimateDecisionCard : public QFrame
{
    Q_OBJECT

public:
    explicit ClimateDecisionCard(Document *document, QWidget *parent = nullptr);
    void commitPending();

private:
    void write();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void load();
    void updateLook();

    OrganisationModel *m_model;
    QButtonGroup *m_choice;
    QPlainTextEdit *m_reasoning;
    QLabel *m_warning;
    QTimer *m_timer;
    bool m_loading = false;
};

} // namespace rampart
