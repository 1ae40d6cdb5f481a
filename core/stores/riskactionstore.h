#pragma once

#include "domain/risk.h"
#include "recordstore.h"

#include <vector>

namespace rampart {

// One line of the treatment plan: the action and the risk it treats.
struct RiskActionRow
{
    RiskAction action;
    QString riskReference;
    QString riskTitle;
};

// The risk treatment plan: actions, each belonging to one risk.
class RiskActionStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    Entity entity() const override { return Entity::RiskAction; }
    int fieldCount() const override { return RiskAction::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    // The reference of the action's risk: the change log says "R-012".
    QString rowReference(qint64 id) const override;
    qint64 parentId(qint64 id) const override;

    bool hasRows() const override { return true; }
    bool contains(qint64 id) const override;
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    bool bindable(int field, const QVariant &value, QVariant *out, QString *error) const;
    std::vector<RiskAction> all() const;
    std::vector<RiskAction> forRisk(qint64 riskId) const;
    // The plan with each action's risk; all actions when riskId is 0, none when it is negative. In id order.
    std::vector<RiskActionRow> rows(qint64 riskId = 0) const;
    RiskActionRow row(qint64 id) const;
    RiskAction read(qint64 id) const;
    int count() const;
    int overdueCount(const QDate &today) const;
    bool insertMany(std::vector<RiskAction> &actions, bool keepIds, QString *error);
    bool removeAll(QString *error);

    static QVariantList snapshotOf(const RiskAction &action);
    static RiskAction fromSnapshot(const QVariantList &snapshot);

private:
    std::vector<RiskAction> select(const QString &where, const QVariant &bound) const;
};

} // namespace rampart
