#include "riskmethod.h"

#include <algorithm>
#include <cmath>

namespace rampart {

namespace {

// Generic scale labels by number of levels: used for new methods and when a scale is
// resized, so that the top of a scale always reads as the top.
QStringList genericLabels(int count)
{
    switch (count) {
    case 3:
        return {RiskMethod::tr("Low"), RiskMethod::tr("Medium"), RiskMethod::tr("High")};
    case 4:
        return {RiskMethod::tr("Low"), RiskMethod::tr("Medium"), RiskMethod::tr("High"), RiskMethod::tr("Very high")};
    case 5:
        return {RiskMethod::tr("Very low"), RiskMethod::tr("Low"), RiskMethod::tr("Medium"), RiskMethod::tr("High"),
                RiskMethod::tr("Very high")};
    case 6:
        return {RiskMethod::tr("Very low"), RiskMethod::tr("Low"),       RiskMethod::tr("Medium"),
                RiskMethod::tr("High"),     RiskMethod::tr("Very high"), RiskMethod::tr("Extreme")};
    case 7:
        return {RiskMethod::tr("Negligible"), RiskMethod::tr("Very low"),  RiskMethod::tr("Low"),
                RiskMethod::tr("Medium"),     RiskMethod::tr("High"),      RiskMethod::tr("Very high"),
                RiskMethod::tr("Extreme")};
    default:
        break;
    }
    QStringList labels;
    for (int i = 1; i <= count; ++i)
        labels << RiskMethod::tr("Level %1").arg(i);
    return labels;
}

QStringList labelsOf(const std::vector<ScaleLevel> &scale)
{
    QStringList labels;
    for (const ScaleLevel &level : scale)
        labels << level.label;
    return labels;
}

std::vector<ScaleLevel> genericScale(int count)
{
    const QStringList labels = genericLabels(count);
    std::vector<ScaleLevel> scale;
    for (int i = 0; i < count; ++i)
        scale.push_back({i + 1, labels.at(i), {}});
    return scale;
}

std::vector<RiskLevel> defaultLevels()
{
    // Fixed uids: every new file gets the same level identities, so exports of
    // untouched methods compare equal across files.
    return {
        {QStringLiteral("3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0001"), RiskMethod::tr("Low"), QColor(0x8b, 0xc3, 0x4a)},
        {QStringLiteral("3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0002"), RiskMethod::tr("Medium"), QColor(0xff, 0xd5, 0x4f)},
        {QStringLiteral("3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0003"), RiskMethod::tr("High"), QColor(0xff, 0x8a, 0x50)},
        {QStringLiteral("3d0b8f4e-6a43-4f0e-9d1e-1a7c2b5e0004"), RiskMethod::tr("Critical"), QColor(0xe5, 0x39, 0x35)},
    };
}

} // namespace

int RiskMethod::defaultLevelFor(int score, int maxScore, int levelCount)
{
    if (levelCount <= 1 || maxScore <= 0)
        return 0;
    // Boundaries at ((k + 1) / (n + 1))^2 of the largest score: for four levels 16 %,
    // 36 % and 64 %, which on 5 x 5 gives Low 1-4, Medium 5-9, High 10-16, Critical 20-25.
    const double share = double(score) / double(maxScore);
    for (int k = 1; k < levelCount; ++k) {
        const double boundary = std::pow(double(k + 1) / double(levelCount + 1), 2.0);
        if (share <= boundary + 1e-9)
            return k - 1;
    }
    return levelCount - 1;
}

RiskMethod RiskMethod::withShape(int likelihoodLevels, int impactLevels)
{
    RiskMethod m;
    m.likelihood = genericScale(likelihoodLevels);
    m.impact = genericScale(impactLevels);
    m.levels = defaultLevels();
    m.matrix.assign(size_t(likelihoodLevels * impactLevels), 0);
    for (int l = 1; l <= likelihoodLevels; ++l) {
        for (int i = 1; i <= impactLevels; ++i)
            m.setLevelAt(l, i, defaultLevelFor(l * i, m.maxScore(), int(m.levels.size())));
    }
    m.acceptanceLevel = 1;
    m.reviewIntervalMonths = 12;
    return m;
}

RiskMethod RiskMethod::standard()
{
    RiskMethod m = withShape(5, 5);
    const char *likelihood[5] = {
        QT_TR_NOOP("Not expected in the next five years; no known occurrence here or at peers."),
        QT_TR_NOOP("Could happen once in three to five years; has happened at peers."),
        QT_TR_NOOP("Could happen once in one to three years; has happened here before."),
        QT_TR_NOOP("Expected about once a year."),
        QT_TR_NOOP("Expected several times a year, or already happening."),
    };
    const char *impact[5] = {
        QT_TR_NOOP("No noticeable effect on customers; handled in normal operations; cost under 5,000."),
        QT_TR_NOOP("Short disruption or a few customers affected; no personal data breach; cost under 50,000."),
        QT_TR_NOOP("Service degraded for many customers for hours, or a reportable personal data breach of limited "
                   "size; cost under 250,000."),
        QT_TR_NOOP("Outage of a day or more, breach of many customers' data, regulator involvement, lost contracts; "
                   "cost under 1 million."),
        QT_TR_NOOP("Threatens the company: prolonged outage, large breach, loss of certification or key customers; "
                   "cost over 1 million."),
    };
    for (int v = 0; v < 5; ++v) {
        m.likelihood[size_t(v)].description = tr(likelihood[v]);
        m.impact[size_t(v)].description = tr(impact[v]);
    }
    m.acceptanceCriteria =
        tr("Risks rated Low or Medium after treatment may be accepted by the risk owner. High and Critical risks "
           "must be treated; where that is not possible or not proportionate, retaining them needs a written "
           "justification and the acceptance of top management. Every acceptance is reviewed at least once a year "
           "and whenever the risk's rating or treatment changes.");
    return m;
}

RiskRating RiskMethod::rate(int likelihoodValue, int impactValue) const
{
    RiskRating r;
    r.likelihood = likelihoodValue;
    r.impact = impactValue;
    if (!isValidValue(Axis::Likelihood, likelihoodValue) || !isValidValue(Axis::Impact, impactValue))
        return r;
    r.score = likelihoodValue * impactValue;
    r.level = levelAt(likelihoodValue, impactValue);
    return r;
}

int RiskMethod::levelAt(int likelihoodValue, int impactValue) const
{
    if (!isValidValue(Axis::Likelihood, likelihoodValue) || !isValidValue(Axis::Impact, impactValue))
        return -1;
    const size_t cell = size_t((likelihoodValue - 1) * impactCount() + (impactValue - 1));
    if (cell >= matrix.size())
        return -1;
    const int level = matrix[cell];
    return level >= 0 && level < int(levels.size()) ? level : -1;
}

void RiskMethod::setLevelAt(int likelihoodValue, int impactValue, int level)
{
    if (!isValidValue(Axis::Likelihood, likelihoodValue) || !isValidValue(Axis::Impact, impactValue))
        return;
    const size_t cell = size_t((likelihoodValue - 1) * impactCount() + (impactValue - 1));
    if (matrix.size() < size_t(maxScore()))
        matrix.resize(size_t(maxScore()), 0);
    matrix[cell] = level;
}

QString RiskMethod::levelName(int level) const
{
    return level >= 0 && level < int(levels.size()) ? levels[size_t(level)].name : QString();
}

QColor RiskMethod::levelColour(int level) const
{
    return level >= 0 && level < int(levels.size()) ? levels[size_t(level)].colour : QColor();
}

int RiskMethod::levelIndex(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString RiskMethod::label(Axis axis, int value) const
{
    const auto &s = scale(axis);
    return value >= 1 && value <= int(s.size()) ? s[size_t(value - 1)].label : QString();
}

QString RiskMethod::valueText(Axis axis, int value) const
{
    if (!isValidValue(axis, value))
        return {};
    return QStringLiteral("%1 %2").arg(value).arg(label(axis, value));
}

int RiskMethod::valueFromText(Axis axis, const QString &text) const
{
    // A plain number (nearly every rated cell of an import): no simplified copy.
    if (!text.isEmpty() && text.size() <= 4) {
        int number = 0;
        bool digits = true;
        for (const QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                digits = false;
                break;
            }
            number = number * 10 + (c.unicode() - u'0');
        }
        if (digits)
            return isValidValue(axis, number) ? number : 0;
    }
    const QString t = text.simplified();
    if (t.isEmpty())
        return 0;
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber)
        return isValidValue(axis, number) ? number : 0;
    // "3 Medium" or "3 - Medium", as our own exports and many spreadsheets write it.
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const int leading = t.left(space).toInt(&isNumber);
        if (isNumber && isValidValue(axis, leading)) {
            QString rest = t.mid(space + 1);
            if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2013)))
                rest = rest.mid(1).trimmed();
            if (rest.compare(label(axis, leading), Qt::CaseInsensitive) == 0)
                return leading;
            return 0;
        }
    }
    for (const ScaleLevel &level : scale(axis)) {
        if (level.label.simplified().compare(t, Qt::CaseInsensitive) == 0)
            return level.value;
    }
    return 0;
}

