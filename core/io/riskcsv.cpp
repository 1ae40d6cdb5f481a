#include "riskcsv.h"

#include "clock.h"
#include "document.h"
#include "domain/fields.h"
#include "soa.h"
#include "stores/assetstore.h"
#include "stores/riskactionstore.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskstore.h"
#include "stores/valuerules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace rampart {

namespace {

const char *const RiskKeys[Risk::FieldCount] = {
    "reference", "title", "description", "assets", "threat", "vulnerability", "category", "properties",
    "owner", "existing_controls", "inherent_likelihood", "inherent_impact", "treatment", "planned_controls",
    "residual_likelihood", "residual_impact", "status", "identified_on", "last_review", "next_review", "notes",
};

const char *const AssetKeys[Asset::FieldCount] = {"reference", "name",      "type",         "owner",      "location",
                                                  "confidentiality", "integrity", "availability", "description"};

// Header words that mean a field, after normalisation (lower case, no brackets, no
// punctuation). Only equal meanings: a header that could mean two things is left for
// the user to map.
struct Synonyms
{
    int field;
    std::initializer_list<const char *> words;
};

const Synonyms RiskSynonyms[] = {
    {Risk::Reference, {"risk id", "id", "ref", "reference", "risk ref", "risk reference", "risk no", "risk number",
                       "number", "no", "risk code", "key"}},
    {Risk::Title, {"title", "risk title", "risk", "risk name", "name", "short description", "summary", "risk summary"}},
    {Risk::Description, {"description", "risk description", "scenario", "risk scenario", "details", "detail",
                         "event", "risk event", "scenario description"}},
    {Risk::Assets, {"asset", "assets", "asset area", "asset name", "asset names", "assets affected", "affected assets",
                    "area", "asset group", "asset s", "related assets"}},
    {Risk::Threat, {"threat", "threats", "threat source", "threat description"}},
    {Risk::Vulnerability, {"vulnerability", "vulnerabilities", "weakness", "weaknesses"}},
    {Risk::Category, {"category", "risk category", "source", "risk source", "risk type", "type", "source category"}},
    {Risk::Properties, {"cia", "c i a", "affected properties", "properties", "security properties", "affects",
                        "cia impact", "impact on"}},
    {Risk::Owner, {"owner", "risk owner", "responsible", "accountable", "owner name", "risk owner name"}},
    {Risk::ExistingControls, {"existing controls", "current controls", "controls in place", "existing measures",
                              "current measures", "existing control", "current control"}},
    {Risk::InherentLikelihood, {"likelihood", "probability", "inherent likelihood", "inherent probability",
                                "likelihood score", "probability score", "frequency", "gross likelihood",
                                "initial likelihood", "likelihood rating", "l"}},
    {Risk::InherentImpact, {"impact", "consequence", "severity", "inherent impact", "inherent consequence",
                            "impact score", "gross impact", "initial impact", "impact rating", "consequences"}},
    {Risk::Treatment, {"treatment", "treatment option", "risk treatment", "treatment decision", "response",
                       "risk response", "decision", "treatment strategy", "treatment type"}},
    {Risk::PlannedControls, {"planned controls", "controls", "annex a controls", "annex a", "iso controls",
                             "iso 27001 controls", "treatment controls", "selected controls", "annex a control",
                             "planned control", "new controls"}},
    {Risk::ResidualLikelihood, {"residual likelihood", "residual probability", "target likelihood", "net likelihood",
                                "post treatment likelihood"}},
    {Risk::ResidualImpact, {"residual impact", "residual consequence", "residual severity", "target impact",
                            "net impact", "post treatment impact"}},
    {Risk::Status, {"status", "risk status", "state"}},
    {Risk::IdentifiedOn, {"identified", "identified on", "date identified", "date raised", "raised", "identified date",
                          "date", "created", "date created"}},
    {Risk::LastReview, {"last review", "last reviewed", "reviewed", "review date", "last review date", "reviewed on"}},
    {Risk::NextReview, {"next review", "next review date", "review due", "due for review", "next review due"}},
    {Risk::Notes, {"notes", "comments", "comment", "remarks", "note"}},
    {RiskCsv::Derived, {"score", "risk score", "inherent score", "inherent risk", "inherent risk score", "level",
                        "risk level", "inherent level", "inherent risk level", "rating", "risk rating",
                        "residual score", "residual risk", "residual risk score", "residual level",
                        "residual risk level", "residual rating", "actions", "acceptance", "res score", "res level"}},
};

const Synonyms AssetSynonyms[] = {
    {Asset::Reference, {"asset id", "id", "ref", "reference", "asset ref", "asset reference", "asset no",
                        "asset number", "number", "no", "key"}},
    {Asset::Name, {"name", "asset", "asset name", "title"}},
    {Asset::Type, {"type", "asset type", "category", "class", "asset class", "asset category"}},
    {Asset::Owner, {"owner", "asset owner", "responsible"}},
    {Asset::Location, {"location", "site", "where", "hosted", "hosting", "hosted at"}},
    {Asset::Confidentiality, {"confidentiality", "c", "confidentiality value"}},
    {Asset::Integrity, {"integrity", "i", "integrity value"}},
    {Asset::Availability, {"availability", "a", "availability value"}},
    {Asset::Description, {"description", "details", "notes", "comments"}},
    {RiskCsv::Derived, {"risks", "linked risks", "risk count"}},
};

// "Likelihood (1-5)" -> "likelihood"; "Asset/Area" -> "asset area"; "Owner " -> "owner".
QString normaliseHeader(const QString &header)
{
    static const QRegularExpression brackets(QStringLiteral("[\\(\\[\\{][^\\)\\]\\}]*[\\)\\]\\}]"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString h = header.toLower();
    h.remove(brackets);
    h.replace(nonWord, QStringLiteral(" "));
    return h.simplified();
}

QString csvText(const QString &text)
{
    return Csv::safeText(text);
}

QString cell(const QStringList &row, const QList<int> &mapping, int field)
{
    const int column = int(mapping.indexOf(field));
    return column >= 0 && column < row.size() ? Csv::unsafeText(row.at(column).trimmed()) : QString();
}

QString header(const QStringList &headers, const QList<int> &mapping, int field)
{
    const int column = int(mapping.indexOf(field));
    return column >= 0 && column < headers.size() ? headers.at(column) : QString();
}

QString scaleChoices(const RiskMethod &method, RiskMethod::Axis axis)
{
    QStringList labels;
    for (const ScaleLevel &l : method.scale(axis))
        labels << l.label;
    return RiskCsv::tr("1 to %1, or %2").arg(method.count(axis)).arg(labels.join(QStringLiteral(", ")));
}

} // namespace

QString ImportProblem::toString() const
{
    if (line <= 0)
        return column.isEmpty() ? message : RiskCsv::tr("column \"%1\": %2").arg(column, message);
    if (column.isEmpty())
        return RiskCsv::tr("line %1: %2").arg(line).arg(message);
    return RiskCsv::tr("line %1, column \"%2\": %3").arg(line).arg(column, message);
}

int RiskCsv::fieldCount(Kind kind)
{
    return kind == Kind::Risks ? int(Risk::FieldCount) : int(Asset::FieldCount);
}

QStringList RiskCsv::fieldKeys(Kind kind)
{
    QStringList keys;
    for (int f = 0; f < fieldCount(kind); ++f)
        keys << fieldKey(kind, f);
    return keys;
}

QString RiskCsv::fieldKey(Kind kind, int field)
{
    if (field < 0 || field >= fieldCount(kind))
        return field == Derived ? QStringLiteral("derived") : QStringLiteral("ignore");
    return QString::fromLatin1(kind == Kind::Risks ? RiskKeys[field] : AssetKeys[field]);
}

QString RiskCsv::fieldLabel(Kind kind, int field)
{
    if (field == Derived)
        return tr("(not imported: derived from the data)");
    if (field < 0 || field >= fieldCount(kind))
        return tr("(not imported)");
    if (kind == Kind::Risks) {
        // The register's own words for the two ratings, so that a mapping reads clearly.
        if (field == Risk::InherentLikelihood)
            return tr("Inherent likelihood");
        if (field == Risk::InherentImpact)
            return tr("Inherent impact");
    }
    return rampart::fieldLabel(kind == Kind::Risks ? Entity::Risk : Entity::Asset, field);
}

int RiskCsv::fieldFromKey(Kind kind, const QString &key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    if (k == QLatin1String("ignore") || k == QLatin1String("none") || k.isEmpty())
        return Ignored;
    for (int f = 0; f < fieldCount(kind); ++f) {
        if (fieldKey(kind, f) == k)
            return f;
    }
    return -100;
}

QList<int> RiskCsv::guessMapping(Kind kind, const QStringList &headers)
{
    QHash<QString, int> meaning;
    const auto &synonyms = kind == Kind::Risks ? std::vector<Synonyms>(std::begin(RiskSynonyms), std::end(RiskSynonyms))
                                               : std::vector<Synonyms>(std::begin(AssetSynonyms), std::end(AssetSynonyms));
    for (const Synonyms &s : synonyms) {
        for (const char *word : s.words)
            meaning.insert(QString::fromLatin1(word), s.field);
    }
    // The field keys and the labels the program itself uses (our exports, translated).
    for (int f = 0; f < fieldCount(kind); ++f) {
        meaning.insert(normaliseHeader(fieldKey(kind, f)), f);
        meaning.insert(normaliseHeader(fieldLabel(kind, f)), f);
        meaning.insert(normaliseHeader(rampart::fieldLabel(kind == Kind::Risks ? Entity::Risk : Entity::Asset, f)), f);
    }
    QList<int> mapping;
    for (const QString &h : headers)
        mapping << meaning.value(normaliseHeader(h), Ignored);
    return mapping;
}

namespace {

// Entries are "Header=field", separated by commas; a header that contains a comma can
// be written in double quotes.
QStringList mapEntries(const QString &option)
{
    QStringList entries;
    QString current;
    bool quoted = false;
    for (const QChar c : option) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted) {
            entries << current;
            current.clear();
        } else
            current += c;
    }
    entries << current;
    return entries;
}

} // namespace

