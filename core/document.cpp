#include "document.h"

#include "commands/batchcommand.h"
#include "commands/importcommand.h"
#include "commands/riskmethodcommand.h"
#include "commands/rowcommands.h"
#include "commands/setvaluecommand.h"
#include "commands/setvaluescommand.h"
#include "domain/fields.h"
#include "soa.h"
#include "domain/registerspec.h"
#include "domain/audit.h"
#include "domain/fields.h"
#include "stores/auditstore.h"
#include "stores/assetstore.h"
#include "stores/catalogstore.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/nonconformitystore.h"
#include "stores/organisationstore.h"
#include "stores/soastore.h"
#include "stores/registerstore.h"

#include <map>
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskmethodstore.h"
#include "stores/riskstore.h"

#include <QHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace rampart {

namespace {

// Values compare equal when they would be stored alike (a null and an empty text are
// the same to a text column).
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QStringList || b.typeId() == QMetaType::QStringList)
        return a.toStringList() == b.toStringList();
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}


// Whether the rows' ids run without a gap from the first to the last, so that a range of
// ids names exactly these rows (a batch written at once gets such ids).
template<typename Row>
bool contiguousIds(const std::vector<Row> &rows)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].id != rows.front().id + qint64(i))
            return false;
    }
    return !rows.empty();
}

// The change log's rows for risks written or removed in bulk: one statement for a range
// of ids, else a row each (the title is the new value of an addition, the old of a
// removal).
bool logRisks(ChangeLogBatch &log, ChangeLogBatch::Kind kind, const std::vector<Risk> &risks, QString *error)
{
    if (contiguousIds(risks))
        return log.addRange(kind, Entity::Risk, QStringLiteral("risk"), QStringLiteral("title"), risks.front().id,
                            risks.back().id, error);
    const bool added = kind == ChangeLogBatch::Kind::Added;
    for (const Risk &r : risks) {
        const QVariant title = r.title.left(200);
        if (!log.add(Entity::Risk, r.id, r.reference, {}, added ? QVariant() : title, added ? title : QVariant(), error))
            return false;
    }
    return true;
}

} // namespace

