#include "document.h"

#include "commands/rowcommands.h"
#include "commands/setvaluecommand.h"
#include "commands/setvaluescommand.h"
#include "domain/fields.h"
#include "soa.h"
#include "domain/registerspec.h"
#include "stores/catalogstore.h"
#include "stores/changelogstore.h"
#include "stores/metastore.h"
#include "stores/organisationstore.h"
#include "stores/soastore.h"
#include "stores/registerstore.h"

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
    if (a.typeId() == QMetaType::QStringList || b.typeId() == QMetaType::QStringList)
        return a.toStringList() == b.toStringList();
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
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
}

Document::~Document()
{
    // Commands refer to the document: drop them before the stores go.
    m_undoStack->clear();
    m_db->setTransactionEndedHandler({});
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
            && doc->changeLog().record(Entity::Document, 0, {}, QStringLiteral("created"), {},
                                       QFileInfo(path).fileName(), error);
        if (ok)
            ok = t.commit();
        if (!ok && error && error->isEmpty())
            *error = t.error();
    }
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
    case Entity::SoaEntry:
        return m_soaEntries.get();
    case Entity::OwnControl:
        return m_ownControls.get();
    case Entity::SoaVersion:
        return m_soaVersions.get();
    case Entity::Document:
        return nullptr;
    default:
        return registerStore(entity);
    }
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
    std::vector<RecordStore *> stores = {m_organisation.get(), m_scopeExclusions.get(), m_soaEntries.get(),
                                         m_ownControls.get(), m_soaVersions.get()};
    for (const auto &records : m_registers)
        stores.push_back(records.get());
    return stores;
}

bool Document::setValue(Entity entity, qint64 id, int field, const QVariant &value)
{
    RecordStore *s = store(entity);
    if (!s || isReadOnly())
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
    std::vector<RemovalStep> steps;
    if (!planRemoval(entity, id, &steps))
        return false;
    m_writeFailed = false;
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
    announce({Change::Kind::Updated, entity, id, field});
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
    announce({Change::Kind::Inserted, entity, newId, -1});
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
    if (!s->removeRow(id, error))
        return false;
    if (!m_changeLog->record(entity, id, reference, {}, summary, {}, error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    announce({Change::Kind::Removed, entity, id, -1});
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
        // The import is announced as one Reset, not row by row.
        m_pending.clear();
        // The organisation's uid belongs to the content too.
        if ((!content.organisation.uid.isEmpty() && !m_organisation->setUid(content.organisation.uid, error))
            || !m_changeLog->record(Entity::Document, 0, {}, QStringLiteral("import"), {},
                                    tr("Content replaced from an import"), error)
            || !t.commit()) {
            m_pending.clear();
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
