#include "soadetailpane.h"

#include "catalog/catalog.h"
#include "document.h"
#include "domain/fields.h"
#include "models/soamodel.h"
#include "soa.h"
#include "widgets.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

constexpr int SubmitDelayMs = 800;

// Leaves the widget alone when it already shows the value, so that a change coming
// back from the file does not move the cursor of the person typing.
void showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

SoaDetailPane::SoaDetailPane(SoaModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_submitTimer(new QTimer(this))
    , m_content(new QWidget)
    , m_empty(widgets::note(tr("Select a control to read about it and to write down why it is in the SoA, "
                               "or why not, and how it is implemented.")))
    , m_heading(widgets::sectionTitle(QString()))
    , m_meta(widgets::note(QString()))
    , m_about(new QLabel)
    , m_risks(new QLabel)
    , m_ownBox(new QWidget)
    , m_reference(new QLineEdit)
    , m_title(new QLineEdit)
    , m_theme(new QComboBox)
    , m_ownDescription(new QPlainTextEdit)
    , m_justificationLabel(new QLabel)
{
    setObjectName(QStringLiteral("soaDetailPane"));
    m_submitTimer->setSingleShot(true);
    m_submitTimer->setInterval(SubmitDelayMs);
    connect(m_submitTimer, &QTimer::timeout, this, &SoaDetailPane::commitPendingEdits);

    const bool readOnly = model->document()->isReadOnly();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps to the pane; only the height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_empty);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(6);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    content->addWidget(m_heading);
    content->addWidget(m_meta);
    // Two columns: what the control is, and what this organisation writes about it.
    // They sit side by side when the pane is wide (below the table), one above the
    // other when it is narrow (beside it).
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom);
    m_columns->setSpacing(12);
    content->addLayout(m_columns);
    auto *aboutColumn = new QWidget;
    auto *about = new QVBoxLayout(aboutColumn);
    about->setContentsMargins(0, 0, 0, 0);
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::RichText);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Linked risks are links: a click opens the risk in the register.
    m_risks->setObjectName(QStringLiteral("linkedRisks"));
    m_risks->setWordWrap(true);
    m_risks->setTextFormat(Qt::RichText);
    m_risks->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                     | Qt::LinksAccessibleByKeyboard);
    m_risks->setOpenExternalLinks(false);
    connect(m_risks, &QLabel::linkActivated, this, [this](const QString &link) {
        // "risk:12"
        bool ok = false;
        const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong(&ok);
        if (link.startsWith(QLatin1String("risk:")) && ok)
            Q_EMIT openRisk(id);
    });
    about->addWidget(m_risks);
    about->addWidget(m_about);

    auto *ownForm = new QFormLayout(m_ownBox);
    ownForm->setContentsMargins(0, 0, 0, 0);
    ownForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reference->setObjectName(QStringLiteral("ownReference"));
    m_title->setObjectName(QStringLiteral("ownTitle"));
    m_theme->setObjectName(QStringLiteral("ownTheme"));
    m_ownDescription->setObjectName(QStringLiteral("ownDescription"));
    for (const CatalogTheme &theme : model->document()->catalog().themes)
        m_theme->addItem(theme.name, theme.code);
    m_ownDescription->setTabChangesFocus(true);
    m_ownDescription->setPlaceholderText(tr("What the control is, in a sentence or two"));
    m_ownDescription->setFixedHeight(m_ownDescription->fontMetrics().lineSpacing() * 3 + 16);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_title, m_theme, m_ownDescription})
        w->setEnabled(!readOnly);
    ownForm->addRow(fieldLabel(Entity::OwnControl, OwnControl::Reference), m_reference);
    ownForm->addRow(fieldLabel(Entity::OwnControl, OwnControl::Title), m_title);
    ownForm->addRow(fieldLabel(Entity::OwnControl, OwnControl::Theme), m_theme);
    ownForm->addRow(fieldLabel(Entity::OwnControl, OwnControl::Description), m_ownDescription);
    about->addWidget(m_ownBox);
    about->addStretch();
    m_columns->addWidget(aboutColumn, 2);
    auto *textColumn = new QWidget;
    m_textGrid = new QGridLayout(textColumn);
    m_textGrid->setContentsMargins(0, 0, 0, 0);
    // Rows keep to their content; what is left of the height goes below them.
    m_textGrid->setRowStretch(4, 1);
    m_columns->addWidget(textColumn, 3);

    auto addText = [&](int column, const QString &label, const QString &placeholder, int lines,
                       QLabel *labelWidget = nullptr) {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        QLabel *l = labelWidget ? labelWidget : new QLabel;
        l->setText(label);
        QFont font = l->font();
        font.setBold(true);
        l->setFont(font);
        boxLayout->addWidget(l);
        QPlainTextEdit *edit = textEditor(column, placeholder, lines);
        edit->setReadOnly(readOnly);
        l->setBuddy(edit);
        boxLayout->addWidget(edit);
        m_textBoxes.append(box);
    };
    addText(SoaModel::ReasonNarrativeColumn, tr("Why it is included"),
            tr("The risks it treats, the law or contract that requires it, or the business reason"), 3);
    addText(SoaModel::JustificationColumn, tr("Justification for exclusion"),
            tr("Why the control is not needed here (required when it is not applicable)"), 3,
            m_justificationLabel);
    addText(SoaModel::ImplementationColumn, tr("How it is implemented here"),
            tr("The process, tool or configuration that puts the control into practice, and who runs it"), 6);
    addText(SoaModel::ReferencesColumn, tr("Documents and evidence"),
            tr("Policies, procedures, records and tickets an auditor can look at, one per line"), 3);
    setSideBySide(false);
    content->addStretch();
    layout->addWidget(m_content);
    layout->addStretch();
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QLineEdit *edit : {m_reference, m_title}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, m_submitTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &SoaDetailPane::commitPendingEdits);
    }
    m_ownDescription->installEventFilter(this);
    connect(m_ownDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ownDescription->hasFocus())
            m_submitTimer->start();
    });
    connect(m_theme, &QComboBox::activated, this, [this] {
        const QModelIndex at = m_model->indexOfEntry(m_entryId);
        if (const SoaEntry *e = m_model->entryAt(at))
            m_model->document()->soa().setOwnControlValue(e->ownControlId, OwnControl::Theme,
                                                          m_theme->currentData());
    });

    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_entryId != 0 && topLeft.data(SoaModel::EntryIdRole).toLongLong() == m_entryId)
            refresh();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SoaDetailPane::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SoaDetailPane::refresh);
    refresh();
}

