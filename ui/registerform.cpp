#include "registerform.h"

#include "codesetfield.h"
#include "datefield.h"
#include "document.h"
#include "models/registermodel.h"
#include "stores/registerstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace rampart {

namespace {

constexpr int CommitDelayMs = 800;

void setTextLines(QPlainTextEdit *edit, int lines)
{
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
}

} // namespace

RegisterForm::RegisterForm(RegisterModel *model, const QList<int> &fields, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_fields(fields)
    , m_form(new QFormLayout(this))
    , m_timer(new QTimer(this))
{
    const RegisterSpec &spec = model->spec();
    if (m_fields.isEmpty()) {
        for (int field = 0; field < spec.fieldCount(); ++field) {
            if (spec.field(field).type != FieldType::Parent)
                m_fields << field;
        }
    }
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int field : std::as_const(m_fields)) {
        QWidget *editor = createEditor(field);
        editor->setObjectName(QString::fromLatin1(spec.field(field).column));
        m_editors.insert(field, editor);
        const QString label = RegisterSpec::translatedFieldLabel(spec.field(field));
        if (spec.field(field).type == FieldType::LongText) {
            auto *caption = new QLabel(label);
            caption->setBuddy(editor);
            m_form->addRow(caption);
            m_form->addRow(editor);
        } else {
            m_form->addRow(label, editor);
        }
    }
    m_timer->setSingleShot(true);
    m_timer->setInterval(CommitDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const int field = m_pending;
        m_pending = -1;
        if (field >= 0)
            commitEditor(field);
    });

    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                const int row = m_model->rowOf(m_id);
                if (row < topLeft.row() || row > bottomRight.row()
                    || (!roles.isEmpty() && !roles.contains(Qt::EditRole) && !roles.contains(Qt::DisplayRole)))
                    return;
                for (int field = topLeft.column(); field <= bottomRight.column(); ++field)
                    load(field);
            });
    const auto recheck = [this] {
        if (m_id != 0 && m_model->rowOf(m_id) < 0)
            setRecord(0);
        else
            loadAll();
    };
    connect(model, &QAbstractItemModel::rowsRemoved, this, recheck);
    connect(model, &QAbstractItemModel::modelReset, this, recheck);
    connect(model->document(), &Document::changed, this, &RegisterForm::onDocumentChanged);
    setRecord(0);
}

QWidget *RegisterForm::createEditor(int field)
{
    const FieldSpec &f = m_model->spec().field(field);
    const bool readOnly = m_model->document()->isReadOnly();
    const QString hint = RegisterSpec::translatedHint(f);
    switch (f.type) {
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::Number: {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(f.type == FieldType::Number && hint.isEmpty() ? tr("A number") : hint);
        edit->setReadOnly(readOnly);
        if (f.type != FieldType::Number)
            connect(edit, &QLineEdit::textEdited, this, [this, field] { scheduleCommit(field); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
            if (edit->isModified())
                commitEditor(field);
        });
        if (f.type == FieldType::Number)
            edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
        return edit;
    }
    case FieldType::LongText: {
        auto *edit = new QPlainTextEdit;
        edit->setPlaceholderText(hint);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(readOnly);
        rampart::setTextLines(edit, 3);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field, edit] {
            // textChanged also fires when the form fills the field; only typing counts.
            if (!m_loading && edit->hasFocus())
                scheduleCommit(field);
        });
        return edit;
    }
    case FieldType::Date: {
        auto *edit = new DateField;
        edit->setReadOnly(readOnly);
        connect(edit, &DateField::dateEdited, this, [this, field](const QString &date) { commit(field, date); });
        return edit;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox;
        combo->addItem(tr("(not set)"), QString());
        for (const ChoiceSpec &choice : f.choices)
            combo->addItem(RegisterSpec::choiceLabel(f, QString::fromLatin1(choice.key)), QString::fromLatin1(choice.key));
        combo->setEnabled(!readOnly);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, field, combo] { commit(field, combo->currentData()); });
        return combo;
    }
    case FieldType::Link: {
        auto *combo = new QComboBox;
        combo->setEnabled(!readOnly);
        m_editors.insert(field, combo);
        fillLinkChoices(field);
        connect(combo, &QComboBox::activated, this, [this, field, combo] { commit(field, combo->currentData()); });
        return combo;
    }
    case FieldType::CodeSet: {
        auto *edit = new CodeSetField;
        edit->setReadOnly(readOnly);
        m_editors.insert(field, edit);
        fillCodeChoices(field);
        connect(edit, &CodeSetField::codesEdited, this, [this, field](const QStringList &codes) { commit(field, codes); });
        return edit;
    }
    case FieldType::ClauseKey:
    case FieldType::Parent:
        break;
    }
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void RegisterForm::fillLinkChoices(int field)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(field));
    const RegisterStore *target = m_model->document()->registerStore(m_model->spec().field(field).target);
    if (!combo || !target)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    combo->clear();
    combo->addItem(tr("(none)"), QVariant());
    for (const RegisterStore::Row &row : target->rows())
        combo->addItem(target->displayName(row.id), row.id);
    m_loading = wasLoading;
    load(field);
}

