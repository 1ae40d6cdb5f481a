#pragma once

#include "domain/change.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

namespace rampart {

class Document;

// The one generic "change a value" command. Repeated edits of the same field within
// a short burst (typing, a spin box held down) merge into one undo step.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(Document *document, Entity entity, qint64 id, int field, const QVariant &oldValue,
                    const QVariant &newValue);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    Document *m_document;
    Entity m_entity;
    qint64 m_rowId;
    int m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_lastEdit;
};

} // namespace rampart