QStringList RiskCsv::mapOptionHeaders(const QString &option)
{
    QStringList headers;
    for (const QString &entry : mapEntries(option)) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq > 0)
            headers << entry.left(eq).trimmed();
    }
    return headers;
}

bool RiskCsv::applyMapOption(Kind kind, const QStringList &headers, const QString &option, QList<int> *mapping,
                             QString *error, bool skipMissing)
{
    if (option.trimmed().isEmpty())
        return true;
    const QStringList entries = mapEntries(option);
    for (const QString &entry : entries) {
        if (entry.trimmed().isEmpty())
            continue;
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = tr("--map: \"%1\" is not Header=field").arg(entry.trimmed());
            return false;
        }
        const QString name = entry.left(eq).trimmed();
        qsizetype column = -1;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (headers.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                column = i;
                break;
            }
        }
        if (column < 0) {
            if (skipMissing)
                continue;
            if (error)
                *error = tr("--map: the file has no column \"%1\"").arg(name);
            return false;
        }
        const int field = fieldFromKey(kind, entry.mid(eq + 1));
        if (field == -100) {
            if (error)
                *error = tr("--map: \"%1\" is not a field; use one of: %2")
                             .arg(entry.mid(eq + 1).trimmed(), fieldKeys(kind).join(QStringLiteral(", ")) + QStringLiteral(", ignore"));
            return false;
        }
        (*mapping)[column] = field;
    }
    return true;
}

