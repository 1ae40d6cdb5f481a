#pragma once

#include "domain/soa.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <vector>

namespace rampart {

// One gap in the SoA that an auditor would point at.
struct SoaFinding
{
    enum Rule {
        NoDecision,
        ExcludedWithoutJustification,
        ExcludedButReliedOn,  // not applicable, yet a risk's treatment plans it
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

    // The references of the risks whose treatment plans each entry's control, by
    // entry id (from the risk register; see Soa::findings).
    using RelyingRisks = QHash<qint64, QStringList>;

    // Findings in SoA order, and within a row in rule order.
    static std::vector<SoaFinding> check(const std::vector<SoaEntry> &entries, const QDate &today,
                                         const RelyingRisks &relyingRisks = {});
    // Whether one rule finds a gap in one entry; risks are those relying on it.
    static bool applies(SoaFinding::Rule rule, const SoaEntry &entry, const QDate &today,
                        const QStringList &risks = {});

    static QString ruleKey(SoaFinding::Rule rule);    // "no_decision": for scripts
    static QString ruleLabel(SoaFinding::Rule rule);  // "No decision"
    static QString message(SoaFinding::Rule rule, const SoaEntry &entry, const QStringList &risks = {});
    // "R-003, R-017", and past a handful "R-001, ... and 4,936 more": a generated
    // register can have thousands of risks behind one control.
    static QString riskList(const QStringList &references);
};

} // namespace rampart
