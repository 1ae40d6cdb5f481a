#pragma once

#include <QWidget>

class QTabWidget;

namespace rampart {

class Document;
class NonconformityPage;

// The Improvement area (clause 10). Each register is a tab of its own: today the
// nonconformities and corrective actions of 10.2; the continual improvement log of
// 10.1 joins as a second tab.
class ImprovementPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPage(Document *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    NonconformityPage *nonconformities() const { return m_nonconformities; }

private:
    QTabWidget *m_tabs;
    NonconformityPage *m_nonconformities;
};

} // namespace rampart
