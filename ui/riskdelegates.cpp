#include "riskdelegates.h"

#include "document.h"
#include "stores/valuerules.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace rampart {

namespace {

// The "no date" end of a date editor's range.
const QDate NoDate(1900, 1, 1);

QPixmap swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return pixmap;
}

// The editor of MultiSelectDelegate: a line of references and a "…" button.
class MultiSelectEditor : public QWidget
{
public:
    MultiSelectEditor(const QList<MultiSelectDelegate::Choice> &choices, const QString &title, QWidget *parent)
        : QWidget(parent)
        , m_line(new QLineEdit(this))
        , m_choices(choices)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *button = new QToolButton(this);
        button->setText(QStringLiteral("…"));
        button->setToolTip(MultiSelectDelegate::tr("Choose from a list"));
        layout->addWidget(m_line, 1);
        layout->addWidget(button);
        setFocusProxy(m_line);
        setAutoFillBackground(true);
        connect(button, &QToolButton::clicked, this, [this, title] {
            QStringList selected = ValueRules::list(m_line->text());
            if (chooseMany(this, title, m_choices, &selected))
                m_line->setText(ValueRules::joinList(selected));
        });
    }

    QLineEdit *m_line;
    QList<MultiSelectDelegate::Choice> m_choices;
};

} // namespace

ScaleDelegate::ScaleDelegate(Document *document, RiskMethod::Axis axis, int partnerColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
    , m_axis(axis)
    , m_partnerColumn(partnerColumn)
{
}

QColor ScaleDelegate::colourFor(int value, const QModelIndex &index) const
{
    const RiskMethod &method = m_document->riskMethod();
    if (m_partnerColumn >= 0) {
        const int partner = index.sibling(index.row(), m_partnerColumn).data(Qt::EditRole).toInt();
        if (partner > 0) {
            const int level = m_axis == RiskMethod::Axis::Likelihood ? method.levelAt(value, partner)
                                                                     : method.levelAt(partner, value);
            if (level >= 0)
                return method.levelColour(level);
        }
    }
    // The same relative step on the other axis: a gradient through the levels.
    const RiskMethod::Axis other = m_axis == RiskMethod::Axis::Likelihood ? RiskMethod::Axis::Impact
                                                                          : RiskMethod::Axis::Likelihood;
    const int mirrored = RiskMethod::remap(value, method.count(m_axis), method.count(other));
    const int level = m_axis == RiskMethod::Axis::Likelihood ? method.levelAt(value, mirrored)
                                                             : method.levelAt(mirrored, value);
    return level >= 0 ? method.levelColour(level) : QColor();
}

QWidget *ScaleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const RiskMethod &method = m_document->riskMethod();
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("Not rated"), QVariant());
    const int size = combo->fontMetrics().height() - 2;
    for (const ScaleLevel &level : method.scale(m_axis)) {
        combo->addItem(QIcon(swatch(colourFor(level.value, index), size)), method.valueText(m_axis, level.value),
                       level.value);
        combo->setItemData(combo->count() - 1, level.description, Qt::ToolTipRole);
    }
    return combo;
}

void ScaleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int value = index.data(Qt::EditRole).toInt();
    combo->setCurrentIndex(std::max(0, combo->findData(value > 0 ? QVariant(value) : QVariant())));
}

void ScaleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = combo->currentData();
    model->setData(index, value.isValid() ? value : QVariant(0), Qt::EditRole);
}

void ScaleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int value = index.data(Qt::EditRole).toInt();
    if (value <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // A colour dot before the text: the level this value leads to with its partner.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int size = opt.fontMetrics.height() - 4;
    opt.icon = QIcon(swatch(colourFor(value, index), size));
    opt.features |= QStyleOptionViewItem::HasDecoration;
    opt.decorationSize = QSize(size, size);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

ChoiceDelegate::ChoiceDelegate(const QStringList &keys, std::function<QString(const QString &)> label, bool allowEmpty,
                               QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keys(keys)
    , m_label(std::move(label))
    , m_allowEmpty(allowEmpty)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    if (m_allowEmpty)
        combo->addItem(tr("Not decided"), QString());
    for (const QString &key : m_keys)
        combo->addItem(m_label(key), key);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoDate);
    // The lowest date shows as "no date": a date field can be emptied.
    edit->setSpecialValueText(tr("No date"));
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = QDate::fromString(index.data(Qt::EditRole).toString(), Qt::ISODate);
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : NoDate);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    model->setData(index, date == NoDate ? QString() : date.toString(Qt::ISODate), Qt::EditRole);
}

MultiSelectDelegate::MultiSelectDelegate(std::function<QList<Choice>()> choices, const QString &title, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_title(title)
{
}

QWidget *MultiSelectDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return new MultiSelectEditor(m_choices(), m_title, parent);
}

void MultiSelectDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<MultiSelectEditor *>(editor)->m_line->setText(index.data(Qt::EditRole).toString());
}

void MultiSelectDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<MultiSelectEditor *>(editor)->m_line->text(), Qt::EditRole);
}

QWidget *TextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    return editor;
}

bool chooseMany(QWidget *parent, const QString &title, const QList<MultiSelectDelegate::Choice> &choices,
                QStringList *selected)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *search = new QLineEdit;
    search->setPlaceholderText(MultiSelectDelegate::tr("Filter"));
    search->setClearButtonEnabled(true);
    auto *list = new QListWidget;
    QSet<QString> chosen;
    for (const QString &s : std::as_const(*selected))
        chosen.insert(s.toLower());
    for (const MultiSelectDelegate::Choice &c : choices) {
        auto *item = new QListWidgetItem(c.label, list);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(c.key.toLower()) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(460, 520);
    QObject::connect(search, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    selected->clear();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            *selected << list->item(i)->data(Qt::UserRole).toString();
    }
    return true;
}

} // namespace rampart
