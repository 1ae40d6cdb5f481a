#include "worksheet.h"

#include "csv.h"
#include "domain/audit.h"
#include "stores/auditstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <map>

namespace rampart {

namespace {

// A row that starts with this is a remark for the person filling in the sheet.
const QLatin1Char RemarkMark('#');

struct ItemFieldColumn
{
    Worksheet::Column column;
    int field;
};

// The columns whose values are imported, and the item field each lands in.
const ItemFieldColumn ImportedColumns[] = {
    {Worksheet::Result, ChecklistItem::Result},
    {Worksheet::Evidence, ChecklistItem::Evidence},
    {Worksheet::Notes, ChecklistItem::Notes},
    {Worksheet::Interviewed, ChecklistItem::Interviewed},
};

} // namespace

QString WorksheetProblem::toString() const
{
    if (line <= 0)
        return message;
    if (column <= 0)
        return Worksheet::tr("line %1: %2").arg(line).arg(message);
    return Worksheet::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString WorksheetPlan::summary(bool dryRun) const
{
    if (!problems.empty())
        return Worksheet::tr("%n problem(s) found; nothing was imported", nullptr, int(problems.size()));
    if (dryRun)
        return Worksheet::tr("%n item(s) would be updated (dry run: nothing was written)", nullptr, changedItems);
    return Worksheet::tr("%n item(s) updated", nullptr, changedItems);
}

QString Worksheet::columnName(Column column)
{
    switch (column) {
    case ItemKey:
        return QStringLiteral("Item key");
    case Requirement:
        return QStringLiteral("Clause/control");
    case Question:
        return QStringLiteral("Question");
    case Result:
        return QStringLiteral("Result");
    case Evidence:
        return QStringLiteral("Evidence");
    case Notes:
        return QStringLiteral("Notes");
    case Interviewed:
        return QStringLiteral("Interviewed");
    case Stamp:
        return QStringLiteral("Export stamp");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray Worksheet::toCsv(const Document &document, qint64 auditId)
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << columnName(Column(c));
    rows << header;
    const std::optional<Record> audit = document.audits().record(auditId);
    const QString reference = audit ? audit->text(Audit::Reference) : QString();
    QStringList remark(ColumnCount);
    remark[ItemKey] = QStringLiteral("# %1").arg(tr("Checklist of %1. Fill in Result, Evidence, Notes and Interviewed; "
                                                    "leave the other columns as they are.")
                                                     .arg(reference));
    remark[Result] = tr("One of: %1").arg(Choices::namesList(ChoiceSet::Result));
    rows << remark;
    for (const Record &item : document.checklistItems().linkedTo(ChecklistItem::AuditLink, auditId)) {
        QStringList row(ColumnCount);
        row[ItemKey] = ChecklistItemStore::itemKey(reference, item.number(ChecklistItem::Number));
        row[Requirement] = item.text(ChecklistItem::Requirement);
        row[Question] = Csv::safeText(item.text(ChecklistItem::Question));
        row[Result] = Choices::name(ChoiceSet::Result, item.text(ChecklistItem::Result));
        row[Evidence] = Csv::safeText(item.text(ChecklistItem::Evidence));
        row[Notes] = Csv::safeText(item.text(ChecklistItem::Notes));
        row[Interviewed] = Csv::safeText(item.text(ChecklistItem::Interviewed));
        row[Stamp] = QString::number(item.number(ChecklistItem::Revision));
        rows << row;
    }
    return Csv::write(rows);
}

bool Worksheet::exportTo(const Document &document, qint64 auditId, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray csv = toCsv(document, auditId);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

WorksheetPlan Worksheet::plan(const Document &document, qint64 auditId, const QByteArray &data)
{
    WorksheetPlan plan;
    const std::optional<Record> audit = document.audits().record(auditId);
    if (!audit) {
        plan.problems.push_back({0, 0, tr("the audit no longer exists")});
        return plan;
    }
    plan.auditReference = audit->text(Audit::Reference);
    CsvTable table;
    QString parseError;
    if (!Csv::parse(data, &table, &parseError)) {
        plan.problems.push_back({0, 0, parseError});
        return plan;
    }

    // Where each column is; every one the import needs must be there exactly once.
    int where[ColumnCount];
    std::fill(std::begin(where), std::end(where), -1);
    for (int i = 0; i < table.header.size(); ++i) {
        bool known = false;
        for (int c = 0; c < ColumnCount; ++c) {
            if (table.header.at(i).compare(columnName(Column(c)), Qt::CaseInsensitive) != 0)
                continue;
            known = true;
            if (where[c] >= 0)
                plan.problems.push_back({1, i + 1, tr("the column \"%1\" appears twice").arg(table.header.at(i))});
            where[c] = i;
        }
        if (!known)
            plan.problems.push_back(
                {1, i + 1, tr("unknown column \"%1\"; a worksheet has the columns %2")
                               .arg(table.header.at(i), [] {
                                   QStringList names;
                                   for (int c = 0; c < ColumnCount; ++c)
                                       names << QLatin1Char('"') + columnName(Column(c)) + QLatin1Char('"');
                                   return names.join(QStringLiteral(", "));
                               }())});
    }
    for (Column required : {ItemKey, Result, Evidence, Notes, Interviewed, Stamp}) {
        if (where[required] < 0)
            plan.problems.push_back({1, 0, tr("the column \"%1\" is missing").arg(columnName(required))});
    }
    if (!plan.problems.empty())
        return plan;

    std::map<QString, Record> items;
    for (const Record &item : document.checklistItems().linkedTo(ChecklistItem::AuditLink, auditId))
        items.emplace(ChecklistItemStore::itemKey(plan.auditReference, item.number(ChecklistItem::Number)), item);

    QHash<QString, int> seenOn;
    const qsizetype width = table.header.size();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.rowLines.value(r);
        auto problem = [&](Column column, const QString &message) {
            plan.problems.push_back({line, where[column] + 1, message});
        };
        if (row.value(where[ItemKey]).trimmed().startsWith(RemarkMark))
            continue;
        if (row.size() != width) {
            plan.problems.push_back({line, int(qMin(row.size(), width)) + 1,
                                     tr("this row has %1 cells but the header has %2").arg(row.size()).arg(width)});
            continue;
        }
        ++plan.rows;
        const QString key = row.at(where[ItemKey]).trimmed();
        if (key.isEmpty()) {
            problem(ItemKey, tr("the item key is empty"));
            continue;
        }
        if (seenOn.contains(key)) {
            problem(ItemKey, tr("item %1 appears twice (also on line %2)").arg(key).arg(seenOn.value(key)));
            continue;
        }
        seenOn.insert(key, line);
        const auto found = items.find(key);
        if (found == items.end()) {
            const QString auditPart = key.section(QLatin1Char('/'), 0, -2);
            if (!auditPart.isEmpty() && auditPart != plan.auditReference)
                problem(ItemKey, tr("item %1 belongs to audit %2, not to %3").arg(key, auditPart, plan.auditReference));
            else
                problem(ItemKey, tr("there is no item %1 in the checklist of %2").arg(key, plan.auditReference));
            continue;
        }
        const Record &item = found->second;

        const QString resultText = row.at(where[Result]);
        const QString result = Choices::keyFor(ChoiceSet::Result, resultText);
        if (result.isEmpty()) {
            problem(Result, tr("\"%1\" is not a result; write one of: %2")
                                .arg(resultText.trimmed(), Choices::namesList(ChoiceSet::Result)));
            continue;
        }
        bool stampOk = false;
        const int stamp = row.at(where[Stamp]).trimmed().toInt(&stampOk);
        if (!stampOk) {
            problem(Stamp, tr("the export stamp \"%1\" is not the number Rampart wrote; export the worksheet "
                              "again")
                               .arg(row.at(where[Stamp]).trimmed()));
            continue;
        }

        QVariant incoming[ChecklistItem::FieldCount];
        incoming[ChecklistItem::Result] = result;
        incoming[ChecklistItem::Evidence] = Csv::unsafeText(row.at(where[Evidence]));
        incoming[ChecklistItem::Notes] = Csv::unsafeText(row.at(where[Notes]));
        incoming[ChecklistItem::Interviewed] = Csv::unsafeText(row.at(where[Interviewed]));
        std::vector<ItemFieldColumn> changed;
        for (const ItemFieldColumn &c : ImportedColumns) {
            if (incoming[c.field].toString() != item.text(c.field))
                changed.push_back(c);
        }
        if (changed.empty())
            continue;
        const int revision = item.number(ChecklistItem::Revision);
        if (stamp != revision) {
            problem(changed.front().column,
                    tr("conflict: item %1 was changed in Rampart after this worksheet was exported (export stamp "
                       "%2, now %3); enter this row in Rampart by hand or export the worksheet again")
                        .arg(key)
                        .arg(stamp)
                        .arg(revision));
            continue;
        }
        // Same revision, yet another question: the row was written for another item
        // (a key reused after a deletion) or the question was edited in the sheet.
        bool sameItem = true;
        for (const auto &[column, field] : {std::pair{Question, int(ChecklistItem::Question)},
                                            std::pair{Requirement, int(ChecklistItem::Requirement)}}) {
            if (where[column] >= 0 && Csv::unsafeText(row.at(where[column])).trimmed() != item.text(field).trimmed()) {
                problem(column, tr("the %1 of item %2 is not the one in Rampart; questions and references are "
                                   "changed in Rampart, not in the worksheet")
                                    .arg(columnName(column).toLower(), key));
                sameItem = false;
                break;
            }
        }
        if (!sameItem)
            continue;
        for (const ItemFieldColumn &c : changed)
            plan.edits.push_back(
                Edit::update(Entity::ChecklistItem, item.id, c.field, item.value(c.field), incoming[c.field]));
        ++plan.changedItems;
    }
    if (plan.rows == 0 && plan.problems.empty())
        plan.problems.push_back({0, 0, tr("the worksheet has no item rows")});
    if (!plan.problems.empty()) {
        plan.edits.clear();
        plan.changedItems = 0;
    }
    return plan;
}

bool Worksheet::importFrom(Document &document, qint64 auditId, const QString &path, bool dryRun,
                           WorksheetPlan *planOut, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Unable to read %1: %2").arg(path, file.errorString());
        return false;
    }
    WorksheetPlan p = plan(document, auditId, file.readAll());
    auto done = [&](bool ok) {
        if (planOut)
            *planOut = p;
        return ok;
    };
    if (!p.problems.empty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, p.summary(dryRun));
        return done(false);
    }
    if (dryRun || p.edits.empty())
        return done(true);
    if (document.isReadOnly()) {
        if (error)
            *error = tr("%1 is open read-only: %2").arg(document.path(), document.readOnlyReason());
        return done(false);
    }
    QString failure;
    QObject guard;
    QObject::connect(&document, &Document::writeFailed, &guard, [&failure](const QString &m) { failure = m; });
    if (!document.applyEdits(tr("Import worksheet into %1").arg(p.auditReference), p.edits)) {
        if (error)
            *error = failure;
        return done(false);
    }
    return done(true);
}

} // namespace rampart
