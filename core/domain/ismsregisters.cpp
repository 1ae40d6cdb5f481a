// The registers of clauses 4 to 10, described as data. Column names, JSON keys and
// choice keys are stored in files and exports: never change one once released (add a
// migration in core/storage/schema.cpp for new columns).

#include "ismsregisters.h"

#include <QCoreApplication>

namespace rampart {

namespace {

struct Fields
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
};

FieldSpec reference()
{
    return {.column = "ref", .jsonKey = "ref", .type = FieldType::Reference,
            .label = QT_TRANSLATE_NOOP("Fields", "Reference")};
}

FieldSpec text(const char *column, const char *jsonKey, const char *label, const char *hint = nullptr,
               bool inTable = true)
{
    return {.column = column, .jsonKey = jsonKey, .type = FieldType::Text, .label = label, .hint = hint,
            .inTable = inTable};
}

FieldSpec longText(const char *column, const char *jsonKey, const char *label, const char *hint = nullptr,
                   bool inTable = false)
{
    return {.column = column, .jsonKey = jsonKey, .type = FieldType::LongText, .label = label, .hint = hint,
            .inTable = inTable};
}

FieldSpec date(const char *column, const char *jsonKey, const char *label, bool defaultToday = false)
{
    return {.column = column, .jsonKey = jsonKey, .type = FieldType::Date, .label = label,
            .defaultToday = defaultToday};
}

FieldSpec choice(const char *column, const char *jsonKey, const char *label, std::vector<ChoiceSpec> choices,
                 bool inTable = true)
{
    return {.column = column, .jsonKey = jsonKey, .type = FieldType::Choice, .label = label,
            .choices = std::move(choices), .inTable = inTable};
}

FieldSpec required(FieldSpec field)
{
    field.required = true;
    return field;
}

FieldSpec startingWith(FieldSpec field, const char *initial)
{
    field.initial = initial;
    return field;
}

const std::vector<ChoiceSpec> &openStatus()
{
    static const std::vector<ChoiceSpec> choices = {
        {"open", QT_TRANSLATE_NOOP("Fields", "Open")},
        {"in_progress", QT_TRANSLATE_NOOP("Fields", "In progress")},
        {"done", QT_TRANSLATE_NOOP("Fields", "Done")},
        {"cancelled", QT_TRANSLATE_NOOP("Fields", "Cancelled")},
    };
    return choices;
}

QDate dateOf(const QVariantList &values, int field)
{
    return QDate::fromString(values.value(field).toString(), Qt::ISODate);
}

QString documentAttention(const QVariantList &values, const QDate &today)
{
    const QDate next = dateOf(values, DocumentField::NextReview);
    if (next.isValid() && next < today)
        return Fields::tr("Review overdue since %1").arg(next.toString(Qt::ISODate));
    if (values.value(DocumentField::ApprovedOn).toString().isEmpty())
        return Fields::tr("No approval date recorded");
    return {};
}

QString partyAttention(const QVariantList &values, const QDate &)
{
    if (values.value(PartyField::Addressed).toString().isEmpty())
        return Fields::tr("Decide whether the ISMS addresses these requirements (4.2 c)");
    return {};
}

QString objectiveAttention(const QVariantList &values, const QDate &today)
{
    const QString status = values.value(ObjectiveField::Status).toString();
    if (status == QLatin1String("achieved") || status == QLatin1String("missed"))
        return {};
    const QDate due = dateOf(values, ObjectiveField::Due);
    if (due.isValid() && due < today)
        return Fields::tr("Due date %1 has passed").arg(due.toString(Qt::ISODate));
    if (status == QLatin1String("at_risk"))
        return Fields::tr("At risk");
    if (values.value(ObjectiveField::Measure).toString().trimmed().isEmpty()
        || values.value(ObjectiveField::Owner).toString().trimmed().isEmpty())
        return Fields::tr("An objective needs a measure and an owner (6.2)");
    return {};
}

QString changeAttention(const QVariantList &values, const QDate &today)
{
    const QString status = values.value(ChangeField::Status).toString();
    const QDate planned = dateOf(values, ChangeField::PlannedFor);
    if (planned.isValid() && planned < today && status != QLatin1String("done")
        && status != QLatin1String("cancelled"))
        return Fields::tr("Planned date %1 has passed").arg(planned.toString(Qt::ISODate));
    return {};
}

QString competenceAttention(const QVariantList &values, const QDate &)
{
    if (values.value(CompetenceField::Evidence).toString().trimmed().isEmpty())
        return Fields::tr("No evidence recorded");
    return {};
}

QString actionAttention(const QVariantList &values, const QDate &today)
{
    const QString status = values.value(ActionField::Status).toString();
    if (status == QLatin1String("done") || status == QLatin1String("cancelled")
        || values.value(ActionField::Kind).toString() == QLatin1String("decision"))
        return {};
    const QDate due = dateOf(values, ActionField::Due);
    if (due.isValid() && due < today)
        return Fields::tr("Overdue since %1").arg(due.toString(Qt::ISODate));
    return {};
}

RegisterSpec issues()
{
    return {
        .entity = Entity::Issue,
        .table = "issue",
        .jsonKey = "issues",
        .label = QT_TRANSLATE_NOOP("Fields", "Issue"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Issues"),
        .clause = "4.1",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "The internal and external issues that bear on what the ISMS can achieve: "
                                   "market, legal, technical, organisational and environmental matters. Note what "
                                   "each means for the ISMS and how the ISMS responds to it."),
        .referencePrefix = "ISS-",
        .titleField = IssueField::Issue,
        .fields = {
            reference(),
            choice("category", "category", QT_TRANSLATE_NOOP("Fields", "Category"),
                   {{"internal", QT_TRANSLATE_NOOP("Fields", "Internal")},
                    {"external", QT_TRANSLATE_NOOP("Fields", "External")}}),
            required(text("issue", "issue", QT_TRANSLATE_NOOP("Fields", "Issue"),
                          QT_TRANSLATE_NOOP("Fields", "The issue in one line"))),
            longText("effect", "effect", QT_TRANSLATE_NOOP("Fields", "Effect on the ISMS"),
                     QT_TRANSLATE_NOOP("Fields", "What it means for the intended outcomes of the ISMS"), true),
            longText("response", "response", QT_TRANSLATE_NOOP("Fields", "How it is addressed"),
                     QT_TRANSLATE_NOOP("Fields", "Controls, objectives, risks or decisions that deal with it"),
                     true),
        },
    };
}

RegisterSpec parties()
{
    return {
        .entity = Entity::InterestedParty,
        .table = "interested_party",
        .jsonKey = "interestedParties",
        .label = QT_TRANSLATE_NOOP("Fields", "Interested party"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Interested parties"),
        .clause = "4.2",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Who has a stake in the organisation's information security, what they "
                                   "require, and which of those requirements the ISMS takes on (4.2 c)."),
        .referencePrefix = "IP-",
        .titleField = PartyField::Party,
        .fields = {
            reference(),
            required(text("party", "party", QT_TRANSLATE_NOOP("Fields", "Interested party"),
                          QT_TRANSLATE_NOOP("Fields", "Customers, regulator, staff, a supplier..."))),
            choice("kind", "kind", QT_TRANSLATE_NOOP("Fields", "Category"),
                   {{"internal", QT_TRANSLATE_NOOP("Fields", "Internal")},
                    {"external", QT_TRANSLATE_NOOP("Fields", "External")}}),
            longText("requirements", "requirements", QT_TRANSLATE_NOOP("Fields", "Needs and expectations"),
                     QT_TRANSLATE_NOOP("Fields", "Legal, contractual and other requirements they have"), true),
            choice("addressed", "addressed", QT_TRANSLATE_NOOP("Fields", "Addressed through the ISMS"),
                   {{"yes", QT_TRANSLATE_NOOP("Fields", "Yes")},
                    {"partly", QT_TRANSLATE_NOOP("Fields", "Partly")},
                    {"no", QT_TRANSLATE_NOOP("Fields", "No")}}),
            longText("how", "how", QT_TRANSLATE_NOOP("Fields", "How, or why not"),
                     QT_TRANSLATE_NOOP("Fields", "How the ISMS meets them, or why it does not")),
        },
        .attention = partyAttention,
    };
}

RegisterSpec processes()
{
    return {
        .entity = Entity::IsmsProcess,
        .table = "isms_process",
        .jsonKey = "processes",
        .label = QT_TRANSLATE_NOOP("Fields", "ISMS process"),
        .plural = QT_TRANSLATE_NOOP("Fields", "ISMS processes"),
        .clause = "4.4",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "The processes the ISMS is made of and how they interact: who owns each, "
                                   "what goes in and what comes out."),
        .referencePrefix = "PR-",
        .titleField = ProcessField::Process,
        .fields = {
            reference(),
            required(text("process", "process", QT_TRANSLATE_NOOP("Fields", "Process"))),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            longText("inputs", "inputs", QT_TRANSLATE_NOOP("Fields", "Inputs"), nullptr, true),
            longText("outputs", "outputs", QT_TRANSLATE_NOOP("Fields", "Outputs"), nullptr, true),
            longText("interactions", "interactions", QT_TRANSLATE_NOOP("Fields", "Interactions"),
                     QT_TRANSLATE_NOOP("Fields", "Which other processes it feeds or depends on")),
        },
    };
}

