#pragma once

#include "domain/change.h"

#include <QUndoCommand>
#include <QVariantList>

#include <vector>

namespace rampart {

class Document;

// Adds one row to a register. The id the row gets on the first redo is kept, so a
// redo after an undo restores the same row and later commands that name it still work.
class AddRowCommand : public QUndoCommand
{
public:
    AddRowCommand(Document *document, Entity entity, const QVariantList &snapshot, const QString &text);

    void redo() override;
    void undo() override;
    qint64 rowId() const { return m_rowId; }

private:
    Document *m_document;
    Entity m_entity;
    QVariantList m_snapshot;
    qint64 m_rowId = 0;
};

// One step of a delete: a row removed (field -1; snapshot holds every field and the
// uid), or one field of a row that pointed to it set to newValue (oldValue for undo).
struct RemovalStep
{
    Entity entity;
    qint64 id = 0;
    int field = -1;
    QVariant oldValue;
    QVariant newValue;
    QVariantList snapshot;
};

// Deletes a row, and first whatever depends on it (child rows, links from other
// registers), in one transaction. The command owns the snapshots of every removed
// row from the moment it is made and writes them back with the same ids on undo, in
// reverse order, so that the links come back too.
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(Document *document, std::vector<RemovalStep> steps, const QString &text);

    void redo() override;
    void undo() override;

private:
    bool run(bool forward, QString *error);

    Document *m_document;
    std::vector<RemovalStep> m_steps;
};

} // namespace rampart
