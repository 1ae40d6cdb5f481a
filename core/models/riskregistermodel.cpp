#include "riskregistermodel.h"

#include "clock.h"
#include "document.h"
#include "domain/fields.h"
#include "domain/soa.h"
#include "stores/assetstore.h"
#include "stores/riskstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace rampart {

namespace {

const QColor OverdueBackground(255, 205, 210);
const QColor RenewalBackground(255, 224, 178);

QColor textOn(const QColor &background)
{
    // Perceived brightness (ITU-R BT.601): dark text on light colours and vice versa.
    const int brightness = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return brightness > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

bool isRatingColumn(int column)
{
    switch (column) {
    case RiskRegisterModel::InherentLikelihood:
    case RiskRegisterModel::InherentImpact:
    case RiskRegisterModel::ResidualLikelihood:
    case RiskRegisterModel::ResidualImpact:
        return true;
    default:
        return false;
    }
}

} // namespace

RiskRegisterModel::RiskRegisterModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &RiskRegisterModel::onChanged);
    loadAssets();
    m_total = m_document->risks().count();
}

int RiskRegisterModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Reference:
        return Risk::Reference;
    case Title:
        return Risk::Title;
    case Assets:
        return Risk::Assets;
    case Owner:
        return Risk::Owner;
    case Category:
        return Risk::Category;
    case Properties:
        return Risk::Properties;
    case InherentLikelihood:
        return Risk::InherentLikelihood;
    case InherentImpact:
        return Risk::InherentImpact;
    case Treatment:
        return Risk::Treatment;
    case PlannedControls:
        return Risk::PlannedControls;
    case ResidualLikelihood:
        return Risk::ResidualLikelihood;
    case ResidualImpact:
        return Risk::ResidualImpact;
    case Status:
        return Risk::Status;
    case IdentifiedOn:
        return Risk::IdentifiedOn;
    case LastReview:
        return Risk::LastReview;
    case NextReview:
        return Risk::NextReview;
    case Description:
        return Risk::Description;
    case Threat:
        return Risk::Threat;
    case Vulnerability:
        return Risk::Vulnerability;
    case ExistingControls:
        return Risk::ExistingControls;
    case Notes:
        return Risk::Notes;
    case InherentScore:
    case InherentLevel:
    case ResidualScore:
    case ResidualLevel:
    case Actions:
    case Acceptance:
    case ColumnCount:
        break;
    }
    return -1;
}

int RiskRegisterModel::columnOf(int field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldOf(column) == field)
            return column;
    }
    return -1;
}

void RiskRegisterModel::loadAssets()
{
    m_assetReferences.clear();
    m_assetNames.clear();
    // Asset references and names are part of every row's search text.
    for (const RiskRow &row : m_rows)
        row.searchText.clear();
    for (const Asset &a : m_document->assets().all()) {
        m_assetReferences.insert(a.id, a.reference);
        m_assetNames.insert(a.id, a.name);
    }
}

int RiskRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RiskRegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void RiskRegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchRows(PageSize);
}

int RiskRegisterModel::prepareSearch(int from, int count) const
{
    const int end = std::min(int(m_rows.size()), from + count);
    for (int row = from; row < end; ++row)
        searchText(m_rows[size_t(row)]);
    return end;
}

