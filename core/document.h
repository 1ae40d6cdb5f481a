#pragma once

#include "catalog/catalog.h"
#include "domain/change.h"
#include "domain/organisation.h"
#include "domain/soa.h"
#include "domain/registerrecord.h"
#include "domain/record.h"
#include "domain/risk.h"
#include "storage/database.h"

#include <QObject>
#include <QVariant>

#include <map>
#include <memory>
#include <vector>

class QUndoStack;

namespace rampart {

class AuditAreaStore;
class AuditProgrammeStore;
class AuditSessionStore;
class AuditStore;
class AssetStore;
class CatalogStore;
class ChangeLogStore;
class ChecklistItemStore;
class CorrectiveActionStore;
class MetaStore;
class NonconformityStore;
class OrganisationStore;
class OwnControlStore;
class RecordStore;
class RegisterStore;
class ScopeExclusionStore;
class Soa;
class SoaStore;
class SoaVersionStore;
struct RemovalStep;
class TableStore;

// An audit with everything that belongs to it, as it leaves the file: links to other
// rows are uids, not ids.
struct AuditContent
{
    Record audit;
    QString programmeUid;
    std::vector<Record> areas;
    std::vector<Record> sessions;
    std::vector<Record> checklist;
};

struct NonconformityContent
{
    Record nonconformity;
    QString auditUid;
    QString checklistItemUid;
    std::vector<Record> actions;
};
class RiskAcceptanceStore;
class RiskActionStore;
class RiskMethodStore;
class RiskStore;
class ScopeExclusionStore;
struct RatingChange;

// Everything a Document holds that leaves the file in a JSON export: the content,
// without the catalog (which the file carries) and without the change log (which is
// the file's own history).
struct DocumentContent
{
    Organisation organisation;
    std::vector<ScopeExclusion> scopeExclusions;
    // The SoA: every entry (Annex A and own controls, in SoA order; an own control's
    // entry is matched to its control by reference), the own controls, and the
    // approved versions with their frozen rows.
    std::vector<SoaEntry> soaEntries;
    std::vector<OwnControl> ownControls;
    std::vector<SoaVersion> soaVersions;
    // The registers of clauses 4 to 10 that have no parent; children travel inside
    // their parent's records.
    std::map<Entity, std::vector<RegisterRecord>> registers;
    std::vector<Record> auditProgrammes;
    std::vector<AuditContent> audits;
    std::vector<NonconformityContent> nonconformities;
    // An empty method (no levels) stands for the default method.
    RiskMethod riskMethod;
    // Actions and acceptances refer to risks by the risks' ids within this content.
    RiskRegisterBatch riskRegister;
};

// One field write of a bulk edit (an import, a decision that moves two fields).
struct FieldWrite
{
    Entity entity = Entity::Document;
    qint64 id = 0;
    int field = -1;
    QVariant value;
};

// One write of a bulk edit (generating a checklist, importing a worksheet, deleting an
// audit with its checklist). A list of them is one command and one transaction.
struct Edit
{
    enum class Op { Insert, Update, Remove };
    Op op = Op::Update;
    Entity entity = Entity::Document;
    qint64 id = 0;  // Insert: 0 until the first redo gave the row its id
    int field = -1;
    QVariant oldValue;
    QVariant newValue;
    QVariantList snapshot;  // Insert: the new row; Remove: the row as it was

    static Edit insert(Entity entity, const QVariantList &snapshot)
    {
        return {Op::Insert, entity, 0, -1, {}, {}, snapshot};
    }
    static Edit update(Entity entity, qint64 id, int field, const QVariant &oldValue, const QVariant &newValue)
    {
        return {Op::Update, entity, id, field, oldValue, newValue, {}};
    }
};

// One open .isms file. Owns the connection, the undo stack, the stores and the
// change notifications; models and the CLI work through it.
//
// The one way of an edit: a caller asks for an edit through setValue/addRow/removeRow,
// which push a command on the undo stack; the command calls apply*, which writes
// through the store inside one transaction together with a change-log row, and once
// committed the Document emits changed() for models to turn into dataChanged.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // check: see Database::Check. With InBackground the file opens before its integrity
    // check is over; if the check then fails, damaged() says why (the file has not been
    // written to: writes wait for the check), and the caller closes it.
    static std::unique_ptr<Document> open(const QString &path, Database::Access access, QString *error,
                                          Database::Check check = Database::Check::Now);
    // A new file with the built-in catalog and the given organisation name.
    static std::unique_ptr<Document> create(const QString &path, const QString &organisationName, QString *error);

    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    int schemaVersion() const { return m_db->schemaVersion(); }
    QString migrationBackupPath() const { return m_db->migrationBackupPath(); }

