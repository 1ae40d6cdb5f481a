#include "document.h"

#include "commands/importcommand.h"
#include "commands/riskmethodcommand.h"
#include "commands/rowcommands.h"
#include "commands/setvaluecommand.h"
#include "domain/fields.h"
#include "stores/assetstore.h"
#include "stores/catalogstore.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskmethodstore.h"
#include "stores/riskstore.h"

#include <QHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace rampart {

namespace {

// Values compare equal when they would be stored alike (a null and an empty text are
// the same to a text column).
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}

// What the change log shows for an added or deleted row: its first text field, or
// the next one when the first is the row's reference or a parent id.
QString summaryOf(const QVariantList &snapshot, const QString &reference)
{
    const QVariant first = snapshot.value(0);
    const bool useNext = (!reference.isEmpty() && first.toString() == reference)
        || first.typeId() == QMetaType::LongLong || first.typeId() == QMetaType::Int;
    return snapshot.value(useNext ? 1 : 0).toString().left(200);
}

} // namespace

Document::Document(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_meta(std::make_unique<MetaStore>(*m_db))
    , m_changeLog(std::make_unique<ChangeLogStore>(*m_db))
    , m_organisation(std::make_unique<OrganisationStore>(*m_db))
    , m_scopeExclusions(std::make_unique<ScopeExclusionStore>(*m_db))
    , m_riskMethod(std::make_unique<RiskMethodStore>(*m_db))
    , m_assets(std::make_unique<AssetStore>(*m_db, *m_riskMethod))
    , m_risks(std::make_unique<RiskStore>(*m_db, *m_riskMethod, *m_assets))
    , m_riskActions(std::make_unique<RiskActionStore>(*m_db))
    , m_riskAcceptances(std::make_unique<RiskAcceptanceStore>(*m_db, *m_riskMethod, *m_risks))
{
    qRegisterMetaType<rampart::Change>();
    m_risks->setChildStores(m_riskActions.get(), m_riskAcceptances.get());
}

Document::~Document()
{
    // Commands refer to the document: drop them before the stores go.
    m_undoStack->clear();
}

std::unique_ptr<Document> Document::open(const QString &path, Database::Access access, QString *error)
{
    auto db = Database::open(path, access, error);
    if (!db)
        return nullptr;
    std::unique_ptr<Document> doc(new Document(std::move(db)));
    if (!doc->loadCatalog(error))
        return nullptr;
    return doc;
}

std::unique_ptr<Document> Document::create(const QString &path, const QString &organisationName, QString *error)
{
    const Catalog *catalog = Catalog::builtIn(error);
    if (!catalog)
        return nullptr;
    auto db = Database::create(path, error);
    if (!db)
        return nullptr;
    std::unique_ptr<Document> doc(new Document(std::move(db)));
    bool ok = false;
    {
        Transaction t(doc->database());
        ok = t.isActive() && CatalogStore(doc->database()).install(*catalog, error)
            && doc->meta().setValue(MetaStore::catalogStandardKey(), catalog->standard, error)
            && doc->meta().setValue(MetaStore::catalogRevisionKey(), QString::number(catalog->revision), error)
            && doc->meta().setValue(MetaStore::createdAtKey(),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate), error)
            && doc->meta().setValue(MetaStore::createdByKey(), ChangeLogStore::currentUser(), error)
            && doc->meta().setValue(MetaStore::createdWithKey(),
                                    QStringLiteral("Rampart %1").arg(QStringLiteral(RAMPART_VERSION)), error)
            && doc->organisation().setValue(Organisation::RowId, Organisation::Name, organisationName, error)
            // The schema writes the default method in English; a new file gets it in
            // the user's language.
            && (doc->riskMethod() == RiskMethod::standard()
                || doc->riskMethodStore().write(RiskMethod::standard(), error))
            && doc->changeLog().record(Entity::Document, 0, {}, QStringLiteral("created"), {},
                                       QFileInfo(path).fileName(), error);
        if (ok)
            ok = t.commit();
        if (!ok && error && error->isEmpty())
            *error = t.error();
    }
    doc->riskMethodStore().reload();
    if (!ok || !doc->loadCatalog(error)) {
        doc.reset();
        QFile::remove(path);
        return nullptr;
    }
    return doc;
}

