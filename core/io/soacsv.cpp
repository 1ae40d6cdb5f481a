#include "soacsv.h"

#include "catalog/catalog.h"
#include "io/csv.h"
#include "soa.h"
#include "stores/soastore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace rampart {

namespace {

// Header and value matching ignores case, spaces and punctuation: "Control ID",
// "control_id" and "CONTROL-ID" are the same column.
QString squeeze(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The names a column goes by in the spreadsheets people bring, besides its own header.
QStringList aliases(SoaCsv::Column column)
{
    switch (column) {
    case SoaCsv::Control:
        return {QStringLiteral("control"), QStringLiteral("control id"), QStringLiteral("id"),
                QStringLiteral("ref"), QStringLiteral("reference"), QStringLiteral("control reference"),
                QStringLiteral("annex a"), QStringLiteral("annex a control"), QStringLiteral("clause")};
    case SoaCsv::Theme:
        return {QStringLiteral("theme"), QStringLiteral("category"), QStringLiteral("group")};
    case SoaCsv::Title:
        return {QStringLiteral("title"), QStringLiteral("control title"), QStringLiteral("name"),
                QStringLiteral("control name")};
    case SoaCsv::ApplicableColumn:
        return {QStringLiteral("applicable"), QStringLiteral("applicability"), QStringLiteral("applies"),
                QStringLiteral("decision"), QStringLiteral("included")};
    case SoaCsv::ReasonsColumn:
        return {QStringLiteral("reasons"), QStringLiteral("reason"), QStringLiteral("reasons for inclusion"),
                QStringLiteral("reason for inclusion"), QStringLiteral("inclusion reasons")};
    case SoaCsv::ReasonNarrativeColumn:
        return {QStringLiteral("why included"), QStringLiteral("reason narrative"),
                QStringLiteral("inclusion narrative"), QStringLiteral("justification for inclusion"),
                QStringLiteral("rationale")};
    case SoaCsv::JustificationColumn:
        return {QStringLiteral("justification for exclusion"), QStringLiteral("exclusion justification"),
                QStringLiteral("reason for exclusion"), QStringLiteral("justification")};
    case SoaCsv::StatusColumn:
        return {QStringLiteral("status"), QStringLiteral("implementation status")};
    case SoaCsv::ImplementationColumn:
        return {QStringLiteral("implementation"), QStringLiteral("how it is implemented"),
                QStringLiteral("implementation description"), QStringLiteral("how implemented")};
    case SoaCsv::OwnerColumn:
        return {QStringLiteral("owner"), QStringLiteral("control owner"), QStringLiteral("responsible")};
    case SoaCsv::TargetDateColumn:
        return {QStringLiteral("target date"), QStringLiteral("target"), QStringLiteral("due date"),
                QStringLiteral("due")};
    case SoaCsv::ReferencesColumn:
        return {QStringLiteral("documents and evidence"), QStringLiteral("references"),
                QStringLiteral("documents"), QStringLiteral("evidence")};
    case SoaCsv::LastReviewedColumn:
        return {QStringLiteral("last reviewed"), QStringLiteral("reviewed"), QStringLiteral("review date"),
                QStringLiteral("last review")};
    case SoaCsv::ColumnCount:
        break;
    }
    return {};
}

QString yes()
{
    return SoaCsv::tr("Yes");
}

QString no()
{
    return SoaCsv::tr("No");
}

std::optional<Applicability> parseApplicability(const QString &cell)
{
    const QString v = squeeze(cell);
    if (v.isEmpty() || v == QLatin1String("undecided") || v == squeeze(applicabilityLabel(Applicability::Undecided)))
        return Applicability::Undecided;
    static const QStringList yesWords = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                         QStringLiteral("1"), QStringLiteral("applicable"),
                                         QStringLiteral("included")};
    static const QStringList noWords = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                        QStringLiteral("0"), QStringLiteral("notapplicable"), QStringLiteral("na"),
                                        QStringLiteral("excluded")};
    if (yesWords.contains(v) || v == squeeze(yes()) || v == squeeze(applicabilityLabel(Applicability::Applicable)))
        return Applicability::Applicable;
    if (noWords.contains(v) || v == squeeze(no()) || v == squeeze(applicabilityLabel(Applicability::NotApplicable)))
        return Applicability::NotApplicable;
    return std::nullopt;
}

