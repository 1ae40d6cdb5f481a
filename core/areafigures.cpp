#include "areafigures.h"

namespace rampart {

// This branch of Rampart carries none of these registers, so every function answers
// "not in this file". When a register merges, its function reads the register's
// store here; nothing else needs to know.

RiskFigures AreaFigures::risks(Document &, const QDate &)
{
    return {};
}

SoaFigures AreaFigures::soa(Document &)
{
    return {};
}

AuditFigures AreaFigures::audits(Document &, const QDate &)
{
    return {};
}

NonconformityFigures AreaFigures::nonconformities(Document &, const QDate &)
{
    return {};
}

} // namespace rampart