bool Document::loadCatalog(QString *error)
{
    return CatalogStore(*m_db).load(&m_catalog, error);
}

RecordStore *Document::store(Entity entity) const
{
    switch (entity) {
    case Entity::Organisation:
        return m_organisation.get();
    case Entity::ScopeExclusion:
        return m_scopeExclusions.get();
    case Entity::Asset:
        return m_assets.get();
    case Entity::Risk:
        return m_risks.get();
    case Entity::RiskAction:
        return m_riskActions.get();
    case Entity::RiskAcceptance:
        return m_riskAcceptances.get();
    case Entity::RiskMethod:
    case Entity::Document:
        break;
    }
    return nullptr;
}

bool Document::setValue(Entity entity, qint64 id, int field, const QVariant &value)
{
    RecordStore *s = store(entity);
    if (!s || isReadOnly() || !s->contains(id))
        return false;
    const QVariant old = s->value(id, field);
    const QVariant wanted = s->normalised(field, value);
    if (sameValue(old, wanted))
        return false;
    m_undoStack->push(new SetValueCommand(this, entity, id, field, old, wanted));
    return true;
}

qint64 Document::addRow(Entity entity, const QVariantList &snapshot, const QString &commandText)
{
    RecordStore *s = store(entity);
    if (!s || !s->hasRows() || isReadOnly())
        return 0;
    auto *command = new AddRowCommand(this, entity, snapshot, commandText);
    m_undoStack->push(command);
    // push() deletes a command that went obsolete in its first redo.
    return m_undoStack->count() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command
        ? command->rowId()
        : 0;
}

bool Document::removeRow(Entity entity, qint64 id, const QString &commandText)
{
    RecordStore *s = store(entity);
    if (!s || !s->hasRows() || isReadOnly())
        return false;
    const QVariantList snapshot = s->rowSnapshot(id);
    if (snapshot.isEmpty())
        return false;
    m_undoStack->push(new RemoveRowCommand(this, entity, id, snapshot, commandText));
    return true;
}

const RiskMethod &Document::riskMethod() const
{
    return m_riskMethod->method();
}

bool Document::setRiskMethod(const RiskMethod &method, const QString &commandText)
{
    if (isReadOnly() || method == riskMethod())
        return false;
    // Say why, as a failed write does: the person editing the method needs the reason.
    const QString problem = method.problem();
    if (!problem.isEmpty()) {
        reportWriteFailure(problem);
        return false;
    }
    m_undoStack->push(new SetRiskMethodCommand(this, riskMethod(), method, commandText));
    return true;
}

qint64 Document::duplicateRisk(qint64 id)
{
    QVariantList snapshot = m_risks->rowSnapshot(id);
    if (snapshot.isEmpty())
        return 0;
    // Fields only: a copy is a new risk with its own uid, and its own actions and
    // acceptances to come.
    snapshot = snapshot.mid(0, Risk::FieldCount);
    snapshot[Risk::Reference] = m_risks->nextReference();
    snapshot[Risk::Title] = tr("%1 (copy)").arg(snapshot.value(Risk::Title).toString());
    return addRow(Entity::Risk, snapshot, tr("Duplicate risk"));
}

bool Document::importRegister(const RiskRegisterBatch &batch, const QString &commandText)
{
    if (isReadOnly() || batch.isEmpty())
        return false;
    auto *command = new ImportRegisterCommand(this, batch, commandText);
    m_undoStack->push(command);
    return m_undoStack->count() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
}

