#pragma once

#include "catalog/catalog.h"
#include "domain/change.h"
#include "domain/organisation.h"
#include "domain/risk.h"
#include "storage/database.h"

#include <QObject>
#include <QVariant>

#include <memory>
#include <vector>

class QUndoStack;

namespace rampart {

class AssetStore;
class CatalogStore;
class ChangeLogStore;
class MetaStore;
class OrganisationStore;
class RecordStore;
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
    // An empty method (no levels) stands for the default method.
    RiskMethod riskMethod;
    // Actions and acceptances refer to risks by the risks' ids within this content.
    RiskRegisterBatch riskRegister;
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

    static std::unique_ptr<Document> open(const QString &path, Database::Access access, QString *error);
    // A new file with the built-in catalog and the given organisation name.
    static std::unique_ptr<Document> create(const QString &path, const QString &organisationName, QString *error);

    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    int schemaVersion() const { return m_db->schemaVersion(); }
    QString migrationBackupPath() const { return m_db->migrationBackupPath(); }

    Database &database() { return *m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const Catalog &catalog() const { return m_catalog; }
    MetaStore &meta() { return *m_meta; }
    ChangeLogStore &changeLog() { return *m_changeLog; }
    OrganisationStore &organisation() { return *m_organisation; }
    ScopeExclusionStore &scopeExclusions() { return *m_scopeExclusions; }
    RiskMethodStore &riskMethodStore() { return *m_riskMethod; }
    // The method every rating is derived through.
    const RiskMethod &riskMethod() const;
    AssetStore &assets() { return *m_assets; }
    RiskStore &risks() { return *m_risks; }
    RiskActionStore &riskActions() { return *m_riskActions; }
    RiskAcceptanceStore &riskAcceptances() { return *m_riskAcceptances; }
    RecordStore *store(Entity entity) const;

    // --- The edit facade: each call is one command on the undo stack. ---
    // Returns false without pushing anything when the document is read-only or the
    // value is unchanged.
    bool setValue(Entity entity, qint64 id, int field, const QVariant &value);
    // Adds a row to a register; returns its id (0 on failure).
    qint64 addRow(Entity entity, const QVariantList &snapshot, const QString &commandText);
    bool removeRow(Entity entity, qint64 id, const QString &commandText);
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
    bool importRegister(const RiskRegisterBatch &batch, const QString &commandText);

    // --- Used by the commands (and by bulk work that is itself one command). ---
    bool applyValue(Entity entity, qint64 id, int field, const QVariant &value, QString *error);
    qint64 applyInsert(Entity entity, qint64 id, const QVariantList &snapshot, QString *error);
    bool applyRemove(Entity entity, qint64 id, QString *error);
    // Writes method; when undoMoves is given, writes those rating changes back (undo),
    // else moves the ratings to the method's scales and reports the moves.
    bool applyRiskMethod(const RiskMethod &method, const std::vector<RatingChange> *undoMoves,
                         std::vector<RatingChange> *moves, QString *error);
    // Writes a batch (keepIds: with the ids it carries, for a redo) or removes it.
    bool applyBatchInsert(RiskRegisterBatch &batch, bool keepIds, QString *error);
    bool applyBatchRemove(const RiskRegisterBatch &batch, QString *error);
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

private:
    explicit Document(std::unique_ptr<Database> db);
    bool loadCatalog(QString *error);
    void announce(const Change &change);
    void flushPending();
    bool insertBatch(RiskRegisterBatch &batch, bool keepIds, bool logRows, QString *error);

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack = nullptr;
    Catalog m_catalog;
    std::unique_ptr<MetaStore> m_meta;
    std::unique_ptr<ChangeLogStore> m_changeLog;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<ScopeExclusionStore> m_scopeExclusions;
    std::unique_ptr<RiskMethodStore> m_riskMethod;
    std::unique_ptr<AssetStore> m_assets;
    std::unique_ptr<RiskStore> m_risks;
    std::unique_ptr<RiskActionStore> m_riskActions;
    std::unique_ptr<RiskAcceptanceStore> m_riskAcceptances;
    // Changes made inside an outer transaction are announced once it commits.
    std::vector<Change> m_pending;
};

} // namespace rampart
