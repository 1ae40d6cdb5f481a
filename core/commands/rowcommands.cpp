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

RemoveRowCommand::RemoveRowCommand(Document *document, std::vector<RemovalStep> steps, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_steps(std::move(steps))
{
}

bool RemoveRowCommand::run(bool forward, QString *error)
{
    Transaction t(m_document->database());
    if (!t.isActive()) {
        *error = t.error();
        return false;
    }
    const auto apply = [this, forward, error](const RemovalStep &step) {
        if (step.field < 0)
            return forward ? m_document->applyRemove(step.entity, step.id, error)
                           : m_document->applyInsert(step.entity, step.id, step.snapshot, error) != 0;
        return m_document->applyValue(step.entity, step.id, step.field, forward ? step.newValue : step.oldValue,
                                      error);
    };
    if (forward) {
        for (const RemovalStep &step : m_steps) {
            if (!apply(step))
                return false;
        }
    } else {
        for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
            if (!apply(*it))
                return false;
        }
    }
    if (!t.commit()) {
        *error = t.error();
        return false;
    }
    return true;
}

void RemoveRowCommand::redo()
{
    QString error;
    if (!run(true, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void RemoveRowCommand::undo()
{
    QString error;
    if (!run(false, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

} // namespace rampart
