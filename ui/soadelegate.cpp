#include "soadelegate.h"

#include "domain/soa.h"
#include "models/soamodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace rampart {

namespace {

// QDateEdit cannot be empty; its first day stands for "no date" instead.
const QDate NoDate(2000, 1, 1);

// The reasons for inclusion as a short checkable list. The digits 1 to 4 tick the
// reasons in the order they are listed, so a keyboard user never needs to move.
class ReasonsEditor : public QListWidget
{
public:
    explicit ReasonsEditor(QWidget *parent)
        : QListWidget(parent)
    {
        setObjectName(QStringLiteral("reasonsEditor"));
        int n = 0;
        for (const int reason : AllSoaReasons) {
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(++n).arg(reasonLabel(reason)), this);
            item->setData(Qt::UserRole, reason);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        setCurrentRow(0);
    }

    int reasons() const
    {
        int out = 0;
        for (int i = 0; i < count(); ++i) {
            if (item(i)->checkState() == Qt::Checked)
                out |= item(i)->data(Qt::UserRole).toInt();
        }
        return out;
    }

    void setReasons(int reasons)
    {
        for (int i = 0; i < count(); ++i)
            item(i)->setCheckState(reasons & item(i)->data(Qt::UserRole).toInt() ? Qt::Checked : Qt::Unchecked);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int digit = event->key() - Qt::Key_1;
        if (digit >= 0 && digit < count() && event->modifiers() == Qt::NoModifier) {
            QListWidgetItem *i = item(digit);
            i->setCheckState(i->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            setCurrentItem(i);
            return;
        }
        if (event->key() == Qt::Key_Space && currentItem()) {
            QListWidgetItem *i = currentItem();
            i->setCheckState(i->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

SoaModel::Column columnOf(const QModelIndex &index)
{
    return SoaModel::Column(index.column());
}

const SoaModel *soaModel(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const SoaModel *>(model);
}

bool isLongText(SoaModel::Column column)
{
    return column == SoaModel::ReasonNarrativeColumn || column == SoaModel::JustificationColumn
        || column == SoaModel::ImplementationColumn || column == SoaModel::ReferencesColumn;
}

} // namespace

QWidget *SoaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    switch (columnOf(index)) {
    case SoaModel::ApplicabilityColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("applicabilityEditor"));
        for (const Applicability a : allApplicabilities())
            combo->addItem(applicabilityLabel(a), applicabilityKey(a));
        return combo;
    }
    case SoaModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("statusEditor"));
        // "Not applicable" follows from excluding the control; it is not offered here.
        for (const ImplementationStatus s : allStatuses()) {
            if (s != ImplementationStatus::NotApplicable)
                combo->addItem(statusLabel(s), statusKey(s));
        }
        return combo;
    }
    case SoaModel::ReasonsColumn:
        return new ReasonsEditor(parent);
    case SoaModel::TargetDateColumn:
    case SoaModel::LastReviewedColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("dateEditor"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("none"));
        return edit;
    }
    case SoaModel::OwnerColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("ownerEditor"));
        if (const SoaModel *model = soaModel(index.model())) {
            auto *completer = new QCompleter(model->owners(), edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
        return edit;
    }
    default:
        if (isLongText(columnOf(index))) {
            auto *edit = new QPlainTextEdit(parent);
            edit->setTabChangesFocus(true);
            return edit;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SoaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return;
    }
    if (auto *reasons = dynamic_cast<ReasonsEditor *>(editor)) {
        reasons->setReasons(reasonsFromKeys(value.toString()));
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = value.toDate();
        // An empty date opens on today, where a new date is most likely to be.
        date->setDate(d.isValid() ? d : QDate::currentDate());
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SoaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *reasons = dynamic_cast<ReasonsEditor *>(editor)) {
        model->setData(index, reasonsToKeys(reasons->reasons()));
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == NoDate ? QDate() : date->date());
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SoaDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                       const QModelIndex &) const
{
    QRect rect = option.rect;
    if (auto *reasons = dynamic_cast<ReasonsEditor *>(editor)) {
        // Taller than the row: the list opens over the rows below.
        rect.setWidth(qMax(rect.width(), reasons->sizeHintForColumn(0) + 40));
        rect.setHeight(reasons->sizeHintForRow(0) * reasons->count() + 2 * reasons->frameWidth() + 4);
    } else if (qobject_cast<QPlainTextEdit *>(editor)) {
        rect.setHeight(rect.height() * 5);
        rect.setWidth(qMax(rect.width(), 360));
    } else if (qobject_cast<QDateEdit *>(editor) || qobject_cast<QComboBox *>(editor)) {
        rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    }
    editor->setGeometry(rect);
}

QSize SoaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a combo box or date editor without the row jumping when it opens.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace rampart
