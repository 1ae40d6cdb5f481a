#pragma once

#include "domain/soa.h"
#include "recordstore.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace rampart {

// The SoA entries: one per Annex A control (made with the file, never added or
// deleted by hand) and one per own control (made and deleted with it, by
// OwnControlStore). Field values, as the change log and the edit facade see them:
// applicability and status as their keys, reasons as canonical keys ("legal,business"),
// dates as YYYY-MM-DD or null, references as lines of one text.
class SoaStore : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(SoaStore)

public:
    using RecordStore::RecordStore;

    Entity entity() const override { return Entity::SoaEntry; }
    int fieldCount() const override { return SoaEntry::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;

    // Annex A entries in catalog order, then own controls in the order they were added.
    std::vector<SoaEntry> entries() const;
    std::optional<SoaEntry> entry(qint64 id) const;
    qint64 entryIdForControl(const QString &controlRef) const;
    qint64 entryIdForOwnControl(qint64 ownControlId) const;
    // Gives every Annex A control of the file's catalog its (undecided) entry.
    bool createMissingEntries(QString *error);
    bool setUid(qint64 id, const QString &uid, QString *error);

    // The store's form of one field of an entry, and back. Checking happens in
    // validate(), which says in a sentence what is wrong.
    static QVariant fieldValue(const SoaEntry &entry, int field);
    static void assignField(SoaEntry *entry, int field, const QVariant &storedValue);
    static QString validate(int field, const QVariant &storedValue);
    static QVariant normalise(int field, const QVariant &value);

    // SQL column names of the fields, shared with the frozen rows of a version.
    static QString column(int field);
};

// The organisation's own controls (6.1.3 c). A row snapshot carries the control's
// fields, its uid, then its SoA entry (id, uid and every field), so that deleting a
// control and undoing it brings back its decisions too.
class OwnControlStore : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(OwnControlStore)

public:
    using RecordStore::RecordStore;

    // Positions in a row snapshot after the fields.
    static constexpr int UidSlot = OwnControl::FieldCount;
    static constexpr int EntryIdSlot = UidSlot + 1;
    static constexpr int EntryUidSlot = UidSlot + 2;
    static constexpr int EntryFieldsSlot = UidSlot + 3;

    Entity entity() const override { return Entity::OwnControl; }
    int fieldCount() const override { return OwnControl::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;

    bool hasRows() const override { return true; }
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    std::vector<OwnControl> all() const;
    std::optional<OwnControl> control(qint64 id) const;
    // "ORG-01", "ORG-02", ...: the next number not in use.
    QString nextReference() const;
    static QVariantList snapshotOf(const OwnControl &control, const SoaEntry *entry);

private:
    QString referenceProblem(qint64 id, const QString &reference) const;
    qint64 themeId(const QString &code) const;
};

// Approved SoA versions. They are frozen: no field can be changed once written; a
// version only comes (approval) and goes (undoing the approval, or an import that
// replaces everything). The row snapshot carries the frozen rows after the uid.
class SoaVersionStore : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(SoaVersionStore)

public:
    using RecordStore::RecordStore;

    static constexpr int UidSlot = SoaVersion::FieldCount;
    static constexpr int RowsSlot = UidSlot + 1;

    Entity entity() const override { return Entity::SoaVersion; }
    int fieldCount() const override { return SoaVersion::FieldCount; }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QString rowReference(qint64 id) const override;

    bool hasRows() const override { return true; }
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    // Oldest first, without their rows.
    std::vector<SoaVersion> all() const;
    std::optional<SoaVersion> version(qint64 id, bool withRows) const;
    std::vector<SoaEntry> rows(qint64 versionId) const;
    int nextNumber() const;
    static QVariantList snapshotOf(const SoaVersion &version);
};

} // namespace rampart
