#pragma once

#include "domain/risk.h"
#include "recordstore.h"

#include <QHash>

#include <vector>

namespace rampart {

class RiskMethodStore;

// The asset inventory. C, I and A values are on the method's impact scale.
class AssetStore : public RecordStore
{
public:
    AssetStore(Database &db, const RiskMethodStore &method);

    Entity entity() const override { return Entity::Asset; }
    int fieldCount() const override { return Asset::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;

    // A snapshot holds the fields, the uid, then the ids of the risks linked to the
    // asset, so that undoing a delete brings the links back too.
    bool hasRows() const override { return true; }
    bool contains(qint64 id) const override;
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    std::vector<Asset> all() const;
    Asset read(qint64 id) const;
    int count() const;
    // Number of risks linked to each asset, by asset id.
    QHash<qint64, int> riskCounts() const;
    // Inserts assets in one go with prepared statements (imports, generators). Fills
    // in the ids; keeps given ids when keepIds is set.
    bool insertMany(std::vector<Asset> &assets, bool keepIds, QString *error);
    bool removeMany(const std::vector<qint64> &ids, QString *error);
    bool removeAll(QString *error);
    // "A-017" after the highest "A-nnn" in use.
    QString nextReference() const;
    qint64 idOfReference(const QString &reference) const;
    // Checks one field's value the way setValue does; out gets the value to bind.
    bool bindable(int field, const QVariant &value, qint64 id, QVariant *out, QString *error) const;

    static QVariantList snapshotOf(const Asset &asset);
    static Asset fromSnapshot(const QVariantList &snapshot);

private:
    const RiskMethodStore &m_method;
};

} // namespace rampart
