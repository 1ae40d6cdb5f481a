#pragma once

#include "domain/risk.h"

#include <QUndoCommand>

namespace rampart {

class Document;

// Adds a batch of assets and risks (an import) in one transaction. The first redo
// gives the rows their ids and uids; the command keeps them, so that undo removes
// exactly those rows and a redo brings back the very same rows.
class ImportRegisterCommand : public QUndoCommand
{
public:
    ImportRegisterCommand(Document *document, RiskRegisterBatch batch, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    RiskRegisterBatch m_batch;
    bool m_written = false;
};

} // namespace rampart
