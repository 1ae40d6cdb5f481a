#pragma once

#include "managementreviewinputs.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace rampart {

// The management review pack: the review, what Rampart assembled for each input a)
// to g) with the minutes beside it, and the results. The GUI shows the same input
// texts (inputFacts) next to the minutes editor, so screen and paper agree.
class ManagementReviewPack
{
    Q_DECLARE_TR_FUNCTIONS(ManagementReviewPack)

public:
    // HTML (every value escaped) of what Rampart assembled for input 0 (a) to 6 (g).
    static QString inputFacts(const ManagementReviewInputs &inputs, int input);
    // Which period the changes are read for, and where the file's history has gaps.
    static QString periodNote(const ManagementReviewInputs &inputs);
    static void build(const ManagementReviewInputs &inputs, ReportDocument *report);

    static QString formatValue(double value, const QString &unit);
    static QString trendLabel(ManagementReviewInputs::MetricTrend::Direction direction);
};

} // namespace rampart
