#pragma once

#include "domain/change.h"
#include "domain/organisation.h"

#include <QAbstractTableModel>

namespace rampart {

class Document;

// The organisation profile and scope as one row, one column per field, for forms
// (QDataWidgetMapper) and tables alike. Edits go through the Document's commands.
class OrganisationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit OrganisationModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const Change &change);

    Document *m_document;
    Organisation m_organisation;
};

// The scope exclusions (4.3), one row each.
class ScopeExclusionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ScopeExclusionModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 rowId(int row) const;
    int rowOf(qint64 id) const;
    // Push commands through the Document.
    qint64 addExclusion(const QString &exclusion = {}, const QString &justification = {});
    bool removeExclusion(int row);

private:
    void onChanged(const Change &change);
    void reload();

    Document *m_document;
    std::vector<ScopeExclusion> m_rows;
};

} // namespace rampart