void RiskRegisterModel::fetchRows(int count)
{
    if (isComplete() || count <= 0)
        return;
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().id;
    std::vector<RiskRow> page = m_document->risks().rowsAfter(after, count);
    if (page.empty()) {
        // The file has fewer rows than counted (cannot happen through the Document,
        // but never loop on it).
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    rebuildIndex(first);
    endInsertRows();
    Q_EMIT rowsFetched();
}

void RiskRegisterModel::fetchAll()
{
    if (isComplete())
        return;
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().id;
    std::vector<RiskRow> rest = m_document->risks().rowsAfter(after, std::numeric_limits<int>::max());
    if (rest.empty()) {
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rest.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    rebuildIndex(first);
    endInsertRows();
    m_total = std::max(m_total, int(m_rows.size()));
    Q_EMIT rowsFetched();
}

void RiskRegisterModel::rebuildIndex(int from)
{
    for (int i = from; i < int(m_rows.size()); ++i)
        m_rowById.insert(m_rows[size_t(i)].id, i);
}

qint64 RiskRegisterModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int RiskRegisterModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const RiskRow *RiskRegisterModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

RiskRating RiskRegisterModel::inherentRating(const RiskRow &row) const
{
    return m_document->riskMethod().rate(row.inherentLikelihood, row.inherentImpact);
}

RiskRating RiskRegisterModel::residualRating(const RiskRow &row) const
{
    return m_document->riskMethod().rate(row.residualLikelihood, row.residualImpact);
}

RiskRating RiskRegisterModel::currentRating(const RiskRow &row) const
{
    return rampart::currentRating(m_document->riskMethod(), row.inherentLikelihood, row.inherentImpact,
                                  row.residualLikelihood, row.residualImpact);
}

RiskAcceptance::State RiskRegisterModel::acceptanceState(const RiskRow &row) const
{
    return row.acceptance.stateFor(m_document->riskMethod(), currentRating(row), row.treatment, today());
}

bool RiskRegisterModel::needsAttention(const RiskRow &row) const
{
    const RiskMethod &method = m_document->riskMethod();
    if (row.treatment != QLatin1String("retain") || !method.isAboveThreshold(currentRating(row)))
        return false;
    return !row.accepted || acceptanceState(row) != RiskAcceptance::State::Valid
        || row.acceptance.justification.trimmed().isEmpty();
}

QString RiskRegisterModel::assetsText(const RiskRow &row) const
{
    QStringList references;
    references.reserve(row.assetIds.size());
    for (qint64 id : row.assetIds)
        references << m_assetReferences.value(id);
    std::sort(references.begin(), references.end());
    return references.join(QStringLiteral(", "));
}

const QString &RiskRegisterModel::searchText(const RiskRow &row) const
{
    if (row.searchText.isEmpty()) {
        QString text;
        text.reserve(row.reference.size() + row.title.size() + row.owner.size() + row.category.size() + 64);
        const QChar separator = QLatin1Char('\n');
        text.append(row.reference).append(separator).append(row.title).append(separator).append(row.owner);
        text.append(separator).append(row.category);
        for (qint64 asset : row.assetIds) {
            const auto reference = m_assetReferences.constFind(asset);
            const auto name = m_assetNames.constFind(asset);
            if (reference != m_assetReferences.constEnd())
                text.append(separator).append(*reference);
            if (name != m_assetNames.constEnd())
                text.append(separator).append(*name);
        }
        for (const QString &control : row.controls)
            text.append(separator).append(control);
        row.searchText = std::move(text).toCaseFolded();
    }
    return row.searchText;
}

QVariant RiskRegisterModel::longText(qint64 id, int column) const
{
    if (m_longId != id) {
        m_long = m_document->risks().read(id);
        m_longId = id;
    }
    switch (column) {
    case Description:
        return m_long.description;
    case Threat:
        return m_long.threat;
    case Vulnerability:
        return m_long.vulnerability;
    case ExistingControls:
        return m_long.existingControls;
    case Notes:
        return m_long.notes;
    default:
        return {};
    }
}

QVariant RiskRegisterModel::display(const RiskRow &row, int column) const
{
    const RiskMethod &method = m_document->riskMethod();
    switch (Column(column)) {
    case Reference:
        return row.reference;
    case Title:
        return row.title;
    case Assets:
        return assetsText(row);
    case Owner:
        return row.owner;
    case Category:
        return row.category;
    case Properties:
        return row.properties;
    case InherentLikelihood:
        return method.valueText(RiskMethod::Axis::Likelihood, row.inherentLikelihood);
    case InherentImpact:
        return method.valueText(RiskMethod::Axis::Impact, row.inherentImpact);
    case ResidualLikelihood:
        return method.valueText(RiskMethod::Axis::Likelihood, row.residualLikelihood);
    case ResidualImpact:
        return method.valueText(RiskMethod::Axis::Impact, row.residualImpact);
    case InherentScore:
    case ResidualScore: {
        const RiskRating r = column == InherentScore ? inherentRating(row) : residualRating(row);
        return r.isRated() ? QVariant(r.score) : QVariant();
    }
    case InherentLevel:
    case ResidualLevel: {
        const RiskRating r = column == InherentLevel ? inherentRating(row) : residualRating(row);
        return method.levelName(r.level);
    }
    case Treatment:
        return RiskVocabulary::treatmentLabel(row.treatment);
    case PlannedControls:
        return row.controls.join(QStringLiteral(", "));
    case Status:
        return RiskVocabulary::statusLabel(row.status);
    case IdentifiedOn:
        return row.identifiedOn;
    case LastReview:
        return row.lastReview;
    case NextReview:
        return row.nextReview;
    case Actions:
        if (row.openActions == 0)
            return {};
        return row.overdueActions > 0 ? tr("%1 open, %2 overdue").arg(row.openActions).arg(row.overdueActions)
                                      : tr("%n open", nullptr, row.openActions);
    case Acceptance:
        if (!row.accepted)
            return needsAttention(row) ? tr("Missing") : QString();
        switch (acceptanceState(row)) {
        case RiskAcceptance::State::Valid:
            return tr("Accepted %1").arg(row.acceptance.acceptedOn);
        case RiskAcceptance::State::Expired:
            return tr("Expired %1").arg(row.acceptance.effectiveExpiry(method).toString(Qt::ISODate));
        case RiskAcceptance::State::NeedsRenewal:
            return tr("Needs renewal");
        }
        return {};
    case Description:
    case Threat:
    case Vulnerability:
    case ExistingControls:
    case Notes:
        return longText(row.id, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RiskRegisterModel::edit(const RiskRow &row, int column) const
{
    auto scale = [](int v) { return v > 0 ? QVariant(v) : QVariant(); };
    switch (column) {
    case InherentLikelihood:
        return scale(row.inherentLikelihood);
    case InherentImpact:
        return scale(row.inherentImpact);
    case ResidualLikelihood:
        return scale(row.residualLikelihood);
    case ResidualImpact:
        return scale(row.residualImpact);
    case Treatment:
        return row.treatment;
    case Status:
        return row.status;
    default:
        return display(row, column);
    }
}

QVariant RiskRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const RiskMethod &method = m_document->riskMethod();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return edit(row, column);
    case IdRole:
        return row.id;
    case FieldRole:
        return fieldOf(column);
    case AxisRole:
        if (column == InherentLikelihood || column == ResidualLikelihood)
            return int(RiskMethod::Axis::Likelihood);
        if (column == InherentImpact || column == ResidualImpact)
            return int(RiskMethod::Axis::Impact);
        return -1;
    case AttentionRole:
        return needsAttention(row);
    case LevelRole:
    case LevelColourRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        int level = -1;
        if (column == InherentScore || column == InherentLevel)
            level = inherentRating(row).level;
        else if (column == ResidualScore || column == ResidualLevel)
            level = residualRating(row).level;
        if (role == LevelRole)
            return level;
        if (role == LevelColourRole)
            return level >= 0 ? QVariant(method.levelColour(level)) : QVariant();
        QColor background;
        if (level >= 0)
            background = method.levelColour(level);
        else if (column == Actions && row.overdueActions > 0)
            background = OverdueBackground;
        else if (column == Acceptance && (needsAttention(row) || (row.accepted && acceptanceState(row) != RiskAcceptance::State::Valid)))
            background = RenewalBackground;
        if (!background.isValid())
            return {};
        return role == Qt::BackgroundRole ? QVariant(QBrush(background)) : QVariant(QBrush(textOn(background)));
    }
    case Qt::FontRole:
        if ((column == Actions && row.overdueActions > 0) || (column == Reference && needsAttention(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == InherentScore || column == ResidualScore)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (column) {
        case InherentLikelihood:
            return int(row.inherentLikelihood);
        case InherentImpact:
            return int(row.inherentImpact);
        case ResidualLikelihood:
            return int(row.residualLikelihood);
        case ResidualImpact:
            return int(row.residualImpact);
        case InherentScore:
            return inherentRating(row).score;
        case ResidualScore:
            return residualRating(row).score;
        case InherentLevel:
            return inherentRating(row).level;
        case ResidualLevel:
            return residualRating(row).level;
        case Actions:
            return row.overdueActions * 1000 + row.openActions;
        default:
            return display(row, column);
        }
    case Qt::ToolTipRole: {
        if (isRatingColumn(column)) {
            const RiskMethod::Axis axis = column == InherentLikelihood || column == ResidualLikelihood
                ? RiskMethod::Axis::Likelihood
                : RiskMethod::Axis::Impact;
            const int value = edit(row, column).toInt();
            if (value <= 0)
                return tr("Not rated");
            return QStringLiteral("%1: %2").arg(method.valueText(axis, value),
                                                method.scale(axis)[size_t(value - 1)].description);
        }
        if (column == InherentLevel || column == ResidualLevel || column == InherentScore || column == ResidualScore) {
            const RiskRating r = column == InherentLevel || column == InherentScore ? inherentRating(row)
                                                                                     : residualRating(row);
            if (!r.isRated())
                return tr("Not rated");
            return method.isAboveThreshold(r)
                ? tr("%1 x %2 = %3: %4, above the acceptance threshold (%5)")
                      .arg(r.likelihood)
                      .arg(r.impact)
                      .arg(r.score)
                      .arg(method.levelName(r.level), method.levelName(method.acceptanceLevel))
                : tr("%1 x %2 = %3: %4, within the acceptance threshold")
                      .arg(r.likelihood)
                      .arg(r.impact)
                      .arg(r.score)
                      .arg(method.levelName(r.level));
        }
        if (column == Acceptance) {
            if (!row.accepted)
                return needsAttention(row) ? tr("Retained above the acceptance threshold without an acceptance.")
                                           : QVariant();
            const RiskAcceptance &a = row.acceptance;
            QString text = tr("Accepted by %1 on %2 at %3 x %4 = %5 (%6), treatment %7.")
                               .arg(a.acceptedBy, a.acceptedOn)
                               .arg(a.likelihood)
                               .arg(a.impact)
                               .arg(a.score)
                               .arg(a.level, RiskVocabulary::treatmentLabel(a.treatment).toLower());
            switch (acceptanceState(row)) {
            case RiskAcceptance::State::NeedsRenewal:
                text += QLatin1Char(' ') + tr("The rating or treatment has changed since: the acceptance needs renewal.");
                break;
            case RiskAcceptance::State::Expired:
                text += QLatin1Char(' ') + tr("The acceptance has expired.");
                break;
            case RiskAcceptance::State::Valid:
                break;
            }
            return text;
        }
        if (column == Actions && row.openActions > 0)
            return tr("%1 open treatment actions, %2 overdue").arg(row.openActions).arg(row.overdueActions);
        if (column == Properties)
            return RiskVocabulary::propertiesLabel(row.properties);
        if (column == Title)
            return row.title;
        return {};
    }
    default:
        return {};
    }
}

bool RiskRegisterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int field = fieldOf(index.column());
    if (field < 0)
        return false;
    return m_document->setValue(Entity::Risk, m_rows[size_t(index.row())].id, field, value);
}

Qt::ItemFlags RiskRegisterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) >= 0 && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case InherentLikelihood:
        return role == Qt::DisplayRole ? tr("Likelihood") : tr("Inherent likelihood, before planned controls");
    case InherentImpact:
        return role == Qt::DisplayRole ? tr("Impact") : tr("Inherent impact, before planned controls");
    case InherentScore:
        return role == Qt::DisplayRole ? tr("Score") : tr("Inherent score: likelihood x impact");
    case InherentLevel:
        return role == Qt::DisplayRole ? tr("Level") : tr("Inherent risk level, from the method's matrix");
    case ResidualLikelihood:
        return role == Qt::DisplayRole ? tr("Res. likelihood") : tr("Residual likelihood, with planned controls");
    case ResidualImpact:
        return role == Qt::DisplayRole ? tr("Res. impact") : tr("Residual impact, with planned controls");
    case ResidualScore:
        return role == Qt::DisplayRole ? tr("Res. score") : tr("Residual score: likelihood x impact");
    case ResidualLevel:
        return role == Qt::DisplayRole ? tr("Res. level") : tr("Residual risk level, from the method's matrix");
    case Actions:
        return role == Qt::DisplayRole ? tr("Actions") : tr("Open and overdue treatment actions");
    case Acceptance:
        return role == Qt::DisplayRole ? tr("Acceptance") : tr("The risk owner's acceptance of the residual risk");
    default:
        break;
    }
    const int field = fieldOf(section);
    return field >= 0 ? QVariant(fieldLabel(Entity::Risk, field)) : QVariant();
}

