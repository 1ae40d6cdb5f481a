#include "riskstore.h"

#include "assetstore.h"
#include "clock.h"
#include "riskmethodstore.h"
#include "risktextindex.h"
#include "sql.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/uid.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <future>

namespace rampart {

namespace {

// Column per field; the two link fields live in tables of their own and are named
// here only for the change log.
const char *const Columns[Risk::FieldCount] = {
    "reference",         "title",          "description",         "assets",          "threat",
    "vulnerability",     "category",       "properties",          "owner",           "existing_controls",
    "inherent_likelihood", "inherent_impact", "treatment",        "planned_controls", "residual_likelihood",
    "residual_impact",   "status",         "identified_on",       "last_review",     "next_review",
    "notes",
};

// The scalar fields of the risk table, in the order of its INSERT statement.
const Risk::Field MainFields[] = {
    Risk::Reference,          Risk::Title,          Risk::Category,       Risk::Properties,
    Risk::Owner,              Risk::InherentLikelihood, Risk::InherentImpact, Risk::Treatment,
    Risk::ResidualLikelihood, Risk::ResidualImpact, Risk::Status,         Risk::IdentifiedOn,
    Risk::LastReview,         Risk::NextReview,
};

// The long texts, in risk_detail.
const Risk::Field DetailFields[] = {
    Risk::Description, Risk::Threat, Risk::Vulnerability, Risk::ExistingControls, Risk::Notes,
};

const char *const RowColumns = "id, reference, title, owner, category, properties, treatment, status, identified_on,"
                               " last_review, next_review, inherent_likelihood, inherent_impact,"
                               " residual_likelihood, residual_impact";

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::RecordStore", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isLink(int field)
{
    return field == Risk::Assets || field == Risk::PlannedControls;
}

bool isLikelihood(int field)
{
    return field == Risk::InherentLikelihood || field == Risk::ResidualLikelihood;
}

bool isImpact(int field)
{
    return field == Risk::InherentImpact || field == Risk::ResidualImpact;
}

bool isDate(int field)
{
    return field == Risk::IdentifiedOn || field == Risk::LastReview || field == Risk::NextReview;
}

bool isDetail(int field)
{
    return std::find(std::begin(DetailFields), std::end(DetailFields), field) != std::end(DetailFields);
}

template<size_t N>
QString columnList(const Risk::Field (&fields)[N], const QString &prefix = {})
{
    QStringList columns;
    for (Risk::Field f : fields)
        columns << prefix + QString::fromLatin1(Columns[f]);
    return columns.join(QStringLiteral(", "));
}

// Every scalar field of a risk, main table then details, for reading whole rows.
QString selectAll(const QString &where)
{
    return QStringLiteral("SELECT r.id, r.uid, %1, %2 FROM risk r LEFT JOIN risk_detail d ON d.risk_id = r.id %3")
        .arg(columnList(MainFields, QStringLiteral("r.")), columnList(DetailFields, QStringLiteral("d.")), where);
}

// Reads a row of selectAll() into a snapshot (fields and uid).
void readAll(const QSqlQuery &query, QVariantList *snapshot)
{
    snapshot->resize(Risk::FieldCount + 1);
    int column = 2;
    for (Risk::Field f : MainFields)
        (*snapshot)[f] = query.value(column++);
    for (Risk::Field f : DetailFields) {
        const QVariant v = query.value(column++);
        (*snapshot)[f] = v.isNull() ? QVariant(QString()) : v;
    }
    (*snapshot)[Risk::FieldCount] = query.value(1);
}

QVariant scaleVariant(int v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

QVariant dateVariant(const QString &d)
{
    return d.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d);
}

} // namespace

RiskStore::RiskStore(Database &db, const RiskMethodStore &method, const AssetStore &assets)
    : RecordStore(db)
    , m_method(method)
    , m_assets(assets)
{
}

void RiskStore::setChildStores(RecordStore *actions, RecordStore *acceptances)
{
    m_actions = actions;
    m_acceptances = acceptances;
}

QString RiskStore::fieldKey(int field) const
{
    if (field < 0 || field >= Risk::FieldCount)
        return {};
    return QString::fromLatin1(Columns[field]);
}

void RiskStore::loadControls() const
{
    if (!m_controlIds.isEmpty())
        return;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, QStringLiteral("SELECT id, code, position FROM catalog_control"), {}, nullptr))
        return;
    while (query.next()) {
        const QString code = query.value(1).toString();
        m_controlIds.insert(code, query.value(0).toLongLong());
        m_controlCodes.insert(query.value(0).toLongLong(), code);
        m_controlPositions.insert(code, query.value(2).toInt());
    }
}

qint64 RiskStore::controlId(const QString &code) const
{
    loadControls();
    return m_controlIds.value(code, 0);
}

QString RiskStore::controlCode(qint64 id) const
{
    loadControls();
    return m_controlCodes.value(id);
}

QStringList RiskStore::linkedAssets(qint64 id) const
{
    QStringList references;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT a.reference FROM risk_asset ra JOIN asset a ON a.id = ra.asset_id"
                                 " WHERE ra.risk_id = ?"),
                  {id}, nullptr)) {
        while (query.next())
            references << query.value(0).toString();
    }
    std::sort(references.begin(), references.end(),
              [](const QString &a, const QString &b) { return ValueRules::naturalCompare(a, b) < 0; });
    return references;
}

QStringList RiskStore::linkedControls(qint64 id) const
{
    QStringList controls;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query,
                  QStringLiteral("SELECT c.code, o.reference FROM risk_control rc"
                                 " LEFT JOIN catalog_control c ON c.id = rc.control_id"
                                 " LEFT JOIN own_control o ON o.id = rc.own_control_id WHERE rc.risk_id = ?"),
                  {id}, nullptr)) {
        while (query.next())
            controls << (query.value(0).isNull() ? query.value(1).toString() : query.value(0).toString());
    }
    sortControls(&controls);
    return controls;
}

