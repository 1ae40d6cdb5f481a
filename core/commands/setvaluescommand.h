#pragma once

#include "document.h"

#include <QUndoCommand>

#include <vector>

namespace rampart {

// Several field writes as one undo step, written in one transaction: a decision that
// moves applicability and status together, a spreadsheet import. Undo writes the old
// values back in reverse order, again in one transaction.
class SetValuesCommand : public QUndoCommand
{
public:
    SetValuesCommand(Document *document, std::vector<FieldWrite> before, std::vector<FieldWrite> after,
                     const QString &text);

    void redo() override;
    void undo() override;
    int changeCount() const { return int(m_after.size()); }

private:
    Document *m_document;
    std::vector<FieldWrite> m_before;
    std::vector<FieldWrite> m_after;
};

} // namespace rampart