RegisterSpec roles()
{
    return {
        .entity = Entity::Role,
        .table = "role",
        .jsonKey = "roles",
        .label = QT_TRANSLATE_NOOP("Fields", "Role"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Roles"),
        .clause = "5.3",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Who holds which information security role, with the responsibilities and "
                                   "authorities top management has assigned and communicated."),
        .titleField = RoleField::Role,
        .fields = {
            required(text("role", "role", QT_TRANSLATE_NOOP("Fields", "Role"))),
            text("person", "person", QT_TRANSLATE_NOOP("Fields", "Held by"),
                 QT_TRANSLATE_NOOP("Fields", "Name of the person (or a group)")),
            longText("responsibilities", "responsibilities", QT_TRANSLATE_NOOP("Fields", "Responsibilities"),
                     nullptr, true),
            longText("authorities", "authorities", QT_TRANSLATE_NOOP("Fields", "Authorities"),
                     QT_TRANSLATE_NOOP("Fields", "What the role may decide or approve")),
        },
    };
}

RegisterSpec documents()
{
    return {
        .entity = Entity::IsmsDocument,
        .table = "isms_document",
        .jsonKey = "documents",
        .label = QT_TRANSLATE_NOOP("Fields", "Document"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Documents"),
        .clause = "7.5",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "The documented information of the ISMS: policies, procedures, plans and "
                                   "records, with version, owner, approval and review dates, where each is kept "
                                   "and which clauses and controls it serves (5.2, 7.5)."),
        .referencePrefix = "DOC-",
        .referenceDigits = 3,
        .titleField = DocumentField::Title,
        .fields = {
            reference(),
            required(text("title", "title", QT_TRANSLATE_NOOP("Fields", "Title"))),
            choice("doc_type", "type", QT_TRANSLATE_NOOP("Fields", "Type"),
                   {{"policy", QT_TRANSLATE_NOOP("Fields", "Policy")},
                    {"procedure", QT_TRANSLATE_NOOP("Fields", "Procedure")},
                    {"record", QT_TRANSLATE_NOOP("Fields", "Record")},
                    {"plan", QT_TRANSLATE_NOOP("Fields", "Plan")},
                    {"standard", QT_TRANSLATE_NOOP("Fields", "Standard")},
                    {"guideline", QT_TRANSLATE_NOOP("Fields", "Guideline")},
                    {"other", QT_TRANSLATE_NOOP("Fields", "Other")}}),
            text("version", "version", QT_TRANSLATE_NOOP("Fields", "Version")),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            {.column = "approved_on", .jsonKey = "approvedOn", .type = FieldType::Date,
             .label = QT_TRANSLATE_NOOP("Fields", "Approved on"), .inTable = false},
            date("next_review", "nextReview", QT_TRANSLATE_NOOP("Fields", "Next review")),
            text("classification", "classification", QT_TRANSLATE_NOOP("Fields", "Classification"),
                 QT_TRANSLATE_NOOP("Fields", "Public, internal, confidential..."), false),
            text("location", "location", QT_TRANSLATE_NOOP("Fields", "Location or link"),
                 QT_TRANSLATE_NOOP("Fields", "Where the controlled copy is kept"), false),
            {.column = "clauses", .jsonKey = "clauses", .type = FieldType::CodeSet,
             .label = QT_TRANSLATE_NOOP("Fields", "Clauses served"), .codeTarget = CodeTarget::Clauses,
             .linkTable = "isms_document_clause", .inTable = false},
            {.column = "controls", .jsonKey = "controls", .type = FieldType::CodeSet,
             .label = QT_TRANSLATE_NOOP("Fields", "Controls served"), .codeTarget = CodeTarget::Controls,
             .linkTable = "isms_document_control", .inTable = false},
        },
        .attention = documentAttention,
    };
}

