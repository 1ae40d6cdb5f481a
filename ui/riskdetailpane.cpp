#include "riskdetailpane.h"

#include "clock.h"
#include "document.h"
#include "domain/fields.h"
#include "models/riskacceptancemodel.h"
#include "models/riskactionmodel.h"
#include "models/riskfilterproxymodel.h"
#include "models/riskregistermodel.h"
#include "riskdelegates.h"
#include "widgets.h"

#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

constexpr int SubmitDelayMs = 800;

// Writing the same text back into the editor someone is typing in would move their
// cursor: leave it alone when it already shows the value.
class FormDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (!property.isEmpty() && editor->property(property.constData()).toString() == index.data(Qt::EditRole).toString())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

QString chip(const QString &text, const QColor &colour)
{
    const int brightness = (colour.red() * 299 + colour.green() * 587 + colour.blue() * 114) / 1000;
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(colour.name(), brightness > 140 ? QStringLiteral("#000000") : QStringLiteral("#ffffff"), text.toHtmlEscaped());
}

void setUpSmallTable(QTableView *view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
    view->setMinimumHeight(110);
}

// Records the acceptance of a residual risk: who, when, until when, why.
class AcceptDialog : public QDialog
{
public:
    AcceptDialog(const RiskMethod &method, const RiskRow &row, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Accept residual risk %1").arg(row.reference));
        const RiskRating rating = rampart::currentRating(method, row.inherentLikelihood, row.inherentImpact,
                                                         row.residualLikelihood, row.residualImpact);
        auto *layout = new QVBoxLayout(this);
        auto *what = new QLabel(this);
        what->setWordWrap(true);
        what->setTextFormat(Qt::RichText);
        if (rating.isRated())
            what->setText(tr("The risk owner accepts %1 <b>%2</b> as it is now: %3 x %4 = %5 %6, treatment: %7. If the rating "
                             "or treatment changes later, the acceptance will show as needing renewal.")
                              .arg(row.reference.toHtmlEscaped(), row.title.toHtmlEscaped())
                              .arg(rating.likelihood)
                              .arg(rating.impact)
                              .arg(rating.score)
                              .arg(chip(method.levelName(rating.level), method.levelColour(rating.level)),
                                   RiskVocabulary::treatmentLabel(row.treatment).toHtmlEscaped()));
        else
            what->setText(tr("Rate the risk before accepting it: an acceptance is of a rated residual risk."));
        layout->addWidget(what);
        auto *form = new QFormLayout;
        m_by = new QLineEdit(row.owner, this);
        m_on = new QDateEdit(today(), this);
        m_on->setCalendarPopup(true);
        m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_expires = new QDateEdit(today().addMonths(method.reviewIntervalMonths), this);
        m_expires->setCalendarPopup(true);
        m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_justification = new QPlainTextEdit(this);
        m_justification->setTabChangesFocus(true);
        const bool above = method.isAboveThreshold(rating);
        m_justification->setPlaceholderText(
            above ? tr("Required: the risk is above the acceptance threshold (%1).").arg(method.levelName(method.acceptanceLevel))
                  : tr("Why the residual risk is acceptable (optional within the threshold)."));
        form->addRow(tr("Accepted by"), m_by);
        form->addRow(tr("Accepted on"), m_on);
        form->addRow(tr("Expires"), m_expires);
        form->addRow(tr("Justification"), m_justification);
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Record acceptance"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(rating.isRated());
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(520, 380);
    }

    QLineEdit *m_by;
    QDateEdit *m_on;
    QDateEdit *m_expires;
    QPlainTextEdit *m_justification;
};

} // namespace