void RegisterForm::fillCodeChoices(int field)
{
    auto *edit = qobject_cast<CodeSetField *>(m_editors.value(field));
    if (!edit)
        return;
    const FieldSpec &f = m_model->spec().field(field);
    const Catalog &catalog = m_model->document()->catalog();
    std::vector<std::pair<QString, QString>> choices;
    if (f.codeTarget == CodeTarget::Clauses) {
        for (const CatalogClause &clause : catalog.clauses)
            choices.emplace_back(clause.code, clause.title);
    } else if (f.codeTarget == CodeTarget::Controls) {
        for (const CatalogControl &control : catalog.controls)
            choices.emplace_back(control.code, control.title);
    } else if (const RegisterStore *target = m_model->document()->registerStore(f.target)) {
        for (const RegisterStore::Row &row : target->rows())
            choices.emplace_back(target->referenceOf(row.id), row.values.value(target->spec().titleField).toString());
    }
    edit->setChoices(choices);
}

void RegisterForm::onDocumentChanged(const Change &change)
{
    for (int field : std::as_const(m_fields)) {
        const FieldSpec &f = m_model->spec().field(field);
        if (f.target != change.entity && change.kind != Change::Kind::Reset)
            continue;
        if (f.type == FieldType::Link)
            fillLinkChoices(field);
        else if (f.type == FieldType::CodeSet && f.codeTarget == CodeTarget::Register)
            fillCodeChoices(field);
    }
}

void RegisterForm::setRecord(qint64 id)
{
    commitPending();
    m_id = id;
    const bool shown = m_model->rowOf(id) >= 0;
    if (!shown)
        m_id = 0;
    setEnabled(shown);
    loadAll();
}

void RegisterForm::loadAll()
{
    for (int field : std::as_const(m_fields))
        load(field);
}

void RegisterForm::load(int field)
{
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    const int row = m_model->rowOf(m_id);
    const QVariant value = row >= 0 ? m_model->value(row, field) : QVariant();
    const FieldSpec &f = m_model->spec().field(field);
    m_loading = true;
    switch (f.type) {
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::Number: {
        auto *edit = static_cast<QLineEdit *>(editor);
        const QString text = f.type == FieldType::Number ? (row >= 0 ? m_model->displayText(row, field) : QString())
                                                         : value.toString();
        // Leave the field alone while someone types the same text into it.
        if (edit->text() != text && !(edit->hasFocus() && m_pending == field)) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0);  // show the start of a long text, not its end
        }
        edit->setModified(false);
        break;
    }
    case FieldType::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        if (edit->toPlainText() != value.toString() && !(edit->hasFocus() && m_pending == field))
            edit->setPlainText(value.toString());
        break;
    }
    case FieldType::Date:
        static_cast<DateField *>(editor)->setIsoDate(value.toString());
        break;
    case FieldType::Choice:
    case FieldType::Link: {
        auto *combo = static_cast<QComboBox *>(editor);
        const int index = value.isNull() ? 0 : combo->findData(value);
        combo->setCurrentIndex(qMax(0, index));
        break;
    }
    case FieldType::CodeSet:
        static_cast<CodeSetField *>(editor)->setCodes(value.toStringList());
        break;
    case FieldType::ClauseKey: {
        QString title;
        for (const CatalogClause &clause : m_model->document()->catalog().clauses) {
            if (clause.code == value.toString())
                title = clause.title;
        }
        static_cast<QLabel *>(editor)->setText(value.isNull() ? QString()
                                                              : QStringLiteral("%1 %2").arg(value.toString(), title));
        break;
    }
    case FieldType::Parent:
        break;
    }
    m_loading = false;
}

void RegisterForm::scheduleCommit(int field)
{
    if (m_pending >= 0 && m_pending != field)
        commitPending();
    m_pending = field;
    m_timer->start();
}

void RegisterForm::commitPending()
{
    m_timer->stop();
    const int field = m_pending;
    m_pending = -1;
    if (field >= 0)
        commitEditor(field);
}

void RegisterForm::commitEditor(int field)
{
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setModified(false);
        commit(field, line->text());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        commit(field, text->toPlainText());
    }
}

void RegisterForm::commit(int field, const QVariant &value)
{
    if (m_loading)
        return;
    if (m_pending == field) {
        m_timer->stop();
        m_pending = -1;
    }
    const int row = m_model->rowOf(m_id);
    if (row < 0)
        return;
    if (!m_model->setData(m_model->index(row, field), value))
        load(field);  // refused or unchanged: show what the file holds
}

void RegisterForm::focusField(int field)
{
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->selectAll();
}

void RegisterForm::setTextLines(int field, int lines)
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.value(field)))
        rampart::setTextLines(text, lines);
}

void RegisterForm::setUnsetText(int field, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_editors.value(field)))
        combo->setItemText(0, text);
}

bool RegisterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
            if (it.value() == watched && m_pending == it.key())
                commitPending();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rampart
