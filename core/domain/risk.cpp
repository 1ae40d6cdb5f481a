#include "risk.h"

#include <QRegularExpression>

namespace rampart {

namespace {

QString normalisedWord(const QString &text)
{
    QString t = text.simplified().toLower();
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    t.replace(QLatin1Char('-'), QLatin1Char(' '));
    t.replace(QLatin1Char('/'), QLatin1Char(' '));
    return t.simplified();
}

// Matches text against the keys, their labels and the synonyms given as
// {synonym, key} pairs.
QString fromText(const QString &text, const QStringList &keys, QString (*label)(const QString &),
                 std::initializer_list<std::pair<const char *, const char *>> synonyms)
{
    // Most values are keys already (our own files, bulk writes): no normalising then.
    if (keys.contains(text))
        return text;
    // Then labels as Rampart writes them (its own CSV exports).
    for (const QString &key : keys) {
        if (label(key) == text)
            return key;
    }
    const QString wanted = normalisedWord(text);
    if (wanted.isEmpty())
        return {};
    for (const QString &key : keys) {
        if (normalisedWord(key) == wanted || normalisedWord(label(key)) == wanted)
            return key;
    }
    for (const auto &[synonym, key] : synonyms) {
        if (wanted == QLatin1String(synonym))
            return QString::fromLatin1(key);
    }
    return {};
}

} // namespace

QStringList RiskVocabulary::treatmentKeys()
{
    return {QStringLiteral("modify"), QStringLiteral("retain"), QStringLiteral("avoid"), QStringLiteral("share")};
}

QString RiskVocabulary::treatmentLabel(const QString &key)
{
    if (key == QLatin1String("modify"))
        return tr("Modify (mitigate)");
    if (key == QLatin1String("retain"))
        return tr("Retain (accept)");
    if (key == QLatin1String("avoid"))
        return tr("Avoid");
    if (key == QLatin1String("share"))
        return tr("Share (transfer)");
    return {};
}

QStringList RiskVocabulary::statusKeys()
{
    return {QStringLiteral("identified"), QStringLiteral("assessed"), QStringLiteral("in_treatment"),
            QStringLiteral("accepted"), QStringLiteral("closed")};
}

QString RiskVocabulary::statusLabel(const QString &key)
{
    if (key == QLatin1String("identified"))
        return tr("Identified");
    if (key == QLatin1String("assessed"))
        return tr("Assessed");
    if (key == QLatin1String("in_treatment"))
        return tr("In treatment");
    if (key == QLatin1String("accepted"))
        return tr("Accepted");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    return {};
}

QStringList RiskVocabulary::assetTypeKeys()
{
    return {QStringLiteral("information"), QStringLiteral("software"), QStringLiteral("hardware"),
            QStringLiteral("service"),     QStringLiteral("people"),   QStringLiteral("site"),
            QStringLiteral("supplier")};
}

QString RiskVocabulary::assetTypeLabel(const QString &key)
{
    if (key == QLatin1String("information"))
        return tr("Information");
    if (key == QLatin1String("software"))
        return tr("Software");
    if (key == QLatin1String("hardware"))
        return tr("Hardware");
    if (key == QLatin1String("service"))
        return tr("Service");
    if (key == QLatin1String("people"))
        return tr("People");
    if (key == QLatin1String("site"))
        return tr("Site");
    if (key == QLatin1String("supplier"))
        return tr("Supplier");
    return {};
}

QStringList RiskVocabulary::actionStatusKeys()
{
    return {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"),
            QStringLiteral("cancelled")};
}

QString RiskVocabulary::actionStatusLabel(const QString &key)
{
    if (key == QLatin1String("planned"))
        return tr("Planned");
    if (key == QLatin1String("in_progress"))
        return tr("In progress");
    if (key == QLatin1String("done"))
        return tr("Done");
    if (key == QLatin1String("cancelled"))
        return tr("Cancelled");
    return {};
}

QString RiskVocabulary::treatmentFromText(const QString &text)
{
    return fromText(text, treatmentKeys(), &treatmentLabel,
                    {{"mitigate", "modify"},
                     {"reduce", "modify"},
                     {"treat", "modify"},
                     {"modification", "modify"},
                     {"mitigation", "modify"},
                     {"accept", "retain"},
                     {"tolerate", "retain"},
                     {"retention", "retain"},
                     {"acceptance", "retain"},
                     {"terminate", "avoid"},
                     {"avoidance", "avoid"},
                     {"transfer", "share"},
                     {"insure", "share"},
                     {"sharing", "share"}});
}

QString RiskVocabulary::statusFromText(const QString &text)
{
    return fromText(text, statusKeys(), &statusLabel,
                    {{"new", "identified"},
                     {"treatment", "in_treatment"},
                     {"in progress", "in_treatment"},
                     {"treating", "in_treatment"},
                     {"closed out", "closed"}});
}

QString RiskVocabulary::assetTypeFromText(const QString &text)
{
    return fromText(text, assetTypeKeys(), &assetTypeLabel,
                    {{"data", "information"},
                     {"application", "software"},
                     {"device", "hardware"},
                     {"equipment", "hardware"},
                     {"person", "people"},
                     {"staff", "people"},
                     {"location", "site"},
                     {"facility", "site"},
                     {"premises", "site"},
                     {"vendor", "supplier"},
                     {"third party", "supplier"}});
}

QString RiskVocabulary::actionStatusFromText(const QString &text)
{
    return fromText(text, actionStatusKeys(), &actionStatusLabel,
                    {{"open", "planned"},
                     {"not started", "planned"},
                     {"started", "in_progress"},
                     {"ongoing", "in_progress"},
                     {"complete", "done"},
                     {"completed", "done"},
                     {"closed", "done"},
                     {"canceled", "cancelled"},
                     {"dropped", "cancelled"}});
}

QString RiskVocabulary::propertiesFromText(const QString &text, bool *ok)
{
    bool c = false, i = false, a = false;
    *ok = true;
    // Already in the stored form ("CIA", "CA", ...): every row of a bulk write is.
    static const QString stored[] = {QStringLiteral("C"),  QStringLiteral("I"),  QStringLiteral("A"),
                                     QStringLiteral("CI"), QStringLiteral("CA"), QStringLiteral("IA"),
                                     QStringLiteral("CIA")};
    for (const QString &s : stored) {
        if (text == s)
            return text;
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;/+&|]+"));
    const QStringList parts = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("confidentiality"))
            c = true;
        else if (part == QLatin1String("integrity"))
            i = true;
        else if (part == QLatin1String("availability"))
            a = true;
        else if (part == QLatin1String("and"))
            continue;
        else {
            // "CIA", "c", "ia": letters only.
            for (const QChar ch : part) {
                if (ch == QLatin1Char('c'))
                    c = true;
                else if (ch == QLatin1Char('i'))
                    i = true;
                else if (ch == QLatin1Char('a'))
                    a = true;
                else
                    *ok = false;
            }
        }
    }
    if (!*ok)
        return {};
    QString out;
    if (c)
        out += QLatin1Char('C');
    if (i)
        out += QLatin1Char('I');
    if (a)
        out += QLatin1Char('A');
    return out.isNull() ? QStringLiteral("") : out;
}

