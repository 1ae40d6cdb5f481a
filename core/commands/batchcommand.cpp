#include "batchcommand.h"

namespace rampart {

BatchCommand::BatchCommand(Document *document, const QString &text, std::vector<Edit> edits)
    : QUndoCommand(text)
    , m_document(document)
    , m_edits(std::move(edits))
{
}

void BatchCommand::redo()
{
    QString error;
    if (!m_document->applyBatch(m_edits, false, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void BatchCommand::undo()
{
    QString error;
    if (!m_document->applyBatch(m_edits, true, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

std::vector<qint64> BatchCommand::insertedIds() const
{
    std::vector<qint64> ids;
    for (const Edit &edit : m_edits) {
        if (edit.op == Edit::Op::Insert)
            ids.push_back(edit.id);
    }
    return ids;
}

} // namespace rampart