bool Document::applyRiskMethod(const RiskMethod &method, const std::vector<RatingChange> *undoMoves,
                               std::vector<RatingChange> *moves, QString *error)
{
    const RiskMethod old = riskMethod();
    std::vector<RatingChange> moved;
    bool ok = false;
    {
        Transaction t(*m_db);
        ok = t.isActive() && m_riskMethod->write(method, error);
        if (ok)
            ok = undoMoves ? m_risks->applyRatingChanges(*undoMoves, true, error)
                           : m_risks->remapRatings(old, method, &moved, error);
        if (ok) {
            // The trail: the method as a whole, then every stored value that moved.
            ChangeLogBatch log(*m_db);
            ok = log.add(Entity::RiskMethod, 1, {}, QStringLiteral("method"), old.summary(), method.summary(), error);
            const std::vector<RatingChange> &changes = undoMoves ? *undoMoves : moved;
            for (size_t i = 0; ok && i < changes.size(); ++i) {
                const RatingChange &c = changes[i];
                const RecordStore *s = store(c.entity);
                ok = log.add(c.entity, c.id, s->rowReference(c.id), s->fieldKey(c.field),
                             undoMoves ? c.newValue : c.oldValue, undoMoves ? c.oldValue : c.newValue, error);
            }
        }
        if (ok)
            ok = t.commit();
        if (!ok && error && error->isEmpty())
            *error = t.error();
    }
    if (!ok) {
        m_pending.clear();
        m_riskMethod->reload();
        return false;
    }
    if (moves && !undoMoves)
        *moves = std::move(moved);
    announce({Change::Kind::Updated, Entity::RiskMethod, 1, -1});
    return true;
}

bool Document::insertBatch(RiskRegisterBatch &batch, bool keepIds, bool logRows, QString *error)
{
    // Risks' ids are batch keys until written: remember them to point actions and
    // acceptances at the written rows.
    std::vector<qint64> keys;
    keys.reserve(batch.risks.size());
    for (const Risk &r : batch.risks)
        keys.push_back(r.id);
    if (!m_assets->insertMany(batch.assets, keepIds, error) || !m_risks->insertMany(batch.risks, keepIds, error))
        return false;
    if (!keepIds) {
        QHash<qint64, qint64> written;
        for (size_t i = 0; i < keys.size(); ++i)
            written.insert(keys[i], batch.risks[i].id);
        for (RiskAction &a : batch.actions)
            a.riskId = written.value(a.riskId, 0);
        for (RiskAcceptance &a : batch.acceptances)
            a.riskId = written.value(a.riskId, 0);
    }
    if (!m_riskActions->insertMany(batch.actions, keepIds, error)
        || !m_riskAcceptances->insertMany(batch.acceptances, keepIds, error))
        return false;
    if (!logRows)
        return true;
    ChangeLogBatch log(*m_db);
    for (const Asset &a : batch.assets) {
        if (!log.add(Entity::Asset, a.id, a.reference, {}, {}, a.name.left(200), error))
            return false;
    }
    for (const Risk &r : batch.risks) {
        if (!log.add(Entity::Risk, r.id, r.reference, {}, {}, r.title.left(200), error))
            return false;
    }
    for (const RiskAction &a : batch.actions) {
        if (!log.add(Entity::RiskAction, a.id, {}, {}, {}, a.title.left(200), error))
            return false;
    }
    for (const RiskAcceptance &a : batch.acceptances) {
        if (!log.add(Entity::RiskAcceptance, a.id, {}, {}, {}, a.acceptedBy.left(200), error))
            return false;
    }
    return true;
}

bool Document::applyBatchInsert(RiskRegisterBatch &batch, bool keepIds, QString *error)
{
    {
        Transaction t(*m_db);
        if (!t.isActive() || !insertBatch(batch, keepIds, true, error) || !t.commit()) {
            if (error && error->isEmpty())
                *error = t.error();
            return false;
        }
    }
    announce({Change::Kind::Reset, Entity::Asset, 0, -1});
    announce({Change::Kind::Reset, Entity::Risk, 0, -1});
    return true;
}

