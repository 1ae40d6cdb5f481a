#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rampart {

// Something wrong in a worksheet, where a spreadsheet shows it.
struct WorksheetProblem
{
    int line = 0;    // 0: the file as a whole
    int column = 0;  // 0: the line as a whole
    QString message;
    QString toString() const;
};

// What importing a worksheet would do: the edits, or the problems that stop it.
struct WorksheetPlan
{
    QString auditReference;
    std::vector<Edit> edits;
    int rows = 0;          // item rows read
    int changedItems = 0;  // items that get new values
    std::vector<WorksheetProblem> problems;
    // "3 problems; nothing imported" or "12 items updated"
    QString summary(bool dryRun) const;
};

// An audit's checklist as a CSV worksheet that can be filled in on a machine without
// Rampart, and read back: results, evidence, notes and the people interviewed land on
// the items named by their key. Every row carries the item's revision at export
// ("export stamp"), so a change made in Rampart meanwhile is reported as a conflict
// instead of being overwritten. Nothing is imported unless every row is right.
class Worksheet
{
    Q_DECLARE_TR_FUNCTIONS(Worksheet)

public:
    enum Column { ItemKey, Requirement, Question, Result, Evidence, Notes, Interviewed, Stamp, ColumnCount };
    // The column names are part of the file format and stay English in every language.
    static QString columnName(Column column);

    static QByteArray toCsv(const Document &document, qint64 auditId);
    // Written through QSaveFile: a failed export leaves no half-written file.
    static bool exportTo(const Document &document, qint64 auditId, const QString &path, QString *error);

    static WorksheetPlan plan(const Document &document, qint64 auditId, const QByteArray &csv);
    // Reads path, plans, and unless dryRun applies the plan as one undoable command.
    // Returns false when the file cannot be read, has problems, or the write failed;
    // plan (when given) says what was found.
    static bool importFrom(Document &document, qint64 auditId, const QString &path, bool dryRun,
                           WorksheetPlan *plan, QString *error);
};

} // namespace rampart
