#include "auditstore.h"

#include "catalog/requirements.h"

#include <QDate>

namespace rampart {

namespace {

using Kind = TableStore::Kind;

} // namespace

AuditProgrammeStore::AuditProgrammeStore(Database &db)
    : TableStore(db, Entity::AuditProgramme, "audit_programme",
                 {{"title"},
                  {"period_start", Kind::Date},
                  {"period_end", Kind::Date},
                  {"objectives"},
                  {"frequency"},
                  {"methods"},
                  {"responsibilities"},
                  {"planning"},
                  {"reporting"},
                  {"process_importance"},
                  {"previous_results"}},
                 "period_start, id")
{
    m_summaryFields = {AuditProgramme::Title};
}

AuditStore::AuditStore(Database &db, const Catalog &catalog)
    : TableStore(db, Entity::Audit, "audit",
                 {{"programme_id", Kind::Link},
                  {"reference"},
                  {"title"},
                  {"audit_type", Kind::Choice, ChoiceSet::AuditType},
                  {"status", Kind::Choice, ChoiceSet::AuditStatus},
                  {"start_date", Kind::Date},
                  {"end_date", Kind::Date},
                  {"scope"},
                  {"criteria"},
                  {"objectives"},
                  {"lead_auditor"},
                  {"auditors"},
                  {"auditees"},
                  {"conclusion"}},
                 // Audits without a date yet come last.
                 "CASE WHEN start_date = '' THEN 1 ELSE 0 END, start_date, reference")
    , m_catalog(catalog)
{
    m_referenceField = Audit::Reference;
    m_summaryFields = {Audit::Reference, Audit::Title};
}

QVariant AuditStore::normalised(int field, const QVariant &value) const
{
    if (field == Audit::Scope) {
        QStringList unknown;
        const QStringList references = Requirements::parseList(m_catalog, value.toString(), &unknown);
        // Left as typed when something is not understood, so that validate() can say what.
        return unknown.isEmpty() ? QVariant(Requirements::formatList(references)) : value;
    }
    if (field == Audit::Reference)
        return value.toString().trimmed();
    return TableStore::normalised(field, value);
}

qint64 AuditStore::idForReference(const QString &reference) const
{
    return scalar(QStringLiteral("SELECT id FROM audit WHERE reference = ?"), {reference.trimmed()}).toLongLong();
}

void AuditStore::completeNewRow(QVariantList &row) const
{
    row[Audit::Scope] = normalised(Audit::Scope, row[Audit::Scope]);
    if (!row[Audit::Reference].toString().trimmed().isEmpty())
        return;
    const QString type = Choices::keyFor(ChoiceSet::AuditType, row[Audit::Type].toString());
    const QDate start = QDate::fromString(row[Audit::StartDate].toString(), Qt::ISODate);
    const int year = start.isValid() ? start.year() : QDate::currentDate().year();
    QString prefix = QStringLiteral("EA");
    if (type.isEmpty() || type == QLatin1String(keys::Internal))
        prefix = QStringLiteral("IA");
    else if (type == QLatin1String("supplier"))
        prefix = QStringLiteral("SA");
    row[Audit::Reference] = nextReference(Audit::Reference, QStringLiteral("%1-%2-").arg(prefix).arg(year), 2);
}

bool AuditStore::validate(qint64 id, const QVariantList &row, int field, QString *error) const
{
    if (field == Audit::Reference || field < 0) {
        const QString reference = row[Audit::Reference].toString().trimmed();
        if (reference.isEmpty()) {
            if (error)
                *error = tr("An audit needs a reference, such as IA-2026-01.");
            return false;
        }
        if (scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE reference = ? AND id <> ?"), {reference, id})
                .toInt()
            > 0) {
            if (error)
                *error = tr("Another audit already has the reference %1.").arg(reference);
            return false;
        }
    }
    if (field == Audit::Scope || field < 0) {
        QStringList unknown;
        Requirements::parseList(m_catalog, row[Audit::Scope].toString(), &unknown);
        if (!unknown.isEmpty()) {
            QString problem;
            Requirements::canonical(m_catalog, unknown.constFirst(), &problem);
            if (error)
                *error = tr("Scope: %1.").arg(problem);
            return false;
        }
    }
    return true;
}

AuditAreaStore::AuditAreaStore(Database &db)
    : TableStore(db, Entity::AuditArea, "audit_area",
                 {{"audit_id", Kind::Link}, {"area"}, {"owner"}}, "id")
{
    m_summaryFields = {AuditArea::Area, AuditArea::Owner};
}

AuditSessionStore::AuditSessionStore(Database &db)
    : TableStore(db, Entity::AuditSession, "audit_session",
                 {{"audit_id", Kind::Link},
                  {"session_date", Kind::Date},
                  {"start_time", Kind::Time},
                  {"end_time", Kind::Time},
                  {"topic"},
                  {"people"}},
                 "session_date, start_time, id")
{
    m_summaryFields = {AuditSession::Date, AuditSession::StartTime, AuditSession::Topic};
}

ChecklistItemStore::ChecklistItemStore(Database &db, const Catalog &catalog)
    : TableStore(db, Entity::ChecklistItem, "checklist_item",
                 {{"audit_id", Kind::Link},
                  {"item_number", Kind::Number},
                  {"requirement"},
                  {"question"},
                  {"result", Kind::Choice, ChoiceSet::Result},
                  {"evidence"},
                  {"notes"},
                  {"interviewed"},
                  {"revision", Kind::Number}},
                 "audit_id, item_number")
    , m_catalog(catalog)
{
    m_revisionField = ChecklistItem::Revision;
    m_summaryFields = {ChecklistItem::Requirement, ChecklistItem::Question};
}

QString ChecklistItemStore::itemKey(const QString &auditReference, int number)
{
    return QStringLiteral("%1/%2").arg(auditReference).arg(number, 2, 10, QLatin1Char('0'));
}

QString ChecklistItemStore::rowReference(qint64 id) const
{
    const QString reference =
        scalar(QStringLiteral("SELECT a.reference FROM checklist_item c JOIN audit a ON a.id = c.audit_id"
                              " WHERE c.id = ?"),
               {id})
            .toString();
    return itemKey(reference, value(id, ChecklistItem::Number).toInt());
}

QVariant ChecklistItemStore::normalised(int field, const QVariant &value) const
{
    if (field == ChecklistItem::Requirement) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QStringLiteral("");
        const QString reference = Requirements::canonical(m_catalog, text);
        return reference.isEmpty() ? value : QVariant(reference);
    }
    return TableStore::normalised(field, value);
}

