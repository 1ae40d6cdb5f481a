#include "areapage.h"

#include "widgets.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rampart {

AreaPage::AreaPage(const QString &title, const QString &note, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_header(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(widgets::pageTitle(title));
    if (!note.isEmpty())
        layout->addWidget(widgets::note(note));
    layout->addLayout(m_header);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
}

void AreaPage::addTab(QWidget *page, const QString &key, const QString &title)
{
    page->setObjectName(key);
    m_tabs->addTab(page, title);
}

bool AreaPage::showSection(const QString &key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == key) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace rampart
