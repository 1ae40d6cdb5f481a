#pragma once

#include "domain/audit.h"
#include "domain/record.h"
#include "recordstore.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace rampart {

// A register kept in one table: one column per field of the entity, a uid, and the
// row id. Knows how each kind of column is written (dates as YYYY-MM-DD, links as
// row ids or NULL, choices as keys) and refuses values that do not fit with a
// sentence a manager understands. Subclasses add the rules of their register.
class TableStore : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(TableStore)

public:
    enum class Kind { Text, Date, Time, Number, Link, Choice };
    struct Column
    {
        const char *name;
        Kind kind = Kind::Text;
        ChoiceSet choices = ChoiceSet::Result;
    };

    TableStore(Database &db, Entity entity, const char *table, std::vector<Column> columns, const char *orderBy);

    Entity entity() const override { return m_entity; }
    int fieldCount() const override { return int(m_columns.size()); }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;
    QString rowSummary(qint64 id) const override;

    bool hasRows() const override { return true; }
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;

    Kind kind(int field) const { return m_columns.at(size_t(field)).kind; }
    ChoiceSet choices(int field) const { return m_columns.at(size_t(field)).choices; }

    std::optional<Record> record(qint64 id) const;
    // Every row, in the register's order.
    std::vector<Record> all() const;
    // The rows whose link field points at id (the checklist of an audit, ...).
    std::vector<Record> linkedTo(int field, qint64 id) const;
    qint64 count() const;

protected:
    // The register's own rules. row holds every field as it would be written (the
    // current row with one field changed, or a new row); id is 0 for a new row.
    virtual bool validate(qint64 id, const QVariantList &row, int field, QString *error) const;
    // Fills what a new row needs and the caller left empty (a reference, a number).
    virtual void completeNewRow(QVariantList &row) const;
    // One value of one query, for the rules of subclasses.
    QVariant scalar(const QString &statement, std::initializer_list<QVariant> values) const;
    // The next free "PREFIX-001" style number among the references of field.
    QString nextReference(int field, const QString &prefix, int digits) const;

    // Written by every change of any other field, so that others can tell the row changed.
    int m_revisionField = -1;
    // The field that names the row in the change log ("IA-2026-01").
    int m_referenceField = -1;
    // What the change log shows for a row that was added or deleted.
    QList<int> m_summaryFields = {0};

private:
    bool toStored(int field, const QVariant &value, QVariant *stored, QString *error) const;
    std::vector<Record> select(const QString &where, std::initializer_list<QVariant> values) const;
    QString columnList() const;

    Entity m_entity;
    QString m_table;
    std::vector<Column> m_columns;
    QString m_orderBy;
};

} // namespace rampart