qint64 RiskRegisterModel::addRisk(const QString &title)
{
    Risk r;
    r.reference = m_document->risks().nextReference();
    r.title = title.isEmpty() ? tr("New risk") : title;
    r.identifiedOn = today().toString(Qt::ISODate);
    // The method's review interval gives a new risk its first review date.
    r.nextReview = today().addMonths(m_document->riskMethod().reviewIntervalMonths).toString(Qt::ISODate);
    QVariantList snapshot = RiskStore::snapshotOf(r);
    snapshot.removeLast();  // no uid: the store gives one
    return m_document->addRow(Entity::Risk, snapshot, tr("Add risk"));
}

qint64 RiskRegisterModel::duplicateRisk(int row)
{
    const qint64 id = idAt(row);
    return id != 0 ? m_document->duplicateRisk(id) : 0;
}

bool RiskRegisterModel::removeRisks(const QList<int> &rows)
{
    QList<qint64> ids;
    for (int row : rows) {
        if (const qint64 id = idAt(row))
            ids << id;
    }
    return m_document->removeRows(Entity::Risk, ids, ids.size() == 1 ? tr("Delete risk") : tr("Delete %n risks", nullptr, int(ids.size())));
}

void RiskRegisterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_longId = 0;
    loadAssets();
    m_total = m_document->risks().count();
    endResetModel();
}

