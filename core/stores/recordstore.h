#pragma once

#include "domain/change.h"

#include <QVariant>
#include <QVariantList>

namespace rampart {

class Database;

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
    // The id of the row this one belongs to (an action's risk); 0 when none.
    virtual qint64 parentId(qint64 id) const;

    // Registers with rows. A row snapshot holds every field in field order, then the uid.
    virtual bool hasRows() const { return false; }
    // Whether the row is there: an edit aimed at a row deleted meanwhile (a view that
    // commits while the row is being removed) must not become a command.
    virtual bool contains(qint64 id) const;
    virtual QVariantList rowSnapshot(qint64 id) const;
    // id 0 asks for a new id; a non-zero id restores a row with that id (undo of a delete).
    virtual qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error);
    virtual bool removeRow(qint64 id, QString *error);

protected:
    Database &m_db;
};

} // namespace rampart
