#pragma once

#include <QString>

namespace rampart::bench {

struct LargeRegisterOptions
{
    int risks = 100000;
    int runs = 3;          // repetitions of the short timings (GUI open, sqlite3 SELECT)
    QString directory;     // where the files go
    QString binDir;        // rampart and rampart-cli
};

// The figures on a generated register of options.risks risks: generating it, opening
// it in the GUI, a filter keystroke, an edit, CSV and JSON export and import, each
// storage figure against the sqlite3 shell doing the same work on the same rows.
void runLargeRegisterBenchmarks(const LargeRegisterOptions &options);

} // namespace rampart::bench
