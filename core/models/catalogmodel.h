#pragma once

#include <QAbstractTableModel>

namespace rampart {

class Catalog;

// The Annex A controls of a file's catalog, read-only: id, theme, title and the
// ISO/IEC 27002 attributes. The SoA builds on the same rows.
class ControlCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Theme, Title, ControlType, Properties, Concepts, Capabilities, Domains, ColumnCount };
    enum Role { SortKeyRole = Qt::UserRole + 1, DescriptionRole, GuidanceRole };

    explicit ControlCatalogModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
};

} // namespace rampart