RegisterSpec objectives()
{
    return {
        .entity = Entity::Objective,
        .table = "objective",
        .jsonKey = "objectives",
        .label = QT_TRANSLATE_NOOP("Fields", "Objective"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Objectives"),
        .clause = "6.2",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Information security objectives, measurable where practicable: what will be "
                                   "done, with which resources, who owns it, by when, and how the result is "
                                   "evaluated."),
        .referencePrefix = "OBJ-",
        .titleField = ObjectiveField::Objective,
        .fields = {
            reference(),
            required(text("objective", "objective", QT_TRANSLATE_NOOP("Fields", "Objective"))),
            text("measure", "measure", QT_TRANSLATE_NOOP("Fields", "Measure"),
                 QT_TRANSLATE_NOOP("Fields", "How achievement is measured"), false),
            text("target", "target", QT_TRANSLATE_NOOP("Fields", "Target")),
            longText("plan", "plan", QT_TRANSLATE_NOOP("Fields", "What will be done")),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            date("due", "due", QT_TRANSLATE_NOOP("Fields", "Due")),
            longText("resources", "resources", QT_TRANSLATE_NOOP("Fields", "Resources")),
            startingWith(choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"),
                                {{"not_started", QT_TRANSLATE_NOOP("Fields", "Not started")},
                                 {"on_track", QT_TRANSLATE_NOOP("Fields", "On track")},
                                 {"at_risk", QT_TRANSLATE_NOOP("Fields", "At risk")},
                                 {"achieved", QT_TRANSLATE_NOOP("Fields", "Achieved")},
                                 {"missed", QT_TRANSLATE_NOOP("Fields", "Not achieved")}}),
                         "not_started"),
            longText("evaluation", "evaluation", QT_TRANSLATE_NOOP("Fields", "How it is evaluated"),
                     QT_TRANSLATE_NOOP("Fields", "Who looks at the result, when, and against what")),
        },
        .attention = objectiveAttention,
    };
}

