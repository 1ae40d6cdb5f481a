#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rampart {

// One step of a likelihood or impact scale (6.1.2 c): its number, its label and what
// it means in this organisation.
struct ScaleLevel
{
    int value = 0;  // 1..count
    QString label;
    QString description;

    bool operator==(const ScaleLevel &other) const = default;
};

// A risk level of the matrix ("Low", "Critical", or the organisation's own).
struct RiskLevel
{
    QString uid;
    QString name;
    QColor colour;

    bool operator==(const RiskLevel &other) const = default;
};

// What a (likelihood, impact) pair comes to under a method. Never stored: computed
// from the stored likelihood and impact every time, so it cannot drift from the method.
struct RiskRating
{
    int likelihood = 0;
    int impact = 0;
    int score = 0;      // likelihood x impact; 0 when not rated
    int level = -1;     // index into RiskMethod::levels; -1 when not rated
    bool isRated() const { return level >= 0; }
};

// The risk assessment method of one file (6.1.2): the two scales, the matrix that maps
// each cell to a level, and the acceptance criteria. A plain value: the store reads and
// writes it whole, a method change is one command holding the old and the new value.
struct RiskMethod
{
    Q_DECLARE_TR_FUNCTIONS(RiskMethod)

public:
    enum class Axis { Likelihood, Impact };

    static constexpr int MinLevels = 3;
    static constexpr int MaxLevels = 7;
    static constexpr int MaxRiskLevels = 10;

    std::vector<ScaleLevel> likelihood;  // value 1..n in order
    std::vector<ScaleLevel> impact;
    std::vector<RiskLevel> levels;       // lowest first; the order is the level's rank
    // levels index per cell, row-major by likelihood: cell (l, i) is at
    // (l - 1) * impact.size() + (i - 1).
    std::vector<int> matrix;
    // Index of the highest level the risk owner may accept without further
    // justification; risks above it need treatment or a justified acceptance.
    int acceptanceLevel = 1;
    QString acceptanceCriteria;
    int reviewIntervalMonths = 12;

    bool operator==(const RiskMethod &other) const = default;

    // The built-in default: 5 x 5, score = likelihood x impact, Low/Medium/High/Critical,
    // acceptance up to Medium, yearly review.
    static RiskMethod standard();
    // A method of the given shape with generic labels and the default four levels,
    // spread over the matrix by score (the share of the largest score).
    static RiskMethod withShape(int likelihoodLevels, int impactLevels);
    // Default level a cell falls into by its share of the largest score.
    static int defaultLevelFor(int score, int maxScore, int levelCount);

    int likelihoodCount() const { return int(likelihood.size()); }
    int impactCount() const { return int(impact.size()); }
    int count(Axis axis) const { return axis == Axis::Likelihood ? likelihoodCount() : impactCount(); }
    const std::vector<ScaleLevel> &scale(Axis axis) const { return axis == Axis::Likelihood ? likelihood : impact; }
    std::vector<ScaleLevel> &scale(Axis axis) { return axis == Axis::Likelihood ? likelihood : impact; }
    int maxScore() const { return likelihoodCount() * impactCount(); }

    bool isValidValue(Axis axis, int value) const { return value >= 1 && value <= count(axis); }
    // The rating of a cell; not rated when either value is 0 or out of the scales.
    RiskRating rate(int likelihoodValue, int impactValue) const;
    int levelAt(int likelihoodValue, int impactValue) const;
    void setLevelAt(int likelihoodValue, int impactValue, int level);
    // True when a rated cell lies above the acceptance threshold.
    bool isAboveThreshold(const RiskRating &rating) const { return rating.isRated() && rating.level > acceptanceLevel; }

    QString levelName(int level) const;
    QColor levelColour(int level) const;
    int levelIndex(const QString &name) const;  // case-insensitive; -1 when unknown
    QString label(Axis axis, int value) const;
    // "3 Medium"; empty for 0.
    QString valueText(Axis axis, int value) const;
    // A value on the scale from text: its number or its label (case-insensitive). 0
    // when it matches nothing: a value is never guessed.
    int valueFromText(Axis axis, const QString &text) const;

    // Changes the number of levels of a scale: kept levels keep their label, new ones
    // get a generic label, and the matrix is laid out again from the scores.
    void resize(Axis axis, int newCount);
    // Where a value on a scale of fromCount levels lands on one of toCount levels:
    // the same relative position, so the top stays the top and the bottom the bottom.
    static int remap(int value, int fromCount, int toCount);

    // Empty when the method can be stored; else what is wrong, in a sentence.
    QString problem() const;
    // One line for the change log: "5 x 5, 4 levels, accept up to Medium, review 12 months".
    QString summary() const;

    static QString axisKey(Axis axis);
    static QString axisName(Axis axis);
};

} // namespace rampart
