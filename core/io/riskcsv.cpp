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
#include <array>
#include <optional>

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

namespace {

// The checks of RiskCsv::read a row at a time, so that a file's rows need not all be
// held at once. Values that repeat down a column (statuses, treatments, lists of assets
// or controls) are worked out once per import and then looked up.
class RowReader
{
public:
    RowReader(RiskCsv::Kind kind, const QStringList &headers, const QList<int> &mapping, Document &document,
              const std::vector<Asset> &alsoAssets, RiskCsv::Result &result);
    void read(const QStringList &row, int line);
    // Room for this many rows in the batch, when the file tells how many it will have.
    void reserve(qsizetype rows)
    {
        if (!m_mappingOk)
            return;
        if (m_kind == RiskCsv::Kind::Risks)
            m_result.batch.risks.reserve(size_t(rows));
        else
            m_result.batch.assets.reserve(size_t(rows));
    }
    // After the last row: rows is how many the file has.
    void finish(int rows);

private:
    // A list cell's items, worked out: the values they stand for, and the items that
    // stand for nothing, in the order given.
    struct ListCell
    {
        QStringList values;
        QStringList unknown;
    };
    // Few distinct values are expected; a column of all different ones is not kept.
    static constexpr qsizetype CacheLimit = 4096;
    template<typename T, typename Make>
    static T cached(QHash<QString, T> &cache, const QString &text, Make make)
    {
        const auto found = cache.constFind(text);
        if (found != cache.constEnd())
            return *found;
        T value = make();
        if (cache.size() < CacheLimit)
            cache.insert(text, value);
        return value;
    }

    QString cell(const QStringList &row, int field) const
    {
        const int column = m_columns[size_t(field)];
        if (column < 0 || column >= row.size())
            return {};
        // Most cells have nothing to trim and no apostrophe: then the cell itself.
        const QString &text = row.at(column);
        if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace() && text.front() != QLatin1Char('\'')))
            return text;
        return Csv::unsafeText(text.trimmed());
    }
    void problem(int line, int field, const QString &message)
    {
        const int column = field >= 0 ? m_columns[size_t(field)] : -1;
        m_result.problems.push_back({line, column >= 0 && column < m_headers.size() ? m_headers.at(column) : QString(),
                                     message, column});
    }
    // A cell naming a key of a vocabulary (fromText reads a key or a label): empty is
    // fallback, and text naming none is a problem said by message ("%1" the text, "%2"
    // the labels it may take). Empty when refused.
    QString vocabularyKey(const QStringList &row, int line, int field, const QString &fallback,
                          QHash<QString, QString> &cache, QString (*fromText)(const QString &), const QStringList &keys,
                          QString (*label)(const QString &), const QString &message)
    {
        const QString text = cell(row, field);
        if (text.isEmpty())
            return fallback;
        const QString key = cached(cache, text, [&] { return fromText(text); });
        if (key.isEmpty()) {
            QStringList labels;
            for (const QString &k : keys)
                labels << label(k);
            problem(line, field, message.arg(text, labels.join(QStringLiteral(", "))));
        }
        return key;
    }
    void readAsset(const QStringList &row, int line, const QString &reference, size_t before);
    void readRisk(const QStringList &row, int line, const QString &reference, size_t before);
    void date(const QStringList &row, int line, int field, QString *out);
    void scale(const QStringList &row, int line, int field, RiskMethod::Axis axis, int *out);
    ListCell assetList(const QString &text) const;
    ListCell controlList(const QString &text) const;

    const RiskCsv::Kind m_kind;
    const QStringList m_headers;
    Document &m_document;
    const RiskMethod &m_method;
    RiskCsv::Result &m_result;
    bool m_mappingOk = false;
    std::array<int, Risk::FieldCount> m_columns;  // the file's column of each field, or -1

    QSet<QString> m_usedReferences;
    QHash<QString, QString> m_assetByKey;       // lower-case reference or name -> reference
    QHash<QString, QString> m_ownControlByKey;  // lower-case reference -> reference
    QHash<QString, int> m_referenceLines;       // within the file
    std::vector<int> m_needsReference;          // indexes into the batch

    QSet<QString> m_catalogCodes;

    QHash<QString, QString> m_treatments, m_statuses, m_types;
    QHash<QString, std::pair<QString, bool>> m_dates;
    QHash<QString, std::pair<QString, bool>> m_properties;
    QHash<QString, ListCell> m_assetLists, m_controlLists;
};

static_assert(int(Risk::FieldCount) >= int(Asset::FieldCount));

