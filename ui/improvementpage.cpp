#include "improvementpage.h"

#include "nonconformitypage.h"
#include "widgets.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rampart {

ImprovementPage::ImprovementPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_nonconformities(new NonconformityPage(document))
{
    setObjectName(QStringLiteral("improvementPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(tr("Improvement")));
    m_tabs->setObjectName(QStringLiteral("improvementTabs"));
    m_tabs->addTab(m_nonconformities, tr("Nonconformities"));
    layout->addWidget(m_tabs, 1);
}

} // namespace rampart
