#pragma once

#include "domain/organisation.h"
#include "recordstore.h"

namespace rampart {

class OrganisationStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    Entity entity() const override { return Entity::Organisation; }
    int fieldCount() const override { return Organisation::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;

    Organisation read() const;
    bool setUid(const QString &uid, QString *error);
    static QVariant fieldValue(const Organisation &organisation, int field);
};

class ScopeExclusionStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    Entity entity() const override { return Entity::ScopeExclusion; }
    int fieldCount() const override { return ScopeExclusion::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;

    bool hasRows() const override { return true; }
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;
    bool removeAll(QString *error);

    std::vector<ScopeExclusion> all() const;
    static QVariantList snapshotOf(const ScopeExclusion &exclusion);
};

} // namespace rampart
