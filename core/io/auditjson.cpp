#include "auditjson.h"

#include "catalog/catalog.h"
#include "catalog/requirements.h"
#include "document.h"
#include "domain/audit.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QUuid>

#include <map>

namespace rampart {

namespace {

enum class Kind { Text, Date, Time, Number, Choice, Scope, Requirement };

struct JsonField
{
    const char *key;
    int field;
    Kind kind = Kind::Text;
    ChoiceSet choices = ChoiceSet::Result;
};

const std::vector<JsonField> &programmeFields()
{
    static const std::vector<JsonField> fields = {
        {"title", AuditProgramme::Title},
        {"periodStart", AuditProgramme::PeriodStart, Kind::Date},
        {"periodEnd", AuditProgramme::PeriodEnd, Kind::Date},
        {"objectives", AuditProgramme::Objectives},
        {"frequency", AuditProgramme::Frequency},
        {"methods", AuditProgramme::Methods},
        {"responsibilities", AuditProgramme::Responsibilities},
        {"planning", AuditProgramme::Planning},
        {"reporting", AuditProgramme::Reporting},
        {"processImportance", AuditProgramme::ProcessImportance},
        {"previousResults", AuditProgramme::PreviousResults},
    };
    return fields;
}

const std::vector<JsonField> &auditFields()
{
    static const std::vector<JsonField> fields = {
        {"reference", Audit::Reference},
        {"title", Audit::Title},
        {"type", Audit::Type, Kind::Choice, ChoiceSet::AuditType},
        {"status", Audit::Status, Kind::Choice, ChoiceSet::AuditStatus},
        {"startDate", Audit::StartDate, Kind::Date},
        {"endDate", Audit::EndDate, Kind::Date},
        {"scope", Audit::Scope, Kind::Scope},
        {"criteria", Audit::Criteria},
        {"objectives", Audit::Objectives},
        {"leadAuditor", Audit::LeadAuditor},
        {"auditors", Audit::Auditors},
        {"auditees", Audit::Auditees},
        {"conclusion", Audit::Conclusion},
    };
    return fields;
}

const std::vector<JsonField> &areaFields()
{
    static const std::vector<JsonField> fields = {{"area", AuditArea::Area}, {"owner", AuditArea::Owner}};
    return fields;
}

const std::vector<JsonField> &sessionFields()
{
    static const std::vector<JsonField> fields = {
        {"date", AuditSession::Date, Kind::Date},
        {"startTime", AuditSession::StartTime, Kind::Time},
        {"endTime", AuditSession::EndTime, Kind::Time},
        {"topic", AuditSession::Topic},
        {"people", AuditSession::People},
    };
    return fields;
}

const std::vector<JsonField> &itemFields()
{
    static const std::vector<JsonField> fields = {
        {"number", ChecklistItem::Number, Kind::Number},
        {"requirement", ChecklistItem::Requirement, Kind::Requirement},
        {"question", ChecklistItem::Question},
        {"result", ChecklistItem::Result, Kind::Choice, ChoiceSet::Result},
        {"evidence", ChecklistItem::Evidence},
        {"notes", ChecklistItem::Notes},
        {"interviewed", ChecklistItem::Interviewed},
        {"revision", ChecklistItem::Revision, Kind::Number},
    };
    return fields;
}

const std::vector<JsonField> &nonconformityFields()
{
    static const std::vector<JsonField> fields = {
        {"reference", Nonconformity::Reference},
        {"title", Nonconformity::Title},
        {"source", Nonconformity::Source, Kind::Choice, ChoiceSet::NcSource},
        {"grade", Nonconformity::Grade, Kind::Choice, ChoiceSet::Grade},
        {"raisedOn", Nonconformity::RaisedOn, Kind::Date},
        {"raisedBy", Nonconformity::RaisedBy},
        {"requirement", Nonconformity::Requirement, Kind::Requirement},
        {"requirementText", Nonconformity::RequirementText},
        {"description", Nonconformity::Description},
        {"correction", Nonconformity::Correction},
        {"rootCause", Nonconformity::RootCause},
        {"verifiedBy", Nonconformity::VerifiedBy},
        {"verifiedOn", Nonconformity::VerifiedOn, Kind::Date},
        {"verificationResult", Nonconformity::VerificationResult, Kind::Choice, ChoiceSet::Verification},
        {"verificationNotes", Nonconformity::VerificationNotes},
        {"closedOn", Nonconformity::ClosedOn, Kind::Date},
    };
    return fields;
}

const std::vector<JsonField> &actionFields()
{
    static const std::vector<JsonField> fields = {
        {"action", CorrectiveAction::Action},
        {"owner", CorrectiveAction::Owner},
        {"dueDate", CorrectiveAction::DueDate, Kind::Date},
        {"status", CorrectiveAction::Status, Kind::Choice, ChoiceSet::ActionStatus},
        {"completedOn", CorrectiveAction::CompletedOn, Kind::Date},
    };
    return fields;
}

QJsonValue uidOrNull(const QString &uid)
{
    return uid.isEmpty() ? QJsonValue() : QJsonValue(uid);
}

QJsonObject writeRecord(const Record &record, const std::vector<JsonField> &fields)
{
    QJsonObject o{{QStringLiteral("uid"), record.uid}};
    for (const JsonField &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        switch (f.kind) {
        case Kind::Number:
            o.insert(key, record.number(f.field));
            break;
        case Kind::Scope: {
            QJsonArray references;
            const QStringList parts = record.text(f.field).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            for (const QString &part : parts)
                references.append(part);
            o.insert(key, references);
            break;
        }
        default:
            o.insert(key, record.text(f.field));
            break;
        }
    }
    return o;
}

// Reads one object of a register, with the same care as the rest of the import:
// every problem names its path.
class Reader
{
public:
    Reader(const Catalog &catalog, QString *error)
        : m_catalog(catalog)
        , m_error(error)
    {
    }

    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }

