#pragma once

#include "domain/change.h"

#include <QUndoCommand>
#include <QVariantList>

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

// Deletes one row. The command owns a snapshot of the row (every field and the uid)
// from the moment it is made, and writes it back with the same id on undo.
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(Document *document, Entity entity, qint64 id, const QVariantList &snapshot,
                     const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Entity m_entity;
    qint64 m_rowId;
    QVariantList m_snapshot;
};

} // namespace rampart
