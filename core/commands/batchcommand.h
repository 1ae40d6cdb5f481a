#pragma once

#include "document.h"

#include <QUndoCommand>

#include <vector>

namespace rampart {

// Bulk work as one undo step: every edit lands in one transaction or none does. The
// command owns the snapshots of the rows it deletes and keeps the ids (and generated
// references) of the rows it adds, so redo after undo restores the very same rows.
class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(Document *document, const QString &text, std::vector<Edit> edits);

    void redo() override;
    void undo() override;
    std::vector<qint64> insertedIds() const;

private:
    Document *m_document;
    std::vector<Edit> m_edits;
};

} // namespace rampart
