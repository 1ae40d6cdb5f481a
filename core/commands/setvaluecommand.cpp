#include "setvaluecommand.h"

#include "commandids.h"
#include "document.h"
#include "domain/fields.h"

#include <QCoreApplication>

namespace rampart {

namespace {
constexpr qint64 MergeWindowMs = 3000;
}

SetValueCommand::SetValueCommand(Document *document, Entity entity, qint64 id, int field, const QVariant &oldValue,
                                 const QVariant &newValue)
    : m_document(document)
    , m_entity(entity)
    , m_rowId(id)
    , m_field(field)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
    setText(QCoreApplication::translate("rampart::Commands", "Change %1").arg(fieldLabel(entity, field).toLower()));
    m_lastEdit.start();
}

void SetValueCommand::apply(const QVariant &value)
{
    QString error;
    if (!m_document->applyValue(m_entity, m_rowId, m_field, value, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void SetValueCommand::redo()
{
    apply(m_newValue);
}

void SetValueCommand::undo()
{
    apply(m_oldValue);
}

int SetValueCommand::id() const
{
    return SetValueCommandId;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    // QUndoStack tries to merge before it drops a command whose first redo failed: a
    // refused edit must not become the new value of the edit before it.
    if (next->isObsolete())
        return false;
    if (next->m_document != m_document || next->m_entity != m_entity || next->m_rowId != m_rowId
        || next->m_field != m_field || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_newValue = next->m_newValue;
    m_lastEdit.restart();
    if (m_newValue == m_oldValue)
        setObsolete(true);
    return true;
}

} // namespace rampart
