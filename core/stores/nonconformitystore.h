#pragma once

#include "tablestore.h"

namespace rampart {

// The register of clause 10.2: nonconformities and their corrective actions.
class NonconformityStore : public TableStore
{
    Q_DECLARE_TR_FUNCTIONS(NonconformityStore)

public:
    explicit NonconformityStore(Database &db);
    QVariant normalised(int field, const QVariant &value) const override;
    qint64 idForReference(const QString &reference) const;
    // The nonconformities raised from one checklist item.
    std::vector<Record> forChecklistItem(qint64 itemId) const;

protected:
    // A nonconformity is closed only once its corrective action has been verified as
    // effective (10.2 d): refused here, whoever asks.
    bool validate(qint64 id, const QVariantList &row, int field, QString *error) const override;
    void completeNewRow(QVariantList &row) const override;
};

class CorrectiveActionStore : public TableStore
{
public:
    explicit CorrectiveActionStore(Database &db);
};

} // namespace rampart
