#include "nonconformitymodels.h"

#include "audits.h"
#include "document.h"
#include "domain/audit.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QBrush>
#include <QColor>

namespace rampart {

namespace {

const QColor Overdue(196, 60, 0);

} // namespace

NonconformityModel::NonconformityModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::Nonconformity,
                       {Nonconformity::Reference, Nonconformity::RaisedOn, Nonconformity::Title, Nonconformity::Source,
                        Nonconformity::Grade, Nonconformity::Requirement, -1, -1, Nonconformity::AuditLink,
                        Nonconformity::RaisedBy, Nonconformity::RequirementText, Nonconformity::Description,
                        Nonconformity::Correction, Nonconformity::RootCause, Nonconformity::VerifiedBy,
                        Nonconformity::VerifiedOn, Nonconformity::VerificationResult, Nonconformity::VerificationNotes,
                        Nonconformity::ClosedOn},
                       parent)
{
    for (const Record &action : document->correctiveActions().all())
        m_actionNc[action.id] = action.link(CorrectiveAction::NonconformityLink);
    reload();
}

qint64 NonconformityModel::addNonconformity(const QString &source, const QString &raisedBy)
{
    QVariantList row;
    for (int f = 0; f < Nonconformity::FieldCount; ++f)
        row << QVariant();
    row[Nonconformity::Source] = source;
    row[Nonconformity::RaisedOn] = today().toString(Qt::ISODate);
    row[Nonconformity::RaisedBy] = raisedBy;
    row[Nonconformity::Title] = tr("New nonconformity");
    return addRecord(row, tr("Add nonconformity"));
}

QString NonconformityModel::computedHeader(int column) const
{
    if (column == State)
        return tr("State");
    if (column == NextDue)
        return tr("Next due");
    return {};
}

bool NonconformityModel::isMultiline(int field) const
{
    switch (field) {
    case Nonconformity::Title:
    case Nonconformity::RequirementText:
    case Nonconformity::Description:
    case Nonconformity::Correction:
    case Nonconformity::RootCause:
    case Nonconformity::VerificationNotes:
        return true;
    default:
        return false;
    }
}

QVariant NonconformityModel::computed(const Record &record, int column, int role) const
{
    const std::vector<Record> actions =
        column == State || column == NextDue || column == Reference
            ? document()->correctiveActions().linkedTo(CorrectiveAction::NonconformityLink, record.id)
            : std::vector<Record>();
    switch (column) {
    case Reference:
        if (role == WarningRole && Audits::hasOverdueAction(actions, today()))
            return tr("A corrective action is overdue.");
        return {};
    case AuditReference: {
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        const std::optional<Record> audit = document()->audits().record(record.link(Nonconformity::AuditLink));
        return audit ? audit->text(Audit::Reference) : QString();
    }
    case State:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return Audits::stateName(Audits::state(record, actions));
        if (role == SortRole)
            return int(Audits::state(record, actions));
        if (role == Qt::ForegroundRole && Audits::state(record, actions) == NonconformityState::NotEffective)
            return QBrush(Overdue);
        return {};
    case NextDue: {
        const QDate due = Audits::nextDue(actions);
        const bool overdue = Audits::hasOverdueAction(actions, today());
        if (role == Qt::DisplayRole)
            return !due.isValid() ? QString() : overdue ? tr("%1 (overdue)").arg(due.toString(Qt::ISODate))
                                                        : due.toString(Qt::ISODate);
        if (role == SortRole)
            return due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("9999");
        if (role == Qt::ForegroundRole && overdue)
            return QBrush(Overdue);
        if (role == WarningRole && overdue)
            return tr("A corrective action is overdue.");
        return {};
    }
    default:
        return {};
    }
}

QList<int> NonconformityModel::dependentColumns(int field) const
{
    switch (field) {
    case Nonconformity::VerificationResult:
    case Nonconformity::VerifiedOn:
    case Nonconformity::ClosedOn:
        return {State};
    default:
        return {};
    }
}

void NonconformityModel::otherChanged(const Change &change)
{
    if (change.entity == Entity::Audit && change.field == Audit::Reference) {
        for (int row = 0; row < rowCount(); ++row) {
            if (record(row)->link(Nonconformity::AuditLink) == change.id)
                emitColumnChanged(row, AuditReference);
        }
        return;
    }
    if (change.entity != Entity::CorrectiveAction)
        return;
    qint64 nc = 0;
    if (const std::optional<Record> action = document()->correctiveActions().record(change.id)) {
        nc = action->link(CorrectiveAction::NonconformityLink);
        m_actionNc[change.id] = nc;
    } else {
        nc = m_actionNc[change.id];
        m_actionNc.erase(change.id);
    }
    const int row = rowOf(nc);
    emitColumnChanged(row, State);
    emitColumnChanged(row, NextDue);
    emitColumnChanged(row, Reference);
}

CorrectiveActionModel::CorrectiveActionModel(Document *document, QObject *parent)
    : RecordTableModel(document, Entity::CorrectiveAction,
                       {CorrectiveAction::Action, CorrectiveAction::Owner, CorrectiveAction::DueDate,
                        CorrectiveAction::Status, CorrectiveAction::CompletedOn},
                       parent)
{
}

void CorrectiveActionModel::showNonconformity(qint64 id)
{
    showChildrenOf(CorrectiveAction::NonconformityLink, id);
}

bool CorrectiveActionModel::isMultiline(int field) const
{
    return field == CorrectiveAction::Action;
}

QVariant CorrectiveActionModel::computed(const Record &record, int column, int role) const
{
    if (column != DueDate || !Audits::isOverdue(record, today()))
        return {};
    if (role == Qt::ForegroundRole)
        return QBrush(Overdue);
    if (role == WarningRole || role == Qt::ToolTipRole)
        return tr("Overdue: due on %1 and not done.").arg(record.text(CorrectiveAction::DueDate));
    return {};
}

QList<int> CorrectiveActionModel::dependentColumns(int field) const
{
    return field == CorrectiveAction::Status ? QList<int>{DueDate} : QList<int>{};
}

} // namespace rampart
