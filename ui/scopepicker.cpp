#include "scopepicker.h"

#include "catalog/catalog.h"
#include "catalog/requirements.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace rampart {

namespace {

constexpr int ReferenceRole = Qt::UserRole + 1;

QTreeWidgetItem *makeItem(QTreeWidgetItem *parent, const QString &reference, const QString &title)
{
    auto *item = new QTreeWidgetItem(parent, {reference, title});
    item->setData(0, ReferenceRole, reference);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}

void collectChecked(QTreeWidgetItem *item, int depth, QStringList *out)
{
    // Depth -1 holds the clauses 4 to 10: never stored themselves, their sub-clauses are.
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        const QString reference = child->data(0, ReferenceRole).toString();
        if (child->checkState(0) == Qt::Checked && (depth >= 0 || child->childCount() == 0) && !reference.isEmpty())
            *out << reference;
        else if (child->checkState(0) != Qt::Unchecked)
            collectChecked(child, depth + 1, out);
    }
}

} // namespace

ScopePicker::ScopePicker(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_tree(new QTreeWidget)
    , m_count(new QLabel)
    , m_apply(new QPushButton(tr("Apply to the audit")))
{
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderLabels({tr("Clause or control"), tr("Title")});
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().averageCharWidth() * 26);
    m_tree->setUniformRowHeights(true);
    m_apply->setObjectName(QStringLiteral("applyScope"));

    m_clauses = new QTreeWidgetItem(m_tree, {tr("Clauses 4 to 10"), tr("The management system")});
    m_clauses->setFlags(m_clauses->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    m_clauses->setCheckState(0, Qt::Unchecked);
    std::map<QString, QTreeWidgetItem *> byCode;
    for (const CatalogClause &clause : catalog.clauses) {
        const auto parentIt = byCode.find(clause.parentCode);
        QTreeWidgetItem *parentItem = parentIt == byCode.end() ? m_clauses : parentIt->second;
        byCode[clause.code] = makeItem(parentItem, clause.code, clause.title);
    }
    m_controls = new QTreeWidgetItem(m_tree, {tr("Annex A controls"), tr("By theme")});
    m_controls->setFlags(m_controls->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    m_controls->setCheckState(0, Qt::Unchecked);
    std::map<QString, QTreeWidgetItem *> themes;
    for (const CatalogTheme &theme : catalog.themes) {
        auto *item = new QTreeWidgetItem(m_controls, {tr("A.%1").arg(theme.code), theme.name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        themes[theme.code] = item;
    }
    for (const CatalogControl &control : catalog.controls)
        makeItem(themes[control.themeCode], QStringLiteral("A.") + control.code, control.title);
    m_clauses->setExpanded(true);
    m_controls->setExpanded(true);

    auto *allClauses = new QPushButton(tr("All clauses"));
    auto *allControls = new QPushButton(tr("All controls"));
    auto *clear = new QPushButton(tr("Clear"));
    auto *revert = new QPushButton(tr("Revert"));
    revert->setObjectName(QStringLiteral("revertScope"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(allClauses);
    buttons->addWidget(allControls);
    buttons->addWidget(clear);
    buttons->addStretch();
    buttons->addWidget(m_count);
    buttons->addWidget(revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(allClauses, &QPushButton::clicked, this, [this] { checkAll(m_clauses, true); });
    connect(allControls, &QPushButton::clicked, this, [this] { checkAll(m_controls, true); });
    connect(clear, &QPushButton::clicked, this, [this] {
        checkAll(m_clauses, false);
        checkAll(m_controls, false);
    });
    connect(revert, &QPushButton::clicked, this, [this] { setScope(m_stored); });
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(scope()); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &ScopePicker::updateState);
    updateState();
}

void ScopePicker::checkAll(QTreeWidgetItem *root, bool on)
{
    root->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
}

void ScopePicker::setScope(const QString &scope)
{
    const QSignalBlocker blocker(m_tree);
    m_clauses->setCheckState(0, Qt::Unchecked);
    m_controls->setCheckState(0, Qt::Unchecked);
    const QStringList references = Requirements::parseList(m_catalog, scope);
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if (references.contains((*it)->data(0, ReferenceRole).toString()))
            (*it)->setCheckState(0, Qt::Checked);
    }
    // Open the branches with a partial choice, so that it shows.
    for (QTreeWidgetItemIterator open(m_tree); *open; ++open)
        (*open)->setExpanded((*open)->parent() == nullptr || (*open)->checkState(0) == Qt::PartiallyChecked);
    // What is stored as "9" reads back as 9.1, 9.2, 9.3: the same requirements.
    m_stored = this->scope();
    updateState();
}

QString ScopePicker::scope() const
{
    QStringList references;
    collectChecked(m_clauses, -1, &references);
    collectChecked(m_controls, 0, &references);
    return Requirements::formatList(m_catalog, references);
}

void ScopePicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_tree->setEnabled(!readOnly);
    updateState();
}

void ScopePicker::updateState()
{
    const QString current = scope();
    const qsizetype count = Requirements::parseList(m_catalog, current).size();
    m_count->setText(current == m_stored ? tr("%1 in scope").arg(count) : tr("%1 chosen, not applied yet").arg(count));
    m_apply->setEnabled(!m_readOnly && current != m_stored);
}

} // namespace rampart
