#include "riskspage.h"

#include "assetspanel.h"
#include "riskmethodpanel.h"
#include "riskregisterpanel.h"
#include "treatmentplanpanel.h"
#include "widgets.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rampart {

RisksPage::RisksPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget)
    , m_register(new RiskRegisterPanel(document))
{
    setObjectName(QStringLiteral("risksPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(6);
    layout->addWidget(widgets::pageTitle(tr("Risks")));
    layout->addWidget(widgets::note(tr("Clauses 6.1.2, 6.1.3, 8.2 and 8.3: the register with inherent and residual "
                                       "ratings, the treatment plan, the asset inventory and the risk method. Changes "
                                       "are saved as you make them and can be undone with Edit > Undo.")));
    m_tabs->setObjectName(QStringLiteral("riskTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_register, tr("Register"));
    m_tabs->addTab(new QWidget, tr("Treatment plan"));
    m_tabs->addTab(new QWidget, tr("Assets"));
    m_tabs->addTab(new QWidget, tr("Method"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RisksPage::ensureTab);
}

void RisksPage::ensureTab(int index)
{
    QWidget *panel = nullptr;
    QString label;
    switch (Tab(index)) {
    case TreatmentPlanTab:
        if (m_plan)
            return;
        panel = m_plan = new TreatmentPlanPanel(m_document);
        label = tr("Treatment plan");
        break;
    case AssetsTab:
        if (m_assets)
            return;
        panel = m_assets = new AssetsPanel(m_document);
        label = tr("Assets");
        break;
    case MethodTab:
        if (m_method)
            return;
        panel = m_method = new RiskMethodPanel(m_document);
        label = tr("Method");
        break;
    case RegisterTab:
        return;
    }
    const QSignalBlocker blocker(m_tabs);
    QWidget *placeholder = m_tabs->widget(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, panel, label);
    m_tabs->setCurrentIndex(index);
    delete placeholder;
}

void RisksPage::showTab(Tab tab)
{
    ensureTab(tab);
    m_tabs->setCurrentIndex(tab);
}

void RisksPage::showRisk(qint64 riskId)
{
    showTab(RegisterTab);
    m_register->selectRisk(riskId);
}

TreatmentPlanPanel *RisksPage::treatmentPlanPanel()
{
    ensureTab(TreatmentPlanTab);
    return m_plan;
}

AssetsPanel *RisksPage::assetsPanel()
{
    ensureTab(AssetsTab);
    return m_assets;
}

RiskMethodPanel *RisksPage::methodPanel()
{
    ensureTab(MethodTab);
    return m_method;
}

void RisksPage::commitPendingEdits()
{
    m_register->commitPendingEdits();
    if (m_method)
        m_method->commitPendingEdits();
}

} // namespace rampart
