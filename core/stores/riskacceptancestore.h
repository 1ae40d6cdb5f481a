#pragma once

#include "domain/risk.h"
#include "recordstore.h"

#include <vector>

namespace rampart {

class RiskMethodStore;
class RiskStore;

// An acceptance with the risk as it is now, to tell whether it still holds.
struct RiskAcceptanceRow
{
    RiskAcceptance acceptance;
    QString riskReference;
    RiskRating current;
    QString currentTreatment;
    bool latest = false;  // the risk's most recent acceptance; older ones are superseded
};

// Risk owners' acceptances of residual risk (6.1.3 f). A snapshot of the risk's
// rating and treatment is taken when an acceptance is recorded and never changes;
// an acceptance of a risk above the method's threshold must say why.
class RiskAcceptanceStore : public RecordStore
{
public:
    RiskAcceptanceStore(Database &db, const RiskMethodStore &method, const RiskStore &risks);

    Entity entity() const override { return Entity::RiskAcceptance; }
    int fieldCount() const override { return RiskAcceptance::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;
    qint64 parentId(qint64 id) const override;

    // A snapshot holds the fields, the uid, then likelihood, impact, score, level and
    // treatment as accepted. Without those, insertRow takes them from the risk now.
    bool hasRows() const override { return true; }
    bool contains(qint64 id) const override;
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    std::vector<RiskAcceptance> all() const;
    std::vector<RiskAcceptance> forRisk(qint64 riskId) const;
    // Acceptances with their risks now; all when riskId is 0, none when it is negative. In id order.
    std::vector<RiskAcceptanceRow> rows(qint64 riskId = 0) const;
    RiskAcceptance read(qint64 id) const;
    int count() const;
    // The latest acceptance of every accepted risk with the state it is in now.
    int countNeedingRenewal(const QDate &today) const;
    bool insertMany(std::vector<RiskAcceptance> &acceptances, bool keepIds, QString *error);
    bool removeAll(QString *error);

    // The acceptance as it would be recorded for the risk now (snapshot filled in).
    RiskAcceptance snapshotFor(qint64 riskId) const;
    // Refuses an acceptance without the details 6.1.3 f needs.
    QString problem(const RiskAcceptance &acceptance) const;

    static QVariantList snapshotOf(const RiskAcceptance &acceptance);
    static RiskAcceptance fromSnapshot(const QVariantList &snapshot);

private:
    std::vector<RiskAcceptance> select(const QString &where, const QVariant &bound) const;

    const RiskMethodStore &m_method;
    const RiskStore &m_risks;
};

} // namespace rampart
