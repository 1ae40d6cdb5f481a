#include "soafindingmodel.h"

#include "document.h"
#include "domain/risk.h"
#include "soa.h"

#include <QTimer>

namespace rampart {

namespace {

bool sameFindings(const std::vector<SoaFinding> &a, const std::vector<SoaFinding> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].rule != b[i].rule || a[i].entryId != b[i].entryId || a[i].message != b[i].message
            || a[i].controlRef != b[i].controlRef || a[i].title != b[i].title)
            return false;
    }
    return true;
}

} // namespace

SoaFindingModel::SoaFindingModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_findings(document->soa().findings(QDate::currentDate()))
{
    connect(document, &Document::changed, this, &SoaFindingModel::onChanged);
}

int SoaFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int SoaFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SoaFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SoaFinding &f = m_findings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Control:
            return f.controlRef;
        case Finding:
            return SoaCompleteness::ruleLabel(f.rule);
        case Detail:
            return f.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2: %3").arg(f.controlRef, f.title, f.message);
    case EntryIdRole:
        return f.entryId;
    case RuleRole:
        return int(f.rule);
    default:
        return {};
    }
}

QVariant SoaFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Control:
        return tr("Control");
    case Finding:
        return tr("Finding");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

void SoaFindingModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void SoaFindingModel::refresh()
{
    m_refreshQueued = false;
    std::vector<SoaFinding> fresh =
        m_document->soa().findings(m_today.isValid() ? m_today : QDate::currentDate());
    if (sameFindings(fresh, m_findings))
        return;
    beginResetModel();
    m_findings = std::move(fresh);
    endResetModel();
    Q_EMIT countChanged(int(m_findings.size()));
}

void SoaFindingModel::onChanged(const Change &change)
{
    // Risks matter where their planned controls or references change (an excluded
    // control that a treatment relies on).
    const bool risk = change.entity == Entity::Risk
        && (change.kind != Change::Kind::Updated || change.field == Risk::PlannedControls
            || change.field == Risk::Reference);
    if (change.kind != Change::Kind::Reset && change.entity != Entity::SoaEntry && change.entity != Entity::OwnControl
        && !risk)
        return;
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

} // namespace rampart
