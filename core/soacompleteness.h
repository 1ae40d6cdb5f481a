#pragma once

#include "domain/soa.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace rampart {

// One gap in the SoA that an auditor would point at.
struct SoaFinding
{
    enum Rule {
        NoDecision,
        ExcludedWithoutJustification,
        IncludedWithoutReason,
        ImplementedWithoutDescription,
        OwnerMissing,
        ReviewOverdue,
        RuleCount
    };

    Rule rule = NoDecision;
    qint64 entryId = 0;
    QString controlRef;
    QString title;
    QString message;  // one sentence, translated
};

// The completeness rules of the SoA, in one place, so that the GUI's panel, the CLI's
// `check` and the summary count the same gaps.
class SoaCompleteness
{
    Q_DECLARE_TR_FUNCTIONS(SoaCompleteness)

public:
    // A decision is looked at again at least this often (9.3 and 6.1.3 expect the SoA
    // to be kept current; a yearly review is what auditors expect to see).
    static constexpr int ReviewIntervalMonths = 12;

    // Findings in SoA order, and within a row in rule order.
    static std::vector<SoaFinding> check(const std::vector<SoaEntry> &entries, const QDate &today);
    // Whether one rule finds a gap in one entry.
    static bool applies(SoaFinding::Rule rule, const SoaEntry &entry, const QDate &today);

    static QString ruleKey(SoaFinding::Rule rule);    // "no_decision": for scripts
    static QString ruleLabel(SoaFinding::Rule rule);  // "No decision"
    static QString message(SoaFinding::Rule rule, const SoaEntry &entry);
};

} // namespace rampart