Document::Document(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_meta(std::make_unique<MetaStore>(*m_db))
    , m_changeLog(std::make_unique<ChangeLogStore>(*m_db))
    , m_organisation(std::make_unique<OrganisationStore>(*m_db))
    , m_scopeExclusions(std::make_unique<ScopeExclusionStore>(*m_db))
    , m_soaEntries(std::make_unique<SoaStore>(*m_db))
    , m_ownControls(std::make_unique<OwnControlStore>(*m_db))
    , m_soaVersions(std::make_unique<SoaVersionStore>(*m_db))
    , m_soa(std::make_unique<Soa>(*this))
    , m_auditProgrammes(std::make_unique<AuditProgrammeStore>(*m_db))
    , m_audits(std::make_unique<AuditStore>(*m_db, m_catalog))
    , m_auditAreas(std::make_unique<AuditAreaStore>(*m_db))
    , m_auditSessions(std::make_unique<AuditSessionStore>(*m_db))
    , m_checklistItems(std::make_unique<ChecklistItemStore>(*m_db, m_catalog))
    , m_nonconformities(std::make_unique<NonconformityStore>(*m_db))
    , m_correctiveActions(std::make_unique<CorrectiveActionStore>(*m_db))
    , m_riskMethod(std::make_unique<RiskMethodStore>(*m_db))
    , m_assets(std::make_unique<AssetStore>(*m_db, *m_riskMethod))
    , m_risks(std::make_unique<RiskStore>(*m_db, *m_riskMethod, *m_assets))
    , m_riskActions(std::make_unique<RiskActionStore>(*m_db))
    , m_riskAcceptances(std::make_unique<RiskAcceptanceStore>(*m_db, *m_riskMethod, *m_risks))
{
    for (const RegisterSpec *spec : registerSpecs())
        m_registers.push_back(std::make_unique<RegisterStore>(*m_db, *spec));
    qRegisterMetaType<rampart::Change>();
    // Changes written inside an outer transaction are announced when it commits, and
    // forgotten when it rolls back (they never happened).
    m_db->setTransactionEndedHandler([this](bool committed) {
        if (committed)
            flushPending();
        else
            m_pending.clear();
    });
    m_risks->setChildStores(m_riskActions.get(), m_riskAcceptances.get());
}

Document::~Document()
{
    // Commands refer to the document: drop them before the stores go.
    m_undoStack->clear();
    m_db->setTransactionEndedHandler({});
}

std::unique_ptr<Document> Document::open(const QString &path, Database::Access access, QString *error,
                                         Database::Check check)
{
    auto db = Database::open(path, access, error, check);
    if (!db)
        return nullptr;
    std::unique_ptr<Document> doc(new Document(std::move(db)));
    if (!doc->loadCatalog(error)) {
        // Unreadable while the check runs: the check's sentence says it better than SQLite.
        const QString problem = doc->m_db->waitForCheck();
        if (!problem.isEmpty() && error)
            *error = problem;
        return nullptr;
    }
    if (doc->m_db->isCheckPending()) {
        // Look in on the check from the event loop; a write would wait for it anyway.
        auto *poll = new QTimer(doc.get());
        poll->setInterval(20);
        Document *document = doc.get();
        QObject::connect(poll, &QTimer::timeout, document, [document, poll] {
            QString problem;
            if (!document->m_db->checkFinished(&problem))
                return;
            poll->stop();
            poll->deleteLater();
            if (!problem.isEmpty())
                Q_EMIT document->damaged(problem);
        });
        poll->start();
    }
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
            && doc->soaEntries().createMissingEntries(error)
            && doc->meta().setValue(MetaStore::catalogStandardKey(), catalog->standard, error)
            && doc->meta().setValue(MetaStore::catalogRevisionKey(), QString::number(catalog->revision), error)
            && doc->meta().setValue(MetaStore::createdAtKey(),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate), error)
            && doc->meta().setValue(MetaStore::createdByKey(), ChangeLogStore::currentUser(), error)
            && doc->meta().setValue(MetaStore::createdWithKey(),
                                    QStringLiteral("Rampart %1").arg(QStringLiteral(RAMPART_VERSION)), error)
            && doc->organisation().setValue(Organisation::RowId, Organisation::Name, organisationName, error)
            && doc->registerStore(Entity::Requirement)->ensureFixedRows(error)
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
    m_catalogDetails = false;
    return CatalogStore(*m_db).loadOutline(&m_catalog, error);
}

const Catalog &Document::catalog() const
{
    if (!m_catalogDetails) {
        m_catalogDetails = true;
        QString error;
        // The file opened and read its outline: this read fails only if the file went
        // bad since, and then the texts stay empty rather than the program stopping.
        if (!CatalogStore(*m_db).loadDetails(&m_catalog, &error))
            qWarning("Cannot read the catalog's texts from %s: %s", qPrintable(path()), qPrintable(error));
    }
    return m_catalog;
}

RecordStore *Document::store(Entity entity) const
{
    switch (entity) {
    case Entity::Organisation:
        return m_organisation.get();
    case Entity::ScopeExclusion:
        return m_scopeExclusions.get();
    case Entity::SoaEntry:
        return m_soaEntries.get();
    case Entity::OwnControl:
        return m_ownControls.get();
    case Entity::SoaVersion:
        return m_soaVersions.get();
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
        return nullptr;
    default:
        if (RegisterStore *records = registerStore(entity))
            return records;
        return table(entity);
    }
}