RowReader::RowReader(RiskCsv::Kind kind, const QStringList &headers, const QList<int> &mapping, Document &document,
                     const std::vector<Asset> &alsoAssets, RiskCsv::Result &result)
    : m_kind(kind), m_headers(headers), m_document(document), m_method(document.riskMethod()), m_result(result)
{
    m_columns.fill(-1);
    m_result.problems = RiskCsv::mappingProblems(kind, headers, mapping);
    m_mappingOk = m_result.problems.empty();
    if (!m_mappingOk)
        return;
    // The mapping names each field once at most (else it has problems).
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const int field = mapping.at(i);
        if (field >= 0 && field < int(m_columns.size()) && m_columns[size_t(field)] < 0)
            m_columns[size_t(field)] = int(i);
    }

    // References already in the file, and the assets risks may name.
    using Kind = RiskCsv::Kind;
    for (const Asset &a : document.assets().all()) {
        if (kind == Kind::Assets)
            m_usedReferences.insert(a.reference.toLower());
        m_assetByKey.insert(a.reference.toLower(), a.reference);
        if (!a.name.trimmed().isEmpty() && !m_assetByKey.contains(a.name.trimmed().toLower()))
            m_assetByKey.insert(a.name.trimmed().toLower(), a.reference);
    }
    for (const Asset &a : alsoAssets) {
        m_assetByKey.insert(a.reference.toLower(), a.reference);
        if (!a.name.trimmed().isEmpty() && !m_assetByKey.contains(a.name.trimmed().toLower()))
            m_assetByKey.insert(a.name.trimmed().toLower(), a.reference);
    }
    if (kind == Kind::Risks) {
        for (const Risk &r : document.risks().all())
            m_usedReferences.insert(r.reference.toLower());
    }
    for (const OwnControl &c : document.soa().ownControls())
        m_ownControlByKey.insert(c.reference.trimmed().toLower(), c.reference);
    for (const CatalogControl &c : document.catalog().controls)
        m_catalogCodes.insert(c.code);
}

void RowReader::read(const QStringList &row, int line)
{
    if (!m_mappingOk)
        return;
    if (row.size() != m_headers.size()) {
        problem(line, -1, RiskCsv::tr("has %1 fields, the header has %2 (a missing or extra delimiter?)")
                              .arg(row.size())
                              .arg(m_headers.size()));
        return;
    }
    const size_t before = m_result.problems.size();
    const QString reference = cell(row, 0);
    if (!reference.isEmpty()) {
        const QString key = ValueRules::lowerCase(reference);
        const auto seen = m_referenceLines.constFind(key);
        if (seen != m_referenceLines.constEnd())
            problem(line, 0, RiskCsv::tr("the reference %1 appears twice (also on line %2)").arg(reference).arg(*seen));
        else if (m_usedReferences.contains(key))
            problem(line, 0, RiskCsv::tr("the reference %1 is already used in this file").arg(reference));
        m_referenceLines.insert(key, line);
    }
    if (m_kind == RiskCsv::Kind::Assets)
        readAsset(row, line, reference, before);
    else
        readRisk(row, line, reference, before);
}

void RowReader::date(const QStringList &row, int line, int field, QString *out)
{
    const QString text = cell(row, field);
    // Few dates repeat down a column: review dates, dates of a workshop.
    const auto [date, ok] = cached(m_dates, text, [&] {
        bool valid = true;
        QString value = ValueRules::dateFromText(text, &valid);
        return std::pair(value, valid);
    });
    *out = date;
    if (!ok)
        problem(line, field, ValueRules::badDate(text));
}

void RowReader::scale(const QStringList &row, int line, int field, RiskMethod::Axis axis, int *out)
{
    const QString text = cell(row, field);
    *out = m_method.valueFromText(axis, text);
    if (!text.isEmpty() && *out == 0)
        problem(line, field, RiskCsv::tr("\"%1\" is not on the %2 scale (%3)")
                                 .arg(text, RiskMethod::axisName(axis).toLower(), scaleChoices(m_method, axis)));
}

void RowReader::readAsset(const QStringList &row, int line, const QString &reference, size_t before)
{
    Asset a;
    a.reference = reference;
    a.name = cell(row, Asset::Name);
    if (a.name.isEmpty())
        problem(line, Asset::Name, RiskCsv::tr("the name is empty"));
    a.type = vocabularyKey(row, line, Asset::Type, QStringLiteral("information"), m_types, RiskVocabulary::assetTypeFromText,
                           RiskVocabulary::assetTypeKeys(), RiskVocabulary::assetTypeLabel,
                           RiskCsv::tr("\"%1\" is not an asset type (%2)"));
    a.owner = cell(row, Asset::Owner);
    a.location = cell(row, Asset::Location);
    scale(row, line, Asset::Confidentiality, RiskMethod::Axis::Impact, &a.confidentiality);
    scale(row, line, Asset::Integrity, RiskMethod::Axis::Impact, &a.integrity);
    scale(row, line, Asset::Availability, RiskMethod::Axis::Impact, &a.availability);
    a.description = cell(row, Asset::Description);
    if (m_result.problems.size() == before) {
        if (a.reference.isEmpty())
            m_needsReference.push_back(int(m_result.batch.assets.size()));
        m_result.batch.assets.push_back(std::move(a));
    }
}