int RiskMethod::remap(int value, int fromCount, int toCount)
{
    if (value <= 0 || fromCount <= 0 || toCount <= 0)
        return 0;
    if (fromCount == toCount)
        return std::clamp(value, 1, toCount);
    if (fromCount == 1)
        return 1;
    value = std::clamp(value, 1, fromCount);
    // Round half up, in integers, so that results never depend on floating point.
    const int numerator = (value - 1) * (toCount - 1) * 2 + (fromCount - 1);
    return numerator / (2 * (fromCount - 1)) + 1;
}

void RiskMethod::resize(Axis axis, int newCount)
{
    newCount = std::clamp(newCount, MinLevels, MaxLevels);
    const int oldCount = count(axis);
    if (newCount == oldCount)
        return;
    const RiskMethod old = *this;
    std::vector<ScaleLevel> &s = scale(axis);
    const QStringList oldLabels = labelsOf(s);
    const bool generic = oldLabels == genericLabels(oldCount);
    const QStringList labels = genericLabels(newCount);
    std::vector<ScaleLevel> resized;
    for (int v = 1; v <= newCount; ++v) {
        if (!generic && v <= oldCount)
            resized.push_back({v, s[size_t(v - 1)].label, s[size_t(v - 1)].description});
        else
            resized.push_back({v, labels.at(v - 1), {}});
    }
    s = resized;
    // Each new cell takes the level of the old cell it corresponds to, so the user's
    // own matrix keeps its shape.
    matrix.assign(size_t(maxScore()), 0);
    for (int l = 1; l <= likelihoodCount(); ++l) {
        for (int i = 1; i <= impactCount(); ++i) {
            const int oldL = axis == Axis::Likelihood ? remap(l, newCount, oldCount) : l;
            const int oldI = axis == Axis::Impact ? remap(i, newCount, oldCount) : i;
            setLevelAt(l, i, std::max(0, old.levelAt(oldL, oldI)));
        }
    }
}

