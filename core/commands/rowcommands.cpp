#include "rowcommands.h"

#include "document.h"
#include "stores/recordstore.h"

namespace rampart {

AddRowCommand::AddRowCommand(Document *document, Entity entity, const QVariantList &snapshot, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_entity(entity)
    , m_snapshot(snapshot)
{
}

void AddRowCommand::redo()
{
    QString error;
    const qint64 id = m_document->applyInsert(m_entity, m_rowId, m_snapshot, &error);
    if (id == 0) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
        return;
    }
    m_rowId = id;
    // Keep the uid the row was given, so that redo restores the very same row.
    const RecordStore *store = m_document->store(m_entity);
    if (m_snapshot.value(store->fieldCount()).toString().isEmpty())
        m_snapshot = store->rowSnapshot(id);
}

void AddRowCommand::undo()
{
    QString error;
    if (!m_document->applyRemove(m_entity, m_rowId, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

RemoveRowCommand::RemoveRowCommand(Document *document, Entity entity, qint64 id, const QVariantList &snapshot,
                                   const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_entity(entity)
    , m_rowId(id)
    , m_snapshot(snapshot)
{
}

void RemoveRowCommand::redo()
{
    QString error;
    if (!m_document->applyRemove(m_entity, m_rowId, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void RemoveRowCommand::undo()
{
    QString error;
    if (m_document->applyInsert(m_entity, m_rowId, m_snapshot, &error) == 0) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

} // namespace rampart