RowReader::ListCell RowReader::assetList(const QString &text) const
{
    ListCell out;
    ValueRules::forEachListItem(text, [&](QStringView item, const QString &lower) {
        const QString found = m_assetByKey.value(lower);
        if (found.isEmpty())
            out.unknown << item.toString();
        else if (!out.values.contains(found))
            out.values << found;
    });
    return out;
}

RowReader::ListCell RowReader::controlList(const QString &text) const
{
    // Annex A controls by code, the organisation's own controls by reference.
    ListCell out;
    ValueRules::forEachListItem(text, [&](QStringView view, const QString &lower) {
        const QString item = view.toString();
        // A code as the catalog writes it ("5.15") needs no parsing.
        QString code = m_catalogCodes.contains(item) ? item : ValueRules::controlCode(item);
        if (code.isEmpty() || !m_catalogCodes.contains(code))
            code = m_ownControlByKey.value(lower);
        if (code.isEmpty())
            out.unknown << item;
        else if (!out.values.contains(code))
            out.values << code;
    });
    return out;
}

void RowReader::readRisk(const QStringList &row, int line, const QString &reference, size_t before)
{
    Risk r;
    r.id = qint64(m_result.batch.risks.size()) + 1;
    r.reference = reference;
    r.title = cell(row, Risk::Title);
    if (r.title.isEmpty())
        problem(line, Risk::Title, RiskCsv::tr("the title is empty"));
    r.description = cell(row, Risk::Description);
    const QString assets = cell(row, Risk::Assets);
    const ListCell assetItems = cached(m_assetLists, assets, [&] { return assetList(assets); });
    for (const QString &item : assetItems.unknown)
        problem(line, Risk::Assets, RiskCsv::tr("there is no asset with the reference or name \"%1\" (import the assets "
                                                "first, or leave this column out)")
                                        .arg(item));
    r.assets = assetItems.values;
    r.threat = cell(row, Risk::Threat);
    r.vulnerability = cell(row, Risk::Vulnerability);
    r.category = cell(row, Risk::Category);
    const QString properties = cell(row, Risk::Properties);
    const auto [propertiesKey, propertiesOk] = cached(m_properties, properties, [&] {
        bool ok = true;
        QString key = RiskVocabulary::propertiesFromText(properties, &ok);
        return std::pair(key, ok);
    });
    r.properties = propertiesKey;
    if (!propertiesOk)
        problem(line, Risk::Properties,
                RiskCsv::tr("\"%1\" does not name confidentiality (C), integrity (I) or availability (A)").arg(properties));
    r.owner = cell(row, Risk::Owner);
    r.existingControls = cell(row, Risk::ExistingControls);
    scale(row, line, Risk::InherentLikelihood, RiskMethod::Axis::Likelihood, &r.inherentLikelihood);
    scale(row, line, Risk::InherentImpact, RiskMethod::Axis::Impact, &r.inherentImpact);
    scale(row, line, Risk::ResidualLikelihood, RiskMethod::Axis::Likelihood, &r.residualLikelihood);
    scale(row, line, Risk::ResidualImpact, RiskMethod::Axis::Impact, &r.residualImpact);
    const QString treatment = cell(row, Risk::Treatment);
    r.treatment = cached(m_treatments, treatment, [&] { return RiskVocabulary::treatmentFromText(treatment); });
    if (!treatment.isEmpty() && r.treatment.isEmpty())
        problem(line, Risk::Treatment,
                RiskCsv::tr("\"%1\" is not a treatment option (modify, retain, avoid or share)").arg(treatment));
    const QString controls = cell(row, Risk::PlannedControls);
    const ListCell controlItems = cached(m_controlLists, controls, [&] { return controlList(controls); });
    for (const QString &item : controlItems.unknown)
        problem(line, Risk::PlannedControls,
                RiskCsv::tr("\"%1\" is not an Annex A control of %2, nor one of the organisation's own controls")
                    .arg(item, m_document.catalog().standard));
    r.plannedControls = controlItems.values;
    r.status = vocabularyKey(row, line, Risk::Status, QStringLiteral("identified"), m_statuses,
                             RiskVocabulary::statusFromText, RiskVocabulary::statusKeys(), RiskVocabulary::statusLabel,
                             RiskCsv::tr("\"%1\" is not a risk status (%2)"));
    date(row, line, Risk::IdentifiedOn, &r.identifiedOn);
    date(row, line, Risk::LastReview, &r.lastReview);
    date(row, line, Risk::NextReview, &r.nextReview);
    r.notes = cell(row, Risk::Notes);
    if (m_result.problems.size() == before) {
        if (r.reference.isEmpty())
            m_needsReference.push_back(int(m_result.batch.risks.size()));
        m_result.batch.risks.push_back(std::move(r));
    }
}

