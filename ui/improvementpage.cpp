#include "improvementpage.h"

#include "document.h"
#include "nonconformitypage.h"
#include "registerpanel.h"
#include "widgets.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rampart {

ImprovementPage::ImprovementPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_nonconformities(new NonconformityPage(document))
    , m_log(new RegisterPanel(document, Entity::Improvement))
{
    setObjectName(QStringLiteral("improvementPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(tr("Improvement")));
    // "tabs" and the tab object names let MainWindow::showArea open "improvement.log".
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_nonconformities->setObjectName(QStringLiteral("nonconformities"));
    m_log->setObjectName(QStringLiteral("log"));
    m_tabs->addTab(m_nonconformities, tr("Nonconformities and corrective actions (10.2)"));
    m_tabs->addTab(m_log, tr("Continual improvement log (10.1)"));
    layout->addWidget(m_tabs, 1);
}

} // namespace rampart
