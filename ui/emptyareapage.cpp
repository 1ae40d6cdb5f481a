#include "emptyareapage.h"

#include "widgets.h"

#include <QVBoxLayout>

namespace rampart {

EmptyAreaPage::EmptyAreaPage(const QString &title, const QString &clauses, const QString &whatWillBeHere,
                             QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(widgets::pageTitle(title));
    layout->addWidget(widgets::note(clauses));
    QVBoxLayout *cardLayout = nullptr;
    QFrame *card = widgets::card(&cardLayout);
    cardLayout->addWidget(widgets::sectionTitle(tr("Not in this version yet")));
    auto *text = new QLabel(whatWillBeHere);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    cardLayout->addWidget(text);
    layout->addWidget(card);
    layout->addStretch();
}

} // namespace rampart