std::optional<ImplementationStatus> parseStatus(const QString &cell)
{
    const QString v = squeeze(cell);
    for (const ImplementationStatus status : allStatuses()) {
        if (v == squeeze(statusKey(status)) || v == squeeze(statusLabel(status)))
            return status;
    }
    if (v == QLatin1String("partiallyimplemented"))
        return ImplementationStatus::Partial;
    if (v == QLatin1String("na"))
        return ImplementationStatus::NotApplicable;
    return std::nullopt;
}

// A set of reasons: keys, labels or the words people use for them, separated by
// semicolons, commas, bars or line breaks.
std::optional<int> parseReasons(const QString &cell, QString *unknown)
{
    static const QRegularExpression separators(QStringLiteral("[;,|\\n]"));
    int reasons = 0;
    const QStringList parts = cell.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString v = squeeze(part);
        if (v.isEmpty())
            continue;
        int found = 0;
        for (const int reason : AllSoaReasons) {
            if (v == squeeze(reasonKey(reason)) || v == squeeze(reasonLabel(reason)))
                found = reason;
        }
        if (!found) {
            if (v.startsWith(QLatin1String("risk")))
                found = RiskTreatmentReason;
            else if (v.startsWith(QLatin1String("legal")) || v.startsWith(QLatin1String("regulat"))
                     || v == QLatin1String("law"))
                found = LegalReason;
            else if (v.startsWith(QLatin1String("contract")))
                found = ContractualReason;
            else if (v.startsWith(QLatin1String("business")) || v.contains(QLatin1String("practice")))
                found = BusinessReason;
        }
        if (!found) {
            *unknown = part.trimmed();
            return std::nullopt;
        }
        reasons |= found;
    }
    return reasons;
}

// The control a cell names: an Annex A code ("5.1", also written "A.5.1") or the
// reference of an own control, in any case.
QString controlKey(const QString &cell)
{
    QString v = cell.trimmed();
    static const QRegularExpression annexPrefix(QStringLiteral("^A\\.?\\s*(?=\\d)"),
                                                QRegularExpression::CaseInsensitiveOption);
    v.remove(annexPrefix);
    return v.toLower();
}

} // namespace

QString SoaCsv::header(Column column)
{
    switch (column) {
    case Control:
        return tr("Control");
    case Theme:
        return tr("Theme");
    case Title:
        return tr("Title");
    case ApplicableColumn:
        return tr("Applicable");
    case ReasonsColumn:
        return tr("Reasons for inclusion");
    case ReasonNarrativeColumn:
        return tr("Why included");
    case JustificationColumn:
        return tr("Justification for exclusion");
    case StatusColumn:
        return tr("Status");
    case ImplementationColumn:
        return tr("Implementation");
    case OwnerColumn:
        return tr("Owner");
    case TargetDateColumn:
        return tr("Target date");
    case ReferencesColumn:
        return tr("Documents and evidence");
    case LastReviewedColumn:
        return tr("Last reviewed");
    case ColumnCount:
        break;
    }
    return {};
}

QList<QStringList> SoaCsv::table(const Document &document)
{
    QList<QStringList> rows;
    QStringList head;
    for (int c = 0; c < ColumnCount; ++c)
        head << header(Column(c));
    rows << head;
    const Catalog &catalog = document.catalog();
    for (const SoaEntry &e : document.soa().entries()) {
        const CatalogTheme *theme = catalog.theme(e.themeCode);
        const QString applicable = e.applicability == Applicability::Applicable      ? yes()
                                   : e.applicability == Applicability::NotApplicable ? no()
                                                                                     : QString();
        rows << QStringList{
            Csv::safeText(e.controlRef),
            Csv::safeText(theme ? theme->name : e.themeCode),
            Csv::safeText(e.title),
            applicable,
            reasonLabels(e.reasons).join(QStringLiteral("; ")),
            Csv::safeText(e.reasonNarrative),
            Csv::safeText(e.exclusionJustification),
            statusLabel(e.status),
            Csv::safeText(e.implementation),
            Csv::safeText(e.owner),
            e.targetDate.isValid() ? e.targetDate.toString(Qt::ISODate) : QString(),
            Csv::safeText(e.references.join(QLatin1Char('\n'))),
            e.lastReviewed.isValid() ? e.lastReviewed.toString(Qt::ISODate) : QString(),
        };
    }
    return rows;
}