TableStore *Document::table(Entity entity) const
{
    switch (entity) {
    case Entity::AuditProgramme:
        return m_auditProgrammes.get();
    case Entity::Audit:
        return m_audits.get();
    case Entity::AuditArea:
        return m_auditAreas.get();
    case Entity::AuditSession:
        return m_auditSessions.get();
    case Entity::ChecklistItem:
        return m_checklistItems.get();
    case Entity::Nonconformity:
        return m_nonconformities.get();
    case Entity::CorrectiveAction:
        return m_correctiveActions.get();
    case Entity::Document:
    case Entity::Organisation:
    case Entity::ScopeExclusion:
        break;
    default:
        break;
    }
    return nullptr;
}

RegisterStore *Document::registerStore(Entity entity) const
{
    for (const auto &candidate : m_registers) {
        if (candidate->entity() == entity)
            return candidate.get();
    }
    return nullptr;
}

RegisterStore *Document::childRegister(Entity parent) const
{
    for (const auto &candidate : m_registers) {
        if (candidate->spec().hasParent() && candidate->spec().parent == parent)
            return candidate.get();
    }
    return nullptr;
}

std::vector<RecordStore *> Document::allStores() const
{
    std::vector<RecordStore *> stores = {m_organisation.get(),     m_scopeExclusions.get(), m_soaEntries.get(),
                                         m_ownControls.get(),      m_soaVersions.get(),     m_auditProgrammes.get(),
                                         m_audits.get(),           m_auditAreas.get(),      m_auditSessions.get(),
                                         m_checklistItems.get(),   m_nonconformities.get(), m_correctiveActions.get()};
    for (const auto &records : m_registers)
        stores.push_back(records.get());
    // Risks plan own controls: a deleted own control leaves their treatment first.
    stores.push_back(m_risks.get());
    return stores;
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
    m_writeFailed = false;
    m_undoStack->push(new SetValueCommand(this, entity, id, field, old, wanted));
    return !m_writeFailed;
}

qint64 Document::addRow(Entity entity, const QVariantList &snapshot, const QString &commandText)
{
    RecordStore *s = store(entity);
    if (!s || !s->canAddRows() || isReadOnly())
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
    if (!s || !s->canAddRows() || isReadOnly())
        return false;
    m_writeFailed = false;
    if (table(entity)) {
        // An audit register knows what belongs to its rows (checklist, agenda, actions)
        // and what merely points at them.
        std::vector<Edit> edits = removalEdits(entity, id);
        if (edits.empty())
            return false;
        m_undoStack->push(new BatchCommand(this, commandText, std::move(edits)));
        return !m_writeFailed;
    }
    std::vector<RemovalStep> steps;
    if (!planRemoval(entity, id, &steps))
        return false;
    m_undoStack->push(new RemoveRowCommand(this, std::move(steps), commandText));
    return !m_writeFailed;
}

bool Document::setValues(const std::vector<FieldWrite> &writes, const QString &commandText)
{
    if (isReadOnly())
        return false;
    std::vector<FieldWrite> before, after;
    for (const FieldWrite &write : writes) {
        RecordStore *s = store(write.entity);
        if (!s)
            return false;
        const QVariant old = s->value(write.id, write.field);
        const QVariant wanted = s->normalised(write.field, write.value);
        if (sameValue(old, wanted))
            continue;
        before.push_back({write.entity, write.id, write.field, old});
        after.push_back({write.entity, write.id, write.field, wanted});
    }
    if (after.empty())
        return false;
    m_undoStack->push(new SetValuesCommand(this, std::move(before), std::move(after), commandText));
    return true;
}

bool Document::applyValues(const std::vector<FieldWrite> &writes, QString *error)
{
    {
        Transaction t(*m_db);
        if (!t.isActive()) {
            if (error)
                *error = t.error();
            return false;
        }
        for (const FieldWrite &write : writes) {
            if (!applyValue(write.entity, write.id, write.field, write.value, error)) {
                m_pending.clear();
                return false;
            }
        }
        if (!t.commit()) {
            m_pending.clear();
            if (error)
                *error = t.error();
            return false;
        }
    }
    if (m_db->transactionDepth() == 0)
        flushPending();
    return true;
}