RegisterSpec metrics()
{
    return {
        .entity = Entity::Metric,
        .table = "metric",
        .jsonKey = "metrics",
        .label = QT_TRANSLATE_NOOP("Fields", "Metric"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Measurements"),
        .clause = "9.1",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "What is monitored and measured, by which method, how often and by whom, "
                                   "with the values recorded over time."),
        .referencePrefix = "MET-",
        .titleField = MetricField::Name,
        .fields = {
            reference(),
            required(text("name", "name", QT_TRANSLATE_NOOP("Fields", "Metric"))),
            longText("measured", "measured", QT_TRANSLATE_NOOP("Fields", "What is measured")),
            longText("method", "method", QT_TRANSLATE_NOOP("Fields", "Method"),
                     QT_TRANSLATE_NOOP("Fields", "Source of the data and how the value is worked out")),
            choice("frequency", "frequency", QT_TRANSLATE_NOOP("Fields", "Frequency"),
                   {{"weekly", QT_TRANSLATE_NOOP("Fields", "Weekly")},
                    {"monthly", QT_TRANSLATE_NOOP("Fields", "Monthly")},
                    {"quarterly", QT_TRANSLATE_NOOP("Fields", "Quarterly")},
                    {"half_yearly", QT_TRANSLATE_NOOP("Fields", "Every six months")},
                    {"yearly", QT_TRANSLATE_NOOP("Fields", "Yearly")}}),
            text("unit", "unit", QT_TRANSLATE_NOOP("Fields", "Unit"), QT_TRANSLATE_NOOP("Fields", "%, days, count..."),
                 false),
            text("target", "target", QT_TRANSLATE_NOOP("Fields", "Target")),
            {.column = "target_value", .jsonKey = "targetValue", .type = FieldType::Number,
             .label = QT_TRANSLATE_NOOP("Fields", "Target value"),
             .hint = QT_TRANSLATE_NOOP("Fields", "The target as a number, for the chart"), .inTable = false},
            choice("direction", "direction", QT_TRANSLATE_NOOP("Fields", "Better when"),
                   {{"higher", QT_TRANSLATE_NOOP("Fields", "Higher")},
                    {"lower", QT_TRANSLATE_NOOP("Fields", "Lower")}},
                   false),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            {.column = "objective_id", .jsonKey = "objective", .type = FieldType::Link,
             .label = QT_TRANSLATE_NOOP("Fields", "Objective"), .target = Entity::Objective},
        },
    };
}