void ChecklistItemStore::completeNewRow(QVariantList &row) const
{
    row[ChecklistItem::Requirement] = normalised(ChecklistItem::Requirement, row[ChecklistItem::Requirement]);
    if (row[ChecklistItem::Number].toInt() > 0)
        return;
    const int highest = scalar(QStringLiteral("SELECT MAX(item_number) FROM checklist_item WHERE audit_id = ?"),
                               {row[ChecklistItem::AuditLink].toLongLong()})
                            .toInt();
    row[ChecklistItem::Number] = highest + 1;
}

bool ChecklistItemStore::validate(qint64 id, const QVariantList &row, int field, QString *error) const
{
    if (field == ChecklistItem::Requirement || field < 0) {
        const QString text = row[ChecklistItem::Requirement].toString().trimmed();
        QString problem;
        if (!text.isEmpty() && Requirements::canonical(m_catalog, text, &problem).isEmpty()) {
            if (error)
                *error = tr("Clause/control: %1.").arg(problem);
            return false;
        }
    }
    if (field == ChecklistItem::Number || field < 0) {
        const int number = row[ChecklistItem::Number].toInt();
        if (number < 1) {
            if (error)
                *error = tr("Checklist items are numbered from 1.");
            return false;
        }
        if (scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_item WHERE audit_id = ?"
                                                " AND item_number = ? AND id <> ?"),
                                 {row[ChecklistItem::AuditLink].toLongLong(), number, id})
                                  .toInt()
                              > 0) {
            if (error)
                *error = tr("The checklist of this audit already has an item %1.").arg(number);
            return false;
        }
    }
    return true;
}

} // namespace rampart