void RiskStore::sortControls(QStringList *controls) const
{
    if (controls->size() < 2)
        return;
    loadControls();
    // Annex A in catalog order, then own controls by reference.
    std::sort(controls->begin(), controls->end(), [this](const QString &a, const QString &b) {
        const auto pa = m_controlPositions.constFind(a);
        const auto pb = m_controlPositions.constFind(b);
        const bool annexA = pa != m_controlPositions.constEnd();
        const bool annexB = pb != m_controlPositions.constEnd();
        if (annexA != annexB)
            return annexA;
        return annexA ? *pa < *pb : ValueRules::naturalCompare(a, b) < 0;
    });
}

QHash<QString, RiskStore::OwnControlRef> RiskStore::ownControlsByKey() const
{
    QHash<QString, OwnControlRef> out;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT id, reference FROM own_control"), {}, nullptr)) {
        while (query.next()) {
            const QString reference = query.value(1).toString();
            out.insert(reference.toLower(), {query.value(0).toLongLong(), reference});
        }
    }
    return out;
}

QStringList RiskStore::canonicalAssets(const QStringList &references, QString *error) const
{
    QStringList out;
    for (const QString &reference : references) {
        qint64 id = m_assets.idOfReference(reference);
        QString canonical = reference;
        if (id == 0) {
            // References are matched without regard to case ("a-001" is A-001).
            QSqlQuery query(m_db.connection());
            if (sql::exec(query, QStringLiteral("SELECT reference FROM asset WHERE LOWER(reference) = LOWER(?)"),
                          {reference}, nullptr)
                && query.next()) {
                canonical = query.value(0).toString();
                id = 1;
            }
        }
        if (id == 0) {
            fail(error, tr("There is no asset %1.").arg(reference));
            return {};
        }
        if (!out.contains(canonical))
            out << canonical;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return ValueRules::naturalCompare(a, b) < 0; });
    return out;
}

QStringList RiskStore::canonicalControls(const QStringList &codes, QString *error) const
{
    loadControls();
    QHash<QString, OwnControlRef> own;
    bool ownRead = false;
    QStringList out;
    for (const QString &text : codes) {
        QString control = ValueRules::controlCode(text);
        if (control.isEmpty() || !m_controlIds.contains(control)) {
            if (!ownRead) {
                own = ownControlsByKey();
                ownRead = true;
            }
            control = own.value(text.trimmed().toLower()).reference;
        }
        if (control.isEmpty()) {
            fail(error, tr("\"%1\" is not an Annex A control of ISO/IEC 27001:2022, nor one of the "
                           "organisation's own controls.")
                            .arg(text));
            return {};
        }
        if (!out.contains(control))
            out << control;
    }
    sortControls(&out);
    return out;
}

QVariant RiskStore::value(qint64 id, int field) const
{
    if (field < 0 || field >= Risk::FieldCount)
        return {};
    if (field == Risk::Assets)
        return ValueRules::joinList(linkedAssets(id));
    if (field == Risk::PlannedControls)
        return ValueRules::joinList(linkedControls(id));
    QSqlQuery query(m_db.connection());
    const QString statement = isDetail(field) ? QStringLiteral("SELECT %1 FROM risk_detail WHERE risk_id = ?")
                                              : QStringLiteral("SELECT %1 FROM risk WHERE id = ?");
    if (sql::exec(query, statement.arg(fieldKey(field)), {id}, nullptr) && query.next())
        return query.value(0);
    return {};
}

QString RiskStore::rowReference(qint64 id) const
{
    return value(id, Risk::Reference).toString();
}

bool RiskStore::bindable(int field, const QVariant &value, qint64 id, QVariant *out, QString *error) const
{
    const RiskMethod &method = m_method.method();
    bool ok = true;
    if (isLikelihood(field) || isImpact(field)) {
        const RiskMethod::Axis axis = isLikelihood(field) ? RiskMethod::Axis::Likelihood : RiskMethod::Axis::Impact;
        QVariant v = ValueRules::scale(value, method.count(axis), &ok);
        if (!ok) {
            const int fromLabel = method.valueFromText(axis, value.toString());
            if (fromLabel == 0)
                return fail(error, ValueRules::badScale(value.toString(), method.count(axis)));
            v = fromLabel;
        }
        *out = v;
        return true;
    }
    if (isDate(field)) {
        *out = ValueRules::date(value, &ok);
        return ok || fail(error, ValueRules::badDate(value.toString()));
    }
    switch (Risk::Field(field)) {
    case Risk::Reference: {
        const QString reference = value.toString().trimmed();
        if (reference.isEmpty())
            return fail(error, tr("Every risk needs a reference."));
        QSqlQuery query(m_db.connection());
        if (sql::exec(query, QStringLiteral("SELECT id FROM risk WHERE reference = ?"), {reference}, nullptr)
            && query.next() && query.value(0).toLongLong() != id)
            return fail(error, tr("The reference %1 is already used by another risk.").arg(reference));
        *out = reference;
        return true;
    }
    case Risk::Properties: {
        const QString properties = RiskVocabulary::propertiesFromText(value.toString(), &ok);
        if (!ok)
            return fail(error, tr("\"%1\" does not name confidentiality (C), integrity (I) or availability (A).")
                                   .arg(value.toString()));
        *out = properties;
        return true;
    }
    case Risk::Treatment: {
        const QString text = value.toString().trimmed();
        const QString key = RiskVocabulary::treatmentFromText(text);
        if (!text.isEmpty() && key.isEmpty())
            return fail(error, tr("\"%1\" is not a treatment option: use modify, retain, avoid or share.").arg(text));
        *out = sql::text(key);
        return true;
    }
    case Risk::Status: {
        const QString text = value.toString().trimmed();
        const QString key = text.isEmpty() ? QStringLiteral("identified") : RiskVocabulary::statusFromText(text);
        if (key.isEmpty())
            return fail(error, tr("\"%1\" is not a risk status.").arg(text));
        *out = key;
        return true;
    }
    case Risk::Title:
    case Risk::Description:
    case Risk::Threat:
    case Risk::Vulnerability:
    case Risk::Category:
    case Risk::Owner:
    case Risk::ExistingControls:
    case Risk::Notes:
        *out = sql::text(value);
        return true;
    default:
        break;
    }
    return fail(error, tr("Unknown field."));
}

