#pragma once

#include <QString>
#include <QVariantList>

#include <vector>

namespace rampart {

// One register row as it leaves the file (JSON export) and comes back (import):
// values in field order, with a link given as the linked row's reference, a set as
// its list of codes, the clause of a fixed row as its code, and the parent left out
// (children travel inside their parent).
struct RegisterRecord
{
    QString uid;
    QVariantList values;
    std::vector<RegisterRecord> children;  // rows of the register whose parent this one is
};

} // namespace rampart