void RowReader::finish(int rows)
{
    m_result.rows = rows;
    if (!m_mappingOk)
        return;
    // Rows without a reference get the next free ones, after everything in use.
    const bool risks = m_kind == RiskCsv::Kind::Risks;
    if (!m_needsReference.empty()) {
        const QString prefix = risks ? QStringLiteral("R-") : QStringLiteral("A-");
        int next = 0;
        auto bump = [&](const QString &reference) {
            if (reference.startsWith(prefix, Qt::CaseInsensitive)) {
                bool ok = false;
                const int n = QStringView(reference).mid(2).toInt(&ok);
                if (ok)
                    next = std::max(next, n);
            }
        };
        for (const QString &r : std::as_const(m_usedReferences))
            bump(r);
        for (auto it = m_referenceLines.constBegin(); it != m_referenceLines.constEnd(); ++it)
            bump(it.key());
        for (int index : m_needsReference) {
            const QString reference = QStringLiteral("%1%2").arg(prefix).arg(++next, 3, 10, QLatin1Char('0'));
            if (risks)
                m_result.batch.risks[size_t(index)].reference = reference;
            else
                m_result.batch.assets[size_t(index)].reference = reference;
        }
    }
    m_result.validRows = int(risks ? m_result.batch.risks.size() : m_result.batch.assets.size());
    std::stable_sort(m_result.problems.begin(), m_result.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.line != b.line ? a.line < b.line : a.columnIndex < b.columnIndex;
                     });
}

} // namespace

RiskCsv::Result RiskCsv::read(Kind kind, const CsvTable &table, const QList<int> &mapping, Document &document,
                              const std::vector<Asset> &alsoAssets)
{
    Result result;
    RowReader reader(kind, table.header, mapping, document, alsoAssets, result);
    for (qsizetype index = 0; index < table.rows.size(); ++index)
        reader.read(table.rows.at(index), table.rowLines.value(index, int(index) + 2));
    reader.finish(int(table.rows.size()));
    return result;
}

RiskCsv::Result RiskCsv::readFile(Kind kind, const QString &path, const QString &mapOption, Document &document,
                                  const std::vector<Asset> &alsoAssets, QStringList *headerOut, QList<int> *mappingOut,
                                  bool mapMayNotApply)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.push_back({0, {}, tr("unable to read %1: %2").arg(path, file.errorString()), -1});
        return result;
    }
    // Each row is checked as soon as it is read, and only what it becomes is kept: the
    // file is never held whole, nor its table of cells.
    QStringList headers;
    QList<int> mapping;
    bool header = true;
    bool mapped = false;
    QString mapError;
    Result rowsResult;
    std::optional<RowReader> reader;
    int rows = 0;
    // The batch is given room once the first piece of the file tells how long its rows
    // are: grown by doubling, it would end up to twice as large as needed, and hold both
    // copies while it grows.
    const qint64 fileSize = file.size();
    qint64 firstPiece = 0;
    bool reserved = false;
    QString error;
    const bool parsed = Csv::read(
        &file,
        [&](QStringList &record, int line) {
            if (header) {
                header = false;
                headers = record;
                mapping = guessMapping(kind, headers);
                mapped = applyMapOption(kind, headers, mapOption, &mapping, &mapError, mapMayNotApply);
                if (mapped)
                    reader.emplace(kind, headers, mapping, document, alsoAssets, rowsResult);
                firstPiece = file.pos();
                return;
            }
            if (!reserved && reader && file.pos() > firstPiece && firstPiece > 0) {
                reserved = true;
                reader->reserve(qsizetype(double(rows) * double(fileSize) / double(firstPiece) * 1.1) + 16);
            }
            ++rows;
            if (reader)
                reader->read(record, line);
        },
        &error);
    if (!parsed) {
        // "line L, column C: what": the CSV cannot be read at all.
        result.problems.push_back({0, {}, error, -1});
        return result;
    }
    if (!mapped) {
        result.problems.push_back({0, {}, mapError, -1});
        return result;
    }
    if (rows == 0) {
        result.problems.push_back({0, {}, tr("the file has a header but no rows"), -1});
    } else {
        reader->finish(rows);
        result = std::move(rowsResult);
    }
    if (headerOut)
        *headerOut = headers;
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