    bool list(const QJsonObject &object, const char *key, const QString &path, QJsonArray *out)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = {};
            return true;
        }
        if (!v.isArray())
            return fail(path, AuditJson::tr("expected a list"));
        *out = v.toArray();
        return true;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path, AuditJson::tr("expected an object"));
        *out = value.toObject();
        return true;
    }

    // A uid this object points at (null or absent: none).
    bool link(const QJsonObject &object, const char *key, const QString &path, QString *uid)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            uid->clear();
            return true;
        }
        if (!v.isString() || QUuid::fromString(v.toString()).isNull())
            return fail(path + QLatin1Char('.') + QLatin1String(key), AuditJson::tr("expected the uid of a record"));
        *uid = v.toString();
        return true;
    }

    bool record(const QJsonObject &object, const std::vector<JsonField> &fields, int fieldCount,
                const QStringList &extraKeys, const QString &path, Record *out)
    {
        QSet<QString> known{QStringLiteral("uid")};
        for (const JsonField &f : fields)
            known.insert(QString::fromLatin1(f.key));
        for (const QString &key : extraKeys)
            known.insert(key);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(), AuditJson::tr("unknown field"));
        }
        Record r;
        for (int i = 0; i < fieldCount; ++i)
            r.values << QVariant();
        const QJsonValue uid = object.value(QLatin1String("uid"));
        if (!uid.isUndefined() && !uid.isNull()) {
            if (!uid.isString() || QUuid::fromString(uid.toString()).isNull())
                return fail(path + QStringLiteral(".uid"), AuditJson::tr("\"%1\" is not a UUID").arg(uid.toString()));
            r.uid = uid.toString();
            if (m_uids.contains(r.uid))
                return fail(path + QStringLiteral(".uid"), AuditJson::tr("\"%1\" appears twice").arg(r.uid));
            m_uids.insert(r.uid);
        }
        for (const JsonField &f : fields) {
            const QString fieldPath = path + QLatin1Char('.') + QLatin1String(f.key);
            const QJsonValue v = object.value(QLatin1String(f.key));
            const bool absent = v.isUndefined() || v.isNull();
            if (f.kind == Kind::Number) {
                const double d = v.toDouble(-1);
                if (!absent && (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9))
                    return fail(fieldPath, AuditJson::tr("expected a whole number of 0 or more"));
                r.values[f.field] = absent ? 0 : int(d);
                continue;
            }
            if (f.kind == Kind::Scope) {
                if (!absent && !v.isArray())
                    return fail(fieldPath, AuditJson::tr("expected a list of clauses and controls"));
                QStringList references;
                const QJsonArray items = v.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QString problem;
                    const QString reference = Requirements::canonical(m_catalog, items.at(i).toString(), &problem);
                    if (!items.at(i).isString() || reference.isEmpty())
                        return fail(QStringLiteral("%1[%2]").arg(fieldPath).arg(i),
                                    items.at(i).isString() ? problem : AuditJson::tr("expected text"));
                    references << reference;
                }
                r.values[f.field] = Requirements::formatList(m_catalog, references);
                continue;
            }
            if (!absent && !v.isString())
                return fail(fieldPath, AuditJson::tr("expected text"));
            const QString text = v.toString();
            switch (f.kind) {
            case Kind::Date: {
                static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
                if (!text.isEmpty()
                    && (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid()))
                    return fail(fieldPath, AuditJson::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
                break;
            }
            case Kind::Time:
                if (!text.isEmpty() && (text.size() != 5 || !QTime::fromString(text, QStringLiteral("HH:mm")).isValid()))
                    return fail(fieldPath, AuditJson::tr("\"%1\" is not a time (HH:MM)").arg(text));
                break;
            case Kind::Choice:
                if (absent) {
                    r.values[f.field] = Choices::keys(f.choices).constFirst();
                    continue;
                }
                if (!Choices::keys(f.choices).contains(text))
                    return fail(fieldPath, AuditJson::tr("\"%1\" is not one of: %2")
                                               .arg(text, Choices::keys(f.choices).join(QStringLiteral(", "))));
                break;
            case Kind::Requirement: {
                QString problem;
                if (!text.isEmpty() && Requirements::canonical(m_catalog, text, &problem) != text)
                    return fail(fieldPath, problem.isEmpty()
                                               ? AuditJson::tr("write the reference as %1")
                                                     .arg(Requirements::canonical(m_catalog, text))
                                               : problem);
                break;
            }
            default:
                break;
            }
            r.values[f.field] = text;
        }
        *out = std::move(r);
        return true;
    }

