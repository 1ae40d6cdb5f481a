#include "riskacceptancemodel.h"

#include "clock.h"
#include "document.h"
#include "domain/fields.h"

#include <QBrush>

namespace rampart {

namespace {
const QColor RenewalBackground(255, 224, 178);
}

RiskAcceptanceModel::RiskAcceptanceModel(Document *document, qint64 riskId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_riskId(riskId)
    , m_rows(document->riskAcceptances().rows(riskId))
{
    connect(document, &Document::changed, this, &RiskAcceptanceModel::onChanged);
}

int RiskAcceptanceModel::fieldOf(int column)
{
    switch (Column(column)) {
    case AcceptedBy:
        return RiskAcceptance::AcceptedBy;
    case AcceptedOn:
        return RiskAcceptance::AcceptedOn;
    case ExpiresOn:
        return RiskAcceptance::ExpiresOn;
    case Justification:
        return RiskAcceptance::Justification;
    default:
        return -1;
    }
}

void RiskAcceptanceModel::setRiskId(qint64 riskId)
{
    if (riskId == m_riskId)
        return;
    m_riskId = riskId;
    reload();
}

int RiskAcceptanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskAcceptanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RiskAcceptanceModel::needsRenewal(const RiskAcceptanceRow &row) const
{
    return row.latest
        && row.acceptance.stateFor(m_document->riskMethod(), row.current, row.currentTreatment, today())
        != RiskAcceptance::State::Valid;
}

QString RiskAcceptanceModel::stateText(const RiskAcceptanceRow &row) const
{
    if (!row.latest)
        return tr("Superseded");
    switch (row.acceptance.stateFor(m_document->riskMethod(), row.current, row.currentTreatment, today())) {
    case RiskAcceptance::State::Valid:
        return tr("Valid until %1").arg(row.acceptance.effectiveExpiry(m_document->riskMethod()).toString(Qt::ISODate));
    case RiskAcceptance::State::Expired:
        return tr("Expired");
    case RiskAcceptance::State::NeedsRenewal:
        return tr("Needs renewal: the rating or treatment has changed");
    }
    return {};
}

QVariant RiskAcceptanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RiskAcceptanceRow &row = m_rows[size_t(index.row())];
    const RiskAcceptance &a = row.acceptance;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Risk:
            return row.riskReference;
        case AcceptedBy:
            return a.acceptedBy;
        case AcceptedOn:
            return a.acceptedOn;
        case ExpiresOn:
            return a.expiresOn;
        case Justification:
            return a.justification;
        case AcceptedRating:
            return a.level.isEmpty() ? QString() : tr("%1 x %2 = %3 %4").arg(a.likelihood).arg(a.impact).arg(a.score).arg(a.level);
        case AcceptedTreatment:
            return RiskVocabulary::treatmentLabel(a.treatment);
        case State:
            return stateText(row);
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return a.id;
    case NeedsRenewalRole:
        return needsRenewal(row);
    case Qt::BackgroundRole:
        return index.column() == State && needsRenewal(row) ? QVariant(QBrush(RenewalBackground)) : QVariant();
    case Qt::ForegroundRole:
        return row.latest ? QVariant() : QVariant(QBrush(QColor(120, 120, 120)));
    case Qt::ToolTipRole:
        return index.column() == Justification ? QVariant(a.justification) : QVariant();
    default:
        return {};
    }
}

bool RiskAcceptanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int field = fieldOf(index.column());
    return field >= 0
        && m_document->setValue(Entity::RiskAcceptance, m_rows[size_t(index.row())].acceptance.id, field, value);
}

Qt::ItemFlags RiskAcceptanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) >= 0 && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskAcceptanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Risk:
        return tr("Risk");
    case AcceptedRating:
        return tr("Accepted rating");
    case AcceptedTreatment:
        return tr("Accepted treatment");
    case State:
        return tr("State");
    default:
        return fieldLabel(Entity::RiskAcceptance, fieldOf(section));
    }
}

qint64 RiskAcceptanceModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].acceptance.id : 0;
}

qint64 RiskAcceptanceModel::accept(qint64 riskId, const QString &acceptedBy, const QString &acceptedOn,
                                   const QString &expiresOn, const QString &justification)
{
    // Fields and uid only: the store takes the snapshot of the risk as it is now.
    const QVariantList snapshot = {riskId, acceptedBy, acceptedOn, expiresOn, justification, QString()};
    return m_document->addRow(Entity::RiskAcceptance, snapshot, tr("Accept residual risk"));
}

bool RiskAcceptanceModel::removeAcceptance(int row)
{
    const qint64 id = idAt(row);
    return id != 0 && m_document->removeRow(Entity::RiskAcceptance, id, tr("Delete risk acceptance"));
}

void RiskAcceptanceModel::reload()
{
    beginResetModel();
    m_rows = m_document->riskAcceptances().rows(m_riskId);
    endResetModel();
}

void RiskAcceptanceModel::onChanged(const Change &change)
{
    switch (change.entity) {
    case Entity::Document:
        if (change.kind == Change::Kind::Reset)
            reload();
        return;
    case Entity::RiskAcceptance:
    case Entity::Risk:
    case Entity::RiskMethod: {
        if (change.entity == Entity::Risk && m_riskId != 0 && change.id != m_riskId && change.kind != Change::Kind::Reset)
            return;
        // The state of every row depends on its risk now and on the method; the list is
        // short (one risk's history, or the file's acceptances), so read it again.
        std::vector<RiskAcceptanceRow> fresh = m_document->riskAcceptances().rows(m_riskId);
        bool sameRows = fresh.size() == m_rows.size();
        for (size_t i = 0; sameRows && i < fresh.size(); ++i)
            sameRows = fresh[i].acceptance.id == m_rows[i].acceptance.id;
        if (!sameRows) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        m_rows = std::move(fresh);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    default:
        return;
    }
}

} // namespace rampart