QPlainTextEdit *SoaDetailPane::textEditor(int column, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("detail_%1").arg(column));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // As tall as the text usually is; longer texts scroll, the pane does not jump.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 16);
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        // textChanged also fires when the pane fills the editor; only typing counts.
        if (edit->hasFocus())
            m_submitTimer->start();
    });
    m_texts.append({edit, column});
    return edit;
}

bool SoaDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commitPendingEdits();
    return QWidget::eventFilter(watched, event);
}

void SoaDetailPane::setSideBySide(bool on)
{
    m_columns->setDirection(on ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    for (int i = 0; i < m_textBoxes.size(); ++i)
        m_textGrid->addWidget(m_textBoxes.at(i), on ? i / 2 : i, on ? i % 2 : 0, Qt::AlignTop);
}

void SoaDetailPane::setEntry(qint64 entryId)
{
    if (entryId == m_entryId)
        return;
    commitPendingEdits();
    m_entryId = entryId;
    refresh();
}

void SoaDetailPane::commitPendingEdits()
{
    m_submitTimer->stop();
    const QModelIndex row = m_model->indexOfEntry(m_entryId);
    const SoaEntry *e = m_model->entryAt(row);
    if (!e || m_model->document()->isReadOnly())
        return;
    for (const auto &[edit, column] : std::as_const(m_texts)) {
        const QModelIndex cell = row.siblingAtColumn(column);
        if (edit->toPlainText() != cell.data(Qt::EditRole).toString())
            m_model->setData(cell, edit->toPlainText());
    }
    if (e->own) {
        const qint64 ownId = e->ownControlId;
        if (m_title->text() != e->title)
            m_model->setData(row.siblingAtColumn(SoaModel::Title), m_title->text());
        const SoaEntry *now = m_model->entryAt(m_model->indexOfEntry(m_entryId));
        if (now && m_reference->text().trimmed() != now->controlRef && !m_reference->text().trimmed().isEmpty())
            m_model->setData(m_model->indexOfEntry(m_entryId, SoaModel::Control), m_reference->text());
        now = m_model->entryAt(m_model->indexOfEntry(m_entryId));
        if (now && m_ownDescription->toPlainText() != now->controlDescription)
            m_model->document()->soa().setOwnControlValue(ownId, OwnControl::Description,
                                                          m_ownDescription->toPlainText());
    }
}

void SoaDetailPane::refresh()
{
    const QModelIndex row = m_model->indexOfEntry(m_entryId);
    const SoaEntry *e = m_model->entryAt(row);
    m_empty->setVisible(!e);
    m_content->setVisible(e);
    if (!e) {
        m_entryId = 0;
        return;
    }
    const Catalog &catalog = m_model->document()->catalog();
    m_heading->setText(QStringLiteral("%1  %2").arg(e->controlRef, e->title));
    const CatalogTheme *theme = catalog.theme(e->themeCode);
    QStringList meta;
    meta << (e->own ? tr("Own control, %1").arg(theme ? theme->name : e->themeCode)
                    : tr("Annex A, %1").arg(theme ? theme->name : e->themeCode));
    meta << applicabilityLabel(e->applicability);
    if (e->applicability != Applicability::NotApplicable)
        meta << statusLabel(e->status);
    if (!e->owner.isEmpty())
        meta << tr("owner %1").arg(e->owner);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    // Linked risks are derived from the risk register: every risk whose treatment plans
    // this control.
    const std::vector<LinkedRisk> &risks = m_model->linkedRisks(e->id);
    if (risks.empty()) {
        m_risks->setText(tr("<p><b>Linked risks:</b> no risk treatment plans this control.</p>"));
    } else {
        // A generated register can have thousands of risks behind one control.
        constexpr size_t MaxShown = 50;
        QStringList lines;
        for (const LinkedRisk &risk : risks) {
            if (size_t(lines.size()) == MaxShown) {
                lines << tr("… and %n more (see the Risks area)", nullptr, int(risks.size() - MaxShown));
                break;
            }
            lines << QStringLiteral("<a href=\"risk:%1\">%2</a> %3 (%4)")
                         .arg(risk.id)
                         .arg(risk.reference.toHtmlEscaped(), risk.title.toHtmlEscaped(),
                              risk.residualLevel.isEmpty() ? tr("residual risk not rated")
                                                           : tr("residual %1").arg(risk.residualLevel.toHtmlEscaped()));
        }
        QString html = tr("<p><b>Linked risks:</b><br>%1</p>").arg(lines.join(QStringLiteral("<br>")));
        if (e->applicability == Applicability::NotApplicable)
            html += tr("<p style=\"color:#b3261e\">Excluded, but the treatment of these risks relies on it.</p>");
        m_risks->setText(html);
    }
    m_risks->setToolTip(risks.empty() ? QString() : tr("Click a risk to open it in the risk register"));

    if (const CatalogControl *c = e->own ? nullptr : catalog.control(e->controlRef)) {
        QString html;
        if (!c->annexATitle.isEmpty())
            html += tr("<p><i>Annex A wording: %1</i></p>").arg(c->annexATitle.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(c->description.toHtmlEscaped());
        html += tr("<p><b>Audit question:</b> %1</p>").arg(c->guidance.toHtmlEscaped());
        QStringList attributes;
        for (int kind = 0; kind < AttributeKindCount; ++kind) {
            QStringList values;
            for (const QString &v : c->attributes[kind])
                values << attributeValueName(v);
            attributes << QStringLiteral("%1: %2").arg(attributeKindName(AttributeKind(kind)).toHtmlEscaped(),
                                                       values.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(attributes.join(QStringLiteral("<br>")));
        html += c->newIn2022 ? tr("<p style=\"color:gray\">New in the 2022 edition.</p>")
                             : tr("<p style=\"color:gray\">ISO/IEC 27001:2013 predecessors: %1</p>")
                                   .arg(c->predecessors2013.join(QStringLiteral(", ")).toHtmlEscaped());
        m_about->setText(html);
        m_about->setVisible(true);
    } else {
        m_about->setVisible(false);
    }

    m_ownBox->setVisible(e->own);
    if (e->own) {
        showText(m_reference, e->controlRef);
        showText(m_title, e->title);
        m_theme->setCurrentIndex(qMax(0, m_theme->findData(e->themeCode)));
        showText(m_ownDescription, e->controlDescription);
    }
    for (const auto &[edit, column] : std::as_const(m_texts))
        showText(edit, row.siblingAtColumn(column).data(Qt::EditRole).toString());
    // The justification is what an auditor asks for first about an excluded control.
    const bool excluded = e->applicability == Applicability::NotApplicable;
    m_justificationLabel->setText(excluded ? tr("Justification for exclusion (required)")
                                           : tr("Justification for exclusion"));
}

} // namespace rampart
