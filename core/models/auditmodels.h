#pragma once

#include "audits.h"
#include "recordtablemodel.h"

#include <map>

namespace rampart {

// The audit programmes, one row each, every field a column (for a form and a chooser).
class AuditProgrammeModel : public RecordTableModel
{
    Q_OBJECT

public:
    explicit AuditProgrammeModel(Document *document, QObject *parent = nullptr);

protected:
    bool isMultiline(int field) const override;
};

// Every audit of the file, internal and external: the programme's calendar.
class AuditListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, StartDate, EndDate, Title, Type, Status, LeadAuditor, Progress, Scope, ColumnCount };

    explicit AuditListModel(Document *document, QObject *parent = nullptr);

protected:
    QVariant computed(const Record &record, int column, int role) const override;
    QString computedHeader(int column) const override;
    QList<int> dependentColumns(int field) const override;
    void otherChanged(const Change &change) override;

private:
    std::map<qint64, qint64> m_itemAudit;  // checklist item -> audit, to follow removals
};

// The areas and processes of one audit's scope with their owners.
class AuditAreaModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Area, Owner, ColumnCount };
    explicit AuditAreaModel(Document *document, QObject *parent = nullptr);
};

// One audit's agenda.
class AgendaModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Date, StartTime, EndTime, Topic, People, ColumnCount };
    explicit AgendaModel(Document *document, QObject *parent = nullptr);
};

// One audit's checklist: the questions, and per item the result, evidence, notes and
// the people interviewed, with the nonconformity raised from it.
class ChecklistModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Key,
        Requirement,
        Question,
        Soa,  // the SoA's word on the control; see Audits::soaContext
        Result,
        Evidence,
        Notes,
        Interviewed,
        Nonconformity,
        ColumnCount
    };

    explicit ChecklistModel(Document *document, QObject *parent = nullptr);
    void showAudit(qint64 auditId);
    // Whether any item has something from the SoA to show (the Soa column is empty
    // until the Statement of Applicability exists).
    bool hasSoaContext() const;
    qint64 addOwnItem(const QString &question);

protected:
    QVariant computed(const Record &record, int column, int role) const override;
    QString computedHeader(int column) const override;
    bool isMultiline(int field) const override;
    void otherChanged(const Change &change) override;

private:
    std::map<qint64, qint64> m_ncItem;  // nonconformity -> checklist item, to follow removals
    void rememberNonconformities();
};

// The coverage grid of a programme: one row per clause or control the cycle must
// cover, one column per internal audit of the programme, and the state.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StateRole = Qt::UserRole + 1 };
    enum FixedColumn { Reference, Title, State, FirstAudit };

    explicit CoverageModel(Document *document, QObject *parent = nullptr);
    void showProgramme(qint64 programmeId);
    const Coverage &coverage() const { return m_coverage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString stateName(CoverageEntry::State state);

private:
    void onChanged(const Change &change);
    void recompute();

    Document *m_document;
    qint64 m_programmeId = 0;
    Coverage m_coverage;
};

} // namespace rampart
