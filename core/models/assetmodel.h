#pragma once

#include "domain/change.h"
#include "domain/risk.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace rampart {

class Document;

// The asset inventory, one row per asset in id order. C, I and A show the impact
// scale's labels; "Risks" counts the risks linked to the asset.
class AssetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Name,
        Type,
        Owner,
        Location,
        Confidentiality,
        Integrity,
        Availability,
        Risks,
        Description,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, FieldRole, AxisRole };

    explicit AssetModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int fieldOf(int column);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Asset *assetAt(int row) const;

    qint64 addAsset(const QString &name = {});
    bool removeAssets(const QList<int> &rows);

private:
    void onChanged(const Change &change);
    void reload();
    void recountRisks();

    Document *m_document;
    std::vector<Asset> m_rows;
    QHash<qint64, int> m_riskCounts;
};

} // namespace rampart
