#pragma once

#include "domain/change.h"
#include "domain/soa.h"

#include <QAbstractTableModel>

#include <vector>

namespace rampart {

class Document;

// The approved versions of the SoA, newest first.
class SoaVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, ApprovedOn, Approver, Note, ColumnCount };
    enum Role { VersionIdRole = Qt::UserRole + 1, NumberRole };

    explicit SoaVersionModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 versionId(int row) const;
    int rowOf(qint64 versionId) const;

private:
    void onChanged(const Change &change);

    Document *m_document;
    std::vector<SoaVersion> m_versions;  // newest first, without rows
};

} // namespace rampart
