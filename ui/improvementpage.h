#pragma once

#include <QWidget>

class QTabWidget;

namespace rampart {

class Document;
class NonconformityPage;
class RegisterPanel;

// The Improvement area (clause 10): nonconformities and corrective actions (10.2) and
// the continual improvement log (10.1), each a tab of its own.
class ImprovementPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPage(Document *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    NonconformityPage *nonconformities() const { return m_nonconformities; }
    RegisterPanel *log() const { return m_log; }

private:
    QTabWidget *m_tabs;
    NonconformityPage *m_nonconformities;
    RegisterPanel *m_log;
};

} // namespace rampart