RegisterSpec measurements()
{
    return {
        .entity = Entity::Measurement,
        .table = "measurement",
        .jsonKey = "values",
        .label = QT_TRANSLATE_NOOP("Fields", "Measured value"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Measured values"),
        .clause = "9.1",
        .intro = QT_TRANSLATE_NOOP("Fields", "The values recorded for the metric, with the date each applies to."),
        .titleField = MeasurementField::MeasuredOn,
        .fields = {
            {.column = "metric_id", .jsonKey = "metric", .type = FieldType::Parent,
             .label = QT_TRANSLATE_NOOP("Fields", "Metric"), .target = Entity::Metric, .inTable = false},
            required(date("measured_on", "date", QT_TRANSLATE_NOOP("Fields", "Date"), true)),
            {.column = "value", .jsonKey = "value", .type = FieldType::Number,
             .label = QT_TRANSLATE_NOOP("Fields", "Value"), .required = true},
            text("note", "note", QT_TRANSLATE_NOOP("Fields", "Note")),
        },
        .parent = Entity::Metric,
        .parentField = MeasurementField::Metric,
    };
}

RegisterSpec changes()
{
    return {
        .entity = Entity::PlannedChange,
        .table = "planned_change",
        .jsonKey = "plannedChanges",
        .label = QT_TRANSLATE_NOOP("Fields", "Planned change"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Planned changes"),
        .clause = "6.3",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Changes to the ISMS, made in a planned way: why, what could follow from them, "
                                   "the resources they need and who is responsible."),
        .referencePrefix = "CHG-",
        .titleField = ChangeField::Change,
        .fields = {
            reference(),
            required(text("change", "change", QT_TRANSLATE_NOOP("Fields", "Change"))),
            longText("purpose", "purpose", QT_TRANSLATE_NOOP("Fields", "Purpose")),
            longText("consequences", "consequences", QT_TRANSLATE_NOOP("Fields", "Possible consequences")),
            longText("resources", "resources", QT_TRANSLATE_NOOP("Fields", "Resources")),
            text("responsibilities", "responsibilities", QT_TRANSLATE_NOOP("Fields", "Responsible")),
            date("planned_for", "plannedFor", QT_TRANSLATE_NOOP("Fields", "Planned for")),
            startingWith(choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"),
                                {{"proposed", QT_TRANSLATE_NOOP("Fields", "Proposed")},
                                 {"approved", QT_TRANSLATE_NOOP("Fields", "Approved")},
                                 {"in_progress", QT_TRANSLATE_NOOP("Fields", "In progress")},
                                 {"done", QT_TRANSLATE_NOOP("Fields", "Completed")},
                                 {"cancelled", QT_TRANSLATE_NOOP("Fields", "Cancelled")}}),
                         "proposed"),
        },
        .attention = changeAttention,
    };
}

