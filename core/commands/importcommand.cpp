#include "importcommand.h"

#include "document.h"

namespace rampart {

ImportRegisterCommand::ImportRegisterCommand(Document *document, const RiskRegisterBatch &batch, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_batch(batch)
{
}

void ImportRegisterCommand::redo()
{
    QString error;
    RiskRegisterBatch batch = m_batch;
    if (!m_document->applyBatchInsert(batch, m_written, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
        return;
    }
    if (!m_written) {
        m_batch = std::move(batch);
        m_written = true;
    }
}

void ImportRegisterCommand::undo()
{
    QString error;
    if (!m_document->applyBatchRemove(m_batch, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

} // namespace rampart
