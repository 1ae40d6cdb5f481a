#pragma once

#include "domain/registerrecord.h"
#include "domain/registerspec.h"
#include "recordstore.h"

#include <QCoreApplication>

namespace rampart {

// The store of any register described by a RegisterSpec: one table with a uid, an
// optional human reference, a column per field, and a link table per set field.
// Every value is checked against its field type before it is written, with a
// sentence that says what is wrong.
class RegisterStore : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)

public:
    struct Row
    {
        qint64 id = 0;
        QString uid;
        QVariantList values;  // in field order, as value() gives them
    };

    RegisterStore(Database &db, const RegisterSpec &spec);

    const RegisterSpec &spec() const { return m_spec; }

    Entity entity() const override { return m_spec.entity; }
    int fieldCount() const override { return m_spec.fieldCount(); }
    QString fieldKey(int field) const override;
    QVariant value(qint64 id, int field) const override;
    bool setValue(qint64 id, int field, const QVariant &value, QString *error) override;
    QVariant normalised(int field, const QVariant &value) const override;
    QString rowReference(qint64 id) const override;
    QString rowSummary(qint64 id) const override;
    QVariant logValue(int field, const QVariant &value) const override;

    bool hasRows() const override { return true; }
    bool canAddRows() const override { return !m_spec.fixedRows; }
    QVariantList rowSnapshot(qint64 id) const override;
    qint64 insertRow(qint64 id, const QVariantList &snapshot, QString *error) override;
    bool removeRow(qint64 id, QString *error) override;
    std::vector<RowDependent> dependents(Entity target, qint64 id) const override;

    // Every row in id order; with a parent id, only that parent's rows.
    std::vector<Row> rows(qint64 parentId = 0) const;
    Row row(qint64 id) const;
    int count() const;
    // The row with this human reference (0 when there is none): how other parts of
    // Rampart resolve "DOC-004" to a document.
    qint64 idForReference(const QString &reference) const;
    QString referenceOf(qint64 id) const;
    // "DOC-004 Access control policy": how a link to the row is shown.
    QString displayName(qint64 id) const;
    // The reference the next new row gets ("DOC-016").
    QString nextReference() const;

    // The JSON form of a row (and its children, given the child register's store).
    RegisterRecord portable(const Row &row, const RegisterStore *children) const;
    // Turns the JSON form back into a snapshot for insertRow, resolving references
    // to rows that are in the file already.
    QVariantList snapshotOf(const RegisterRecord &record, qint64 parentId, QString *error) const;

    // Fixed-row registers: a row for every sub-clause of the catalog that has none.
    bool ensureFixedRows(QString *error);

private:
    // Checks a value for a field and turns it into what is bound to the statement.
    bool toBound(int field, const QVariant &value, qint64 rowId, QVariant *bound, QString *error) const;
    QVariant fromColumn(int field, const QVariant &column) const;
    QString selectExpression(int field) const;
    bool writeSet(qint64 id, int field, const QStringList &codes, QString *error);
    QStringList setCodes(qint64 id, int field) const;
    // The table and code column a set or link field points to.
    QString targetTable(const FieldSpec &field) const;
    QString targetCodeColumn(const FieldSpec &field) const;
    QString targetOrder(const FieldSpec &field) const;
    qint64 idForCode(const FieldSpec &field, const QString &code) const;
    QString fieldName(int field) const;

    const RegisterSpec &m_spec;
};

} // namespace rampart