QVariant RiskStore::normalised(int field, const QVariant &value) const
{
    if (field == Risk::Assets) {
        const QStringList canonical = canonicalAssets(ValueRules::list(value), nullptr);
        return canonical.isEmpty() && !ValueRules::list(value).isEmpty() ? value : QVariant(ValueRules::joinList(canonical));
    }
    if (field == Risk::PlannedControls) {
        const QStringList canonical = canonicalControls(ValueRules::list(value), nullptr);
        return canonical.isEmpty() && !ValueRules::list(value).isEmpty() ? value : QVariant(ValueRules::joinList(canonical));
    }
    QVariant out;
    return bindable(field, value, 0, &out, nullptr) ? out : value;
}

bool RiskStore::writeLinks(qint64 id, int field, const QStringList &items, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (field == Risk::Assets) {
        if (!sql::exec(query, QStringLiteral("DELETE FROM risk_asset WHERE risk_id = ?"), {id}, error))
            return false;
        for (const QString &reference : items) {
            if (!sql::exec(query, QStringLiteral("INSERT INTO risk_asset (risk_id, asset_id) VALUES (?, ?)"),
                           {id, m_assets.idOfReference(reference)}, error))
                return false;
        }
        return true;
    }
    if (!sql::exec(query, QStringLiteral("DELETE FROM risk_control WHERE risk_id = ?"), {id}, error))
        return false;
    const QHash<QString, OwnControlRef> own = ownControlsByKey();
    const QVariant none(QMetaType(QMetaType::LongLong));
    for (const QString &control : items) {
        // Canonical items: an Annex A code, else an own control's reference.
        const qint64 annexId = controlId(control);
        const qint64 ownId = annexId == 0 ? own.value(control.toLower()).id : 0;
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO risk_control (risk_id, control_id, own_control_id) VALUES (?, ?, ?)"),
                       {id, annexId != 0 ? QVariant(annexId) : none, ownId != 0 ? QVariant(ownId) : none}, error))
            return false;
    }
    return true;
}

bool RiskStore::setValue(qint64 id, int field, const QVariant &value, QString *error)
{
    if (isLink(field)) {
        QString problem;
        const QStringList items = ValueRules::list(value);
        const QStringList canonical =
            field == Risk::Assets ? canonicalAssets(items, &problem) : canonicalControls(items, &problem);
        if (!problem.isEmpty())
            return fail(error, problem);
        return writeLinks(id, field, canonical, error);
    }
    QVariant bound;
    if (!bindable(field, value, id, &bound, error))
        return false;
    QSqlQuery query(m_db.connection());
    const QString statement = isDetail(field) ? QStringLiteral("UPDATE risk_detail SET %1 = ? WHERE risk_id = ?")
                                              : QStringLiteral("UPDATE risk SET %1 = ? WHERE id = ?");
    return sql::exec(query, statement.arg(fieldKey(field)), {bound, id}, error);
}

QVariant RiskStore::fieldValue(const Risk &r, int field)
{
    switch (Risk::Field(field)) {
    case Risk::Reference: return r.reference;
    case Risk::Title: return r.title;
    case Risk::Description: return r.description;
    case Risk::Assets: return ValueRules::joinList(r.assets);
    case Risk::Threat: return r.threat;
    case Risk::Vulnerability: return r.vulnerability;
    case Risk::Category: return r.category;
    case Risk::Properties: return r.properties;
    case Risk::Owner: return r.owner;
    case Risk::ExistingControls: return r.existingControls;
    case Risk::InherentLikelihood: return scaleVariant(r.inherentLikelihood);
    case Risk::InherentImpact: return scaleVariant(r.inherentImpact);
    case Risk::Treatment: return r.treatment;
    case Risk::PlannedControls: return ValueRules::joinList(r.plannedControls);
    case Risk::ResidualLikelihood: return scaleVariant(r.residualLikelihood);
    case Risk::ResidualImpact: return scaleVariant(r.residualImpact);
    case Risk::Status: return r.status;
    case Risk::IdentifiedOn: return dateVariant(r.identifiedOn);
    case Risk::LastReview: return dateVariant(r.lastReview);
    case Risk::NextReview: return dateVariant(r.nextReview);
    case Risk::Notes: return r.notes;
    case Risk::FieldCount: break;
    }
    return {};
}

QVariantList RiskStore::snapshotOf(const Risk &r)
{
    QVariantList s;
    s.reserve(Risk::FieldCount + 1);
    for (int f = 0; f < Risk::FieldCount; ++f)
        s << fieldValue(r, f);
    s << r.uid;
    return s;
}

Risk RiskStore::fromSnapshot(const QVariantList &s)
{
    Risk r;
    r.reference = s.value(Risk::Reference).toString();
    r.title = s.value(Risk::Title).toString();
    r.description = s.value(Risk::Description).toString();
    r.assets = ValueRules::list(s.value(Risk::Assets));
    r.threat = s.value(Risk::Threat).toString();
    r.vulnerability = s.value(Risk::Vulnerability).toString();
    r.category = s.value(Risk::Category).toString();
    r.properties = s.value(Risk::Properties).toString();
    r.owner = s.value(Risk::Owner).toString();
    r.existingControls = s.value(Risk::ExistingControls).toString();
    r.inherentLikelihood = s.value(Risk::InherentLikelihood).toInt();
    r.inherentImpact = s.value(Risk::InherentImpact).toInt();
    r.treatment = s.value(Risk::Treatment).toString();
    r.plannedControls = ValueRules::list(s.value(Risk::PlannedControls));
    r.residualLikelihood = s.value(Risk::ResidualLikelihood).toInt();
    r.residualImpact = s.value(Risk::ResidualImpact).toInt();
    r.status = s.value(Risk::Status).toString();
    r.identifiedOn = s.value(Risk::IdentifiedOn).toString();
    r.lastReview = s.value(Risk::LastReview).toString();
    r.nextReview = s.value(Risk::NextReview).toString();
    r.notes = s.value(Risk::Notes).toString();
    r.uid = s.value(Risk::FieldCount).toString();
    return r;
}