RiskDetailPane::RiskDetailPane(Document *document, RiskFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_proxy(proxy)
    , m_mapper(new QDataWidgetMapper(this))
    , m_submitTimer(new QTimer(this))
    , m_scroll(new QScrollArea)
    , m_content(new QWidget)
    , m_empty(widgets::note(tr("Select a risk to see its scenario, treatment actions and acceptance.")))
    , m_heading(widgets::sectionTitle(QString()))
    , m_ratings(new QLabel)
    , m_actions(new RiskActionModel(document, -1, this))
    , m_acceptances(new RiskAcceptanceModel(document, -1, this))
    , m_actionView(new QTableView)
    , m_acceptanceView(new QTableView)
    , m_addAction(new QPushButton(tr("Add action")))
    , m_removeAction(new QPushButton(tr("Delete action")))
    , m_accept(new QPushButton(tr("Accept residual risk…")))
    , m_removeAcceptance(new QPushButton(tr("Delete acceptance")))
{
    setObjectName(QStringLiteral("riskDetailPane"));
    const bool readOnly = document->isReadOnly();
    m_mapper->setModel(proxy);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_submitTimer->setSingleShot(true);
    m_submitTimer->setInterval(SubmitDelayMs);
    connect(m_submitTimer, &QTimer::timeout, this, &RiskDetailPane::commitPendingEdits);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 4, 8, 8);
    m_heading->setObjectName(QStringLiteral("riskHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_ratings->setTextFormat(Qt::RichText);
    m_ratings->setWordWrap(true);
    layout->addWidget(m_ratings);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const struct
    {
        int column;
        QString placeholder;
        int lines;
    } fields[] = {
        {RiskRegisterModel::Description, tr("What could happen, how, and what it would lead to"), 4},
        {RiskRegisterModel::Threat, tr("Who or what could cause it"), 1},
        {RiskRegisterModel::Vulnerability, tr("The weakness it would exploit"), 2},
        {RiskRegisterModel::ExistingControls, tr("What is already in place"), 2},
        {RiskRegisterModel::Notes, tr("Decisions, reviews, anything else"), 2},
    };
    for (const auto &f : fields) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("detail_%1").arg(f.column));
        edit->setPlaceholderText(f.placeholder);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(readOnly);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * (f.lines + 1) + 12);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (f.lines * 3) + 12);
        m_mapper->addMapping(edit, f.column);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            // textChanged also fires when the mapper fills the editor; only typing counts.
            if (edit->hasFocus()) {
                m_dirty = true;
                m_submitTimer->start();
            }
        });
        form->addRow(fieldLabel(Entity::Risk, RiskRegisterModel::fieldOf(f.column)), edit);
    }
    layout->addLayout(form);

    layout->addWidget(widgets::sectionTitle(tr("Treatment actions")));
    m_actionView->setObjectName(QStringLiteral("riskActions"));
    m_actionView->setModel(m_actions);
    setUpSmallTable(m_actionView);
    m_actionView->hideColumn(RiskActionModel::Risk);
    m_actionView->hideColumn(RiskActionModel::RiskTitle);
    m_actionView->setItemDelegateForColumn(RiskActionModel::Status,
                                           new ChoiceDelegate(RiskVocabulary::actionStatusKeys(),
                                                              &RiskVocabulary::actionStatusLabel, false, m_actionView));
    m_actionView->setItemDelegateForColumn(RiskActionModel::DueOn, new DateDelegate(m_actionView));
    m_actionView->setItemDelegateForColumn(RiskActionModel::CompletedOn, new DateDelegate(m_actionView));
    m_actionView->setColumnWidth(RiskActionModel::Title, 220);
    layout->addWidget(m_actionView);
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_removeAction);
    actionButtons->addStretch();
    layout->addLayout(actionButtons);

    layout->addWidget(widgets::sectionTitle(tr("Acceptance of the residual risk")));
    m_acceptanceView->setObjectName(QStringLiteral("riskAcceptances"));
    m_acceptanceView->setModel(m_acceptances);
    setUpSmallTable(m_acceptanceView);
    m_acceptanceView->hideColumn(RiskAcceptanceModel::Risk);
    m_acceptanceView->setItemDelegateForColumn(RiskAcceptanceModel::AcceptedOn, new DateDelegate(m_acceptanceView));
    m_acceptanceView->setItemDelegateForColumn(RiskAcceptanceModel::ExpiresOn, new DateDelegate(m_acceptanceView));
    m_acceptanceView->setItemDelegateForColumn(RiskAcceptanceModel::Justification, new TextDelegate(m_acceptanceView));
    layout->addWidget(m_acceptanceView);
    auto *acceptButtons = new QHBoxLayout;
    acceptButtons->addWidget(m_accept);
    acceptButtons->addWidget(m_removeAcceptance);
    acceptButtons->addStretch();
    layout->addLayout(acceptButtons);
    layout->addStretch();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(m_scroll, 1);
    m_scroll->setWidget(m_content);
    m_empty->setContentsMargins(12, 12, 12, 12);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    connect(m_addAction, &QPushButton::clicked, this, [this] {
        const qint64 riskId = m_current.data(RiskRegisterModel::IdRole).toLongLong();
        const qint64 id = m_actions->addAction(riskId);
        const int row = m_actions->rowOf(id);
        if (row >= 0) {
            m_actionView->setCurrentIndex(m_actions->index(row, RiskActionModel::Title));
            m_actionView->edit(m_actions->index(row, RiskActionModel::Title));
        }
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        if (m_actionView->currentIndex().isValid())
            m_actions->removeActions({m_actionView->currentIndex().row()});
    });
    connect(m_accept, &QPushButton::clicked, this, &RiskDetailPane::accept);
    connect(m_removeAcceptance, &QPushButton::clicked, this, [this] {
        if (m_acceptanceView->currentIndex().isValid())
            m_acceptances->removeAcceptance(m_acceptanceView->currentIndex().row());
    });
    connect(m_actionView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RiskDetailPane::updateButtons);
    connect(m_acceptanceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RiskDetailPane::updateButtons);
    connect(proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_current.isValid() && m_current.row() >= from.row() && m_current.row() <= to.row())
            refreshHeader();
    });
    setCurrent({});
}