bool Document::planRemoval(Entity entity, qint64 id, std::vector<RemovalStep> *steps) const
{
    RecordStore *s = store(entity);
    const QVariantList snapshot = s ? s->rowSnapshot(id) : QVariantList();
    if (snapshot.isEmpty())
        return false;
    for (RecordStore *other : allStores()) {
        for (const RowDependent &dependent : other->dependents(entity, id)) {
            if (dependent.field < 0) {
                if (!planRemoval(dependent.entity, dependent.id, steps))
                    return false;
            } else {
                steps->push_back({dependent.entity, dependent.id, dependent.field,
                                  other->value(dependent.id, dependent.field), dependent.newValue, {}});
            }
        }
    }
    steps->push_back({entity, id, -1, {}, {}, snapshot});
    return true;
    return true;
}

std::vector<Edit> Document::removalEdits(Entity entity, qint64 id) const
{
    std::vector<Edit> edits;
    auto unlink = [&edits](Entity e, const Record &row, int field) {
        edits.push_back(Edit::update(e, row.id, field, row.value(field), QVariant()));
    };
    auto remove = [&edits](Entity e, const Record &row) {
        edits.push_back({Edit::Op::Remove, e, row.id, -1, {}, {}, row.snapshot()});
    };
    switch (entity) {
    case Entity::AuditProgramme:
        for (const Record &audit : m_audits->linkedTo(Audit::Programme, id))
            unlink(Entity::Audit, audit, Audit::Programme);
        break;
    case Entity::Audit: {
        // Nonconformities outlive the audit that found them; they only lose the link.
        for (const Record &nc : m_nonconformities->linkedTo(Nonconformity::AuditLink, id))
            unlink(Entity::Nonconformity, nc, Nonconformity::AuditLink);
        const std::vector<Record> items = m_checklistItems->linkedTo(ChecklistItem::AuditLink, id);
        for (const Record &item : items) {
            for (const Record &nc : m_nonconformities->forChecklistItem(item.id))
                unlink(Entity::Nonconformity, nc, Nonconformity::ChecklistItemLink);
        }
        for (const Record &item : items)
            remove(Entity::ChecklistItem, item);
        for (const Record &session : m_auditSessions->linkedTo(AuditSession::AuditLink, id))
            remove(Entity::AuditSession, session);
        for (const Record &area : m_auditAreas->linkedTo(AuditArea::AuditLink, id))
            remove(Entity::AuditArea, area);
        break;
    }
    case Entity::ChecklistItem:
        for (const Record &nc : m_nonconformities->forChecklistItem(id))
            unlink(Entity::Nonconformity, nc, Nonconformity::ChecklistItemLink);
        break;
    case Entity::Nonconformity:
        for (const Record &action : m_correctiveActions->linkedTo(CorrectiveAction::NonconformityLink, id))
            remove(Entity::CorrectiveAction, action);
        break;
    default:
        break;
    }
    if (RecordStore *s = store(entity))
        edits.push_back({Edit::Op::Remove, entity, id, -1, {}, {}, s->rowSnapshot(id)});
    return edits;
}

bool Document::applyEdits(const QString &commandText, const std::vector<Edit> &edits,
                          std::vector<qint64> *insertedIds)
{
    if (isReadOnly() || edits.empty())
        return false;
    m_writeFailed = false;
    auto *command = new BatchCommand(this, commandText, edits);
    m_undoStack->push(command);
    if (m_writeFailed)
        return false;
    if (insertedIds)
        *insertedIds = command->insertedIds();
    return true;
}