private:
    const Catalog &m_catalog;
    QString *m_error;
    QSet<QString> m_uids;
};

} // namespace

void AuditJson::write(const DocumentContent &content, QJsonObject *root)
{
    QJsonArray programmes;
    for (const Record &p : content.auditProgrammes)
        programmes.append(writeRecord(p, programmeFields()));

    QJsonArray audits;
    for (const AuditContent &a : content.audits) {
        QJsonObject o = writeRecord(a.audit, auditFields());
        o.insert(QStringLiteral("programme"), uidOrNull(a.programmeUid));
        QJsonArray areas, agenda, checklist;
        for (const Record &r : a.areas)
            areas.append(writeRecord(r, areaFields()));
        for (const Record &r : a.sessions)
            agenda.append(writeRecord(r, sessionFields()));
        for (const Record &r : a.checklist)
            checklist.append(writeRecord(r, itemFields()));
        o.insert(QStringLiteral("areas"), areas);
        o.insert(QStringLiteral("agenda"), agenda);
        o.insert(QStringLiteral("checklist"), checklist);
        audits.append(o);
    }

    QJsonArray nonconformities;
    for (const NonconformityContent &n : content.nonconformities) {
        QJsonObject o = writeRecord(n.nonconformity, nonconformityFields());
        o.insert(QStringLiteral("audit"), uidOrNull(n.auditUid));
        o.insert(QStringLiteral("checklistItem"), uidOrNull(n.checklistItemUid));
        QJsonArray actions;
        for (const Record &r : n.actions)
            actions.append(writeRecord(r, actionFields()));
        o.insert(QStringLiteral("correctiveActions"), actions);
        nonconformities.append(o);
    }
    root->insert(QStringLiteral("auditProgrammes"), programmes);
    root->insert(QStringLiteral("audits"), audits);
    root->insert(QStringLiteral("nonconformities"), nonconformities);
}

