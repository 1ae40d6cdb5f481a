#include "riskmethodpanel.h"

#include "document.h"
#include "models/risklevelmodel.h"
#include "models/riskmatrixmodel.h"
#include "models/riskscalemodel.h"
#include "riskdelegates.h"
#include "widgets.h"

#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

constexpr int SubmitDelayMs = 800;

// A matrix cell: one of the method's levels.
class LevelDelegate : public QStyledItemDelegate
{
public:
    LevelDelegate(Document *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        const RiskMethod &method = m_document->riskMethod();
        for (size_t i = 0; i < method.levels.size(); ++i) {
            QPixmap swatch(12, 12);
            swatch.fill(method.levels[i].colour);
            combo->addItem(QIcon(swatch), method.levels[i].name, int(i));
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toInt(), Qt::EditRole);
    }

private:
    Document *m_document;
};

// A level's colour: a colour dialog instead of an in-place editor.
class ColourDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const override { return nullptr; }
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() == QEvent::MouseButtonDblClick && (index.flags() & Qt::ItemIsEditable)) {
            const QColor colour = QColorDialog::getColor(index.data(Qt::EditRole).value<QColor>(), nullptr,
                                                         tr("Colour of %1").arg(index.siblingAtColumn(0).data(Qt::EditRole).toString()));
            if (colour.isValid())
                model->setData(index, colour, Qt::EditRole);
            return true;
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
};

void setUpTable(QTableView *view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
}

} // namespace