bool Document::applyBatchRemove(const RiskRegisterBatch &batch, QString *error)
{
    {
        Transaction t(*m_db);
        if (!t.isActive()) {
            if (error)
                *error = t.error();
            return false;
        }
        std::vector<qint64> riskIds, assetIds;
        ChangeLogBatch log(*m_db);
        // Risks first: their actions, acceptances and asset links go with them.
        for (const Risk &r : batch.risks) {
            riskIds.push_back(r.id);
            if (!log.add(Entity::Risk, r.id, r.reference, {}, r.title.left(200), {}, error))
                return false;
        }
        for (const Asset &a : batch.assets) {
            assetIds.push_back(a.id);
            if (!log.add(Entity::Asset, a.id, a.reference, {}, a.name.left(200), {}, error))
                return false;
        }
        if (!m_risks->removeMany(riskIds, error) || !m_assets->removeMany(assetIds, error) || !t.commit()) {
            if (error && error->isEmpty())
                *error = t.error();
            return false;
        }
    }
    announce({Change::Kind::Reset, Entity::Asset, 0, -1});
    announce({Change::Kind::Reset, Entity::Risk, 0, -1});
    return true;
}

bool Document::writeGenerated(RiskRegisterBatch &batch, QString *error)
{
    {
        Transaction t(*m_db);
        if (!t.isActive() || !insertBatch(batch, false, false, error)
            || !m_changeLog->record(Entity::Risk, 0, {}, QStringLiteral("generated"), {},
                                    tr("%1 risks and %2 assets generated").arg(batch.risks.size()).arg(batch.assets.size()),
                                    error)
            || !t.commit()) {
            if (error && error->isEmpty())
                *error = t.error();
            return false;
        }
    }
    announce({Change::Kind::Reset, Entity::Document, 0, -1});
    return true;
}

bool Document::removeRows(Entity entity, const QList<qint64> &ids, const QString &commandText)
{
    RecordStore *s = store(entity);
    if (!s || !s->hasRows() || isReadOnly() || ids.isEmpty())
        return false;
    if (ids.size() == 1)
        return removeRow(entity, ids.first(), commandText);
    m_undoStack->beginMacro(commandText);
    bool any = false;
    for (qint64 id : ids)
        any = removeRow(entity, id, commandText) || any;
    m_undoStack->endMacro();
    return any;
}