RegisterSpec competence()
{
    return {
        .entity = Entity::CompetenceRecord,
        .table = "competence_record",
        .jsonKey = "competence",
        .label = QT_TRANSLATE_NOOP("Fields", "Competence or awareness record"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Competence and awareness"),
        .clause = "7.2",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Evidence that the people whose work affects information security are "
                                   "competent for it (7.2), and that everyone knows the policy, their part in the "
                                   "ISMS and what not following it means (7.3)."),
        .titleField = CompetenceField::Required,
        .fields = {
            choice("kind", "kind", QT_TRANSLATE_NOOP("Fields", "Kind"),
                   {{"competence", QT_TRANSLATE_NOOP("Fields", "Competence (7.2)")},
                    {"awareness", QT_TRANSLATE_NOOP("Fields", "Awareness (7.3)")}}),
            text("person", "person", QT_TRANSLATE_NOOP("Fields", "Person or role")),
            required(text("required", "required", QT_TRANSLATE_NOOP("Fields", "Competence or awareness needed"))),
            longText("evidence", "evidence", QT_TRANSLATE_NOOP("Fields", "Evidence"),
                     QT_TRANSLATE_NOOP("Fields", "Certificate, training record, attendance list..."), true),
            date("achieved_on", "date", QT_TRANSLATE_NOOP("Fields", "Date")),
        },
        .attention = competenceAttention,
    };
}

RegisterSpec communication()
{
    return {
        .entity = Entity::Communication,
        .table = "communication",
        .jsonKey = "communication",
        .label = QT_TRANSLATE_NOOP("Fields", "Communication"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Communication plan"),
        .clause = "7.4",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "What is communicated about information security, when, with whom, by whom "
                                   "and how, inside the organisation and outside it."),
        .titleField = CommunicationField::Topic,
        .fields = {
            required(text("topic", "what", QT_TRANSLATE_NOOP("Fields", "What"))),
            text("timing", "when", QT_TRANSLATE_NOOP("Fields", "When")),
            text("audience", "withWhom", QT_TRANSLATE_NOOP("Fields", "With whom")),
            text("communicator", "who", QT_TRANSLATE_NOOP("Fields", "Who communicates")),
            text("channel", "how", QT_TRANSLATE_NOOP("Fields", "How")),
        },
    };
}