Risk RiskStore::read(qint64 id) const
{
    Risk r;
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, selectAll(QStringLiteral("WHERE r.id = ?")), {id}, nullptr) || !query.next())
        return r;
    QVariantList s;
    readAll(query, &s);
    r = fromSnapshot(s);
    r.id = query.value(0).toLongLong();
    r.assets = linkedAssets(id);
    r.plannedControls = linkedControls(id);
    return r;
}

std::vector<Risk> RiskStore::all() const
{
    std::vector<Risk> risks;
    QHash<qint64, size_t> index;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, selectAll(QStringLiteral("ORDER BY r.id")), {}, nullptr))
        return risks;
    QVariantList s;
    while (query.next()) {
        readAll(query, &s);
        Risk r = fromSnapshot(s);
        r.id = query.value(0).toLongLong();
        index.insert(r.id, risks.size());
        risks.push_back(std::move(r));
    }
    if (sql::exec(query,
                  QStringLiteral("SELECT ra.risk_id, a.reference FROM risk_asset ra JOIN asset a ON a.id = ra.asset_id"),
                  {}, nullptr)) {
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toLongLong());
            if (it != index.constEnd())
                risks[*it].assets << query.value(1).toString();
        }
    }
    for (Risk &r : risks)
        std::sort(r.assets.begin(), r.assets.end(),
                  [](const QString &a, const QString &b) { return ValueRules::naturalCompare(a, b) < 0; });
    if (sql::exec(query,
                  QStringLiteral("SELECT rc.risk_id, c.code FROM risk_control rc"
                                 " JOIN catalog_control c ON c.id = rc.control_id ORDER BY rc.risk_id, c.position"),
                  {}, nullptr)) {
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toLongLong());
            if (it != index.constEnd())
                risks[*it].plannedControls << query.value(1).toString();
        }
    }
    // Own controls after the Annex A ones, by reference.
    if (sql::exec(query,
                  QStringLiteral("SELECT rc.risk_id, o.reference FROM risk_control rc"
                                 " JOIN own_control o ON o.id = rc.own_control_id ORDER BY rc.risk_id"),
                  {}, nullptr)) {
        QSet<qint64> withOwn;
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toLongLong());
            if (it != index.constEnd()) {
                risks[*it].plannedControls << query.value(1).toString();
                withOwn.insert(*it);
            }
        }
        for (const qint64 at : std::as_const(withOwn))
            sortControls(&risks[size_t(at)].plannedControls);
    }
    return risks;
}

bool RiskStore::contains(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("SELECT 1 FROM risk WHERE id = ?"), {id}, nullptr) && query.next();
}

QVariantList RiskStore::rowSnapshot(qint64 id) const
{
    const Risk r = read(id);
    if (r.id == 0)
        return {};
    QVariantList snapshot = snapshotOf(r);
    auto children = [this, id](const char *table, RecordStore *store) {
        QVariantList list;
        if (!store)
            return list;
        QSqlQuery query(m_db.connection());
        if (sql::exec(query, QStringLiteral("SELECT id FROM %1 WHERE risk_id = ? ORDER BY id").arg(QLatin1String(table)),
                      {id}, nullptr)) {
            while (query.next()) {
                const qint64 childId = query.value(0).toLongLong();
                list << QVariant(QVariantList{childId, store->rowSnapshot(childId)});
            }
        }
        return list;
    };
    snapshot << QVariant(children("risk_action", m_actions)) << QVariant(children("risk_acceptance", m_acceptances));
    return snapshot;
}

qint64 RiskStore::insertRow(qint64 id, const QVariantList &snapshot, QString *error)
{
    Risk r = fromSnapshot(snapshot);
    if (r.reference.trimmed().isEmpty())
        r.reference = nextReference();
    r.id = id;
    // A single row checks its reference here, for a message that names it.
    QVariant ignored;
    if (!bindable(Risk::Reference, r.reference, id, &ignored, error))
        return 0;
    QString problem;
    r.assets = canonicalAssets(r.assets, &problem);
    if (problem.isEmpty())
        r.plannedControls = canonicalControls(r.plannedControls, &problem);
    if (!problem.isEmpty()) {
        fail(error, problem);
        return 0;
    }
    std::vector<Risk> one{r};
    if (!insertMany(one, id > 0, error))
        return 0;
    const qint64 newId = one.front().id;
    // The rows that belong to the risk, when a deleted risk comes back.
    const std::pair<int, RecordStore *> childLists[] = {{Risk::FieldCount + 1, m_actions},
                                                        {Risk::FieldCount + 2, m_acceptances}};
    for (const auto &[position, store] : childLists) {
        if (!store)
            continue;
        for (const QVariant &child : snapshot.value(position).toList()) {
            const QVariantList pair = child.toList();
            QVariantList childSnapshot = pair.value(1).toList();
            childSnapshot[0] = newId;  // field 0 of both child kinds is the risk id
            if (store->insertRow(pair.value(0).toLongLong(), childSnapshot, error) == 0)
                return 0;
        }
    }
    return newId;
}

bool RiskStore::insertMany(std::vector<Risk> &risks, bool keepIds, QString *error)
{
    // A batch that at least doubles the register: its texts are indexed later, all at
    // once (RiskTextIndex::defer), and the indexes of its links to assets and controls
    // that no insert needs are made anew after the rows are in (SetAsideIndexes). The
    // index of the ratings is kept up as rows go in: each new risk goes after the risks
    // rated alike, and making it anew was measured to cost as much.
    constexpr size_t BulkRows = 2000;
    const bool bulk = risks.size() >= BulkRows && int(risks.size()) >= count();
    if (!bulk)
        return insertRows(risks, keepIds, error);
    SetAsideIndexes indexes(m_db, {QStringLiteral("risk_asset"), QStringLiteral("risk_control")});
    return RiskTextIndex(m_db).defer(error) && indexes.drop(error) && insertRows(risks, keepIds, error)
        && indexes.restore(error);
}

