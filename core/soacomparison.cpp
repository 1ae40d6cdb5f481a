#include "soacomparison.h"

#include "domain/fields.h"
#include "stores/soastore.h"

#include <QHash>

namespace rampart {

QString SoaComparison::fieldKey(int field)
{
    switch (field) {
    case ControlReference:
        return QStringLiteral("reference");
    case ControlTitle:
        return QStringLiteral("title");
    case ControlTheme:
        return QStringLiteral("theme");
    case ControlDescription:
        return QStringLiteral("description");
    default:
        return SoaStore::column(field);
    }
}

QString SoaComparison::fieldLabel(int field)
{
    switch (field) {
    case ControlReference:
        return tr("Reference");
    case ControlTitle:
        return tr("Title");
    case ControlTheme:
        return tr("Theme");
    case ControlDescription:
        return tr("Control description");
    default:
        return rampart::fieldLabel(Entity::SoaEntry, field);
    }
}

QString SoaComparison::displayValue(const SoaEntry &e, int field)
{
    switch (field) {
    case ControlReference:
        return e.controlRef;
    case ControlTitle:
        return e.title;
    case ControlTheme:
        return e.themeCode;
    case ControlDescription:
        return e.controlDescription;
    case SoaEntry::ApplicabilityField:
        return applicabilityLabel(e.applicability);
    case SoaEntry::Reasons:
        return reasonLabels(e.reasons).join(QStringLiteral("; "));
    case SoaEntry::ReasonNarrative:
        return e.reasonNarrative;
    case SoaEntry::ExclusionJustification:
        return e.exclusionJustification;
    case SoaEntry::Status:
        return statusLabel(e.status);
    case SoaEntry::Implementation:
        return e.implementation;
    case SoaEntry::Owner:
        return e.owner;
    case SoaEntry::TargetDate:
        return e.targetDate.isValid() ? e.targetDate.toString(Qt::ISODate) : QString();
    case SoaEntry::References:
        return e.references.join(QStringLiteral("; "));
    case SoaEntry::LastReviewed:
        return e.lastReviewed.isValid() ? e.lastReviewed.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QString SoaComparison::kindLabel(SoaRowDifference::Kind kind)
{
    switch (kind) {
    case SoaRowDifference::Added:
        return tr("Added");
    case SoaRowDifference::Removed:
        return tr("Removed");
    case SoaRowDifference::Changed:
        return tr("Changed");
    }
    return {};
}

std::vector<SoaRowDifference> SoaComparison::compare(const std::vector<SoaEntry> &before,
                                                     const std::vector<SoaEntry> &after)
{
    QHash<QString, const SoaEntry *> earlier;
    for (const SoaEntry &e : before)
        earlier.insert(e.comparisonKey(), &e);
    QHash<QString, bool> seen;
    std::vector<SoaRowDifference> out;
    for (const SoaEntry &now : after) {
        const QString key = now.comparisonKey();
        seen.insert(key, true);
        const SoaEntry *then = earlier.value(key);
        if (!then) {
            out.push_back({SoaRowDifference::Added, now.controlRef, now.title, now.own, now.id, {}});
            continue;
        }
        SoaRowDifference difference{SoaRowDifference::Changed, now.controlRef, now.title, now.own, now.id, {}};
        // Annex A titles are the catalog's; only own controls carry their own.
        const int first = now.own || then->own ? ControlReference : ComparedFieldCount;
        for (int field = first; field < ComparedFieldCount; ++field) {
            const QString a = displayValue(*then, field);
            const QString b = displayValue(now, field);
            if (a != b)
                difference.changes.push_back({fieldKey(field), fieldLabel(field), a, b});
        }
        for (int field = 0; field < SoaEntry::FieldCount; ++field) {
            const QString a = displayValue(*then, field);
            const QString b = displayValue(now, field);
            if (a != b)
                difference.changes.push_back({fieldKey(field), fieldLabel(field), a, b});
        }
        if (!difference.changes.empty())
            out.push_back(std::move(difference));
    }
    for (const SoaEntry &then : before) {
        if (!seen.contains(then.comparisonKey()))
            out.push_back({SoaRowDifference::Removed, then.controlRef, then.title, then.own, 0, {}});
    }
    return out;
}

} // namespace rampart
