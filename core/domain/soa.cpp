#include "soa.h"

#include <QCoreApplication>

namespace rampart {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::Soa", text);
}

} // namespace

QString applicabilityKey(Applicability value)
{
    switch (value) {
    case Applicability::Undecided:
        return QStringLiteral("undecided");
    case Applicability::Applicable:
        return QStringLiteral("applicable");
    case Applicability::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

Applicability applicabilityFromKey(const QString &key, bool *ok)
{
    for (const Applicability value : allApplicabilities()) {
        if (applicabilityKey(value) == key) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Applicability::Undecided;
}

QString applicabilityLabel(Applicability value)
{
    switch (value) {
    case Applicability::Undecided:
        return tr("Undecided");
    case Applicability::Applicable:
        return tr("Applicable");
    case Applicability::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QList<Applicability> allApplicabilities()
{
    return {Applicability::Undecided, Applicability::Applicable, Applicability::NotApplicable};
}

QString statusKey(ImplementationStatus value)
{
    switch (value) {
    case ImplementationStatus::NotStarted:
        return QStringLiteral("not_started");
    case ImplementationStatus::Planned:
        return QStringLiteral("planned");
    case ImplementationStatus::Partial:
        return QStringLiteral("partial");
    case ImplementationStatus::Implemented:
        return QStringLiteral("implemented");
    case ImplementationStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

ImplementationStatus statusFromKey(const QString &key, bool *ok)
{
    for (const ImplementationStatus value : allStatuses()) {
        if (statusKey(value) == key) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return ImplementationStatus::NotStarted;
}

QString statusLabel(ImplementationStatus value)
{
    switch (value) {
    case ImplementationStatus::NotStarted:
        return tr("Not started");
    case ImplementationStatus::Planned:
        return tr("Planned");
    case ImplementationStatus::Partial:
        return tr("Partially implemented");
    case ImplementationStatus::Implemented:
        return tr("Implemented");
    case ImplementationStatus::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QList<ImplementationStatus> allStatuses()
{
    return {ImplementationStatus::NotStarted, ImplementationStatus::Planned, ImplementationStatus::Partial,
            ImplementationStatus::Implemented, ImplementationStatus::NotApplicable};
}

QString reasonKey(int reason)
{
    switch (reason) {
    case RiskTreatmentReason:
        return QStringLiteral("risk_treatment");
    case LegalReason:
        return QStringLiteral("legal");
    case ContractualReason:
        return QStringLiteral("contractual");
    case BusinessReason:
        return QStringLiteral("business");
    }
    return {};
}

QString reasonLabel(int reason)
{
    switch (reason) {
    case RiskTreatmentReason:
        return tr("Risk treatment");
    case LegalReason:
        return tr("Legal or regulatory requirement");
    case ContractualReason:
        return tr("Contractual obligation");
    case BusinessReason:
        return tr("Business requirement or good practice");
    }
    return {};
}

QString reasonShortLabel(int reason)
{
    switch (reason) {
    case RiskTreatmentReason:
        return tr("Risk");
    case LegalReason:
        return tr("Legal");
    case ContractualReason:
        return tr("Contract");
    case BusinessReason:
        return tr("Business");
    }
    return {};
}

QString reasonsToKeys(int reasons)
{
    QStringList keys;
    for (const int reason : AllSoaReasons) {
        if (reasons & reason)
            keys << reasonKey(reason);
    }
    return keys.join(QLatin1Char(','));
}

int reasonsFromKeys(const QString &keys, bool *ok)
{
    int reasons = 0;
    bool valid = true;
    const QStringList parts = keys.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.trimmed();
        bool known = false;
        for (const int reason : AllSoaReasons) {
            if (reasonKey(reason) == key) {
                reasons |= reason;
                known = true;
            }
        }
        valid = valid && known;
    }
    if (ok)
        *ok = valid;
    return reasons;
}

QStringList reasonLabels(int reasons)
{
    QStringList labels;
    for (const int reason : AllSoaReasons) {
        if (reasons & reason)
            labels << reasonLabel(reason);
    }
    return labels;
}

ImplementationStatus soaStatusAfterDecision(Applicability decision, ImplementationStatus current)
{
    if (decision == Applicability::NotApplicable)
        return ImplementationStatus::NotApplicable;
    if (current == ImplementationStatus::NotApplicable)
        return ImplementationStatus::NotStarted;
    return current;
}

bool soaStatusFits(Applicability decision, ImplementationStatus status)
{
    return (decision == Applicability::NotApplicable) == (status == ImplementationStatus::NotApplicable);
}

QString SoaEntry::comparisonKey() const
{
    return own ? QStringLiteral("own:") + uid : QStringLiteral("annex:") + controlRef;
}

QStringList cleanReferences(const QStringList &references)
{
    QStringList out;
    for (const QString &reference : references) {
        const QString trimmed = reference.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QStringList referencesFromText(const QString &text)
{
    return cleanReferences(text.split(QLatin1Char('\n')));
}

} // namespace rampart
