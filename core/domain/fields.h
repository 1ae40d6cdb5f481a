#pragma once

#include "change.h"

#include <QString>

namespace rampart {

// Translated, human names of entities and fields: column headers, command names in
// the Edit menu, change-log displays.
QString entityLabel(Entity entity);
QString fieldLabel(Entity entity, int field);

} // namespace rampart
