#pragma once

#include "domain/risk.h"
#include "recordstore.h"

#include <QHash>
#include <QList>

#include <vector>

class QSqlQuery;

namespace rampart {

class AssetStore;
class RiskMethodStore;

// The short columns of one register row: what the register table shows, sorts and
// filters by, without the long texts (scenario, threat, vulnerability, existing
// controls, notes), which are read one row at a time when asked for.
struct RiskRow
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString owner;
    QString category;
    QString properties;
    QString treatment;
    QString status;
    QString identifiedOn;
    QString lastReview;
    QString nextReview;
    qint8 inherentLikelihood = 0;
    qint8 inherentImpact = 0;
    qint8 residualLikelihood = 0;
    qint8 residualImpact = 0;
    QList<qint64> assetIds;
    QStringList controls;  // catalog codes
    int openActions = 0;
    int overdueActions = 0;
    // The latest acceptance, if any.
    bool accepted = false;
    RiskAcceptance acceptance;
    // The short texts folded to lower case in one string, made when first searched:
    // one substring test per row and keystroke.
    mutable QString searchText;
    // ValueRules::naturalSortKey of the reference, made when first sorted by it.
    mutable QString referenceKey;
};

// A stored rating value that a method change moved, for the change log and for undo.
struct RatingChange
{
    Entity entity = Entity::Risk;
    qint64 id = 0;
    int field = 0;
    int oldValue = 0;
    int newValue = 0;
};

// The risk register. Writes keep it consistent: values must lie on the method's
// scales, vocabularies are closed, references unique, linked assets and controls must
// exist. Scores and levels are never stored.
// A risk whose treatment plans a control: what the SoA shows on that control's row.
struct LinkedRisk
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString residualLevel;  // empty when the residual rating is not given
};

// One planned control of one risk: the control, and the risk as the SoA shows it.
struct PlannedControlLink
{
    QString controlCode;     // the Annex A control's catalog code, or empty
    qint64 ownControlId = 0;  // or the organisation's own control
    LinkedRisk risk;
};

class RiskStore : public RecordStore
{
public:
    // Every risk that plans the Annex A control with this catalog code, by reference.
    std::vector<LinkedRisk> risksPlanningControl(const QString &controlCode) const;
    // Every risk that plans this own control of the organisation, by reference.
    std::vector<LinkedRisk> risksPlanningOwnControl(qint64 ownControlId) const;
    // The planned controls of one risk, or of every risk (riskId 0), ordered by risk
    // reference: one query for views that show every control's risks at once.
    std::vector<PlannedControlLink> plannedControlLinks(qint64 riskId = 0) const;
    // The references of the risks that plan a control the SoA marks not applicable,
    // by SoA entry id and in reference order. Reads only the excluded rows' links, so
    // that the completeness check stays cheap on a register of 100,000 risks.
    QHash<qint64, QStringList> risksRelyingOnExcludedControls() const;

    RiskStore(Database &db, const RiskMethodStore &method, const AssetStore &assets);

    // The stores of the rows that belong to a risk (actions, acceptances), so that a
    // deleted risk comes back whole on undo.
    void setChildStores(RecordStore *actions, RecordStore *acceptances);

    Entity entity() const override { return Entity::Risk; }
    int fieldCount() const override { return Risk::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;
    // A deleted own control leaves the treatment of the risks that plan it: their
    // planned controls are written without it first, so that undo restores them.
    std::vector<RowDependent> dependents(Entity target, qint64 id) const override;

    // A snapshot holds the fields, the uid, then the risk's actions and acceptances as
    // a list of [id, snapshot] pairs each.
    bool hasRows() const override { return true; }
    bool contains(qint64 id) const override;
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    // Checks and converts one scalar field the way setValue does.
    bool bindable(int field, const QVariant &value, qint64 id, QVariant *out, QString *error) const;

    int count() const;
    // Register rows in id order, after afterId: one page of a lazily filled model.
    std::vector<RiskRow> rowsAfter(qint64 afterId, int limit) const;
    RiskRow row(qint64 id) const;
    Risk read(qint64 id) const;
    std::vector<Risk> all() const;
    // Ids of the risks whose scenario, threat, vulnerability, existing controls or
    // notes have words beginning with the words of text (RiskTextIndex), in id order.
    std::vector<qint64> idsWithLongText(const QString &text) const;
    // Whether that index waits to be built (after a bulk write; the first search builds
    // it), and building it now: the GUI does so once a file shows, before a search.
    bool textIndexPending() const;
    bool buildTextIndex(QString *error);
    struct CellCount
    {
        int likelihood = 0;
        int impact = 0;
        int count = 0;
    };
    std::vector<CellCount> cellCounts(bool residual) const;
    // Counts per current level (residual when rated, else inherent), by level index.
    std::vector<int> countsPerLevel(const RiskMethod &method) const;
    QString nextReference() const;
    qint64 idOfReference(const QString &reference) const;
    // The risk owners named in the register, sorted.
    QStringList owners() const;

    // Bulk writes for imports and generators, with prepared statements; the caller
    // holds the transaction. Fills in ids; keeps given ids when keepIds is set. Risk
    // assets are references; actions and acceptances are written by their stores.
    bool insertMany(std::vector<Risk> &risks, bool keepIds, QString *error);
    bool removeMany(const std::vector<qint64> &ids, QString *error);
    bool removeAll(QString *error);

    // Moves every stored rating from one method's scales to another's; reports what
    // moved. The reverse of the reported changes undoes it.
    bool remapRatings(const RiskMethod &from, const RiskMethod &to, std::vector<RatingChange> *changes,
                      QString *error);
    bool applyRatingChanges(const std::vector<RatingChange> &changes, bool reverse, QString *error);

    // The catalog's controls by code and id (the catalog never changes in a file).
    qint64 controlId(const QString &code) const;
    QString controlCode(qint64 id) const;

    static QVariantList snapshotOf(const Risk &risk);
    // One field of a risk as snapshotOf() gives it.
    static QVariant fieldValue(const Risk &risk, int field);
    static Risk fromSnapshot(const QVariantList &snapshot);

private:
    // The risks whose planned controls match joinAndWhere (SQL after the join of
    // risk_control rc and risk r, one placeholder bound to value).
    std::vector<LinkedRisk> risksPlanning(const QString &joinAndWhere, const QVariant &value) const;

    LinkedRisk linkedRiskOf(const QSqlQuery &query, int column) const;
    void loadControls() const;
    bool insertRows(std::vector<Risk> &risks, bool keepIds, QString *error);
    bool writeLinks(qint64 id, int field, const QStringList &items, QString *error);
    QStringList canonicalAssets(const QStringList &references, QString *error) const;
    // Planned controls are Annex A codes and own-control references; the result holds
    // the codes in catalog order, then the references in natural order.
    QStringList canonicalControls(const QStringList &codes, QString *error) const;
    struct OwnControlRef
    {
        qint64 id = 0;
        QString reference;
    };
    // The own controls by reference folded to lower case.
    QHash<QString, OwnControlRef> ownControlsByKey() const;
    void sortControls(QStringList *controls) const;
    QStringList linkedAssets(qint64 id) const;
    QStringList linkedControls(qint64 id) const;
    std::vector<RiskRow> loadRows(const QString &where, const QVariantList &binds) const;

    const RiskMethodStore &m_method;
    const AssetStore &m_assets;
    RecordStore *m_actions = nullptr;
    RecordStore *m_acceptances = nullptr;
    mutable QHash<QString, qint64> m_controlIds;
    mutable QHash<qint64, QString> m_controlCodes;
    mutable QHash<QString, int> m_controlPositions;
};

} // namespace rampart
