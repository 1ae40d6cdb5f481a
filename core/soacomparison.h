#pragma once

#include "domain/soa.h"

#include <QCoreApplication>

#include <vector>

namespace rampart {

struct SoaFieldChange
{
    QString key;    // stable: "status", "title", ...
    QString label;  // translated field name
    QString before;
    QString after;
};

// How one row differs between two states of the SoA.
struct SoaRowDifference
{
    enum Kind { Added, Removed, Changed };

    Kind kind = Changed;
    QString controlRef;
    QString title;
    bool own = false;
    qint64 entryId = 0;  // the current entry, when the row is on the "after" side
    std::vector<SoaFieldChange> changes;  // Changed rows only
};

// Compares two states of the SoA (an approved version with the current one, or two
// versions), row by row and field by field. Rows are matched by
// SoaEntry::comparisonKey(), so a renamed own control is a change, not a new row.
class SoaComparison
{
    Q_DECLARE_TR_FUNCTIONS(SoaComparison)

public:
    // Rows in the order of "after", then rows that only "before" has.
    static std::vector<SoaRowDifference> compare(const std::vector<SoaEntry> &before,
                                                 const std::vector<SoaEntry> &after);

    // Fields compared besides the SoaEntry fields (own controls can change these).
    enum ControlField { ControlReference = SoaEntry::FieldCount, ControlTitle, ControlTheme, ControlDescription,
                        ComparedFieldCount };
    static QString fieldKey(int field);
    static QString fieldLabel(int field);
    // What a person reads for the field of a row ("Partially implemented", "Legal or
    // regulatory requirement; Contractual obligation", "2026-03-01").
    static QString displayValue(const SoaEntry &entry, int field);
    static QString kindLabel(SoaRowDifference::Kind kind);
};

} // namespace rampart
