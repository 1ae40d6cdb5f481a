#include "requirements.h"

#include "catalog.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

namespace rampart {

namespace {

const CatalogClause *findClause(const Catalog &catalog, const QString &code)
{
    for (const CatalogClause &clause : catalog.clauses) {
        if (clause.code == code)
            return &clause;
    }
    return nullptr;
}

bool hasChildren(const Catalog &catalog, const QString &code)
{
    return std::any_of(catalog.clauses.begin(), catalog.clauses.end(),
                       [&code](const CatalogClause &c) { return c.parentCode == code; });
}

} // namespace

QString Requirements::catalogCode(const QString &reference)
{
    return isControl(reference) ? reference.mid(2) : reference;
}

QString Requirements::canonical(const Catalog &catalog, const QString &typed, QString *problem)
{
    QString text = typed.simplified();
    static const QRegularExpression controlPattern(QStringLiteral("^[Aa]\\s*\\.?\\s*(\\d+(\\.\\d+)*)$"));
    const QRegularExpressionMatch control = controlPattern.match(text);
    if (control.hasMatch()) {
        const QString code = control.captured(1);
        if (catalog.control(code))
            return QStringLiteral("A.") + code;
        if (problem)
            *problem = tr("\"%1\" is not an Annex A control").arg(typed.trimmed());
        return {};
    }
    if (findClause(catalog, text))
        return text;
    if (problem) {
        if (catalog.control(text))
            *problem = tr("\"%1\" is not a clause; Annex A controls are written A.%1").arg(text);
        else
            *problem = tr("\"%1\" is neither a clause nor an Annex A control").arg(typed.trimmed());
    }
    return {};
}

int Requirements::order(const Catalog &catalog, const QString &reference)
{
    if (isControl(reference)) {
        const QString code = reference.mid(2);
        for (size_t i = 0; i < catalog.controls.size(); ++i) {
            if (catalog.controls[i].code == code)
                return int(catalog.clauses.size() + i);
        }
        return INT_MAX;
    }
    for (size_t i = 0; i < catalog.clauses.size(); ++i) {
        if (catalog.clauses[i].code == reference)
            return int(i);
    }
    return INT_MAX;
}

QStringList Requirements::parseList(const Catalog &catalog, const QString &text, QStringList *unknown)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]+"));
    QStringList references;
    QSet<QString> seen;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QString reference = canonical(catalog, part);
        if (reference.isEmpty()) {
            if (unknown)
                *unknown << part.trimmed();
            continue;
        }
        if (!seen.contains(reference)) {
            seen.insert(reference);
            references << reference;
        }
    }
    std::stable_sort(references.begin(), references.end(), [&catalog](const QString &a, const QString &b) {
        return order(catalog, a) < order(catalog, b);
    });
    return references;
}

QString Requirements::formatList(const Catalog &catalog, const QStringList &references)
{
    return formatList(parseList(catalog, references.join(QLatin1Char(','))));
}

QString Requirements::formatList(const QStringList &canonicalInOrder)
{
    return canonicalInOrder.join(QStringLiteral(", "));
}

QString Requirements::title(const Catalog &catalog, const QString &reference)
{
    if (isControl(reference)) {
        const CatalogControl *control = catalog.control(reference.mid(2));
        return control ? control->title : QString();
    }
    const CatalogClause *clause = findClause(catalog, reference);
    return clause ? clause->title : QString();
}

QString Requirements::question(const Catalog &catalog, const QString &reference)
{
    if (isControl(reference)) {
        const CatalogControl *control = catalog.control(reference.mid(2));
        return control ? control->guidance : QString();
    }
    const CatalogClause *clause = findClause(catalog, reference);
    return clause ? clause->guidance : QString();
}

QStringList Requirements::units(const Catalog &catalog)
{
    QStringList out;
    for (const CatalogClause &clause : catalog.clauses) {
        if (!hasChildren(catalog, clause.code))
            out << clause.code;
    }
    for (const CatalogControl &control : catalog.controls)
        out << QStringLiteral("A.") + control.code;
    return out;
}

QStringList Requirements::unitsCoveredBy(const Catalog &catalog, const QString &reference)
{
    if (isControl(reference))
        return {reference};
    QStringList out;
    // Clauses are listed parent first, so a descendant's code starts with the parent's.
    const QString prefix = reference + QLatin1Char('.');
    for (const CatalogClause &clause : catalog.clauses) {
        if ((clause.code == reference || clause.code.startsWith(prefix)) && !hasChildren(catalog, clause.code))
            out << clause.code;
    }
    return out;
}

} // namespace rampart
