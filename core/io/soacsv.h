#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace rampart {

// What a spreadsheet would change in the SoA, worked out before anything is written.
struct SoaImportPlan
{
    std::vector<FieldWrite> writes;  // only the fields that change
    int rowsRead = 0;
    int rowsChanged = 0;
    QStringList ignoredColumns;  // header cells that match no SoA column
    QStringList problems;  // "line 4, column "Status": ...", every one found
    // What imports but deserves a second look: a row that excludes a control the
    // treatment of some risks plans ("line 7, column "Applicable": ..."). Warnings do
    // not stop the import; the risks keep the control until someone changes them.
    QStringList warnings;
};

// The SoA as a spreadsheet: one row per control (Annex A, then own controls), matched
// on import by the control column. A column left out of the file is left alone; an
// empty cell clears the value (an empty status follows the decision). Nothing is
// written unless the whole file is right, and then it is one command.
class SoaCsv
{
    Q_DECLARE_TR_FUNCTIONS(SoaCsv)

public:
    enum Column {
        Control,
        Theme,
        Title,
        ApplicableColumn,
        ReasonsColumn,
        ReasonNarrativeColumn,
        JustificationColumn,
        StatusColumn,
        ImplementationColumn,
        OwnerColumn,
        TargetDateColumn,
        ReferencesColumn,
        LastReviewedColumn,
        ColumnCount
    };

    static QString header(Column column);
    // The header and one row per entry, as written (formula-safe text cells).
    static QList<QStringList> table(const Document &document);
    static bool exportTo(const Document &document, const QString &path, QString *error);

    static SoaImportPlan plan(const Document &document, const QByteArray &csv);
    // Reads path and applies it as one undoable command, unless dryRun. On problems
    // nothing is written and error lists them all, one per line, each prefixed with
    // the file name. plan (optional) receives what was (or would be) changed.
    static bool importFrom(Document &document, const QString &path, bool dryRun, SoaImportPlan *plan,
                           QString *error);
};

} // namespace rampart