void RiskDetailPane::setCurrent(const QModelIndex &proxyIndex)
{
    commitPendingEdits();
    m_current = proxyIndex.isValid() ? proxyIndex.sibling(proxyIndex.row(), 0) : QModelIndex();
    const bool has = m_current.isValid();
    m_empty->setVisible(!has);
    m_scroll->setVisible(has);
    if (has)
        m_mapper->setCurrentIndex(m_current.row());
    const qint64 riskId = has ? m_current.data(RiskRegisterModel::IdRole).toLongLong() : -1;
    m_actions->setRiskId(riskId);
    m_acceptances->setRiskId(riskId);
    refreshHeader();
    updateButtons();
}

void RiskDetailPane::refreshHeader()
{
    if (!m_current.isValid())
        return;
    auto cell = [this](int column, int role = Qt::DisplayRole) { return m_current.sibling(m_current.row(), column).data(role); };
    m_heading->setText(QStringLiteral("%1  %2").arg(cell(RiskRegisterModel::Reference).toString(),
                                                   cell(RiskRegisterModel::Title).toString()));
    auto rating = [&](int scoreColumn, int levelColumn, const QString &label) {
        const QString level = cell(levelColumn).toString();
        if (level.isEmpty())
            return tr("%1: not rated").arg(label);
        return QStringLiteral("%1: %2 %3")
            .arg(label.toHtmlEscaped(), cell(scoreColumn).toString(),
                 chip(level, cell(levelColumn, RiskRegisterModel::LevelColourRole).value<QColor>()));
    };
    QString text = rating(RiskRegisterModel::InherentScore, RiskRegisterModel::InherentLevel, tr("Inherent")) + QStringLiteral(" &nbsp; ")
        + rating(RiskRegisterModel::ResidualScore, RiskRegisterModel::ResidualLevel, tr("Residual"));
    const QString owner = cell(RiskRegisterModel::Owner).toString();
    text += QStringLiteral("<br>") + tr("Owner: %1 · Status: %2 · Treatment: %3")
                                         .arg(owner.isEmpty() ? tr("none") : owner.toHtmlEscaped(),
                                              cell(RiskRegisterModel::Status).toString().toHtmlEscaped(),
                                              cell(RiskRegisterModel::Treatment).toString().isEmpty()
                                                  ? tr("not decided")
                                                  : cell(RiskRegisterModel::Treatment).toString().toHtmlEscaped());
    if (cell(0, RiskRegisterModel::AttentionRole).toBool())
        text += QStringLiteral("<br><b style=\"color:#b71c1c\">%1</b>")
                    .arg(tr("Retained above the acceptance threshold without a valid, justified acceptance.").toHtmlEscaped());
    m_ratings->setText(text);
}

void RiskDetailPane::accept()
{
    if (!m_current.isValid())
        return;
    const auto *source = static_cast<RiskRegisterModel *>(m_proxy->sourceModel());
    const RiskRow *row = source->rowAt(m_proxy->mapToSource(m_current).row());
    if (!row)
        return;
    AcceptDialog dialog(m_document->riskMethod(), *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_acceptances->accept(row->id, dialog.m_by->text().trimmed(), dialog.m_on->date().toString(Qt::ISODate),
                          dialog.m_expires->date().toString(Qt::ISODate), dialog.m_justification->toPlainText().trimmed());
}

void RiskDetailPane::updateButtons()
{
    const bool writable = !m_document->isReadOnly() && m_current.isValid();
    m_addAction->setEnabled(writable);
    m_removeAction->setEnabled(writable && m_actionView->currentIndex().isValid());
    m_accept->setEnabled(writable);
    m_removeAcceptance->setEnabled(writable && m_acceptanceView->currentIndex().isValid());
}

void RiskDetailPane::commitPendingEdits()
{
    m_submitTimer->stop();
    // Only what was typed: the current row may be on its way out (a delete moves the
    // current row before the old one is gone), and its texts must not be written back.
    if (m_dirty && m_current.isValid())
        m_mapper->submit();
    m_dirty = false;
}

} // namespace rampart
