#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rampart {

struct Catalog;

// References to what an audit looks at: a clause of ISO/IEC 27001 ("9.2", "6.1.2")
// or an Annex A control ("A.5.15"). Clause 5.1 and control 5.1 are different
// requirements, so a bare number always means a clause and a control is always
// written with its "A." prefix, as auditors cite them.
class Requirements
{
    Q_DECLARE_TR_FUNCTIONS(Requirements)

public:
    // The canonical reference for what a person typed ("a 5.15", "A5.15" -> "A.5.15";
    // " 9.2 " -> "9.2"); empty with a reason when the catalog has no such clause or control.
    static QString canonical(const Catalog &catalog, const QString &typed, QString *problem = nullptr);
    static bool isControl(const QString &reference) { return reference.startsWith(QLatin1String("A.")); }
    // "A.5.15" -> "5.15"; a clause stays as it is.
    static QString catalogCode(const QString &reference);

    // A list typed or stored as text (commas, semicolons, spaces or line breaks between
    // references), in catalog order without duplicates; unknown lists what was not understood.
    static QStringList parseList(const Catalog &catalog, const QString &text, QStringList *unknown = nullptr);
    static QString formatList(const Catalog &catalog, const QStringList &references);
    static QString formatList(const QStringList &canonicalInOrder);

    static QString title(const Catalog &catalog, const QString &reference);
    // The catalog's audit question for the requirement.
    static QString question(const Catalog &catalog, const QString &reference);
    // Position in the catalog: clauses in order, then controls in order.
    static int order(const Catalog &catalog, const QString &reference);

    // What the audit programme has to cover once per cycle: the clauses without
    // sub-clauses and every Annex A control, in catalog order. Whether a control is
    // applicable is decided by the caller (Audits::controlApplicable).
    static QStringList units(const Catalog &catalog);
    // The units a reference covers: a clause covers its sub-clauses, a control itself.
    static QStringList unitsCoveredBy(const Catalog &catalog, const QString &reference);
};

} // namespace rampart