bool RiskStore::insertRows(std::vector<Risk> &risks, bool keepIds, QString *error)
{
    loadControls();
    QHash<QString, qint64> assetIds;
    QHash<QString, qint64> assetIdsFolded;
    for (const Asset &a : m_assets.all()) {
        assetIds.insert(a.reference, a.id);
        assetIdsFolded.insert(a.reference.toLower(), a.id);
    }
    const QHash<QString, OwnControlRef> ownControls = ownControlsByKey();
    // New rows take the ids after the highest one, as the database would give them: known
    // before the write, they let the rows go in chunks (see BulkInsert).
    // Every reference is checked below before its row is added (assets, controls; the
    // risks are this batch's own), so the database's foreign-key checks wait for the
    // commit: immediate ones would make each chunk keep a statement journal (BulkInsert).
    {
        QSqlQuery query(m_db.connection());
        if (!sql::exec(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error))
            return false;
    }
    qint64 nextId = 0;
    if (!keepIds) {
        QSqlQuery query(m_db.connection());
        if (!sql::exec(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM risk"), {}, error) || !query.next())
            return false;
        nextId = query.value(0).toLongLong() + 1;
    }
    QStringList mainColumns = {QStringLiteral("id"), QStringLiteral("uid")};
    for (Risk::Field f : MainFields)
        mainColumns << QString::fromLatin1(Columns[f]);
    QStringList detailColumns = {QStringLiteral("risk_id")};
    for (Risk::Field f : DetailFields)
        detailColumns << QString::fromLatin1(Columns[f]);
    BulkInsert insert(m_db, QStringLiteral("risk"), mainColumns);
    BulkInsert detail(m_db, QStringLiteral("risk_detail"), detailColumns);
    BulkInsert asset(m_db, QStringLiteral("risk_asset"), {QStringLiteral("risk_id"), QStringLiteral("asset_id")});
    BulkInsert control(m_db, QStringLiteral("risk_control"),
                       {QStringLiteral("risk_id"), QStringLiteral("control_id"), QStringLiteral("own_control_id")});
    // The risk (index into risks) of each link row, to name it when the row fails.
    std::vector<size_t> assetRisk, controlRisk;
    const QVariant none(QMetaType(QMetaType::LongLong));

    auto failedRisk = [&](BulkInsert &statement, const std::vector<size_t> *riskOfRow) -> bool {
        const QString text = statement.lastError().text();
        const qint64 row = statement.failedRow();
        const Risk *r = nullptr;
        if (row >= 0)
            r = riskOfRow ? (size_t(row) < riskOfRow->size() ? &risks[(*riskOfRow)[size_t(row)]] : nullptr)
                          : (size_t(row) < risks.size() ? &risks[size_t(row)] : nullptr);
        if (r && text.contains(QLatin1String("UNIQUE")) && text.contains(QLatin1String("reference")))
            return fail(error, tr("The reference %1 is already used by another risk.").arg(r->reference));
        return fail(error, r ? QStringLiteral("%1: %2").arg(r->reference, text) : text);
    };

    // The values of a group of risks' rows, table by table, worked out and checked on
    // another thread while the group before is written: that work (a fifth of an import)
    // needs nothing of the database, and the machine has a second core. It gives each
    // risk its id and, when it has none, its uid.
    struct Rows
    {
        std::vector<QVariant> main, detail, asset, control;
        std::vector<size_t> assetRisk, controlRisk;
        QString error;  // the first risk refused, by reference
    };
    auto prepare = [&](size_t begin, size_t end) {
        Rows rows;
        auto refuse = [&](const Risk &r, const QString &why) {
            rows.error = QStringLiteral("%1: %2").arg(r.reference, why);
            return rows;
        };
        for (size_t index = begin; index < end; ++index) {
            Risk &r = risks[index];
            if (!keepIds)
                r.id = nextId + qint64(index);
            if (r.uid.isEmpty())
                r.uid = newUid();
            rows.main.push_back(r.id);
            rows.main.push_back(r.uid);
            for (Risk::Field f : MainFields) {
                QVariant bound;
                if (f == Risk::Reference) {
                    // Uniqueness is the database's to check in bulk (one query per row
                    // would dominate an import); the error is translated above.
                    bound = r.reference.trimmed();
                    if (bound.toString().isEmpty()) {
                        rows.error = tr("Every risk needs a reference.");
                        return rows;
                    }
                } else {
                    QString why;
                    if (!bindable(f, fieldValue(r, f), 0, &bound, &why))
                        return refuse(r, why);
                }
                rows.main.push_back(std::move(bound));
            }
            rows.detail.push_back(r.id);
            for (Risk::Field f : DetailFields)
                rows.detail.push_back(sql::text(fieldValue(r, f)));
            for (const QString &reference : std::as_const(r.assets)) {
                qint64 assetId = assetIds.value(reference, 0);
                if (assetId == 0)
                    assetId = assetIdsFolded.value(reference.toLower(), 0);
                if (assetId == 0)
                    return refuse(r, tr("There is no asset %1.").arg(reference));
                rows.assetRisk.push_back(index);
                rows.asset.push_back(r.id);
                rows.asset.push_back(assetId);
            }
            for (const QString &text : std::as_const(r.plannedControls)) {
                // A code as the catalog writes it ("5.15") needs no parsing (an import's are).
                qint64 id = m_controlIds.value(text, 0);
                if (id == 0)
                    id = m_controlIds.value(ValueRules::controlCode(text), 0);
                const qint64 ownId = id == 0 ? ownControls.value(text.trimmed().toLower()).id : 0;
                if (id == 0 && ownId == 0)
                    return refuse(r, tr("\"%1\" is not an Annex A control of ISO/IEC 27001:2022, nor one of "
                                        "the organisation's own controls.")
                                         .arg(text));
                rows.controlRisk.push_back(index);
                rows.control.push_back(r.id);
                rows.control.push_back(id != 0 ? QVariant(id) : none);
                rows.control.push_back(ownId != 0 ? QVariant(ownId) : none);
            }
        }
        return rows;
    };

    // Each group's risks go in before the rows that refer to them.
    auto write = [&](Rows &rows) {
        assetRisk.insert(assetRisk.end(), rows.assetRisk.begin(), rows.assetRisk.end());
        controlRisk.insert(controlRisk.end(), rows.controlRisk.begin(), rows.controlRisk.end());
        insert.add(std::move(rows.main));
        detail.add(std::move(rows.detail));
        asset.add(std::move(rows.asset));
        control.add(std::move(rows.control));
        if (!insert.flush())
            return failedRisk(insert, nullptr);
        if (!detail.flush())
            return failedRisk(detail, nullptr);
        if (!asset.flush())
            return failedRisk(asset, &assetRisk);
        if (!control.flush())
            return failedRisk(control, &controlRisk);
        return true;
    };
    // A few hundred risks a group: enough to pay for handing the work over, few enough
    // that a single risk or a small batch is not held up.
    constexpr size_t GroupRisks = 512;
    const size_t count = risks.size();
    if (count <= GroupRisks) {
        Rows rows = prepare(0, count);
        return rows.error.isEmpty() ? write(rows) : fail(error, rows.error);
    }
    // Where no thread can be started, a group is worked out when it is asked for
    // (std::launch::deferred): slower, never refused.
    constexpr auto policy = std::launch::async | std::launch::deferred;
    std::future<Rows> next = std::async(policy, prepare, 0, GroupRisks);
    for (size_t begin = 0; begin < count; begin += GroupRisks) {
        Rows rows = next.get();
        const size_t following = begin + GroupRisks;
        if (rows.error.isEmpty() && following < count)
            next = std::async(policy, prepare, following, std::min(following + GroupRisks, count));
        if (!rows.error.isEmpty())
            return fail(error, rows.error);
        if (!write(rows))
            return false;  // next waits for the group being worked out as it goes
    }
    return true;
}

bool RiskStore::removeRow(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk WHERE id = ?"), {id}, error);
}

bool RiskStore::removeMany(const std::vector<qint64> &ids, QString *error)
{
    // A removal of at least half the register: what is left is indexed later, all at
    // once (RiskTextIndex::defer).
    constexpr size_t BulkRows = 2000;
    const bool bulk = ids.size() >= BulkRows && ids.size() * 2 >= size_t(count());
    if (bulk && !RiskTextIndex(m_db).defer(error))
        return false;
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("DELETE FROM risk WHERE id = ?")))
        return fail(error, query.lastError().text());
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return true;
}

