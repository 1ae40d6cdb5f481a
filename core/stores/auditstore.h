#pragma once

#include "tablestore.h"

namespace rampart {

struct Catalog;

// The registers of clause 9.2: programmes, audits, the areas and agenda of an audit,
// and its checklist.

class AuditProgrammeStore : public TableStore
{
public:
    explicit AuditProgrammeStore(Database &db);
};

class AuditStore : public TableStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    AuditStore(Database &db, const Catalog &catalog);
    QVariant normalised(int field, const QVariant &value) const override;
    // The audit with this reference (0: none).
    qint64 idForReference(const QString &reference) const;

protected:
    bool validate(qint64 id, const QVariantList &row, int field, QString *error) const override;
    void completeNewRow(QVariantList &row) const override;

private:
    const Catalog &m_catalog;
};

class AuditAreaStore : public TableStore
{
public:
    explicit AuditAreaStore(Database &db);
};

class AuditSessionStore : public TableStore
{
public:
    explicit AuditSessionStore(Database &db);
};

class ChecklistItemStore : public TableStore
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistItemStore)

public:
    ChecklistItemStore(Database &db, const Catalog &catalog);
    QVariant normalised(int field, const QVariant &value) const override;
    // "IA-2026-01/07": how a worksheet and the change log name the item.
    QString rowReference(qint64 id) const override;
    static QString itemKey(const QString &auditReference, int number);

protected:
    bool validate(qint64 id, const QVariantList &row, int field, QString *error) const override;
    void completeNewRow(QVariantList &row) const override;

private:
    const Catalog &m_catalog;
};

} // namespace rampart