QStringList RiskCsv::describeMapping(Kind kind, const QStringList &headers, const QList<int> &mapping)
{
    QStringList lines;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int field = mapping.value(i, Ignored);
        lines << (field >= 0 ? QStringLiteral("%1 -> %2 (%3)").arg(headers.at(i), fieldKey(kind, field), fieldLabel(kind, field))
                             : QStringLiteral("%1 -> %2").arg(headers.at(i), fieldLabel(kind, field)));
    }
    return lines;
}

std::vector<ImportProblem> RiskCsv::mappingProblems(Kind kind, const QStringList &headers, const QList<int> &mapping)
{
    std::vector<ImportProblem> problems;
    QHash<int, QString> seen;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int field = mapping.value(i, Ignored);
        if (field < 0)
            continue;
        if (seen.contains(field))
            problems.push_back({1, headers.at(i),
                                tr("this column and \"%1\" both mean %2: map one of them to another field or to ignore")
                                    .arg(seen.value(field), fieldLabel(kind, field).toLower()),
                                int(i)});
        else
            seen.insert(field, headers.at(i));
    }
    const int required = kind == Kind::Risks ? int(Risk::Title) : int(Asset::Name);
    if (!seen.contains(required))
        problems.push_back({1, {},
                            tr("no column holds the %1: map one with %2=%3")
                                .arg(fieldLabel(kind, required).toLower(), tr("Header"), fieldKey(kind, required)),
                            -1});
    return problems;
}