bool SoaCsv::exportTo(const Document &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !Csv::writeTo(&file, table(document)) || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

SoaImportPlan SoaCsv::plan(const Document &document, const QByteArray &csv)
{
    SoaImportPlan plan;
    CsvTable table;
    QString parseError;
    if (!Csv::parse(csv, &table, &parseError)) {
        plan.problems << parseError;
        return plan;
    }

    // Which file column holds which SoA column.
    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = squeeze(table.header.at(i));
        int match = -1;
        for (int c = 0; c < ColumnCount && match < 0; ++c) {
            if (name == squeeze(header(Column(c))))
                match = c;
            const QStringList names = aliases(Column(c));
            for (const QString &alias : names) {
                if (name == squeeze(alias))
                    match = c;
            }
        }
        if (match < 0) {
            if (!name.isEmpty())
                plan.ignoredColumns << table.header.at(i);
            continue;
        }
        if (columnOf[match] >= 0) {
            plan.problems << tr("line 1, column \"%1\": a second column for %2 (the first is \"%3\")")
                                 .arg(table.header.at(i), header(Column(match)), table.header.at(columnOf[match]));
            continue;
        }
        columnOf[match] = i;
    }
    if (columnOf[Control] < 0) {
        plan.problems << tr("line 1: no column names the control (a column headed \"%1\" is needed)")
                             .arg(header(Control));
        return plan;
    }

    const std::vector<SoaEntry> entries = document.soa().entries();
    QHash<QString, const SoaEntry *> byKey;
    for (const SoaEntry &e : entries)
        byKey.insert(e.controlRef.toLower(), &e);
    QHash<QString, int> firstLine;
    const SoaCompleteness::RelyingRisks relying =
        columnOf[ApplicableColumn] >= 0 ? document.soa().relyingRisks() : SoaCompleteness::RelyingRisks();

    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.rowLines.value(r);
        ++plan.rowsRead;
        if (row.size() != table.header.size()) {
            plan.problems << tr("line %1: %2 cells, but the header has %3").arg(line).arg(row.size()).arg(
                table.header.size());
            continue;
        }
        auto cell = [&](Column c) { return row.at(columnOf[c]); };
        auto problem = [&](Column c, const QString &message) {
            plan.problems << tr("line %1, column \"%2\": %3").arg(line).arg(table.header.at(columnOf[c]), message);
        };
        const QString key = controlKey(Csv::unsafeText(cell(Control)));
        if (key.isEmpty()) {
            problem(Control, tr("no control given"));
            continue;
        }
        const SoaEntry *current = byKey.value(key);
        if (!current) {
            problem(Control, tr("\"%1\" is neither an Annex A control nor one of this SoA's own controls")
                                 .arg(cell(Control).trimmed()));
            continue;
        }
        if (firstLine.contains(key)) {
            problem(Control, tr("%1 appears again (first on line %2)").arg(current->controlRef).arg(firstLine.value(key)));
            continue;
        }
        firstLine.insert(key, line);

        SoaEntry target = *current;
        bool statusGiven = false;
        const int problemsBefore = int(plan.problems.size());
        if (columnOf[ApplicableColumn] >= 0) {
            const std::optional<Applicability> a = parseApplicability(cell(ApplicableColumn));
            if (a)
                target.applicability = *a;
            else
                problem(ApplicableColumn, tr("\"%1\" is not a decision (use %2, %3 or leave it empty for undecided)")
                                              .arg(cell(ApplicableColumn).trimmed(), yes(), no()));
        }
        if (columnOf[ReasonsColumn] >= 0) {
            QString unknown;
            const std::optional<int> reasons = parseReasons(cell(ReasonsColumn), &unknown);
            if (reasons)
                target.reasons = *reasons;
            else
                problem(ReasonsColumn, tr("\"%1\" is not a reason for inclusion (use %2)")
                                           .arg(unknown, reasonLabels(RiskTreatmentReason | LegalReason
                                                                      | ContractualReason | BusinessReason)
                                                             .join(QStringLiteral("; "))));
        }
        if (columnOf[StatusColumn] >= 0 && !cell(StatusColumn).trimmed().isEmpty()) {
            const std::optional<ImplementationStatus> s = parseStatus(cell(StatusColumn));
            if (s) {
                target.status = *s;
                statusGiven = true;
            } else {
                QStringList labels;
                for (const ImplementationStatus status : allStatuses())
                    labels << statusLabel(status);
                problem(StatusColumn, tr("\"%1\" is not an implementation status (use %2)")
                                          .arg(cell(StatusColumn).trimmed(), labels.join(QStringLiteral(", "))));
            }
        }
        auto text = [&](Column c, QString *out) {
            if (columnOf[c] >= 0)
                *out = Csv::unsafeText(cell(c));
        };
        text(ReasonNarrativeColumn, &target.reasonNarrative);
        text(JustificationColumn, &target.exclusionJustification);
        text(ImplementationColumn, &target.implementation);
        text(OwnerColumn, &target.owner);
        target.owner = target.owner.trimmed();
        if (columnOf[ReferencesColumn] >= 0)
            target.references = referencesFromText(Csv::unsafeText(cell(ReferencesColumn)));
        auto date = [&](Column c, QDate *out) {
            if (columnOf[c] < 0)
                return;
            const QString v = cell(c).trimmed();
            if (v.isEmpty()) {
                *out = QDate();
                return;
            }
            const QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid() || v.size() != 10)
                problem(c, tr("\"%1\" is not a date (use YYYY-MM-DD, for example 2026-03-31)").arg(v));
            else
                *out = d;
        };
        date(TargetDateColumn, &target.targetDate);
        date(LastReviewedColumn, &target.lastReviewed);
        if (int(plan.problems.size()) > problemsBefore)
            continue;

        // Without a status of its own, the row's status follows its decision the same
        // way an edit in the table does.
        if (!statusGiven) {
            for (const FieldWrite &w : Soa::decisionWrites(*current, target.applicability)) {
                if (w.field == SoaEntry::Status)
                    target.status = statusFromKey(w.value.toString());
            }
        }
        if (!soaStatusFits(target.applicability, target.status)) {
            const Column where = statusGiven ? StatusColumn : ApplicableColumn;
            problem(where, tr("the status \"%1\" does not fit the decision \"%2\" (an excluded control has the "
                              "status %3, and only an excluded one)")
                               .arg(statusLabel(target.status), applicabilityLabel(target.applicability),
                                    statusLabel(ImplementationStatus::NotApplicable)));
            continue;
        }
        if (target.applicability == Applicability::NotApplicable && relying.contains(current->id))
            plan.warnings << tr("line %1, column \"%2\": %3 is marked not applicable, but the treatment of %4 "
                                "plans it")
                                 .arg(line)
                                 .arg(table.header.at(columnOf[ApplicableColumn]), current->controlRef,
                                      SoaCompleteness::riskList(relying.value(current->id)));
        bool changed = false;
        for (int field = 0; field < SoaEntry::FieldCount; ++field) {
            const QVariant before = SoaStore::fieldValue(*current, field);
            const QVariant after = SoaStore::fieldValue(target, field);
            if (before.toString() != after.toString()) {
                plan.writes.push_back({Entity::SoaEntry, current->id, field, after});
                changed = true;
            }
        }
        plan.rowsChanged += changed ? 1 : 0;
    }
    if (!plan.problems.isEmpty()) {
        plan.writes.clear();
        plan.rowsChanged = 0;
        plan.warnings.clear();
    }
    return plan;
}

bool SoaCsv::importFrom(Document &document, const QString &path, bool dryRun, SoaImportPlan *planOut,
                        QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (!dryRun && document.isReadOnly()) {
        if (error)
            *error = tr("%1 is open read-only: %2").arg(document.path(), document.readOnlyReason());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Unable to read %1: %2").arg(path, file.errorString());
        return false;
    }
    const SoaImportPlan plan = SoaCsv::plan(document, file.readAll());
    if (planOut)
        *planOut = plan;
    if (!plan.problems.isEmpty()) {
        if (error) {
            QStringList lines;
            for (const QString &problem : plan.problems)
                lines << QStringLiteral("%1: %2").arg(name, problem);
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    if (dryRun || plan.writes.empty())
        return true;
    QString failure;
    const QMetaObject::Connection c =
        QObject::connect(&document, &Document::writeFailed, [&failure](const QString &message) { failure = message; });
    const bool ok = document.soa().applyBulk(plan.writes, tr("Import SoA from %1").arg(name));
    QObject::disconnect(c);
    if (!ok || !failure.isEmpty()) {
        if (error)
            *error = failure.isEmpty() ? tr("Nothing could be imported from %1.").arg(name) : failure;
        return false;
    }
    return true;
}

} // namespace rampart