void RiskRegisterModel::refreshLoadedRows()
{
    m_longId = 0;
    if (m_rows.empty()) {
        m_total = m_document->risks().count();
        return;
    }
    std::vector<RiskRow> fresh = m_document->risks().rowsAfter(0, int(m_rows.size()));
    bool sameIds = fresh.size() == m_rows.size();
    for (size_t i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh[i].id == m_rows[i].id;
    if (!sameIds) {
        reload();
        return;
    }
    m_rows = std::move(fresh);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RiskRegisterModel::refreshRow(qint64 id, const QList<int> &columns)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    RiskRow fresh = m_document->risks().row(id);
    if (fresh.id == 0)
        return;
    m_rows[size_t(row)] = std::move(fresh);
    if (m_longId == id)
        m_longId = 0;
    if (columns.isEmpty()) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    for (int column : columns)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

void RiskRegisterModel::onChanged(const Change &change)
{
    switch (change.entity) {
    case Entity::Document:
        if (change.kind == Change::Kind::Reset)
            reload();
        return;
    default:
        // Other registers do not touch this model.
        return;
    case Entity::Organisation:
    case Entity::ScopeExclusion:
        return;
    case Entity::OwnControl:
        // Risks name own controls by reference: a rename shows in their planned controls.
        if (change.kind == Change::Kind::Updated && change.field == OwnControl::Reference)
            refreshLoadedRows();
        return;
    case Entity::RiskMethod:
        // Ratings may have moved to new scales; every derived value may differ.
        refreshLoadedRows();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        return;
    case Entity::Asset:
        if (change.kind == Change::Kind::Updated) {
            if (change.field == Asset::Reference || change.field == Asset::Name) {
                loadAssets();
                if (!m_rows.empty())
                    Q_EMIT dataChanged(index(0, Assets), index(rowCount() - 1, Assets));
            }
        } else if (change.kind == Change::Kind::Removed) {
            // The links went with the asset (ON DELETE CASCADE).
            loadAssets();
            for (size_t i = 0; i < m_rows.size(); ++i) {
                if (m_rows[i].assetIds.removeAll(change.id) > 0)
                    Q_EMIT dataChanged(index(int(i), Assets), index(int(i), Assets));
            }
        } else {
            loadAssets();
            refreshLoadedRows();
        }
        return;
    case Entity::RiskAction:
    case Entity::RiskAcceptance:
        if (change.kind == Change::Kind::Reset)
            refreshLoadedRows();
        else if (change.parent != 0)
            refreshRow(change.parent, {});
        return;
    case Entity::Risk:
        break;
    }

    switch (change.kind) {
    case Change::Kind::Reset:
        reload();
        break;
    case Change::Kind::Updated: {
        const int column = columnOf(change.field);
        switch (change.field) {
        case Risk::InherentLikelihood:
        case Risk::InherentImpact:
        case Risk::ResidualLikelihood:
        case Risk::ResidualImpact:
        case Risk::Treatment:
            // Scores, levels, the acceptance state and the attention flag follow.
            refreshRow(change.id, {});
            break;
        default:
            refreshRow(change.id, {column});
            break;
        }
        break;
    }
    case Change::Kind::Inserted: {
        if (m_rowById.contains(change.id))
            return;
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), change.id,
                                         [](const RiskRow &r, qint64 id) { return r.id < id; });
        if (it == m_rows.end() && !isComplete()) {
            // It will arrive with a later page.
            ++m_total;
            return;
        }
        RiskRow fresh = m_document->risks().row(change.id);
        if (fresh.id == 0)
            return;
        const int position = int(it - m_rows.begin());
        beginInsertRows({}, position, position);
        m_rows.insert(m_rows.begin() + position, std::move(fresh));
        ++m_total;
        rebuildIndex(position);
        endInsertRows();
        break;
    }
    case Change::Kind::Removed: {
        const int row = rowOf(change.id);
        --m_total;
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        m_rowById.remove(change.id);
        rebuildIndex(row);
        if (m_longId == change.id)
            m_longId = 0;
        endRemoveRows();
        break;
    }
    }
}

} // namespace rampart
