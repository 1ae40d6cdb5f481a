#include "importcommand.h"

#include "document.h"

namespace rampart {

ImportRegisterCommand::ImportRegisterCommand(Document *document, RiskRegisterBatch batch, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_batch(std::move(batch))
{
}

void ImportRegisterCommand::redo()
{
    QString error;
    // The first time, the batch takes the ids it is written with (no copy of 100,000
    // rows); a failed first write makes the command obsolete, so nothing reads it again.
    // A redo after an undo writes a copy back with the same ids.
    if (!m_written) {
        if (!m_document->applyBatchInsert(m_batch, false, text(), &error)) {
            setObsolete(true);
            m_document->reportWriteFailure(error);
            return;
        }
        m_written = true;
        return;
    }
    RiskRegisterBatch batch = m_batch;
    if (!m_document->applyBatchInsert(batch, true, text(), &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void ImportRegisterCommand::undo()
{
    QString error;
    if (!m_document->applyBatchRemove(m_batch, text(), &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

} // namespace rampart
