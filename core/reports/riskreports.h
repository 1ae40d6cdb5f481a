#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace rampart {

class Document;

// The printed documents of risk management: the risk register with the method and the
// assessment results (clauses 6.1.2, 8.2), and the risk treatment plan with the risk
// owners' acceptance of residual risk (clauses 6.1.3 e and f, 8.3). Everything is read
// through the stores; ratings come from the method, counts from the register.
class RiskReports
{
    Q_DECLARE_TR_FUNCTIONS(RiskReports)

public:
    static void buildRegister(Document &document, ReportDocument *report);
    static void buildTreatmentPlan(Document &document, ReportDocument *report);
};

} // namespace rampart