bool RiskStore::removeAll(QString *error)
{
    QSqlQuery query(m_db.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM risk"), {}, error);
}

int RiskStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM risk"), {}, nullptr) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::vector<RiskRow> RiskStore::loadRows(const QString &where, const QVariantList &binds) const
{
    std::vector<RiskRow> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM risk %2").arg(QLatin1String(RowColumns), where)))
        return rows;
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec())
        return rows;
    while (query.next()) {
        RiskRow r;
        r.id = query.value(0).toLongLong();
        r.reference = query.value(1).toString();
        r.title = query.value(2).toString();
        r.owner = query.value(3).toString();
        r.category = query.value(4).toString();
        r.properties = query.value(5).toString();
        r.treatment = query.value(6).toString();
        r.status = query.value(7).toString();
        r.identifiedOn = query.value(8).toString();
        r.lastReview = query.value(9).toString();
        r.nextReview = query.value(10).toString();
        r.inherentLikelihood = qint8(query.value(11).toInt());
        r.inherentImpact = qint8(query.value(12).toInt());
        r.residualLikelihood = qint8(query.value(13).toInt());
        r.residualImpact = qint8(query.value(14).toInt());
        rows.push_back(std::move(r));
    }
    if (rows.empty())
        return rows;

    // The rows' links, actions and acceptances, by id range: a handful of queries per
    // page instead of several per row.
    const qint64 first = rows.front().id;
    const qint64 last = rows.back().id;
    QHash<qint64, size_t> index;
    index.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        index.insert(rows[i].id, i);
    auto rowOf = [&](const QVariant &id) -> RiskRow * {
        const auto it = index.constFind(id.toLongLong());
        return it == index.constEnd() ? nullptr : &rows[*it];
    };
    loadControls();
    if (sql::exec(query, QStringLiteral("SELECT risk_id, asset_id FROM risk_asset WHERE risk_id BETWEEN ? AND ?"),
                  {first, last}, nullptr)) {
        while (query.next()) {
            if (RiskRow *r = rowOf(query.value(0)))
                r->assetIds << query.value(1).toLongLong();
        }
    }
    if (sql::exec(query,
                  QStringLiteral("SELECT risk_id, control_id FROM risk_control WHERE risk_id BETWEEN ? AND ?"
                                 " AND control_id IS NOT NULL"),
                  {first, last}, nullptr)) {
        while (query.next()) {
            if (RiskRow *r = rowOf(query.value(0)))
                r->controls << m_controlCodes.value(query.value(1).toLongLong());
        }
    }
    if (sql::exec(query,
                  QStringLiteral("SELECT rc.risk_id, o.reference FROM risk_control rc"
                                 " JOIN own_control o ON o.id = rc.own_control_id WHERE rc.risk_id BETWEEN ? AND ?"),
                  {first, last}, nullptr)) {
        while (query.next()) {
            if (RiskRow *r = rowOf(query.value(0)))
                r->controls << query.value(1).toString();
        }
    }
    for (RiskRow &r : rows)
        sortControls(&r.controls);
    const QDate now = today();
    if (sql::exec(query,
                  QStringLiteral("SELECT risk_id, due_on FROM risk_action WHERE risk_id BETWEEN ? AND ?"
                                 " AND status IN ('planned', 'in_progress')"),
                  {first, last}, nullptr)) {
        while (query.next()) {
            if (RiskRow *r = rowOf(query.value(0))) {
                ++r->openActions;
                const QDate due = QDate::fromString(query.value(1).toString(), Qt::ISODate);
                if (due.isValid() && due < now)
                    ++r->overdueActions;
            }
        }
    }
    if (sql::exec(query,
                  QStringLiteral("SELECT risk_id, id, uid, accepted_by, accepted_on, expires_on, justification,"
                                 " snapshot_likelihood, snapshot_impact, snapshot_score, snapshot_level,"
                                 " snapshot_treatment FROM risk_acceptance WHERE risk_id BETWEEN ? AND ?"
                                 " ORDER BY risk_id, id"),
                  {first, last}, nullptr)) {
        while (query.next()) {
            if (RiskRow *r = rowOf(query.value(0))) {
                RiskAcceptance &a = r->acceptance;
                r->accepted = true;
                a.riskId = r->id;
                a.id = query.value(1).toLongLong();
                a.uid = query.value(2).toString();
                a.acceptedBy = query.value(3).toString();
                a.acceptedOn = query.value(4).toString();
                a.expiresOn = query.value(5).toString();
                a.justification = query.value(6).toString();
                a.likelihood = query.value(7).toInt();
                a.impact = query.value(8).toInt();
                a.score = query.value(9).toInt();
                a.level = query.value(10).toString();
                a.treatment = query.value(11).toString();
            }
        }
    }
    return rows;
}

