#pragma once

#include "domain/change.h"
#include "domain/registerspec.h"
#include "stores/registerstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <optional>

namespace rampart {

class Document;

// Any register described by a RegisterSpec, one row per record and one column per
// field (views hide what they do not show). DisplayRole is what a person reads (choice
// labels, a link as "OBJ-02 Title", a set as "5.2, 7.5"); EditRole is the value the
// store keeps (choice key, link id, list of codes). Edits go through the Document's
// commands; the model follows every committed change with the narrowest signal.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // numbers as numbers, dates as ISO text
        AttentionRole,                // why the row needs attention today, or empty
        RowIdRole,
    };

    RegisterModel(Document *document, Entity entity, QObject *parent = nullptr);

    const RegisterSpec &spec() const { return m_store->spec(); }
    Document *document() const { return m_document; }

    // Child registers: show only the rows of one parent (0 shows none). Without a
    // call the model shows every row.
    void setParentFilter(qint64 parentId);
    std::optional<qint64> parentFilter() const { return m_parent; }
    // The day attention rules compare with (tests fix it).
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 rowId(int row) const;
    int rowOf(qint64 id) const;
    QVariant value(int row, int field) const;
    QString displayText(int row, int field) const;
    QString attention(int row) const;
    int attentionCount() const;

    // Push commands through the Document. initial maps column names to values; fields
    // not given start empty, with today's date or with their initial choice.
    qint64 addRecord(const QVariantMap &initial = {});
    bool deleteRecord(int row);

private:
    void onChanged(const Change &change);
    void reload();
    void reloadLinkNames();
    bool shows(const RegisterStore::Row &row) const;

    Document *m_document;
    RegisterStore *m_store;
    std::optional<qint64> m_parent;
    QDate m_today;
    std::vector<RegisterStore::Row> m_rows;
    QHash<int, QHash<qint64, QString>> m_linkNames;  // field -> target id -> "OBJ-02 Title"
};

} // namespace rampart
