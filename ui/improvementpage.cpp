#include "improvementpage.h"

#include "registerpanel.h"
#include "widgets.h"

#include <QVBoxLayout>

namespace rampart {

ImprovementPage::ImprovementPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_log(new RegisterPanel(document, Entity::Improvement))
{
    setObjectName(QStringLiteral("improvementPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(tr("Improvement (10.1)")));
    QVBoxLayout *cardLayout = nullptr;
    QFrame *card = widgets::card(&cardLayout);
    card->setObjectName(QStringLiteral("nonconformitiesNote"));
    cardLayout->setContentsMargins(12, 8, 12, 8);
    auto *text = new QLabel(tr("<b>Nonconformities and corrective actions (10.2)</b> are not in this version of "
                               "Rampart yet: record them where you keep them today, and note that place on the "
                               "Requirements checklist under 10.2. They will get a register of their own here."));
    text->setWordWrap(true);
    cardLayout->addWidget(text);
    layout->addWidget(card);
    m_log->setObjectName(QStringLiteral("log"));
    layout->addWidget(m_log, 1);
}

} // namespace rampart