QString RiskMethod::problem() const
{
    for (Axis axis : {Axis::Likelihood, Axis::Impact}) {
        const auto &s = scale(axis);
        if (int(s.size()) < MinLevels || int(s.size()) > MaxLevels)
            return tr("The %1 scale must have %2 to %3 levels.").arg(axisName(axis).toLower()).arg(MinLevels).arg(MaxLevels);
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i].value != int(i) + 1)
                return tr("The %1 scale must be numbered 1 to %2.").arg(axisName(axis).toLower()).arg(s.size());
            if (s[i].label.trimmed().isEmpty())
                return tr("Level %1 of the %2 scale needs a label.").arg(i + 1).arg(axisName(axis).toLower());
            for (size_t j = 0; j < i; ++j) {
                if (s[j].label.trimmed().compare(s[i].label.trimmed(), Qt::CaseInsensitive) == 0)
                    return tr("The %1 scale uses the label \"%2\" twice.").arg(axisName(axis).toLower(), s[i].label);
            }
        }
    }
    if (levels.empty())
        return tr("The method needs at least one risk level.");
    if (int(levels.size()) > MaxRiskLevels)
        return tr("The method can have at most %1 risk levels.").arg(MaxRiskLevels);
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].name.trimmed().isEmpty())
            return tr("Every risk level needs a name.");
        if (!levels[i].colour.isValid())
            return tr("The risk level \"%1\" needs a colour.").arg(levels[i].name);
        for (size_t j = 0; j < i; ++j) {
            if (levels[j].name.trimmed().compare(levels[i].name.trimmed(), Qt::CaseInsensitive) == 0)
                return tr("Two risk levels are called \"%1\".").arg(levels[i].name);
        }
    }
    if (matrix.size() != size_t(maxScore()))
        return tr("The matrix must have one level for each of the %1 cells.").arg(maxScore());
    for (int level : matrix) {
        if (level < 0 || level >= int(levels.size()))
            return tr("Every cell of the matrix must name one of the risk levels.");
    }
    if (acceptanceLevel < 0 || acceptanceLevel >= int(levels.size()))
        return tr("The acceptance threshold must be one of the risk levels.");
    if (reviewIntervalMonths < 1 || reviewIntervalMonths > 60)
        return tr("The review interval must be 1 to 60 months.");
    return {};
}

QString RiskMethod::summary() const
{
    QStringList names;
    for (const RiskLevel &level : levels)
        names << level.name;
    return tr("%1 x %2 (likelihood x impact); levels %3; accept up to %4; review every %5 months")
        .arg(likelihoodCount())
        .arg(impactCount())
        .arg(names.join(QStringLiteral(", ")))
        .arg(levelName(acceptanceLevel))
        .arg(reviewIntervalMonths);
}

QString RiskMethod::axisKey(Axis axis)
{
    return axis == Axis::Likelihood ? QStringLiteral("likelihood") : QStringLiteral("impact");
}

QString RiskMethod::axisName(Axis axis)
{
    return axis == Axis::Likelihood ? tr("Likelihood") : tr("Impact");
}

} // namespace rampart
