#pragma once

#include "domain/riskmethod.h"
#include "stores/riskstore.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <vector>

namespace rampart {

class Document;

// Replaces the risk method. When a scale changes size every stored rating moves to the
// new scale in the same transaction; the command keeps what moved, so undo puts back
// exactly the values there were. Edits of the method's texts typed in a burst merge
// into one step, as value edits do.
class SetRiskMethodCommand : public QUndoCommand
{
public:
    SetRiskMethodCommand(Document *document, const RiskMethod &oldMethod, const RiskMethod &newMethod,
                         const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    RiskMethod m_old;
    RiskMethod m_new;
    std::vector<RatingChange> m_moves;
    QElapsedTimer m_lastEdit;
};

} // namespace rampart
