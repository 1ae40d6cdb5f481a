#pragma once

#include <QDate>

namespace rampart {

// The date that decides what is overdue, expired or due for review. The environment
// variable RAMPART_TODAY (YYYY-MM-DD) fixes it, so that tests, screenshots and
// benchmarks see the same register every day.
QDate today();

} // namespace rampart