QString RiskVocabulary::propertiesLabel(const QString &properties)
{
    QStringList names;
    if (properties.contains(QLatin1Char('C')))
        names << tr("Confidentiality");
    if (properties.contains(QLatin1Char('I')))
        names << tr("Integrity");
    if (properties.contains(QLatin1Char('A')))
        names << tr("Availability");
    return names.join(QStringLiteral(", "));
}

bool RiskAction::isOverdue(const QDate &today) const
{
    if (!isOpen() || dueOn.isEmpty())
        return false;
    const QDate due = QDate::fromString(dueOn, Qt::ISODate);
    return due.isValid() && due < today;
}

RiskRating currentRating(const RiskMethod &method, int inherentLikelihood, int inherentImpact, int residualLikelihood,
                         int residualImpact)
{
    const RiskRating residual = method.rate(residualLikelihood, residualImpact);
    return residual.isRated() ? residual : method.rate(inherentLikelihood, inherentImpact);
}

QDate RiskAcceptance::effectiveExpiry(const RiskMethod &method) const
{
    const QDate expiry = QDate::fromString(expiresOn, Qt::ISODate);
    if (expiry.isValid())
        return expiry;
    const QDate accepted = QDate::fromString(acceptedOn, Qt::ISODate);
    return accepted.isValid() ? accepted.addMonths(method.reviewIntervalMonths) : QDate();
}

RiskAcceptance::State RiskAcceptance::stateFor(const RiskMethod &method, const RiskRating &current,
                                               const QString &currentTreatment, const QDate &today) const
{
    const QString currentLevel = method.levelName(current.level);
    if (currentLevel.compare(level, Qt::CaseInsensitive) != 0 || current.score > score
        || currentTreatment != treatment)
        return State::NeedsRenewal;
    const QDate expiry = effectiveExpiry(method);
    if (expiry.isValid() && expiry < today)
        return State::Expired;
    return State::Valid;
}

} // namespace rampart
