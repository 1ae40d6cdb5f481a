#include "riskmethodcommand.h"

#include "commandids.h"
#include "document.h"

#include <QCoreApplication>

namespace rampart {

namespace {

constexpr qint64 MergeWindowMs = 3000;

// Same shape, levels and matrix: only texts or numbers that move no rating differ.
bool sameStructure(const RiskMethod &a, const RiskMethod &b)
{
    return a.likelihoodCount() == b.likelihoodCount() && a.impactCount() == b.impactCount() && a.levels.size() == b.levels.size()
        && a.matrix == b.matrix && a.acceptanceLevel == b.acceptanceLevel;
}

} // namespace

SetRiskMethodCommand::SetRiskMethodCommand(Document *document, const RiskMethod &oldMethod,
                                           const RiskMethod &newMethod, const QString &text)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("rampart::Commands", "Change the risk method") : text)
    , m_document(document)
    , m_old(oldMethod)
    , m_new(newMethod)
{
    m_lastEdit.start();
}

void SetRiskMethodCommand::redo()
{
    QString error;
    m_moves.clear();
    if (!m_document->applyRiskMethod(m_new, nullptr, &m_moves, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

void SetRiskMethodCommand::undo()
{
    QString error;
    if (!m_document->applyRiskMethod(m_old, &m_moves, nullptr, &error)) {
        setObsolete(true);
        m_document->reportWriteFailure(error);
    }
}

int SetRiskMethodCommand::id() const
{
    return SetRiskMethodCommandId;
}

bool SetRiskMethodCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetRiskMethodCommand *>(other);
    // Only edits that move no rating merge: undoing a merged step must not need the
    // moves of two commands.
    if (next->m_document != m_document || !m_moves.empty() || !next->m_moves.empty()
        || m_lastEdit.elapsed() > MergeWindowMs || !sameStructure(m_old, m_new) || !sameStructure(m_new, next->m_new)
        || next->text() != text())
        return false;
    m_new = next->m_new;
    m_lastEdit.restart();
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

} // namespace rampart