RiskCsv::Result RiskCsv::read(Kind kind, const CsvTable &table, const QList<int> &mapping, Document &document,
                              const std::vector<Asset> &alsoAssets)
{
    Result result;
    result.rows = int(table.rows.size());
    result.problems = mappingProblems(kind, table.header, mapping);
    if (!result.problems.empty())
        return result;
    const RiskMethod &method = document.riskMethod();
    const QStringList &headers = table.header;
    auto problem = [&](int line, int field, const QString &message) {
        result.problems.push_back({line, field >= 0 ? header(headers, mapping, field) : QString(), message,
                                   field >= 0 ? int(mapping.indexOf(field)) : -1});
    };

    // References already in the file, and the assets risks may name.
    QSet<QString> usedReferences;
    QHash<QString, QString> assetByKey;  // lower-case reference or name -> reference
    for (const Asset &a : document.assets().all()) {
        if (kind == Kind::Assets)
            usedReferences.insert(a.reference.toLower());
        assetByKey.insert(a.reference.toLower(), a.reference);
        if (!a.name.trimmed().isEmpty() && !assetByKey.contains(a.name.trimmed().toLower()))
            assetByKey.insert(a.name.trimmed().toLower(), a.reference);
    }
    for (const Asset &a : alsoAssets) {
        assetByKey.insert(a.reference.toLower(), a.reference);
        if (!a.name.trimmed().isEmpty() && !assetByKey.contains(a.name.trimmed().toLower()))
            assetByKey.insert(a.name.trimmed().toLower(), a.reference);
    }
    if (kind == Kind::Risks) {
        for (const Risk &r : document.risks().all())
            usedReferences.insert(r.reference.toLower());
    }
    QHash<QString, int> referenceLines;  // within the file
    std::vector<int> needsReference;     // indexes into the batch
    QHash<QString, QString> ownControlByKey;  // lower-case reference -> reference
    for (const OwnControl &c : document.soa().ownControls())
        ownControlByKey.insert(c.reference.trimmed().toLower(), c.reference);

    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const QStringList &row = table.rows.at(index);
        const int line = table.rowLines.value(index, int(index) + 2);
        if (row.size() != headers.size()) {
            problem(line, -1, tr("has %1 fields, the header has %2 (a missing or extra delimiter?)")
                                  .arg(row.size())
                                  .arg(headers.size()));
            continue;
        }
        const size_t before = result.problems.size();
        const QString reference = cell(row, mapping, 0);
        if (!reference.isEmpty()) {
            const QString key = reference.toLower();
            if (referenceLines.contains(key))
                problem(line, 0, tr("the reference %1 appears twice (also on line %2)").arg(reference).arg(referenceLines.value(key)));
            else if (usedReferences.contains(key))
                problem(line, 0, tr("the reference %1 is already used in this file").arg(reference));
            referenceLines.insert(key, line);
        }
        auto date = [&](int field, QString *out) {
            const QString text = cell(row, mapping, field);
            bool ok = true;
            *out = ValueRules::date(text, &ok).toString();
            if (!ok)
                problem(line, field, ValueRules::badDate(text));
        };
        auto scale = [&](int field, RiskMethod::Axis axis, int *out) {
            const QString text = cell(row, mapping, field);
            *out = method.valueFromText(axis, text);
            if (!text.isEmpty() && *out == 0)
                problem(line, field, tr("\"%1\" is not on the %2 scale (%3)")
                                         .arg(text, RiskMethod::axisName(axis).toLower(), scaleChoices(method, axis)));
        };

        if (kind == Kind::Assets) {
            Asset a;
            a.reference = reference;
            a.name = cell(row, mapping, Asset::Name);
            if (a.name.isEmpty())
                problem(line, Asset::Name, tr("the name is empty"));
            const QString type = cell(row, mapping, Asset::Type);
            a.type = type.isEmpty() ? QStringLiteral("information") : RiskVocabulary::assetTypeFromText(type);
            if (a.type.isEmpty()) {
                QStringList labels;
                for (const QString &key : RiskVocabulary::assetTypeKeys())
                    labels << RiskVocabulary::assetTypeLabel(key);
                problem(line, Asset::Type, tr("\"%1\" is not an asset type (%2)").arg(type, labels.join(QStringLiteral(", "))));
            }
            a.owner = cell(row, mapping, Asset::Owner);
            a.location = cell(row, mapping, Asset::Location);
            scale(Asset::Confidentiality, RiskMethod::Axis::Impact, &a.confidentiality);
            scale(Asset::Integrity, RiskMethod::Axis::Impact, &a.integrity);
            scale(Asset::Availability, RiskMethod::Axis::Impact, &a.availability);
            a.description = cell(row, mapping, Asset::Description);
            if (result.problems.size() == before) {
                if (a.reference.isEmpty())
                    needsReference.push_back(int(result.batch.assets.size()));
                result.batch.assets.push_back(a);
            }
            continue;
        }

        Risk r;
        r.id = qint64(result.batch.risks.size()) + 1;
        r.reference = reference;
        r.title = cell(row, mapping, Risk::Title);
        if (r.title.isEmpty())
            problem(line, Risk::Title, tr("the title is empty"));
        r.description = cell(row, mapping, Risk::Description);
        for (const QString &item : ValueRules::list(cell(row, mapping, Risk::Assets))) {
            const QString found = assetByKey.value(item.toLower());
            if (found.isEmpty())
                problem(line, Risk::Assets, tr("there is no asset with the reference or name \"%1\" (import the assets "
                                               "first, or leave this column out)")
                                                .arg(item));
            else if (!r.assets.contains(found))
                r.assets << found;
        }
        r.threat = cell(row, mapping, Risk::Threat);
        r.vulnerability = cell(row, mapping, Risk::Vulnerability);
        r.category = cell(row, mapping, Risk::Category);
        bool ok = true;
        const QString properties = cell(row, mapping, Risk::Properties);
        r.properties = RiskVocabulary::propertiesFromText(properties, &ok);
        if (!ok)
            problem(line, Risk::Properties, tr("\"%1\" does not name confidentiality (C), integrity (I) or availability (A)").arg(properties));
        r.owner = cell(row, mapping, Risk::Owner);
        r.existingControls = cell(row, mapping, Risk::ExistingControls);
        scale(Risk::InherentLikelihood, RiskMethod::Axis::Likelihood, &r.inherentLikelihood);
        scale(Risk::InherentImpact, RiskMethod::Axis::Impact, &r.inherentImpact);
        scale(Risk::ResidualLikelihood, RiskMethod::Axis::Likelihood, &r.residualLikelihood);
        scale(Risk::ResidualImpact, RiskMethod::Axis::Impact, &r.residualImpact);
        const QString treatment = cell(row, mapping, Risk::Treatment);
        r.treatment = RiskVocabulary::treatmentFromText(treatment);
        if (!treatment.isEmpty() && r.treatment.isEmpty())
            problem(line, Risk::Treatment, tr("\"%1\" is not a treatment option (modify, retain, avoid or share)").arg(treatment));
        // Annex A controls by code, the organisation's own controls by reference.
        for (const QString &item : ValueRules::list(cell(row, mapping, Risk::PlannedControls))) {
            // A code as the catalog writes it ("5.15") needs no parsing.
            QString code = document.catalog().control(item) ? item : ValueRules::controlCode(item);
            if (code.isEmpty() || !document.catalog().control(code))
                code = ownControlByKey.value(item.trimmed().toLower());
            if (code.isEmpty())
                problem(line, Risk::PlannedControls,
                        tr("\"%1\" is not an Annex A control of %2, nor one of the organisation's own controls")
                            .arg(item, document.catalog().standard));
            else if (!r.plannedControls.contains(code))
                r.plannedControls << code;
        }
        const QString status = cell(row, mapping, Risk::Status);
        r.status = status.isEmpty() ? QStringLiteral("identified") : RiskVocabulary::statusFromText(status);
        if (r.status.isEmpty()) {
            QStringList labels;
            for (const QString &key : RiskVocabulary::statusKeys())
                labels << RiskVocabulary::statusLabel(key);
            problem(line, Risk::Status, tr("\"%1\" is not a risk status (%2)").arg(status, labels.join(QStringLiteral(", "))));
        }
        date(Risk::IdentifiedOn, &r.identifiedOn);
        date(Risk::LastReview, &r.lastReview);
        date(Risk::NextReview, &r.nextReview);
        r.notes = cell(row, mapping, Risk::Notes);
        if (result.problems.size() == before) {
            if (r.reference.isEmpty())
                needsReference.push_back(int(result.batch.risks.size()));
            result.batch.risks.push_back(r);
        }
    }

    // Rows without a reference get the next free ones, after everything in use.
    if (!needsReference.empty()) {
        const QString prefix = kind == Kind::Risks ? QStringLiteral("R-") : QStringLiteral("A-");
        int next = 0;
        auto bump = [&](const QString &reference) {
            if (reference.startsWith(prefix, Qt::CaseInsensitive)) {
                bool ok = false;
                const int n = QStringView(reference).mid(2).toInt(&ok);
                if (ok)
                    next = std::max(next, n);
            }
        };
        for (const QString &r : std::as_const(usedReferences))
            bump(r);
        for (auto it = referenceLines.constBegin(); it != referenceLines.constEnd(); ++it)
            bump(it.key());
        for (int index : needsReference) {
            const QString reference = QStringLiteral("%1%2").arg(prefix).arg(++next, 3, 10, QLatin1Char('0'));
            if (kind == Kind::Risks)
                result.batch.risks[size_t(index)].reference = reference;
            else
                result.batch.assets[size_t(index)].reference = reference;
        }
    }
    result.validRows = int(kind == Kind::Risks ? result.batch.risks.size() : result.batch.assets.size());
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.line != b.line ? a.line < b.line : a.columnIndex < b.columnIndex;
                     });
    return result;
}

