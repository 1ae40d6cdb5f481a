#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace rampart {

// The kinds of record a Document holds. Each has one store; the key is what the
// change log and the JSON format call it, and never changes once released.
enum class Entity {
    Document,
    Organisation,
    ScopeExclusion,
    // The registers of clauses 4 to 10, each described by a RegisterSpec.
    Issue,
    InterestedParty,
    IsmsProcess,
    Role,
    IsmsDocument,
    Objective,
    Metric,
    Measurement,
    PlannedChange,
    CompetenceRecord,
    Communication,
    ManagementReview,
    ReviewAction,
    Improvement,
    Requirement,
    SoaEntry,
    OwnControl,
    SoaVersion,
    AuditProgramme,
    Audit,
    AuditArea,
    AuditSession,
    ChecklistItem,
    Nonconformity,
    CorrectiveAction,
    RiskMethod,      // the one method of the file (row id 1), changed as a whole
    Asset,
    Risk,
    RiskAction,
    RiskAcceptance,
    // Keep last: the number of entities.
    EntityCount
};

QString entityKey(Entity entity);
// Every entity, for look-ups by key.
const std::vector<Entity> &allEntities();

// What a committed write changed. Models turn it into the narrowest signal they can.
struct Change
{
    enum class Kind {
        Updated,   // one field of one row
        Inserted,  // a row was added
        Removed,   // a row was deleted
        Reset,     // the whole content was replaced (an import): reload everything
    };

    Kind kind = Kind::Updated;
    Entity entity = Entity::Document;
    qint64 id = 0;
    int field = -1;
    // The row this one belongs to (the risk of a treatment action), so that models of
    // the parent can update without asking for a row that may be gone. 0 when none.
    qint64 parent = 0;
};

} // namespace rampart

Q_DECLARE_METATYPE(rampart::Change)