bool Document::applyValue(Entity entity, qint64 id, int field, const QVariant &value, QString *error)
{
    RecordStore *s = store(entity);
    if (!s)
        return false;
    Transaction t(*m_db);
    if (!t.isActive()) {
        if (error)
            *error = t.error();
        return false;
    }
    const QVariant old = s->value(id, field);
    if (!s->setValue(id, field, value, error))
        return false;
    if (!m_changeLog->record(entity, id, s->rowReference(id), s->fieldKey(field), old, s->value(id, field), error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    announce({Change::Kind::Updated, entity, id, field, s->parentId(id)});
    return true;
}

qint64 Document::applyInsert(Entity entity, qint64 id, const QVariantList &snapshot, QString *error)
{
    RecordStore *s = store(entity);
    if (!s)
        return 0;
    Transaction t(*m_db);
    if (!t.isActive()) {
        if (error)
            *error = t.error();
        return 0;
    }
    const qint64 newId = s->insertRow(id, snapshot, error);
    if (newId == 0)
        return 0;
    if (!m_changeLog->record(entity, newId, s->rowReference(newId), {}, {}, summaryOf(s->rowSnapshot(newId), s->rowReference(newId)), error))
        return 0;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return 0;
    }
    announce({Change::Kind::Inserted, entity, newId, -1, s->parentId(newId)});
    return newId;
}

bool Document::applyRemove(Entity entity, qint64 id, QString *error)
{
    RecordStore *s = store(entity);
    if (!s)
        return false;
    Transaction t(*m_db);
    if (!t.isActive()) {
        if (error)
            *error = t.error();
        return false;
    }
    const QString reference = s->rowReference(id);
    const QString summary = summaryOf(s->rowSnapshot(id), reference);
    const qint64 parent = s->parentId(id);
    if (!s->removeRow(id, error))
        return false;
    if (!m_changeLog->record(entity, id, reference, {}, summary, {}, error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    announce({Change::Kind::Removed, entity, id, -1, parent});
    return true;
}

void Document::announce(const Change &change)
{
    m_pending.push_back(change);
    if (m_db->transactionDepth() == 0)
        flushPending();
}

void Document::flushPending()
{
    const std::vector<Change> changes = std::move(m_pending);
    m_pending.clear();
    for (const Change &change : changes)
        Q_EMIT changed(change);
}

DocumentContent Document::content() const
{
    DocumentContent c;
    c.organisation = m_organisation->read();
    c.scopeExclusions = m_scopeExclusions->all();
    c.riskMethod = riskMethod();
    c.riskRegister.assets = m_assets->all();
    c.riskRegister.risks = m_risks->all();
    c.riskRegister.actions = m_riskActions->all();
    c.riskRegister.acceptances = m_riskAcceptances->all();
    return c;
}

bool Document::replaceContent(const DocumentContent &content, QString *error)
{
    {
        Transaction t(*m_db);
        if (!t.isActive()) {
            if (error)
                *error = t.error();
            return false;
        }
        for (int field = 0; field < Organisation::FieldCount; ++field) {
            const QVariant value = OrganisationStore::fieldValue(content.organisation, field);
            if (!sameValue(m_organisation->value(Organisation::RowId, field), value)
                && !applyValue(Entity::Organisation, Organisation::RowId, field, value, error)) {
                m_pending.clear();
                return false;
            }
        }
        for (const ScopeExclusion &old : m_scopeExclusions->all()) {
            if (!applyRemove(Entity::ScopeExclusion, old.id, error)) {
                m_pending.clear();
                return false;
            }
        }
        for (const ScopeExclusion &exclusion : content.scopeExclusions) {
            if (applyInsert(Entity::ScopeExclusion, 0, ScopeExclusionStore::snapshotOf(exclusion), error) == 0) {
                m_pending.clear();
                return false;
            }
        }
        // The risk register: cleared, the method written, then the rows in bulk. Risks
        // go first (their actions, acceptances and links go with them).
        RiskRegisterBatch batch = content.riskRegister;
        const RiskMethod method = content.riskMethod.levels.empty() ? RiskMethod::standard() : content.riskMethod;
        if (!m_risks->removeAll(error) || !m_assets->removeAll(error) || !m_riskMethod->write(method, error)
            || !insertBatch(batch, false, false, error)
            || !m_changeLog->record(Entity::Risk, 0, {}, QStringLiteral("import"), {},
                                    tr("%1 risks, %2 assets, %3 treatment actions, %4 acceptances")
                                        .arg(batch.risks.size())
                                        .arg(batch.assets.size())
                                        .arg(batch.actions.size())
                                        .arg(batch.acceptances.size()),
                                    error)) {
            m_pending.clear();
            m_riskMethod->reload();
            return false;
        }
        // The organisation's uid belongs to the content too.
        if ((!content.organisation.uid.isEmpty() && !m_organisation->setUid(content.organisation.uid, error))
            || !m_changeLog->record(Entity::Document, 0, {}, QStringLiteral("import"), {},
                                    tr("Content replaced from an import"), error)
            || !t.commit()) {
            m_pending.clear();
            m_riskMethod->reload();
            if (error && error->isEmpty())
                *error = t.error();
            return false;
        }
    }
    m_pending.clear();
    m_undoStack->clear();
    Q_EMIT changed({Change::Kind::Reset, Entity::Document, 0, -1});
    return true;
}

bool Document::saveCopy(const QString &target, QString *error)
{
    return m_db->copyTo(target, error);
}

void Document::reportWriteFailure(const QString &message)
{
    Q_EMIT writeFailed(message);
}

} // namespace rampart
