#pragma once

#include "recordtablemodel.h"

#include <map>

namespace rampart {

// The nonconformity register (10.2): one row per nonconformity with its state and the
// next due corrective action; every field has a column, for the register table and
// the detail form alike.
class NonconformityModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        RaisedOn,
        Title,
        Source,
        Grade,
        Requirement,
        State,
        NextDue,
        AuditReference,
        RaisedBy,
        RequirementText,
        Description,
        Correction,
        RootCause,
        VerifiedBy,
        VerifiedOn,
        VerificationResult,
        VerificationNotes,
        ClosedOn,
        ColumnCount
    };

    explicit NonconformityModel(Document *document, QObject *parent = nullptr);
    // A new nonconformity raised outside an audit (an incident, a complaint, ...).
    qint64 addNonconformity(const QString &source, const QString &raisedBy);

protected:
    QVariant computed(const Record &record, int column, int role) const override;
    QString computedHeader(int column) const override;
    bool isMultiline(int field) const override;
    QList<int> dependentColumns(int field) const override;
    void otherChanged(const Change &change) override;

private:
    std::map<qint64, qint64> m_actionNc;  // corrective action -> nonconformity, to follow removals
};

// The corrective actions of one nonconformity; overdue ones stand out.
class CorrectiveActionModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Action, Owner, DueDate, Status, CompletedOn, ColumnCount };

    explicit CorrectiveActionModel(Document *document, QObject *parent = nullptr);
    void showNonconformity(qint64 id);

protected:
    QVariant computed(const Record &record, int column, int role) const override;
    bool isMultiline(int field) const override;
    QList<int> dependentColumns(int field) const override;
};

} // namespace rampart
