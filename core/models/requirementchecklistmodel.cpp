#include "requirementchecklistmodel.h"

#include "document.h"
#include "domain/ismsregisters.h"
#include "ismsfacts.h"
#include "registermodel.h"

#include <QBrush>
#include <QFont>

namespace rampart {

RequirementChecklistModel::RequirementChecklistModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_records(new RegisterModel(document, Entity::Requirement, this))
    , m_today(QDate::currentDate())
{
    for (const CatalogClause &clause : document->catalog().clauses) {
        m_titles.insert(clause.code, clause.title);
        m_levels.insert(clause.code, clause.level);
    }
    reassess();
    connect(m_records, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int column = 0; column < ColumnCount; ++column) {
                    const int field = fieldOf(column);
                    if (field >= topLeft.column() && field <= bottomRight.column())
                        Q_EMIT dataChanged(index(topLeft.row(), column), index(bottomRight.row(), column));
                }
                // The own status decides what the Basis column says.
                if (topLeft.column() <= RequirementField::Status && bottomRight.column() >= RequirementField::Status)
                    Q_EMIT dataChanged(index(topLeft.row(), Basis), index(bottomRight.row(), Basis));
            });
    // Requirement rows change only when the whole content is replaced; follow anyway.
    connect(m_records, &QAbstractItemModel::modelAboutToBeReset, this, &RequirementChecklistModel::beginResetModel);
    connect(m_records, &QAbstractItemModel::modelReset, this, [this] {
        reassess();
        endResetModel();
    });
    connect(m_records, &QAbstractItemModel::rowsAboutToBeInserted, this, &RequirementChecklistModel::beginResetModel);
    connect(m_records, &QAbstractItemModel::rowsInserted, this, &RequirementChecklistModel::endResetModel);
    connect(m_records, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RequirementChecklistModel::beginResetModel);
    connect(m_records, &QAbstractItemModel::rowsRemoved, this, &RequirementChecklistModel::endResetModel);
    connect(document, &Document::changed, this, [this](const Change &change) {
        if (change.kind == Change::Kind::Reset || change.entity == Entity::Requirement)
            return;  // handled through m_records
        reassess();
    });
}

void RequirementChecklistModel::setToday(const QDate &today)
{
    m_today = today;
    reassess();
}

void RequirementChecklistModel::reassess()
{
    const IsmsFacts facts = IsmsFacts::of(*m_document, m_today);
    QHash<QString, RequirementAssessment> fresh;
    for (const RequirementAssessment &a : RequirementRules::assessAll(m_document->catalog(), facts))
        fresh.insert(a.clause, a);
    const QHash<QString, RequirementAssessment> old = std::exchange(m_assessments, fresh);
    for (int row = 0; row < rowCount(); ++row) {
        const QString clause = clauseOf(row);
        const RequirementAssessment before = old.value(clause);
        const RequirementAssessment now = m_assessments.value(clause);
        if (before.status != now.status || before.basis != now.basis)
            Q_EMIT dataChanged(index(row, Status), index(row, Basis));
    }
}

QString RequirementChecklistModel::clauseOf(int row) const
{
    return m_records->value(row, RequirementField::Clause).toString();
}

QString RequirementChecklistModel::ownStatus(int row) const
{
    return m_records->value(row, RequirementField::Status).toString();
}

int RequirementChecklistModel::fieldOf(int column) const
{
    switch (Column(column)) {
    case Clause:
        return RequirementField::Clause;
    case Status:
        return RequirementField::Status;
    case WhereMet:
        return RequirementField::WhereMet;
    case Documents:
        return RequirementField::Documents;
    case Title:
    case Basis:
    case ColumnCount:
        break;
    }
    return -1;
}

RequirementAssessment RequirementChecklistModel::assessment(int row) const
{
    return m_assessments.value(clauseOf(row));
}

RequirementStatus RequirementChecklistModel::effectiveStatus(int row) const
{
    return RequirementRules::effectiveStatus(ownStatus(row), assessment(row));
}

int RequirementChecklistModel::rowOfClause(const QString &clause) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (clauseOf(row) == clause)
            return row;
    }
    return -1;
}

int RequirementChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_records->rowCount();
}

int RequirementChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const QString clause = clauseOf(row);
    const RequirementAssessment a = assessment(row);
    const bool fromRampart = ownStatus(row).isEmpty();
    const RequirementStatus status = effectiveStatus(row);
    switch (role) {
    case AreasRole:
        return a.areas;
    case FromRampartRole:
        return fromRampart;
    case EffectiveStatusRole:
        return int(status);
    case LevelRole:
        return m_levels.value(clause);
    default:
        break;
    }
    const int field = fieldOf(index.column());
    switch (Column(index.column())) {
    case Clause:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return clause;
        break;
    case Title:
        if (role == Qt::DisplayRole)
            return m_levels.value(clause) > 2 ? QStringLiteral("    ") + m_titles.value(clause) : m_titles.value(clause);
        if (role == Qt::ToolTipRole)
            return m_titles.value(clause);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return RequirementRules::statusLabel(status);
        if (role == Qt::EditRole)
            return ownStatus(row);
        if (role == Qt::FontRole && fromRampart) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return fromRampart ? a.basis : tr("Set by you.");
        if (role == Qt::BackgroundRole) {
            switch (status) {
            case RequirementStatus::Done:
                return QBrush(QColor(218, 240, 222));
            case RequirementStatus::InProgress:
                return QBrush(QColor(255, 243, 205));
            case RequirementStatus::NotStarted:
                return QBrush(QColor(250, 222, 222));
            case RequirementStatus::Unknown:
                break;
            }
        }
        break;
    case Basis:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (fromRampart)
                return a.basis;
            return a.status == RequirementStatus::Unknown
                ? tr("Set by you.")
                : tr("Set by you. Rampart's own assessment: %1. %2")
                      .arg(RequirementRules::statusLabel(a.status).toLower(), a.basis);
        }
        break;
    case WhereMet:
    case Documents: {
        const QModelIndex source = m_records->index(row, field);
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return m_records->data(source, role);
        break;
    }
    case ColumnCount:
        break;
    }
    return {};
}

bool RequirementChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_records->setData(m_records->index(index.row(), fieldOf(index.column())), value);
}

Qt::ItemFlags RequirementChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (index.isValid() && !m_document->isReadOnly() && (column == Status || column == WhereMet || column == Documents))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RequirementChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Clause:
        return tr("Clause");
    case Title:
        return tr("Requirement");
    case Status:
        return tr("Status");
    case Basis:
        return tr("Basis");
    case WhereMet:
        return tr("Where it is met");
    case Documents:
        return tr("Documents");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rampart
