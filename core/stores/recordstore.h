#pragma once

#include "domain/change.h"

#include <QVariant>
#include <QVariantList>

#include <vector>

namespace rampart {

class Database;

// A row of some register that refers to a row about to be deleted, and what must
// happen to it first: deleted too (field -1, a child row), or the field set to
// newValue (a link cleared, a set without the deleted row). The Document turns these
// into steps of the one undoable delete, so that undo brings the links back too.
struct RowDependent
{
    Entity entity;
    qint64 id = 0;
    int field = -1;
    QVariant newValue;
};

// What the Document needs from a store to run the one way of an edit for its entity:
// read and write one field, and (for registers) add and delete whole rows. Stores
// write plain SQL; the Document wraps each call in a transaction with a change-log
// row, and announces the change once it is committed.
class RecordStore
{
public:
    explicit RecordStore(Database &db)
        : m_db(db)
    {
    }
    virtual ~RecordStore() = default;

    virtual Entity entity() const = 0;
    virtual int fieldCount() const = 0;
    // The column name, used as the field name in the change log.
    virtual QString fieldKey(int field) const = 0;
    virtual QVariant value(qint64 id, int field) const = 0;
    virtual bool setValue(qint64 id, int field, const QVariant &value, QString *error) = 0;
    // The value as the store would keep it (for instance 0 people as "not given"), so
    // that an edit that changes nothing is recognised as such.
    virtual QVariant normalised(int field, const QVariant &value) const;
    // A short human reference for the change log ("R-012"); empty when there is none.
    virtual QString rowReference(qint64 id) const;
    // What the change log says a row is when it is added or deleted.
    virtual QString rowSummary(qint64 id) const;
    // A value as the change log keeps it (readable text rather than an internal id).
    virtual QVariant logValue(int field, const QVariant &value) const;

    // Registers with rows. A row snapshot holds every field in field order, then the uid.
    virtual bool hasRows() const { return false; }
    // Whether people add and delete rows (false for rows that exist per catalog clause).
    virtual bool canAddRows() const { return hasRows(); }

    // The id of the row this one belongs to (an action's risk); 0 when none.
    virtual qint64 parentId(qint64 id) const;

    // Whether the row is there: an edit aimed at a row deleted meanwhile (a view that
    // commits while the row is being removed) must not become a command.
    virtual bool contains(qint64 id) const;
    virtual QVariantList rowSnapshot(qint64 id) const;
    // id 0 asks for a new id; a non-zero id restores a row with that id (undo of a delete).
    virtual qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error);
    virtual bool removeRow(qint64 id, QString *error);
    // This store's rows that refer to row id of target, which is about to be deleted.
    virtual std::vector<RowDependent> dependents(Entity target, qint64 id) const;

protected:
    Database &m_db;
};

} // namespace rampart