bool AuditJson::read(const QJsonObject &root, const Catalog &catalog, DocumentContent *content, QString *error)
{
    Reader reader(catalog, error);
    QJsonArray programmes, audits, nonconformities;
    if (!reader.list(root, "auditProgrammes", QStringLiteral("auditProgrammes"), &programmes)
        || !reader.list(root, "audits", QStringLiteral("audits"), &audits)
        || !reader.list(root, "nonconformities", QStringLiteral("nonconformities"), &nonconformities))
        return false;

    QSet<QString> programmeUids;
    for (qsizetype i = 0; i < programmes.size(); ++i) {
        const QString path = QStringLiteral("auditProgrammes[%1]").arg(i);
        QJsonObject o;
        Record r;
        if (!reader.object(programmes.at(i), path, &o)
            || !reader.record(o, programmeFields(), AuditProgramme::FieldCount, {}, path, &r))
            return false;
        programmeUids.insert(r.uid);
        content->auditProgrammes.push_back(r);
    }

    QSet<QString> auditReferences;
    std::map<QString, QString> itemAudit;  // checklist item uid -> audit uid
    QSet<QString> auditUids;
    for (qsizetype i = 0; i < audits.size(); ++i) {
        const QString path = QStringLiteral("audits[%1]").arg(i);
        QJsonObject o;
        AuditContent a;
        if (!reader.object(audits.at(i), path, &o)
            || !reader.record(o, auditFields(), Audit::FieldCount,
                              {QStringLiteral("programme"), QStringLiteral("areas"), QStringLiteral("agenda"),
                               QStringLiteral("checklist")},
                              path, &a.audit)
            || !reader.link(o, "programme", path, &a.programmeUid))
            return false;
        if (!a.programmeUid.isEmpty() && !programmeUids.contains(a.programmeUid))
            return reader.fail(path + QStringLiteral(".programme"),
                               tr("no audit programme has the uid %1").arg(a.programmeUid));
        const QString reference = a.audit.text(Audit::Reference).trimmed();
        if (!reference.isEmpty() && auditReferences.contains(reference))
            return reader.fail(path + QStringLiteral(".reference"), tr("\"%1\" appears twice").arg(reference));
        auditReferences.insert(reference);
        auditUids.insert(a.audit.uid);

        QJsonArray areas, agenda, checklist;
        if (!reader.list(o, "areas", path + QStringLiteral(".areas"), &areas)
            || !reader.list(o, "agenda", path + QStringLiteral(".agenda"), &agenda)
            || !reader.list(o, "checklist", path + QStringLiteral(".checklist"), &checklist))
            return false;
        for (qsizetype k = 0; k < areas.size(); ++k) {
            const QString rowPath = QStringLiteral("%1.areas[%2]").arg(path).arg(k);
            QJsonObject ro;
            Record r;
            if (!reader.object(areas.at(k), rowPath, &ro)
                || !reader.record(ro, areaFields(), AuditArea::FieldCount, {}, rowPath, &r))
                return false;
            a.areas.push_back(r);
        }
        for (qsizetype k = 0; k < agenda.size(); ++k) {
            const QString rowPath = QStringLiteral("%1.agenda[%2]").arg(path).arg(k);
            QJsonObject ro;
            Record r;
            if (!reader.object(agenda.at(k), rowPath, &ro)
                || !reader.record(ro, sessionFields(), AuditSession::FieldCount, {}, rowPath, &r))
                return false;
            a.sessions.push_back(r);
        }
        QSet<int> numbers;
        for (qsizetype k = 0; k < checklist.size(); ++k) {
            const QString rowPath = QStringLiteral("%1.checklist[%2]").arg(path).arg(k);
            QJsonObject ro;
            Record r;
            if (!reader.object(checklist.at(k), rowPath, &ro)
                || !reader.record(ro, itemFields(), ChecklistItem::FieldCount, {}, rowPath, &r))
                return false;
            const int number = r.number(ChecklistItem::Number);
            if (number > 0 && numbers.contains(number))
                return reader.fail(rowPath + QStringLiteral(".number"), tr("item %1 appears twice").arg(number));
            numbers.insert(number);
            if (!r.uid.isEmpty())
                itemAudit[r.uid] = a.audit.uid;
            a.checklist.push_back(r);
        }
        content->audits.push_back(std::move(a));
    }

    QSet<QString> ncReferences;
    for (qsizetype i = 0; i < nonconformities.size(); ++i) {
        const QString path = QStringLiteral("nonconformities[%1]").arg(i);
        QJsonObject o;
        NonconformityContent n;
        if (!reader.object(nonconformities.at(i), path, &o)
            || !reader.record(o, nonconformityFields(), Nonconformity::FieldCount,
                              {QStringLiteral("audit"), QStringLiteral("checklistItem"),
                               QStringLiteral("correctiveActions")},
                              path, &n.nonconformity)
            || !reader.link(o, "audit", path, &n.auditUid) || !reader.link(o, "checklistItem", path, &n.checklistItemUid))
            return false;
        const Record &nc = n.nonconformity;
        const QString reference = nc.text(Nonconformity::Reference).trimmed();
        if (!reference.isEmpty() && ncReferences.contains(reference))
            return reader.fail(path + QStringLiteral(".reference"), tr("\"%1\" appears twice").arg(reference));
        ncReferences.insert(reference);
        if (!n.auditUid.isEmpty() && !auditUids.contains(n.auditUid))
            return reader.fail(path + QStringLiteral(".audit"), tr("no audit has the uid %1").arg(n.auditUid));
        if (!n.checklistItemUid.isEmpty()) {
            const auto it = itemAudit.find(n.checklistItemUid);
            if (it == itemAudit.end())
                return reader.fail(path + QStringLiteral(".checklistItem"),
                                   tr("no checklist item has the uid %1").arg(n.checklistItemUid));
            if (it->second != n.auditUid)
                return reader.fail(path + QStringLiteral(".checklistItem"),
                                   tr("the checklist item belongs to another audit than \"audit\""));
        }
        // The closure rule of the stores, said with the path.
        const QString closedOn = nc.text(Nonconformity::ClosedOn);
        if (!closedOn.isEmpty()) {
            if (nc.text(Nonconformity::VerificationResult) != QLatin1String(keys::Effective)
                || nc.text(Nonconformity::VerifiedOn).isEmpty())
                return reader.fail(path + QStringLiteral(".closedOn"),
                                   tr("a nonconformity can only be closed once it is verified as effective "
                                      "(verificationResult \"effective\" and verifiedOn)"));
            if (closedOn < nc.text(Nonconformity::VerifiedOn))
                return reader.fail(path + QStringLiteral(".closedOn"), tr("is before verifiedOn"));
        }
        QJsonArray actions;
        if (!reader.list(o, "correctiveActions", path + QStringLiteral(".correctiveActions"), &actions))
            return false;
        for (qsizetype k = 0; k < actions.size(); ++k) {
            const QString rowPath = QStringLiteral("%1.correctiveActions[%2]").arg(path).arg(k);
            QJsonObject ro;
            Record r;
            if (!reader.object(actions.at(k), rowPath, &ro)
                || !reader.record(ro, actionFields(), CorrectiveAction::FieldCount, {}, rowPath, &r))
                return false;
            n.actions.push_back(r);
        }
        content->nonconformities.push_back(std::move(n));
    }
    return true;
}

} // namespace rampart
