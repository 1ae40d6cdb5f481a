#include "nonconformitystore.h"

namespace rampart {

namespace {

using Kind = TableStore::Kind;

} // namespace

NonconformityStore::NonconformityStore(Database &db)
    : TableStore(db, Entity::Nonconformity, "nonconformity",
                 {{"reference"},
                  {"title"},
                  {"source", Kind::Choice, ChoiceSet::NcSource},
                  {"grade", Kind::Choice, ChoiceSet::Grade},
                  {"raised_on", Kind::Date},
                  {"raised_by"},
                  {"audit_id", Kind::Link},
                  {"checklist_item_id", Kind::Link},
                  {"requirement"},
                  {"requirement_text"},
                  {"description"},
                  {"correction"},
                  {"root_cause"},
                  {"verified_by"},
                  {"verified_on", Kind::Date},
                  {"verification_result", Kind::Choice, ChoiceSet::Verification},
                  {"verification_notes"},
                  {"closed_on", Kind::Date}},
                 "reference")
{
    m_referenceField = Nonconformity::Reference;
    m_summaryFields = {Nonconformity::Reference, Nonconformity::Title};
}

QVariant NonconformityStore::normalised(int field, const QVariant &value) const
{
    if (field == Nonconformity::Reference)
        return value.toString().trimmed();
    return TableStore::normalised(field, value);
}

qint64 NonconformityStore::idForReference(const QString &reference) const
{
    return scalar(QStringLiteral("SELECT id FROM nonconformity WHERE reference = ?"), {reference.trimmed()})
        .toLongLong();
}

std::vector<Record> NonconformityStore::forChecklistItem(qint64 itemId) const
{
    return linkedTo(Nonconformity::ChecklistItemLink, itemId);
}

void NonconformityStore::completeNewRow(QVariantList &row) const
{
    if (row[Nonconformity::Reference].toString().trimmed().isEmpty())
        row[Nonconformity::Reference] = nextReference(Nonconformity::Reference, QStringLiteral("NC-"), 3);
}

bool NonconformityStore::validate(qint64 id, const QVariantList &row, int field, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString reference = row[Nonconformity::Reference].toString().trimmed();
    if (field == Nonconformity::Reference || field < 0) {
        if (reference.isEmpty())
            return fail(tr("A nonconformity needs a reference, such as NC-004."));
        if (scalar(QStringLiteral("SELECT COUNT(*) FROM nonconformity WHERE reference = ? AND id <> ?"),
                   {reference, id})
                .toInt()
            > 0)
            return fail(tr("Another nonconformity already has the reference %1.").arg(reference));
    }
    const QString closedOn = row[Nonconformity::ClosedOn].toString();
    if (closedOn.isEmpty())
        return true;
    const bool effective = row[Nonconformity::VerificationResult].toString() == QLatin1String(keys::Effective);
    const QString verifiedOn = row[Nonconformity::VerifiedOn].toString();
    if (field == Nonconformity::VerificationResult && !effective)
        return fail(tr("%1 is closed. Reopen it (clear the closure date) before changing the result of the "
                       "verification.")
                        .arg(reference));
    if (field == Nonconformity::VerifiedOn && verifiedOn.isEmpty())
        return fail(tr("%1 is closed. Reopen it (clear the closure date) before removing the date of the "
                       "verification.")
                        .arg(reference));
    if (!effective || verifiedOn.isEmpty())
        return fail(tr("%1 cannot be closed yet: its corrective action must first be verified as effective "
                       "(clause 10.2). Record who verified it, when, and the result \"Effective\".")
                        .arg(reference));
    if (closedOn < verifiedOn)
        return fail(tr("%1 cannot be closed on %2, before its effectiveness was verified on %3.")
                        .arg(reference, closedOn, verifiedOn));
    return true;
}

CorrectiveActionStore::CorrectiveActionStore(Database &db)
    : TableStore(db, Entity::CorrectiveAction, "corrective_action",
                 {{"nonconformity_id", Kind::Link},
                  {"action"},
                  {"owner"},
                  {"due_date", Kind::Date},
                  {"status", Kind::Choice, ChoiceSet::ActionStatus},
                  {"completed_on", Kind::Date}},
                 "id")
{
    m_summaryFields = {CorrectiveAction::Action};
}

} // namespace rampart