RegisterSpec reviews()
{
    return {
        .entity = Entity::ManagementReview,
        .table = "management_review",
        .jsonKey = "managementReviews",
        .label = QT_TRANSLATE_NOOP("Fields", "Management review"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Management reviews"),
        .clause = "9.3",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Top management's reviews of the ISMS at planned intervals: the inputs a) to "
                                   "g) of 9.3.2, what was said about each, and the decisions and actions that "
                                   "came out of it (9.3.3)."),
        .referencePrefix = "MR-",
        .titleField = ReviewField::HeldOn,
        .fields = {
            reference(),
            required(date("held_on", "date", QT_TRANSLATE_NOOP("Fields", "Date"), true)),
            startingWith(choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"),
                                {{"planned", QT_TRANSLATE_NOOP("Fields", "Planned")},
                                 {"held", QT_TRANSLATE_NOOP("Fields", "Held")}}),
                         "planned"),
            text("chair", "chair", QT_TRANSLATE_NOOP("Fields", "Chair")),
            longText("attendees", "attendees", QT_TRANSLATE_NOOP("Fields", "Attendees"), nullptr, true),
            longText("input_a", "inputA", QT_TRANSLATE_NOOP("Fields", "Minutes a): actions from previous reviews")),
            longText("input_b", "inputB",
                     QT_TRANSLATE_NOOP("Fields", "Minutes b): changes in external and internal issues")),
            longText("input_c", "inputC",
                     QT_TRANSLATE_NOOP("Fields", "Minutes c): changes in interested parties' needs")),
            longText("input_d", "inputD",
                     QT_TRANSLATE_NOOP("Fields", "Minutes d): information security performance")),
            longText("input_e", "inputE",
                     QT_TRANSLATE_NOOP("Fields", "Feedback from interested parties (e)"),
                     QT_TRANSLATE_NOOP("Fields", "Customer questionnaires, complaints, auditors' remarks...")),
            longText("input_f", "inputF",
                     QT_TRANSLATE_NOOP("Fields", "Minutes f): risk assessment and treatment plan")),
            longText("input_g", "inputG",
                     QT_TRANSLATE_NOOP("Fields", "Minutes g): opportunities for improvement")),
            longText("conclusions", "conclusions", QT_TRANSLATE_NOOP("Fields", "Conclusions"),
                     QT_TRANSLATE_NOOP("Fields", "Is the ISMS still suitable, adequate and effective?")),
        },
    };
}

RegisterSpec reviewActions()
{
    return {
        .entity = Entity::ReviewAction,
        .table = "review_action",
        .jsonKey = "actions",
        .label = QT_TRANSLATE_NOOP("Fields", "Review decision or action"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Decisions and actions"),
        .clause = "9.3.3",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "The results of the review: decisions on improvement and on changes to the "
                                   "ISMS, and the actions that follow, each with an owner and a due date."),
        .referencePrefix = "ACT-",
        .referenceDigits = 3,
        .titleField = ActionField::Description,
        .fields = {
            {.column = "review_id", .jsonKey = "review", .type = FieldType::Parent,
             .label = QT_TRANSLATE_NOOP("Fields", "Management review"), .target = Entity::ManagementReview,
             .inTable = false},
            reference(),
            startingWith(choice("kind", "kind", QT_TRANSLATE_NOOP("Fields", "Kind"),
                                {{"decision", QT_TRANSLATE_NOOP("Fields", "Decision")},
                                 {"action", QT_TRANSLATE_NOOP("Fields", "Action")}}),
                         "action"),
            required(text("description", "description", QT_TRANSLATE_NOOP("Fields", "Decision or action"))),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            date("due", "due", QT_TRANSLATE_NOOP("Fields", "Due")),
            startingWith(choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"), openStatus()), "open"),
            longText("notes", "notes", QT_TRANSLATE_NOOP("Fields", "Progress notes")),
        },
        .parent = Entity::ManagementReview,
        .parentField = ActionField::Review,
        .attention = actionAttention,
    };
}

RegisterSpec improvements()
{
    return {
        .entity = Entity::Improvement,
        .table = "improvement",
        .jsonKey = "improvements",
        .label = QT_TRANSLATE_NOOP("Fields", "Improvement opportunity"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Improvement log"),
        .clause = "10.1",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Opportunities to make the ISMS more suitable, adequate and effective: where "
                                   "each came from, what was decided and where it stands."),
        .referencePrefix = "IMP-",
        .titleField = ImprovementField::Opportunity,
        .fields = {
            reference(),
            date("raised_on", "raisedOn", QT_TRANSLATE_NOOP("Fields", "Raised on"), true),
            required(text("opportunity", "opportunity", QT_TRANSLATE_NOOP("Fields", "Opportunity"))),
            choice("source", "source", QT_TRANSLATE_NOOP("Fields", "Source"),
                   {{"management_review", QT_TRANSLATE_NOOP("Fields", "Management review")},
                    {"internal_audit", QT_TRANSLATE_NOOP("Fields", "Internal audit")},
                    {"external_audit", QT_TRANSLATE_NOOP("Fields", "External audit")},
                    {"incident", QT_TRANSLATE_NOOP("Fields", "Incident")},
                    {"measurement", QT_TRANSLATE_NOOP("Fields", "Monitoring and measurement")},
                    {"staff", QT_TRANSLATE_NOOP("Fields", "Staff suggestion")},
                    {"customer", QT_TRANSLATE_NOOP("Fields", "Customer or other interested party")},
                    {"other", QT_TRANSLATE_NOOP("Fields", "Other")}}),
            text("owner", "owner", QT_TRANSLATE_NOOP("Fields", "Owner")),
            longText("decision", "decision", QT_TRANSLATE_NOOP("Fields", "Decision")),
            startingWith(choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"),
                                {{"open", QT_TRANSLATE_NOOP("Fields", "Open")},
                                 {"planned", QT_TRANSLATE_NOOP("Fields", "Planned")},
                                 {"in_progress", QT_TRANSLATE_NOOP("Fields", "In progress")},
                                 {"done", QT_TRANSLATE_NOOP("Fields", "Done")},
                                 {"rejected", QT_TRANSLATE_NOOP("Fields", "Not pursued")}}),
                         "open"),
        },
    };
}