bool Document::applyBatch(std::vector<Edit> &edits, bool backward, QString *error)
{
    // Ids and snapshots learnt on a first run are kept only if the whole batch lands.
    const std::vector<Edit> before = edits;
    Transaction t(*m_db);
    if (!t.isActive()) {
        if (error)
            *error = t.error();
        return false;
    }
    auto runOne = [&](Edit &edit) {
        switch (edit.op) {
        case Edit::Op::Insert:
            if (backward)
                return applyRemove(edit.entity, edit.id, error);
            {
                const qint64 id = applyInsert(edit.entity, edit.id, edit.snapshot, error);
                if (id == 0)
                    return false;
                if (edit.id == 0) {
                    edit.id = id;
                    edit.snapshot = store(edit.entity)->rowSnapshot(id);
                }
            }
            return true;
        case Edit::Op::Update:
            return applyValue(edit.entity, edit.id, edit.field, backward ? edit.oldValue : edit.newValue, error);
        case Edit::Op::Remove:
            if (backward)
                return applyInsert(edit.entity, edit.id, edit.snapshot, error) != 0;
            return applyRemove(edit.entity, edit.id, error);
        }
        return false;
    };
    bool ok = true;
    if (backward) {
        for (auto it = edits.rbegin(); ok && it != edits.rend(); ++it)
            ok = runOne(*it);
    } else {
        for (auto it = edits.begin(); ok && it != edits.end(); ++it)
            ok = runOne(*it);
    }
    if (ok && !t.commit()) {
        ok = false;
        if (error)
            *error = t.error();
    }
    if (!ok)
        edits = before;
    return ok;
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

bool Document::importRegister(RiskRegisterBatch batch, const QString &commandText)
{
    if (isReadOnly() || batch.isEmpty())
        return false;
    auto *command = new ImportRegisterCommand(this, std::move(batch), commandText);
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
    if (!logRisks(log, ChangeLogBatch::Kind::Added, batch.risks, error))
        return false;
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

bool Document::applyBatchInsert(RiskRegisterBatch &batch, bool keepIds, const QString &summary, QString *error)
{
    {
        Transaction t(*m_db, Database::WriteKind::Bulk);
        if (!t.isActive() || !insertBatch(batch, keepIds, true, error)
            || !m_changeLog->record(Entity::Risk, 0, {}, QStringLiteral("import"), {}, summary, error) || !t.commit()) {
            if (error && error->isEmpty())
                *error = t.error();
            return false;
        }
    }
    announce({Change::Kind::Reset, Entity::Asset, 0, -1});
    announce({Change::Kind::Reset, Entity::Risk, 0, -1});
    return true;
}

bool Document::applyBatchRemove(const RiskRegisterBatch &batch, const QString &summary, QString *error)
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
        for (const Risk &r : batch.risks)
            riskIds.push_back(r.id);
        if (!logRisks(log, ChangeLogBatch::Kind::Removed, batch.risks, error))
            return false;
        for (const Asset &a : batch.assets) {
            assetIds.push_back(a.id);
            if (!log.add(Entity::Asset, a.id, a.reference, {}, a.name.left(200), {}, error))
                return false;
        }
        // The import as a whole is taken back: its row's text goes out as the old value.
        if (!m_changeLog->record(Entity::Risk, 0, {}, QStringLiteral("import"), summary, {}, error))
            return false;
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
        Transaction t(*m_db, Database::WriteKind::Bulk);
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
    if (!m_changeLog->record(entity, id, s->rowReference(id), s->fieldKey(field), s->logValue(field, old),
                             s->logValue(field, s->value(id, field)), error))
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
    if (!m_changeLog->record(entity, newId, s->rowReference(newId), {}, {}, s->rowSummary(newId), error))
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
    const QString summary = s->rowSummary(id);
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
    c.soaEntries = m_soaEntries->entries();
    c.ownControls = m_ownControls->all();
    for (const SoaVersion &v : m_soaVersions->all()) {
        if (std::optional<SoaVersion> withRows = m_soaVersions->version(v.id, true))
            c.soaVersions.push_back(std::move(*withRows));
    }
    for (const auto &records : m_registers) {
        const RegisterSpec &spec = records->spec();
        if (spec.hasParent())
            continue;
        const RegisterStore *children = childRegister(spec.entity);
        std::vector<RegisterRecord> &out = c.registers[spec.entity];
        for (const RegisterStore::Row &row : records->rows())
            out.push_back(records->portable(row, children));
    }
    c.auditProgrammes = m_auditProgrammes->all();
    std::map<qint64, QString> programmeUids, auditUids, itemUids;
    for (const Record &p : c.auditProgrammes)
        programmeUids[p.id] = p.uid;
    for (const Record &audit : m_audits->all()) {
        AuditContent a;
        a.audit = audit;
        a.programmeUid = programmeUids[audit.link(Audit::Programme)];
        a.areas = m_auditAreas->linkedTo(AuditArea::AuditLink, audit.id);
        a.sessions = m_auditSessions->linkedTo(AuditSession::AuditLink, audit.id);
        a.checklist = m_checklistItems->linkedTo(ChecklistItem::AuditLink, audit.id);
        auditUids[audit.id] = audit.uid;
        for (const Record &item : a.checklist)
            itemUids[item.id] = item.uid;
        c.audits.push_back(std::move(a));
    }
    for (const Record &nc : m_nonconformities->all()) {
        NonconformityContent n;
        n.nonconformity = nc;
        n.auditUid = auditUids[nc.link(Nonconformity::AuditLink)];
        n.checklistItemUid = itemUids[nc.link(Nonconformity::ChecklistItemLink)];
        n.actions = m_correctiveActions->linkedTo(CorrectiveAction::NonconformityLink, nc.id);
        c.nonconformities.push_back(std::move(n));
    }
    c.riskMethod = riskMethod();
    c.riskRegister.assets = m_assets->all();
    c.riskRegister.risks = m_risks->all();
    c.riskRegister.actions = m_riskActions->all();
    c.riskRegister.acceptances = m_riskAcceptances->all();
    return c;
}

bool Document::replaceRegisters(const DocumentContent &content, QString *error)
{
    // Children and the registers that link to others go first, so that nothing is
    // left pointing at a deleted row.
    for (auto it = m_registers.rbegin(); it != m_registers.rend(); ++it) {
        RegisterStore &records = **it;
        for (const RegisterStore::Row &row : records.rows()) {
            if (!applyRemove(records.entity(), row.id, error))
                return false;
        }
    }
    for (const auto &records : m_registers) {
        const RegisterSpec &spec = records->spec();
        if (spec.hasParent())
            continue;
        RegisterStore *children = childRegister(spec.entity);
        const auto imported = content.registers.find(spec.entity);
        if (imported == content.registers.end())
            continue;
        for (const RegisterRecord &record : imported->second) {
            const QVariantList snapshot = records->snapshotOf(record, 0, error);
            const qint64 id = snapshot.isEmpty() ? 0 : applyInsert(spec.entity, 0, snapshot, error);
            if (id == 0)
                return false;
            for (const RegisterRecord &child : record.children) {
                const QVariantList childSnapshot = children ? children->snapshotOf(child, id, error) : QVariantList();
                if (childSnapshot.isEmpty() || applyInsert(children->entity(), 0, childSnapshot, error) == 0)
                    return false;
            }
        }
    }
    for (const auto &records : m_registers) {
        if (!records->ensureFixedRows(error))
            return false;
    }
    return true;
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
        if (!m_soa->replaceContent(content, error)) {
            m_pending.clear();
            return false;
        }
        if (!replaceRegisters(content, error)) {
            m_pending.clear();
            return false;
        }
        if (!replaceAudits(content, error)) {
            m_pending.clear();
            return false;
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
        // The import is announced as one Reset, not row by row.
        m_pending.clear();
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

bool Document::replaceAudits(const DocumentContent &content, QString *error)
{
    // Nonconformities first: they point at audits and checklist items. Deleting an
    // audit takes its areas, agenda and checklist with it (ON DELETE CASCADE).
    for (const Record &nc : m_nonconformities->all()) {
        if (!applyRemove(Entity::Nonconformity, nc.id, error))
            return false;
    }
    for (const Record &audit : m_audits->all()) {
        if (!applyRemove(Entity::Audit, audit.id, error))
            return false;
    }
    for (const Record &programme : m_auditProgrammes->all()) {
        if (!applyRemove(Entity::AuditProgramme, programme.id, error))
            return false;
    }
    std::map<QString, qint64> programmeIds, auditIds, itemIds;
    auto insert = [&](Entity entity, const Record &row, std::initializer_list<std::pair<int, qint64>> links) {
        QVariantList snapshot = row.snapshot();
        for (const auto &[field, id] : links)
            snapshot[field] = id > 0 ? QVariant(id) : QVariant();
        return applyInsert(entity, 0, snapshot, error);
    };
    auto idOf = [](const std::map<QString, qint64> &ids, const QString &uid) {
        const auto it = ids.find(uid);
        return uid.isEmpty() || it == ids.end() ? qint64(0) : it->second;
    };
    for (const Record &programme : content.auditProgrammes) {
        const qint64 id = insert(Entity::AuditProgramme, programme, {});
        if (id == 0)
            return false;
        programmeIds[m_auditProgrammes->record(id)->uid] = id;
    }
    for (const AuditContent &a : content.audits) {
        const qint64 auditId = insert(Entity::Audit, a.audit, {{Audit::Programme, idOf(programmeIds, a.programmeUid)}});
        if (auditId == 0)
            return false;
        auditIds[m_audits->record(auditId)->uid] = auditId;
        for (const Record &area : a.areas) {
            if (insert(Entity::AuditArea, area, {{AuditArea::AuditLink, auditId}}) == 0)
                return false;
        }
        for (const Record &session : a.sessions) {
            if (insert(Entity::AuditSession, session, {{AuditSession::AuditLink, auditId}}) == 0)
                return false;
        }
        for (const Record &item : a.checklist) {
            const qint64 itemId = insert(Entity::ChecklistItem, item, {{ChecklistItem::AuditLink, auditId}});
            if (itemId == 0)
                return false;
            itemIds[m_checklistItems->record(itemId)->uid] = itemId;
        }
    }
    for (const NonconformityContent &n : content.nonconformities) {
        const qint64 ncId = insert(Entity::Nonconformity, n.nonconformity,
                                   {{Nonconformity::AuditLink, idOf(auditIds, n.auditUid)},
                                    {Nonconformity::ChecklistItemLink, idOf(itemIds, n.checklistItemUid)}});
        if (ncId == 0)
            return false;
        for (const Record &action : n.actions) {
            if (insert(Entity::CorrectiveAction, action, {{CorrectiveAction::NonconformityLink, ncId}}) == 0)
                return false;
        }
    }
    return true;
}

bool Document::saveCopy(const QString &target, QString *error)
{
    return m_db->copyTo(target, error);
}

QString Document::entityLabelForKey(const QString &key) const
{
    for (Entity entity : allEntities()) {
        if (entityKey(entity) == key)
            return entityLabel(entity);
    }
    return key;
}

QString Document::fieldLabelForKey(const QString &entity, const QString &field) const
{
    for (Entity candidate : allEntities()) {
        if (entityKey(candidate) != entity)
            continue;
        if (const RecordStore *records = store(candidate)) {
            for (int f = 0; f < records->fieldCount(); ++f) {
                if (records->fieldKey(f) == field)
                    return fieldLabel(candidate, f);
            }
        }
    }
    if (field == QLatin1String("created"))
        return tr("created");
    if (field == QLatin1String("import"))
        return tr("imported");
    return field;
}

void Document::reportWriteFailure(const QString &message)
{
    m_writeFailed = true;
    Q_EMIT writeFailed(message);
}

} // namespace rampart