std::vector<RiskRow> RiskStore::rowsAfter(qint64 afterId, int limit) const
{
    return loadRows(QStringLiteral("WHERE id > ? ORDER BY id LIMIT %1").arg(limit), {afterId});
}

RiskRow RiskStore::row(qint64 id) const
{
    std::vector<RiskRow> rows = loadRows(QStringLiteral("WHERE id = ?"), {id});
    return rows.empty() ? RiskRow() : rows.front();
}

std::vector<qint64> RiskStore::idsWithLongText(const QString &text) const
{
    return RiskTextIndex(m_db).idsMatching(text);
}

bool RiskStore::textIndexPending() const
{
    return RiskTextIndex(m_db).isPending();
}

bool RiskStore::buildTextIndex(QString *error)
{
    return RiskTextIndex(m_db).build(error);
}

std::vector<RiskStore::CellCount> RiskStore::cellCounts(bool residual) const
{
    std::vector<CellCount> cells;
    const QString l = residual ? QStringLiteral("residual_likelihood") : QStringLiteral("inherent_likelihood");
    const QString i = residual ? QStringLiteral("residual_impact") : QStringLiteral("inherent_impact");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT %1, %2, COUNT(*) FROM risk WHERE %1 IS NOT NULL AND %2 IS NOT NULL"
                                  " GROUP BY %1, %2")
                       .arg(l, i),
                   {}, nullptr))
        return cells;
    while (query.next())
        cells.push_back({query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()});
    return cells;
}

std::vector<int> RiskStore::countsPerLevel(const RiskMethod &method) const
{
    std::vector<int> counts(method.levels.size(), 0);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT inherent_likelihood, inherent_impact, residual_likelihood, residual_impact,"
                                  " COUNT(*) FROM risk GROUP BY inherent_likelihood, inherent_impact,"
                                  " residual_likelihood, residual_impact"),
                   {}, nullptr))
        return counts;
    while (query.next()) {
        const RiskRating rating = currentRating(method, query.value(0).toInt(), query.value(1).toInt(),
                                                query.value(2).toInt(), query.value(3).toInt());
        if (rating.isRated())
            counts[size_t(rating.level)] += query.value(4).toInt();
    }
    return counts;
}

QString RiskStore::nextReference() const
{
    int highest = 0;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT reference FROM risk WHERE reference LIKE 'R-%'"), {}, nullptr)) {
        while (query.next()) {
            const QString reference = query.value(0).toString();
            bool ok = false;
            const int n = QStringView(reference).mid(2).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return QStringLiteral("R-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

qint64 RiskStore::idOfReference(const QString &reference) const
{
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT id FROM risk WHERE reference = ?"), {reference.trimmed()}, nullptr)
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QStringList RiskStore::owners() const
{
    QStringList owners;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT DISTINCT owner FROM risk WHERE owner <> '' ORDER BY owner"), {}, nullptr)) {
        while (query.next())
            owners << query.value(0).toString();
    }
    return owners;
}

bool RiskStore::remapRatings(const RiskMethod &from, const RiskMethod &to, std::vector<RatingChange> *changes,
                             QString *error)
{
    const int fromL = from.likelihoodCount(), toL = to.likelihoodCount();
    const int fromI = from.impactCount(), toI = to.impactCount();
    if (fromL == toL && fromI == toI)
        return true;
    std::vector<RatingChange> moved;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, inherent_likelihood, inherent_impact, residual_likelihood,"
                                  " residual_impact FROM risk"),
                   {}, error))
        return false;
    const int fields[4] = {Risk::InherentLikelihood, Risk::InherentImpact, Risk::ResidualLikelihood,
                           Risk::ResidualImpact};
    while (query.next()) {
        for (int k = 0; k < 4; ++k) {
            const int value = query.value(k + 1).toInt();
            if (value <= 0)
                continue;
            const bool likelihood = isLikelihood(fields[k]);
            const int remapped = RiskMethod::remap(value, likelihood ? fromL : fromI, likelihood ? toL : toI);
            if (remapped != value)
                moved.push_back({Entity::Risk, query.value(0).toLongLong(), fields[k], value, remapped});
        }
    }
    query.finish();
    // Assets carry C, I and A on the impact scale.
    if (fromI != toI) {
        if (!sql::exec(query, QStringLiteral("SELECT id, confidentiality, integrity, availability FROM asset"), {},
                       error))
            return false;
        const int assetFields[3] = {Asset::Confidentiality, Asset::Integrity, Asset::Availability};
        while (query.next()) {
            for (int k = 0; k < 3; ++k) {
                const int value = query.value(k + 1).toInt();
                const int remapped = RiskMethod::remap(value, fromI, toI);
                if (value > 0 && remapped != value)
                    moved.push_back({Entity::Asset, query.value(0).toLongLong(), assetFields[k], value, remapped});
            }
        }
        query.finish();
    }
    if (!applyRatingChanges(moved, false, error))
        return false;
    if (changes)
        *changes = std::move(moved);
    return true;
}