RiskCsv::Result RiskCsv::readFile(Kind kind, const QString &path, const QString &mapOption, Document &document,
                                  const std::vector<Asset> &alsoAssets, CsvTable *tableOut, QList<int> *mappingOut,
                                  bool mapMayNotApply)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.push_back({0, {}, tr("unable to read %1: %2").arg(path, file.errorString()), -1});
        return result;
    }
    CsvTable table;
    QString error;
    if (!Csv::parse(file.readAll(), &table, &error)) {
        // "line L, column C: what": the CSV cannot be read at all.
        result.problems.push_back({0, {}, error, -1});
        return result;
    }
    QList<int> mapping = guessMapping(kind, table.header);
    if (!applyMapOption(kind, table.header, mapOption, &mapping, &error, mapMayNotApply)) {
        result.problems.push_back({0, {}, error, -1});
        return result;
    }
    if (table.rows.isEmpty())
        result.problems.push_back({0, {}, tr("the file has a header but no rows"), -1});
    else
        result = read(kind, table, mapping, document, alsoAssets);
    if (tableOut)
        *tableOut = table;
    if (mappingOut)
        *mappingOut = mapping;
    return result;
}

QList<QStringList> RiskCsv::riskRows(Document &document)
{
    const RiskMethod &method = document.riskMethod();
    auto label = [](int field) { return rampart::fieldLabel(Entity::Risk, field); };
    QList<QStringList> rows;
    rows << QStringList{label(Risk::Reference),       label(Risk::Title),
                        label(Risk::Description),     label(Risk::Assets),
                        label(Risk::Threat),          label(Risk::Vulnerability),
                        label(Risk::Category),        label(Risk::Properties),
                        label(Risk::Owner),           label(Risk::ExistingControls),
                        fieldLabel(Kind::Risks, Risk::InherentLikelihood), fieldLabel(Kind::Risks, Risk::InherentImpact),
                        tr("Inherent score"),         tr("Inherent level"),
                        label(Risk::Treatment),       label(Risk::PlannedControls),
                        label(Risk::ResidualLikelihood), label(Risk::ResidualImpact),
                        tr("Residual score"),         tr("Residual level"),
                        label(Risk::Status),          label(Risk::IdentifiedOn),
                        label(Risk::LastReview),      label(Risk::NextReview),
                        label(Risk::Notes)};
    auto number = [](int v) { return v > 0 ? QString::number(v) : QString(); };
    for (const Risk &r : document.risks().all()) {
        const RiskRating inherent = method.rate(r.inherentLikelihood, r.inherentImpact);
        const RiskRating residual = method.rate(r.residualLikelihood, r.residualImpact);
        rows << QStringList{csvText(r.reference),
                            csvText(r.title),
                            csvText(r.description),
                            csvText(r.assets.join(QStringLiteral(", "))),
                            csvText(r.threat),
                            csvText(r.vulnerability),
                            csvText(r.category),
                            r.properties,
                            csvText(r.owner),
                            csvText(r.existingControls),
                            number(r.inherentLikelihood),
                            number(r.inherentImpact),
                            inherent.isRated() ? QString::number(inherent.score) : QString(),
                            csvText(method.levelName(inherent.level)),
                            csvText(RiskVocabulary::treatmentLabel(r.treatment)),
                            r.plannedControls.join(QStringLiteral(", ")),
                            number(r.residualLikelihood),
                            number(r.residualImpact),
                            residual.isRated() ? QString::number(residual.score) : QString(),
                            csvText(method.levelName(residual.level)),
                            csvText(RiskVocabulary::statusLabel(r.status)),
                            r.identifiedOn,
                            r.lastReview,
                            r.nextReview,
                            csvText(r.notes)};
    }
    return rows;
}