RegisterSpec requirements()
{
    return {
        .entity = Entity::Requirement,
        .table = "requirement",
        .jsonKey = "requirements",
        .label = QT_TRANSLATE_NOOP("Fields", "Requirement"),
        .plural = QT_TRANSLATE_NOOP("Fields", "Requirements"),
        .clause = "4",
        .intro = QT_TRANSLATE_NOOP("Fields",
                                   "Where each requirement of clauses 4 to 10 stands and where it is met. Rampart "
                                   "pre-fills the status from the records in this file; a status you set "
                                   "yourself always wins."),
        .titleField = RequirementField::Clause,
        .fields = {
            {.column = "clause_id", .jsonKey = "clause", .type = FieldType::ClauseKey,
             .label = QT_TRANSLATE_NOOP("Fields", "Clause")},
            choice("status", "status", QT_TRANSLATE_NOOP("Fields", "Status"),
                   {{"not_started", QT_TRANSLATE_NOOP("Fields", "Not started")},
                    {"in_progress", QT_TRANSLATE_NOOP("Fields", "In progress")},
                    {"done", QT_TRANSLATE_NOOP("Fields", "Done")}}),
            longText("where_met", "whereMet", QT_TRANSLATE_NOOP("Fields", "Where it is met"),
                     QT_TRANSLATE_NOOP("Fields", "Records, documents, meetings or systems that show it"), true),
            longText("notes", "notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
            {.column = "documents", .jsonKey = "documents", .type = FieldType::CodeSet,
             .label = QT_TRANSLATE_NOOP("Fields", "Documents"), .codeTarget = CodeTarget::Register,
             .target = Entity::IsmsDocument, .linkTable = "requirement_document"},
        },
        .fixedRows = true,
    };
}

} // namespace

const std::vector<const RegisterSpec *> &registerSpecs()
{
    static const RegisterSpec specs[] = {
        issues(),     parties(),      processes(),  roles(),         documents(),     objectives(),
        metrics(),    measurements(), changes(),    competence(),    communication(), reviews(),
        reviewActions(), improvements(), requirements(),
    };
    static const std::vector<const RegisterSpec *> all = [] {
        std::vector<const RegisterSpec *> list;
        for (const RegisterSpec &spec : specs)
            list.push_back(&spec);
        return list;
    }();
    return all;
}

const RegisterSpec *registerSpec(Entity entity)
{
    for (const RegisterSpec *spec : registerSpecs()) {
        if (spec->entity == entity)
            return spec;
    }
    return nullptr;
}

} // namespace rampart
