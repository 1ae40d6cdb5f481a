#pragma once

#include <QString>
#include <QtGlobal>

namespace rampart {

// The organisation profile, its ISMS scope (clause 4.3) and its decision whether
// climate change is a relevant issue (4.1 as amended in 2024). There is exactly one
// per file; its row id is always 1.
struct Organisation
{
    enum Field {
        Name,
        LegalName,
        Sector,
        Headcount,
        Locations,
        IsmsManager,
        Description,
        ScopeStatement,
        ScopeBoundaries,
        ScopeInterfaces,
        ClimateRelevant,   // "yes", "no", or empty while undecided (4.1, Amd 1:2024)
        ClimateReasoning,
        FieldCount
    };

    static constexpr qint64 RowId = 1;

    QString uid;
    QString name;
    QString legalName;
    QString sector;
    int headcount = 0;  // 0 means not given
    QString locations;
    QString ismsManager;
    QString description;
    QString scopeStatement;
    QString scopeBoundaries;
    QString scopeInterfaces;
    QString climateRelevant;  // "yes", "no" or empty
    QString climateReasoning;
};

// Something deliberately left out of the ISMS scope, with the reason (4.3).
struct ScopeExclusion
{
    enum Field { Exclusion, Justification, FieldCount };

    qint64 id = 0;
    QString uid;
    QString exclusion;
    QString justification;
};

} // namespace rampart