RiskMethodPanel::RiskMethodPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_likelihood(new RiskScaleModel(document, RiskMethod::Axis::Likelihood, this))
    , m_impact(new RiskScaleModel(document, RiskMethod::Axis::Impact, this))
    , m_levels(new RiskLevelModel(document, this))
    , m_matrix(new RiskMatrixModel(document, this))
    , m_likelihoodCount(new QSpinBox)
    , m_impactCount(new QSpinBox)
    , m_levelView(new QTableView)
    , m_matrixView(new QTableView)
    , m_threshold(new QComboBox)
    , m_criteria(new QPlainTextEdit)
    , m_review(new QSpinBox)
    , m_criteriaTimer(new QTimer(this))
    , m_removeLevel(new QPushButton(tr("Delete level")))
    , m_up(new QPushButton(tr("Lower")))
    , m_down(new QPushButton(tr("Higher")))
{
    setObjectName(QStringLiteral("riskMethodPanel"));
    const bool readOnly = document->isReadOnly();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(widgets::note(
        tr("The method decides every score and level in the register: score = likelihood x impact, and the matrix "
           "maps each cell to a level. A change applies to every risk at once, is recorded in the change log and "
           "can be undone. Auditors ask for these criteria: they are printed with the risk reports.")));

    // Scales.
    auto *scales = new QHBoxLayout;
    scales->addWidget(scaleBox(m_likelihood, m_likelihoodCount, tr("Likelihood scale")), 1);
    scales->addWidget(scaleBox(m_impact, m_impactCount, tr("Impact scale")), 1);
    layout->addLayout(scales);

    // Levels and matrix.
    auto *levelsBox = new QGroupBox(tr("Risk levels and matrix"));
    auto *levelsLayout = new QHBoxLayout(levelsBox);
    auto *left = new QVBoxLayout;
    m_levelView->setObjectName(QStringLiteral("levelTable"));
    m_levelView->setModel(m_levels);
    setUpTable(m_levelView);
    m_levelView->setItemDelegateForColumn(RiskLevelModel::Colour, new ColourDelegate(m_levelView));
    m_levelView->setColumnWidth(RiskLevelModel::Name, 170);
    m_levelView->setColumnWidth(RiskLevelModel::Colour, 90);
    m_levelView->setColumnWidth(RiskLevelModel::Cells, 84);
    m_levelView->setMinimumHeight(170);
    left->addWidget(m_levelView, 1);
    auto *levelButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add level"));
    levelButtons->addWidget(add);
    levelButtons->addWidget(m_removeLevel);
    levelButtons->addWidget(m_up);
    levelButtons->addWidget(m_down);
    levelButtons->addStretch();
    left->addLayout(levelButtons);
    left->addWidget(widgets::note(tr("Lowest first. Double-click a name to rename it, a colour to change it. Deleting a "
                                     "level moves its cells to the level below.")));
    levelsLayout->addLayout(left, 2);
    auto *right = new QVBoxLayout;
    m_matrixView->setObjectName(QStringLiteral("matrixTable"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setItemDelegate(new LevelDelegate(document, m_matrixView));
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::SelectedClicked);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->setMinimumSize(460, 260);
    right->addWidget(new QLabel(tr("Matrix: likelihood (rows) by impact (columns); the number is the score")));
    right->addWidget(m_matrixView, 1);
    auto *resetMatrix = new QPushButton(tr("Lay out by score"));
    resetMatrix->setToolTip(tr("Spread the levels over the matrix by score again"));
    right->addWidget(resetMatrix, 0, Qt::AlignLeft);
    levelsLayout->addLayout(right, 3);
    layout->addWidget(levelsBox);

    // Acceptance.
    auto *acceptanceBox = new QGroupBox(tr("Risk acceptance criteria (6.1.2 a)"));
    auto *form = new QFormLayout(acceptanceBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_threshold->setObjectName(QStringLiteral("acceptanceThreshold"));
    form->addRow(tr("Accept up to"), m_threshold);
    m_criteria->setObjectName(QStringLiteral("acceptanceCriteria"));
    m_criteria->setPlaceholderText(tr("Who may accept which risks, and on what conditions"));
    m_criteria->setTabChangesFocus(true);
    m_criteria->setReadOnly(readOnly);
    m_criteria->setMinimumHeight(m_criteria->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Criteria"), m_criteria);
    m_review->setRange(1, 60);
    m_review->setSuffix(tr(" months"));
    m_review->setReadOnly(readOnly);
    form->addRow(tr("Review risks and acceptances every"), m_review);
    layout->addWidget(acceptanceBox);
    layout->addStretch();
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_criteriaTimer->setSingleShot(true);
    m_criteriaTimer->setInterval(SubmitDelayMs);
    connect(m_criteriaTimer, &QTimer::timeout, this, &RiskMethodPanel::submitCriteria);
    connect(m_criteria, &QPlainTextEdit::textChanged, this, [this] {
        if (m_criteria->hasFocus())
            m_criteriaTimer->start();
    });
    connect(m_review, &QSpinBox::valueChanged, this, [this](int months) {
        if (!m_review->hasFocus() || months == m_document->riskMethod().reviewIntervalMonths)
            return;
        RiskMethod method = m_document->riskMethod();
        method.reviewIntervalMonths = months;
        m_document->setRiskMethod(method, tr("Change the review interval"));
    });
    connect(m_threshold, &QComboBox::activated, this, [this](int index) { m_levels->setAcceptanceLevel(index); });
    connect(m_likelihoodCount, &QSpinBox::valueChanged, this, [this](int count) {
        if (m_likelihoodCount->hasFocus())
            m_likelihood->setLevelCount(count);
    });
    connect(m_impactCount, &QSpinBox::valueChanged, this, [this](int count) {
        if (m_impactCount->hasFocus())
            m_impact->setLevelCount(count);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        m_levels->addLevel(tr("Level %1").arg(m_levels->rowCount() + 1), QColor(0x6a, 0x1b, 0x9a));
    });
    connect(m_removeLevel, &QPushButton::clicked, this, [this] {
        if (m_levelView->currentIndex().isValid())
            m_levels->removeLevel(m_levelView->currentIndex().row());
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = m_levelView->currentIndex().row();
        if (m_levels->moveLevel(row, -1))
            m_levelView->selectRow(row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = m_levelView->currentIndex().row();
        if (m_levels->moveLevel(row, 1))
            m_levelView->selectRow(row + 1);
    });
    connect(resetMatrix, &QPushButton::clicked, m_matrix, &RiskMatrixModel::resetToDefault);
    connect(document, &Document::changed, this, [this](const Change &change) {
        if (change.entity == Entity::RiskMethod || change.kind == Change::Kind::Reset)
            refresh();
    });
    for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(m_removeLevel), static_cast<QWidget *>(m_up),
                       static_cast<QWidget *>(m_down), static_cast<QWidget *>(resetMatrix),
                       static_cast<QWidget *>(m_threshold), static_cast<QWidget *>(m_likelihoodCount),
                       static_cast<QWidget *>(m_impactCount)})
        w->setEnabled(!readOnly);
    refresh();
}

QWidget *RiskMethodPanel::scaleBox(RiskScaleModel *model, QSpinBox *count, const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    count->setRange(RiskMethod::MinLevels, RiskMethod::MaxLevels);
    count->setToolTip(tr("Changing the number of levels moves every rating on this scale to the same relative "
                         "place on the new scale."));
    row->addWidget(new QLabel(tr("Levels:")));
    row->addWidget(count);
    row->addStretch();
    layout->addLayout(row);
    auto *view = new QTableView;
    view->setObjectName(model->axis() == RiskMethod::Axis::Likelihood ? QStringLiteral("likelihoodScale")
                                                                      : QStringLiteral("impactScale"));
    view->setModel(model);
    setUpTable(view);
    view->setItemDelegateForColumn(RiskScaleModel::Description, new TextDelegate(view));
    view->setColumnWidth(RiskScaleModel::Value, 50);
    view->setColumnWidth(RiskScaleModel::Label, 110);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setMinimumHeight(220);
    layout->addWidget(view);
    return box;
}

void RiskMethodPanel::refresh()
{
    const RiskMethod &method = m_document->riskMethod();
    {
        const QSignalBlocker a(m_likelihoodCount), b(m_impactCount), c(m_review);
        m_likelihoodCount->setValue(method.likelihoodCount());
        m_impactCount->setValue(method.impactCount());
        m_review->setValue(method.reviewIntervalMonths);
    }
    m_threshold->clear();
    for (const RiskLevel &level : method.levels) {
        QPixmap swatch(12, 12);
        swatch.fill(level.colour);
        m_threshold->addItem(QIcon(swatch), level.name);
    }
    m_threshold->setCurrentIndex(method.acceptanceLevel);
    if (!m_criteria->hasFocus() && m_criteria->toPlainText() != method.acceptanceCriteria)
        m_criteria->setPlainText(method.acceptanceCriteria);
    const bool writable = !m_document->isReadOnly();
    m_removeLevel->setEnabled(writable && method.levels.size() > 1);
    m_up->setEnabled(writable);
    m_down->setEnabled(writable);
}

void RiskMethodPanel::submitCriteria()
{
    RiskMethod method = m_document->riskMethod();
    method.acceptanceCriteria = m_criteria->toPlainText();
    m_document->setRiskMethod(method, tr("Change the acceptance criteria"));
}

void RiskMethodPanel::commitPendingEdits()
{
    if (m_criteriaTimer->isActive()) {
        m_criteriaTimer->stop();
        submitCriteria();
    }
}

} // namespace rampart
