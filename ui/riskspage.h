#pragma once

#include <QWidget>

class QTabWidget;

namespace rampart {

class AssetsPanel;
class Document;
class RiskMethodPanel;
class RiskRegisterPanel;
class TreatmentPlanPanel;

// The Risks area (clauses 6.1.2, 6.1.3, 8.2, 8.3): the register with heat maps, the
// treatment plan, the asset inventory and the risk method, one tab each. The tabs
// other than the register are built when first shown, so that opening a large file
// costs only the register's first page.
class RisksPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { RegisterTab, TreatmentPlanTab, AssetsTab, MethodTab };

    explicit RisksPage(Document *document, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // The register tab with this risk selected and scrolled to.
    void showRisk(qint64 riskId);
    RiskRegisterPanel *registerPanel() const { return m_register; }
    TreatmentPlanPanel *treatmentPlanPanel();
    AssetsPanel *assetsPanel();
    RiskMethodPanel *methodPanel();
    void commitPendingEdits();

private:
    void ensureTab(int index);

    Document *m_document;
    QTabWidget *m_tabs;
    RiskRegisterPanel *m_register;
    TreatmentPlanPanel *m_plan = nullptr;
    AssetsPanel *m_assets = nullptr;
    RiskMethodPanel *m_method = nullptr;
};

} // namespace rampart
