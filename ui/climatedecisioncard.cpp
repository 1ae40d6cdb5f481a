#include "climatedecisioncard.h"

#include "document.h"
#include "domain/organisation.h"
#include "models/organisationmodel.h"
#include "widgets.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

const char *const Keys[] = {"yes", "no", ""};

} // namespace

ClimateDecisionCard::ClimateDecisionCard(Document *document, QWidget *parent)
    : QFrame(parent)
    , m_model(new OrganisationModel(document, this))
    , m_choice(new QButtonGroup(this))
    , m_reasoning(new QPlainTextEdit)
    , m_warning(new QLabel)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("climateDecision"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(widgets::sectionTitle(tr("Is climate change a relevant issue for the organisation?")));
    layout->addWidget(widgets::note(tr("Clause 4.1 as amended in 2024 asks every organisation to decide this and "
                                       "keep the reasoning. If it is relevant, record it as an issue below.")));
    auto *buttons = new QHBoxLayout;
    const QString labels[] = {tr("Yes, it is relevant"), tr("No, it is not relevant"), tr("Not decided yet")};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QRadioButton(labels[i]);
        button->setObjectName(QStringLiteral("climate_%1").arg(i == 2 ? QStringLiteral("undecided")
                                                                         : QString::fromLatin1(Keys[i])));
        button->setEnabled(!document->isReadOnly());
        m_choice->addButton(button, i);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_reasoning->setObjectName(QStringLiteral("climateReasoning"));
    m_reasoning->setPlaceholderText(tr("Why it is, or is not, relevant: physical risks to sites and suppliers, "
                                       "customers' and regulators' expectations, the organisation's own commitments"));
    m_reasoning->setTabChangesFocus(true);
    m_reasoning->setReadOnly(document->isReadOnly());
    m_reasoning->setFixedHeight(m_reasoning->fontMetrics().lineSpacing() * 3 + 2 * m_reasoning->frameWidth() + 10);
    layout->addWidget(m_reasoning);
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);

    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &ClimateDecisionCard::write);
    m_reasoning->installEventFilter(this);
    connect(m_choice, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_loading)
            m_model->setData(m_model->index(0, Organisation::ClimateRelevant), QString::fromLatin1(Keys[id]));
        updateLook();
    });
    connect(m_reasoning, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_reasoning->hasFocus())
            m_timer->start();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClimateDecisionCard::load);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClimateDecisionCard::load);
    load();
}

void ClimateDecisionCard::commitPending()
{
    if (m_timer->isActive())
        write();
}

void ClimateDecisionCard::write()
{
    m_timer->stop();
    m_model->setData(m_model->index(0, Organisation::ClimateReasoning), m_reasoning->toPlainText());
    updateLook();
}

bool ClimateDecisionCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reasoning && event->type() == QEvent::FocusOut)
        commitPending();
    return QFrame::eventFilter(watched, event);
}

void ClimateDecisionCard::load()
{
    m_loading = true;
    const QString decision = m_model->data(m_model->index(0, Organisation::ClimateRelevant)).toString();
    m_choice->button(decision == QLatin1String("yes") ? 0 : decision == QLatin1String("no") ? 1 : 2)->setChecked(true);
    const QString reasoning = m_model->data(m_model->index(0, Organisation::ClimateReasoning)).toString();
    if (m_reasoning->toPlainText() != reasoning && !m_timer->isActive())
        m_reasoning->setPlainText(reasoning);
    m_loading = false;
    updateLook();
}

void ClimateDecisionCard::updateLook()
{
    const bool decided = m_choice->checkedId() != 2;
    const bool reasoned = !m_reasoning->toPlainText().trimmed().isEmpty();
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, decided && reasoned ? palette.color(QPalette::Base) : QColor(255, 243, 205));
    setPalette(palette);
    m_warning->setText(!decided ? tr("Not decided yet. An auditor will ask for this decision.")
                       : !reasoned ? tr("Add the reasoning: the decision alone does not show how it was reached.")
                                   : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
}

} // namespace rampart
