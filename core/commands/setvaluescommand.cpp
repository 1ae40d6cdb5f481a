#include "setvaluescommand.h"

namespace rampart {

SetValuesCommand::SetValuesCommand(Document *document, std::vector<FieldWrite> before, std::vector<FieldWrite> after,
                                   const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetValuesCommand::redo()
{
    QString error;
    if (!m_document->applyValues(m_after, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void SetValuesCommand::undo()
{
    const std::vector<FieldWrite> reversed(m_before.rbegin(), m_before.rend());
    QString error;
    if (!m_document->applyValues(reversed, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

} // namespace rampart
