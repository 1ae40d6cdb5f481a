#pragma once

#include "riskmethod.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace rampart {

// Fixed vocabularies of the risk register. Keys are what the file and the JSON export
// store; labels are for people. Importers accept the labels and a few common synonyms.
struct RiskVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(RiskVocabulary)

public:
    // 6.1.3 a: the risk treatment options.
    static QStringList treatmentKeys();  // modify, retain, avoid, share
    static QString treatmentLabel(const QString &key);
    static QStringList statusKeys();  // identified, assessed, in_treatment, accepted, closed
    static QString statusLabel(const QString &key);
    static QStringList assetTypeKeys();  // information, software, hardware, service, people, site, supplier
    static QString assetTypeLabel(const QString &key);
    static QStringList actionStatusKeys();  // planned, in_progress, done, cancelled
    static QString actionStatusLabel(const QString &key);
    // "C", "I", "A" in that order, from any mix of letters, words and separators
    // ("Confidentiality, Availability" -> "CA"). Null when the text names something else.
    static QString propertiesFromText(const QString &text, bool *ok);
    static QString propertiesLabel(const QString &properties);

    // The key for a label, a key, or a known synonym; empty when nothing matches.
    static QString treatmentFromText(const QString &text);
    static QString statusFromText(const QString &text);
    static QString assetTypeFromText(const QString &text);
    static QString actionStatusFromText(const QString &text);
};

// An asset of the inventory: something of value the risks are about.
struct Asset
{
    enum Field {
        Reference,
        Name,
        Type,
        Owner,
        Location,
        Confidentiality,
        Integrity,
        Availability,
        Description,
        FieldCount
    };

    qint64 id = 0;
    QString uid;
    QString reference;  // "A-001"
    QString name;
    QString type;  // RiskVocabulary::assetTypeKeys()
    QString owner;
    QString location;
    // Values on the method's impact scale; 0 when not rated.
    int confidentiality = 0;
    int integrity = 0;
    int availability = 0;
    QString description;
};

// One risk of the register (6.1.2, 6.1.3, 8.2, 8.3). Scores and levels are not here:
// they are derived from the likelihood and impact through the RiskMethod when read.
struct Risk
{
    enum Field {
        Reference,
        Title,
        Description,
        Assets,          // asset references, ", "-separated
        Threat,
        Vulnerability,
        Category,        // risk source or category
        Properties,      // affected C, I, A: "CIA", "CA", ...
        Owner,
        ExistingControls,
        InherentLikelihood,
        InherentImpact,
        Treatment,
        PlannedControls,  // Annex A control codes, ", "-separated
        ResidualLikelihood,
        ResidualImpact,
        Status,
        IdentifiedOn,
        LastReview,
        NextReview,
        Notes,
        FieldCount
    };

    qint64 id = 0;
    QString uid;
    QString reference;  // "R-001"
    QString title;
    QString description;
    QStringList assets;  // references
    QString threat;
    QString vulnerability;
    QString category;
    QString properties;
    QString owner;
    QString existingControls;
    int inherentLikelihood = 0;  // 0: not rated
    int inherentImpact = 0;
    QString treatment;  // RiskVocabulary::treatmentKeys() or empty
    QStringList plannedControls;  // catalog codes
    int residualLikelihood = 0;
    int residualImpact = 0;
    QString status = QStringLiteral("identified");
    QString identifiedOn;  // YYYY-MM-DD or empty
    QString lastReview;
    QString nextReview;
    QString notes;
};

// One action of the risk treatment plan (6.1.3 e, 8.3).
struct RiskAction
{
    enum Field { RiskId, Title, Owner, DueOn, Status, Effort, CompletedOn, FieldCount };

    qint64 id = 0;
    QString uid;
    qint64 riskId = 0;
    QString title;
    QString owner;
    QString dueOn;  // YYYY-MM-DD or empty
    QString status = QStringLiteral("planned");
    QString effort;  // cost or effort, free text ("3 days", "EUR 12,000")
    QString completedOn;

    bool isOpen() const { return status != QLatin1String("done") && status != QLatin1String("cancelled"); }
    bool isOverdue(const QDate &today) const;
};

// The risk owner's acceptance of a residual risk (6.1.3 f). It belongs to the risk as
// it was when accepted: the snapshot keeps that residual rating and treatment, so a
// later material change shows that the acceptance needs renewing.
struct RiskAcceptance
{
    enum Field { RiskId, AcceptedBy, AcceptedOn, ExpiresOn, Justification, FieldCount };

    enum class State { Valid, Expired, NeedsRenewal };

    qint64 id = 0;
    QString uid;
    qint64 riskId = 0;
    QString acceptedBy;
    QString acceptedOn;  // YYYY-MM-DD
    QString expiresOn;   // YYYY-MM-DD or empty (then the method's review interval applies)
    QString justification;
    // The snapshot, fixed when the acceptance is recorded.
    int likelihood = 0;
    int impact = 0;
    int score = 0;
    QString level;
    QString treatment;

    // Against the risk as it is now (its current rating: residual when rated, else
    // inherent). Material changes: another level, a higher score, another treatment.
    State stateFor(const RiskMethod &method, const RiskRating &current, const QString &currentTreatment,
                   const QDate &today) const;
    // The day the acceptance runs out: its expiry, else the acceptance date plus the
    // method's review interval. Invalid when neither is known.
    QDate effectiveExpiry(const RiskMethod &method) const;
};

// Rows that are written together as one bulk operation (an import, a JSON replace, a
// generated benchmark file). Before the write, a risk's id is a key within the batch
// that actions and acceptances refer to by riskId; the write replaces it with the id
// in the file, and updates the references.
struct RiskRegisterBatch
{
    std::vector<Asset> assets;
    std::vector<Risk> risks;
    std::vector<RiskAction> actions;
    std::vector<RiskAcceptance> acceptances;

    bool isEmpty() const { return assets.empty() && risks.empty() && actions.empty() && acceptances.empty(); }
};

// The rating that counts for a risk now: the residual one when both residual values
// are given, else the inherent one.
RiskRating currentRating(const RiskMethod &method, int inherentLikelihood, int inherentImpact,
                         int residualLikelihood, int residualImpact);

} // namespace rampart