    Database &database() { return *m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The file's catalog. Its long texts, attributes and 2013 mapping are read on the
    // first call, not when the file opens: the first screen needs none of them.
    const Catalog &catalog() const;
    // The catalog as the file opened with it: codes, titles, themes, the standard and
    // revision; the long texts, attributes and mapping only once catalog() has been called.
    const Catalog &catalogOutline() const { return m_catalog; }
    MetaStore &meta() const { return *m_meta; }
    ChangeLogStore &changeLog() const { return *m_changeLog; }
    OrganisationStore &organisation() const { return *m_organisation; }
    ScopeExclusionStore &scopeExclusions() const { return *m_scopeExclusions; }
    SoaStore &soaEntries() const { return *m_soaEntries; }
    OwnControlStore &ownControls() const { return *m_ownControls; }
    SoaVersionStore &soaVersions() const { return *m_soaVersions; }
    // The Statement of Applicability: its reads and its edit facade.
    Soa &soa() const { return *m_soa; }
    RiskMethodStore &riskMethodStore() { return *m_riskMethod; }
    // The method every rating is derived through.
    const RiskMethod &riskMethod() const;
    AssetStore &assets() { return *m_assets; }
    RiskStore &risks() { return *m_risks; }
    RiskActionStore &riskActions() { return *m_riskActions; }
    RiskAcceptanceStore &riskAcceptances() { return *m_riskAcceptances; }
    RecordStore *store(Entity entity) const;
    // The store of a register described by a RegisterSpec; null for other entities.
    RegisterStore *registerStore(Entity entity) const;
    // The register whose rows belong to rows of parent (the values of a metric).
    RegisterStore *childRegister(Entity parent) const;
    AuditProgrammeStore &auditProgrammes() const { return *m_auditProgrammes; }
    AuditStore &audits() const { return *m_audits; }
    AuditAreaStore &auditAreas() const { return *m_auditAreas; }
    AuditSessionStore &auditSessions() const { return *m_auditSessions; }
    ChecklistItemStore &checklistItems() const { return *m_checklistItems; }
    NonconformityStore &nonconformities() const { return *m_nonconformities; }
    CorrectiveActionStore &correctiveActions() const { return *m_correctiveActions; }
    // The store of a register kept in one table (null for the organisation profile).
    TableStore *table(Entity entity) const;
    // Human names for the keys the change log stores.
    QString entityLabelForKey(const QString &key) const;
    QString fieldLabelForKey(const QString &entity, const QString &field) const;

    // --- The edit facade: each call is one command on the undo stack. ---
    // Returns false without pushing anything when the document is read-only or the
    // value is unchanged, and false when the write failed (writeFailed() says why).
    bool setValue(Entity entity, qint64 id, int field, const QVariant &value);
    // Adds a row to a register; returns its id (0 on failure).
    qint64 addRow(Entity entity, const QVariantList &snapshot, const QString &commandText);
    // Deletes a row in one undoable step together with what depends on it: its child
    // rows are deleted and links to it from other registers are cleared first, so
    // that undo restores all of it.
    bool removeRow(Entity entity, qint64 id, const QString &commandText);
    // Several field writes as one command (one undo step, one transaction). Writes
    // that change nothing are dropped; returns false when nothing is left to do.
    bool setValues(const std::vector<FieldWrite> &writes, const QString &commandText);
    // Bulk work: all edits in one command and one transaction. Returns false (with
    // writeFailed emitted) when any edit failed, and then none of them landed.
    // insertedIds receives the ids of the inserted rows, in order.
    bool applyEdits(const QString &commandText, const std::vector<Edit> &edits,
                    std::vector<qint64> *insertedIds = nullptr);
    // Several rows as one undo step.
    bool removeRows(Entity entity, const QList<qint64> &ids, const QString &commandText);
    // Replaces the risk method; re-rates every risk and asset in the same command when
    // a scale changes size. Returns false when the method is unchanged or invalid (the
    // reason then goes out through writeFailed).
    bool setRiskMethod(const RiskMethod &method, const QString &commandText);
    // A copy of a risk (fields, assets, planned controls; not its actions or
    // acceptances) under the next free reference. Returns the new id.
    qint64 duplicateRisk(qint64 id);
    // Adds assets and risks (and their actions and acceptances) as one command.
    // The batch is taken by value: callers done with theirs move it in, and 100,000 rows
    // are not copied.
    bool importRegister(RiskRegisterBatch batch, const QString &commandText);

    // --- Used by the commands (and by bulk work that is itself one command). ---
    bool applyValue(Entity entity, qint64 id, int field, const QVariant &value, QString *error);
    qint64 applyInsert(Entity entity, qint64 id, const QVariantList &snapshot, QString *error);
    bool applyRemove(Entity entity, qint64 id, QString *error);
    // All writes in one transaction: all land, or none does.
    bool applyValues(const std::vector<FieldWrite> &writes, QString *error);
    // Runs edits forward (redo) or backward (undo) in one transaction; fills in the ids
    // and snapshots of inserted rows on their first run.
    bool applyBatch(std::vector<Edit> &edits, bool backward, QString *error);
    // Writes method; when undoMoves is given, writes those rating changes back (undo),
    // else moves the ratings to the method's scales and reports the moves.
    bool applyRiskMethod(const RiskMethod &method, const std::vector<RatingChange> *undoMoves,
                         std::vector<RatingChange> *moves, QString *error);
    // Writes a batch (keepIds: with the ids it carries, for a redo) or removes it. The
    // change log gets a row per row written or removed, and one that says what the
    // batch was as a whole (summary: "Import 250 risks from register.csv").
    bool applyBatchInsert(RiskRegisterBatch &batch, bool keepIds, const QString &summary, QString *error);
    bool applyBatchRemove(const RiskRegisterBatch &batch, const QString &summary, QString *error);
    // The same write without a change-log row per row, for generated benchmark files.
    bool writeGenerated(RiskRegisterBatch &batch, QString *error);

    // Reads and replaces the whole content (JSON export and import). Replacing is one
    // transaction: on failure nothing has changed. It clears the undo history.
    DocumentContent content() const;
    bool replaceContent(const DocumentContent &content, QString *error);

    // A consistent copy of the file at target (Save As).
    bool saveCopy(const QString &target, QString *error);

    // Reports a failed write that happened inside a command (the command has no
    // return value); the UI shows it.
    void reportWriteFailure(const QString &message);

Q_SIGNALS:
    void changed(const rampart::Change &change);
    void writeFailed(const QString &message);
    // The background integrity check found the file damaged (see open()).
    void damaged(const QString &message);

private:
    explicit Document(std::unique_ptr<Database> db);
    bool loadCatalog(QString *error);
    void announce(const Change &change);
    void flushPending();
    std::vector<RecordStore *> allStores() const;
    bool planRemoval(Entity entity, qint64 id, std::vector<RemovalStep> *steps) const;
    bool replaceRegisters(const DocumentContent &content, QString *error);
    std::vector<Edit> removalEdits(Entity entity, qint64 id) const;
    bool replaceAudits(const DocumentContent &content, QString *error);
    bool insertBatch(RiskRegisterBatch &batch, bool keepIds, bool logRows, QString *error);

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack = nullptr;
    // Filled in place when its details are read (catalog()): stores keep a reference.
    mutable Catalog m_catalog;
    mutable bool m_catalogDetails = false;
    std::unique_ptr<MetaStore> m_meta;
    std::unique_ptr<ChangeLogStore> m_changeLog;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<ScopeExclusionStore> m_scopeExclusions;
    std::unique_ptr<SoaStore> m_soaEntries;
    std::unique_ptr<OwnControlStore> m_ownControls;
    std::unique_ptr<SoaVersionStore> m_soaVersions;
    std::unique_ptr<Soa> m_soa;
    std::vector<std::unique_ptr<RegisterStore>> m_registers;
    std::unique_ptr<AuditProgrammeStore> m_auditProgrammes;
    std::unique_ptr<AuditStore> m_audits;
    std::unique_ptr<AuditAreaStore> m_auditAreas;
    std::unique_ptr<AuditSessionStore> m_auditSessions;
    std::unique_ptr<ChecklistItemStore> m_checklistItems;
    std::unique_ptr<NonconformityStore> m_nonconformities;
    std::unique_ptr<CorrectiveActionStore> m_correctiveActions;
    std::unique_ptr<RiskMethodStore> m_riskMethod;
    std::unique_ptr<AssetStore> m_assets;
    std::unique_ptr<RiskStore> m_risks;
    std::unique_ptr<RiskActionStore> m_riskActions;
    std::unique_ptr<RiskAcceptanceStore> m_riskAcceptances;
    // Changes made inside an outer transaction are announced once it commits.
    std::vector<Change> m_pending;
    // Set by reportWriteFailure(), so that the edit facade can say an edit failed.
    bool m_writeFailed = false;
};

} // namespace rampart