QList<QStringList> RiskCsv::treatmentPlanRows(Document &document)
{
    auto label = [](int field) { return rampart::fieldLabel(Entity::RiskAction, field); };
    QList<QStringList> rows;
    rows << QStringList{tr("Risk"),           tr("Risk title"),         label(RiskAction::Title),
                        label(RiskAction::Owner), label(RiskAction::DueOn), label(RiskAction::Status),
                        label(RiskAction::Effort), label(RiskAction::CompletedOn), tr("Overdue")};
    const QDate now = today();
    for (const RiskActionRow &row : document.riskActions().rows()) {
        const RiskAction &a = row.action;
        rows << QStringList{csvText(row.riskReference),
                            csvText(row.riskTitle),
                            csvText(a.title),
                            csvText(a.owner),
                            a.dueOn,
                            csvText(RiskVocabulary::actionStatusLabel(a.status)),
                            csvText(a.effort),
                            a.completedOn,
                            a.isOverdue(now) ? tr("yes") : tr("no")};
    }
    return rows;
}

QList<QStringList> RiskCsv::assetRows(Document &document)
{
    auto label = [](int field) { return rampart::fieldLabel(Entity::Asset, field); };
    QList<QStringList> rows;
    QStringList headerRow;
    for (int f = 0; f < Asset::FieldCount; ++f)
        headerRow << label(f);
    headerRow << tr("Risks");
    rows << headerRow;
    const QHash<qint64, int> riskCounts = document.assets().riskCounts();
    auto scale = [&](int v) { return v > 0 ? QStringLiteral("%1").arg(v) : QString(); };
    for (const Asset &a : document.assets().all()) {
        rows << QStringList{csvText(a.reference),
                            csvText(a.name),
                            csvText(RiskVocabulary::assetTypeLabel(a.type)),
                            csvText(a.owner),
                            csvText(a.location),
                            scale(a.confidentiality),
                            scale(a.integrity),
                            scale(a.availability),
                            csvText(a.description),
                            QString::number(riskCounts.value(a.id))};
    }
    return rows;
}

bool RiskCsv::write(const QString &path, const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!Csv::writeTo(&file, rows) || !file.commit()) {
        if (error)
            *error = tr("Unable to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rampart
