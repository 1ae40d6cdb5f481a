#pragma once

#include "domain/change.h"
#include "domain/record.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace rampart {

class Document;
class TableStore;

// A table over one register kept by a TableStore, optionally only the rows that belong
// to one parent (the checklist of one audit). Every column shows one field of the
// entity or a value computed by a subclass. Edits go through the Document's edit
// facade; committed changes come back as narrow dataChanged, row inserts and removals.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The stored value: a choice's key, a date as YYYY-MM-DD.
        KeyRole = Qt::UserRole + 1,
        // For choice columns: int(ChoiceSet), so that editors can offer the list.
        ChoiceSetRole,
        // How to edit the cell: "text", "multiline", "date", "time", "choice".
        EditorRole,
        // For views that sort: dates and numbers sort as such.
        SortRole,
        // A warning to show on the cell (overdue, late, impartiality); empty when none.
        WarningRole,
    };

    // fields: the field shown in each column; a negative number is a computed column.
    RecordTableModel(Document *document, Entity entity, const QList<int> &fields, QObject *parent = nullptr);

    // Shows only the rows whose link field points at parentId (0: no rows at all).
    void showChildrenOf(int linkField, qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    // The day "overdue" and "late" are measured against (tests set it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Entity entity() const { return m_entity; }
    int fieldOf(int column) const { return column >= 0 && column < m_fields.size() ? m_fields.at(column) : -1; }
    int columnOf(int field) const { return int(m_fields.indexOf(field)); }
    qint64 rowId(int row) const;
    int rowOf(qint64 id) const;
    const Record *record(int row) const;

    // A new row: snapshot holds the fields (the parent link is filled in). Returns its id.
    qint64 addRecord(QVariantList snapshot, const QString &commandText);
    bool removeRecord(int row, const QString &commandText);

protected:
    Document *document() const { return m_document; }
    TableStore &store() const;
    // Computed columns and special displays; the default shows the field.
    virtual QVariant computed(const Record &record, int column, int role) const;
    virtual QString computedHeader(int column) const;
    // Fields that are shown but not edited here (links, counters).
    virtual bool isEditable(int field) const;
    virtual bool isMultiline(int field) const;
    // Columns whose value depends on a field of the row besides the field's own column.
    virtual QList<int> dependentColumns(int field) const;
    // Changes to other registers that this model shows (nonconformities beside the
    // checklist, actions beside the nonconformities).
    virtual void otherChanged(const Change &change);
    void emitColumnChanged(int row, int column);
    void reload();

private:
    void onChanged(const Change &change);
    bool belongs(const Record &record) const;
    int insertPosition(qint64 id) const;

    Document *m_document;
    Entity m_entity;
    QList<int> m_fields;
    int m_linkField = -1;
    qint64 m_parentId = 0;
    QDate m_today;
    std::vector<Record> m_rows;
};

} // namespace rampart
