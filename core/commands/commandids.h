#pragma once

namespace rampart {

// QUndoCommand::id() values; commands with the same id may merge.
enum CommandId {
    SetValueCommandId = 1,
    SetRiskMethodCommandId = 2,
};

} // namespace rampart
