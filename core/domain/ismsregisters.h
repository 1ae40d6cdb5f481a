#pragma once

#include "registerspec.h"

namespace rampart {

// Field numbers of the registers of clauses 4 to 10, in the order of their
// RegisterSpec::fields (ismsregisters.cpp). Code that reads one particular field
// (rules, summaries, the management review) names it through these.

struct IssueField  // 4.1
{
    enum : int { Ref, Category, Issue, Effect, Response, Count };
};

struct PartyField  // 4.2
{
    enum : int { Ref, Party, Kind, Requirements, Addressed, How, Count };
};

struct ProcessField  // 4.4
{
    enum : int { Ref, Process, Owner, Inputs, Outputs, Interactions, Count };
};

struct RoleField  // 5.3
{
    enum : int { Role, Person, Responsibilities, Authorities, Count };
};

struct DocumentField  // 5.2, 7.5
{
    enum : int {
        Ref,
        Title,
        Type,
        Version,
        Owner,
        ApprovedOn,
        NextReview,
        Classification,
        Location,
        Clauses,
        Controls,
        Count
    };
};

struct ObjectiveField  // 6.2
{
    enum : int { Ref, Objective, Measure, Target, Plan, Owner, Due, Resources, Status, Evaluation, Count };
};

struct MetricField  // 9.1
{
    enum : int { Ref, Name, Measured, Method, Frequency, Unit, Target, TargetValue, Direction, Owner, Objective, Count };
};

struct MeasurementField  // 9.1, one recorded value of a metric
{
    enum : int { Metric, MeasuredOn, Value, Note, Count };
};

struct ChangeField  // 6.3
{
    enum : int { Ref, Change, Purpose, Consequences, Resources, Responsibilities, PlannedFor, Status, Count };
};

struct CompetenceField  // 7.2, 7.3
{
    enum : int { Kind, Person, Required, Evidence, AchievedOn, Count };
};

struct CommunicationField  // 7.4
{
    enum : int { Topic, Timing, Audience, Communicator, Channel, Count };
};

struct ReviewField  // 9.3
{
    enum : int {
        Ref,
        HeldOn,
        Status,
        Chair,
        Attendees,
        InputA,
        InputB,
        InputC,
        InputD,
        InputE,
        InputF,
        InputG,
        Conclusions,
        Count
    };
    static constexpr int InputCount = 7;  // a) to g) of 9.3.2
};

struct ActionField  // 9.3.3, a decision or action of a management review
{
    enum : int { Review, Ref, Kind, Description, Owner, Due, Status, Notes, Count };
};

struct ImprovementField  // 10.1
{
    enum : int { Ref, RaisedOn, Opportunity, Source, Owner, Decision, Status, Count };
};

struct RequirementField  // the checklist of clauses 4 to 10, one fixed row per sub-clause
{
    enum : int { Clause, Status, WhereMet, Notes, Documents, Count };
};

} // namespace rampart
