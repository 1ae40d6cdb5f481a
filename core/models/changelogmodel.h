#pragma once

#include "domain/change.h"
#include "stores/changelogstore.h"

#include <QAbstractTableModel>

namespace rampart {

class Document;

// The most recent entries of the change log, newest first; follows new edits.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Field, OldValue, NewValue, ColumnCount };

    ChangeLogModel(Document *document, int limit, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Document *m_document;
    int m_limit;
    std::vector<ChangeLogEntry> m_entries;
};

} // namespace rampart