bool RiskStore::applyRatingChanges(const std::vector<RatingChange> &changes, bool reverse, QString *error)
{
    // One prepared statement per column, reused for every row.
    QHash<QString, QSqlQuery *> statements;
    std::vector<std::unique_ptr<QSqlQuery>> owned;
    for (const RatingChange &c : changes) {
        const QString table = c.entity == Entity::Asset ? QStringLiteral("asset") : QStringLiteral("risk");
        const QString column = c.entity == Entity::Asset ? m_assets.fieldKey(c.field) : fieldKey(c.field);
        const QString key = table + QLatin1Char('.') + column;
        QSqlQuery *q = statements.value(key);
        if (!q) {
            owned.push_back(std::make_unique<QSqlQuery>(m_db.connection()));
            q = owned.back().get();
            if (!q->prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column)))
                return fail(error, q->lastError().text());
            statements.insert(key, q);
        }
        q->addBindValue(reverse ? c.oldValue : c.newValue);
        q->addBindValue(c.id);
        if (!q->exec())
            return fail(error, q->lastError().text());
    }
    return true;
}

namespace {

// R-9 before R-10, as the register sorts them.
void sortByReference(std::vector<LinkedRisk> *risks)
{
    std::stable_sort(risks->begin(), risks->end(), [](const LinkedRisk &a, const LinkedRisk &b) {
        return ValueRules::naturalCompare(a.reference, b.reference) < 0;
    });
}

} // namespace

LinkedRisk RiskStore::linkedRiskOf(const QSqlQuery &query, int column) const
{
    // id, reference, title, residual likelihood, residual impact from column on.
    LinkedRisk risk;
    risk.id = query.value(column).toLongLong();
    risk.reference = query.value(column + 1).toString();
    risk.title = query.value(column + 2).toString();
    const RiskMethod &method = m_method.method();
    const int likelihood = query.value(column + 3).toInt();
    const int impact = query.value(column + 4).toInt();
    if (method.isValidValue(RiskMethod::Axis::Likelihood, likelihood)
        && method.isValidValue(RiskMethod::Axis::Impact, impact))
        risk.residualLevel = method.levelName(method.levelAt(likelihood, impact));
    return risk;
}

std::vector<LinkedRisk> RiskStore::risksPlanning(const QString &joinAndWhere, const QVariant &value) const
{
    std::vector<LinkedRisk> out;
    QSqlQuery query(m_db.connection());
    // In natural order of their references (R-2 before R-10), which SQL cannot sort.
    if (!sql::exec(query,
                   QStringLiteral("SELECT r.id, r.reference, r.title, r.residual_likelihood, r.residual_impact"
                                  " FROM risk_control rc JOIN risk r ON r.id = rc.risk_id %1")
                       .arg(joinAndWhere),
                   {value}, nullptr))
        return out;
    while (query.next())
        out.push_back(linkedRiskOf(query, 0));
    sortByReference(&out);
    return out;
}

std::vector<LinkedRisk> RiskStore::risksPlanningControl(const QString &controlCode) const
{
    return risksPlanning(QStringLiteral("JOIN catalog_control c ON c.id = rc.control_id WHERE c.code = ?"), controlCode);
}

std::vector<LinkedRisk> RiskStore::risksPlanningOwnControl(qint64 ownControlId) const
{
    return risksPlanning(QStringLiteral("WHERE rc.own_control_id = ?"), ownControlId);
}

std::vector<PlannedControlLink> RiskStore::plannedControlLinks(qint64 riskId) const
{
    std::vector<PlannedControlLink> out;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT c.code, rc.own_control_id, r.id, r.reference, r.title, r.residual_likelihood,"
                       " r.residual_impact FROM risk_control rc LEFT JOIN catalog_control c ON c.id = rc.control_id"
                       " JOIN risk r ON r.id = rc.risk_id %1 ORDER BY r.reference, rc.id")
            .arg(riskId > 0 ? QStringLiteral("WHERE rc.risk_id = ?") : QString());
    const bool ok = riskId > 0 ? sql::exec(query, statement, {riskId}, nullptr) : sql::exec(query, statement, {}, nullptr);
    if (!ok)
        return out;
    while (query.next()) {
        PlannedControlLink link;
        link.controlCode = query.value(0).toString();
        link.ownControlId = query.value(1).toLongLong();
        link.risk = linkedRiskOf(query, 2);
        out.push_back(std::move(link));
    }
    return out;
}

QHash<qint64, QStringList> RiskStore::risksRelyingOnExcludedControls() const
{
    QHash<qint64, QStringList> out;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT s.id, r.reference FROM soa_entry s"
                                  " JOIN risk_control rc ON rc.control_id = s.control_id"
                                  " JOIN risk r ON r.id = rc.risk_id WHERE s.applicability = 'not_applicable'"
                                  " UNION ALL"
                                  " SELECT s.id, r.reference FROM soa_entry s"
                                  " JOIN risk_control rc ON rc.own_control_id = s.own_control_id"
                                  " JOIN risk r ON r.id = rc.risk_id WHERE s.applicability = 'not_applicable'"
                                  " ORDER BY 1, 2"),
                   {}, nullptr))
        return out;
    while (query.next())
        out[query.value(0).toLongLong()] << query.value(1).toString();
    for (QStringList &references : out)
        std::stable_sort(references.begin(), references.end(),
                         [](const QString &a, const QString &b) { return ValueRules::naturalCompare(a, b) < 0; });
    return out;
}

std::vector<RowDependent> RiskStore::dependents(Entity target, qint64 id) const
{
    std::vector<RowDependent> out;
    if (target != Entity::OwnControl)
        return out;
    QString reference;
    QSqlQuery query(m_db.connection());
    if (sql::exec(query, QStringLiteral("SELECT reference FROM own_control WHERE id = ?"), {id}, nullptr)
        && query.next())
        reference = query.value(0).toString();
    for (const LinkedRisk &risk : risksPlanningOwnControl(id)) {
        QStringList controls = linkedControls(risk.id);
        controls.removeAll(reference);
        out.push_back({Entity::Risk, risk.id, Risk::PlannedControls, ValueRules::joinList(controls)});
    }
    return out;
}

} // namespace rampart
