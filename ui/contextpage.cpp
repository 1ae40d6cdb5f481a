#include "contextpage.h"

#include "climatedecisioncard.h"
#include "document.h"
#include "domain/fields.h"
#include "models/organisationmodel.h"
#include "registerpanel.h"
#include "widgets.h"

#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rampart {

namespace {

// The mapper writes the model's value back into every widget whenever the model
// changes. Writing an identical text into a text edit would move the cursor of the
// person typing in it, so leave the widget alone when it already shows the value.
class FormDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (!property.isEmpty()) {
            const QVariant current = editor->property(property.constData());
            const QVariant incoming = index.data(Qt::EditRole);
            if (current.toString() == incoming.toString())
                return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

// Exclusion texts can be long: edit them in a multi-line editor.
class MultiLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        return editor;
    }
};

constexpr int SubmitDelayMs = 800;

} // namespace

ContextPage::ContextPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_organisation(new OrganisationModel(document, this))
    , m_exclusions(new ScopeExclusionModel(document, this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_submitTimer(new QTimer(this))
    , m_exclusionView(new QTableView)
    , m_addExclusion(new QPushButton(tr("Add exclusion")))
    , m_removeExclusion(new QPushButton(tr("Delete exclusion")))
    , m_tabs(new QTabWidget)
    , m_climate(new ClimateDecisionCard(document))
{
    setObjectName(QStringLiteral("contextPage"));
    m_mapper->setModel(m_organisation);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_submitTimer->setSingleShot(true);
    m_submitTimer->setInterval(SubmitDelayMs);
    connect(m_submitTimer, &QTimer::timeout, m_mapper, &QDataWidgetMapper::submit);

    const bool readOnly = document->isReadOnly();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("scope"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(widgets::note(tr("Who the organisation is, and which part of it the ISMS covers. Changes are "
                                       "saved to the file as you type and can be undone with Edit > Undo.")));

    auto label = [](int field) { return fieldLabel(Entity::Organisation, field); };
    auto lineEdit = [&](int field, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("field_%1").arg(field));
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(readOnly);
        m_mapper->addMapping(edit, field);
        connect(edit, &QLineEdit::textEdited, m_submitTimer, qOverload<>(&QTimer::start));
        return edit;
    };
    auto textEdit = [&](int field, const QString &placeholder, int lines) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("field_%1").arg(field));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(readOnly);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
        m_mapper->addMapping(edit, field);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            // textChanged also fires when the mapper fills the widget; only typing counts.
            if (edit->hasFocus())
                m_submitTimer->start();
        });
        return edit;
    };

    QVBoxLayout *profileLayout = nullptr;
    QFrame *profile = widgets::card(&profileLayout);
    profileLayout->addWidget(widgets::sectionTitle(tr("Organisation")));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = lineEdit(Organisation::Name, tr("The name your ISMS documents use"));
    form->addRow(label(Organisation::Name), m_name);
    form->addRow(label(Organisation::LegalName), lineEdit(Organisation::LegalName, tr("Registered legal name")));
    form->addRow(label(Organisation::Sector), lineEdit(Organisation::Sector, tr("What business it is in")));
    auto *headcount = new QSpinBox;
    headcount->setObjectName(QStringLiteral("field_%1").arg(Organisation::Headcount));
    headcount->setRange(0, 10000000);
    headcount->setSpecialValueText(tr("not given"));
    headcount->setReadOnly(readOnly);
    headcount->setMaximumWidth(160);
    m_mapper->addMapping(headcount, Organisation::Headcount);
    connect(headcount, &QSpinBox::valueChanged, this, [this, headcount] {
        if (headcount->hasFocus())
            m_submitTimer->start();
    });
    form->addRow(label(Organisation::Headcount), headcount);
    form->addRow(label(Organisation::IsmsManager),
                 lineEdit(Organisation::IsmsManager, tr("Who runs the ISMS day to day")));
    form->addRow(label(Organisation::Locations),
                 textEdit(Organisation::Locations, tr("Sites and addresses, one per line"), 3));
    form->addRow(label(Organisation::Description),
                 textEdit(Organisation::Description, tr("Products, services, customers, the information it holds"), 6));
    profileLayout->addLayout(form);
    layout->addWidget(profile);

    QVBoxLayout *scopeLayout = nullptr;
    QFrame *scope = widgets::card(&scopeLayout);
    scopeLayout->addWidget(widgets::sectionTitle(tr("ISMS scope (clause 4.3)")));
    scopeLayout->addWidget(widgets::note(
        tr("State what the ISMS covers, where its edges are, and how it connects to what lies outside. "
           "Take into account the issues and interested parties of 4.1 and 4.2.")));
    auto *scopeForm = new QFormLayout;
    scopeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scopeForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    scopeForm->addRow(label(Organisation::ScopeStatement),
                      textEdit(Organisation::ScopeStatement,
                               tr("The scope as it will appear on the certificate and in the policy"), 6));
    scopeForm->addRow(label(Organisation::ScopeBoundaries),
                      textEdit(Organisation::ScopeBoundaries,
                               tr("Organisational, physical and technical boundaries"), 6));
    scopeForm->addRow(label(Organisation::ScopeInterfaces),
                      textEdit(Organisation::ScopeInterfaces,
                               tr("Suppliers, outsourced processes, other parts of the group, customers' systems"),
                               4));
    scopeLayout->addLayout(scopeForm);

    scopeLayout->addWidget(widgets::sectionTitle(tr("Exclusions")));
    scopeLayout->addWidget(widgets::note(tr("Anything deliberately left out of the scope, each with the reason. "
                                            "An auditor will ask for the justification.")));
    m_exclusionView->setObjectName(QStringLiteral("exclusionTable"));
    m_exclusionView->setModel(m_exclusions);
    m_exclusionView->setItemDelegate(new MultiLineDelegate(m_exclusionView));
    m_exclusionView->setWordWrap(true);
    m_exclusionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exclusionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exclusionView->verticalHeader()->hide();
    m_exclusionView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exclusionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_exclusionView->setMinimumHeight(160);
    m_exclusionView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    scopeLayout->addWidget(m_exclusionView);
    auto *buttons = new QHBoxLayout;
    m_addExclusion->setObjectName(QStringLiteral("addExclusion"));
    m_removeExclusion->setObjectName(QStringLiteral("removeExclusion"));
    buttons->addWidget(m_addExclusion);
    buttons->addWidget(m_removeExclusion);
    buttons->addStretch();
    scopeLayout->addLayout(buttons);
    layout->addWidget(scope);
    layout->addStretch();

    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 12);
    outer->setSpacing(8);
    outer->addWidget(widgets::pageTitle(tr("Context and scope")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Organisation and scope (4.3)"));

    auto *issues = new QWidget;
    issues->setObjectName(QStringLiteral("issues"));
    auto *issuesLayout = new QVBoxLayout(issues);
    issuesLayout->setContentsMargins(0, 12, 0, 0);
    issuesLayout->addWidget(m_climate);
    issuesLayout->addWidget(new RegisterPanel(document, Entity::Issue), 1);
    m_tabs->addTab(issues, tr("Issues (4.1)"));
    const auto addPanel = [this, document](Entity entity, const QString &key, const QString &title) {
        auto *panel = new RegisterPanel(document, entity);
        panel->setObjectName(key);
        m_tabs->addTab(panel, title);
    };
    addPanel(Entity::InterestedParty, QStringLiteral("parties"), tr("Interested parties (4.2)"));
    addPanel(Entity::IsmsProcess, QStringLiteral("processes"), tr("ISMS processes (4.4)"));
    addPanel(Entity::Role, QStringLiteral("roles"), tr("Roles (5.3)"));
    outer->addWidget(m_tabs, 1);

    m_mapper->toFirst();

    connect(m_addExclusion, &QPushButton::clicked, this, [this] {
        const qint64 id = m_exclusions->addExclusion(tr("New exclusion"));
        const int row = m_exclusions->rowOf(id);
        if (row >= 0) {
            const QModelIndex index = m_exclusions->index(row, 0);
            m_exclusionView->setCurrentIndex(index);
            m_exclusionView->edit(index);
        }
    });
    connect(m_removeExclusion, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_exclusionView->currentIndex();
        if (current.isValid())
            m_exclusions->removeExclusion(current.row());
    });
    connect(m_exclusionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContextPage::updateButtons);
    connect(m_exclusions, &QAbstractItemModel::rowsInserted, this, &ContextPage::updateButtons);
    connect(m_exclusions, &QAbstractItemModel::rowsRemoved, this, &ContextPage::updateButtons);
    connect(m_exclusions, &QAbstractItemModel::modelReset, this, &ContextPage::updateButtons);
    // After an import replaced everything, show the new values.
    connect(m_organisation, &QAbstractItemModel::modelReset, m_mapper, &QDataWidgetMapper::toFirst);
    updateButtons();
}

void ContextPage::commitPendingEdits()
{
    m_submitTimer->stop();
    m_mapper->submit();
    m_climate->commitPending();
}

void ContextPage::focusOrganisationName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

void ContextPage::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    m_addExclusion->setEnabled(writable);
    m_removeExclusion->setEnabled(writable && m_exclusionView->currentIndex().isValid());
}

} // namespace rampart
