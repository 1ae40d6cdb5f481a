#pragma once

#include "domain/change.h"
#include "domain/risk.h"
#include "stores/riskstore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace rampart {

class Document;

// The risk register, one row per risk, in id order. Rows arrive in pages as the view
// asks for them (canFetchMore/fetchMore), and only their short columns are held: the
// long texts are read one row at a time when asked for. Scores and levels are computed
// from the stored likelihood and impact through the Document's method on every read,
// so they cannot disagree with it. Edits go through the Document's commands.
class RiskRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Title,
        Assets,
        Owner,
        Category,
        Properties,
        InherentLikelihood,
        InherentImpact,
        InherentScore,
        InherentLevel,
        Treatment,
        PlannedControls,
        ResidualLikelihood,
        ResidualImpact,
        ResidualScore,
        ResidualLevel,
        Status,
        IdentifiedOn,
        LastReview,
        NextReview,
        Actions,
        Acceptance,
        // Long texts: for the detail pane, hidden in the table.
        Description,
        Threat,
        Vulnerability,
        ExistingControls,
        Notes,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        // Numbers for numeric columns, level rank for levels, natural keys for text.
        SortRole,
        // The level index (into the method's levels) of a level or score column.
        LevelRole,
        // RiskMethod::Axis of a likelihood or impact column, as int; -1 elsewhere.
        AxisRole,
        // The Risk::Field a column edits; -1 for derived columns.
        FieldRole,
        // Colour of the level of a rated cell (QColor), for delegates.
        LevelColourRole,
        // True for rows whose risk is above the acceptance threshold and retained
        // without a valid, justified acceptance.
        AttentionRole,
    };

    static constexpr int PageSize = 500;

    explicit RiskRegisterModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads every remaining row (filtering and sorting need them all).
    void fetchAll();
    // Loads the next count rows: for filling the register in the background, in steps
    // short enough to keep the window responsive.
    void fetchRows(int count);
    // Makes the search texts of rows [from, from + count); returns where it stopped.
    int prepareSearch(int from, int count) const;
    // Rows in the file, fetched or not.
    int totalCount() const { return m_total; }
    bool isComplete() const { return int(m_rows.size()) >= m_total; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const RiskRow *rowAt(int row) const;
    Document *document() const { return m_document; }
    // Asset reference and name by id, for display and search.
    QString assetReference(qint64 id) const { return m_assetReferences.value(id); }
    QString assetName(qint64 id) const { return m_assetNames.value(id); }
    QString assetsText(const RiskRow &row) const;
    // Reference, title, owner, category, assets (references and names) and controls,
    // case-folded, for the search.
    const QString &searchText(const RiskRow &row) const;

    static int fieldOf(int column);
    static int columnOf(int field);
    RiskRating inherentRating(const RiskRow &row) const;
    RiskRating residualRating(const RiskRow &row) const;
    RiskRating currentRating(const RiskRow &row) const;
    RiskAcceptance::State acceptanceState(const RiskRow &row) const;
    // Above the threshold, retained, and no valid acceptance with a justification.
    bool needsAttention(const RiskRow &row) const;

    // --- Edits, through the Document's commands. ---
    qint64 addRisk(const QString &title = {});
    qint64 duplicateRisk(int row);
    bool removeRisks(const QList<int> &rows);

Q_SIGNALS:
    // Rows were loaded (fetchMore, fetchAll): proxies showing a filter update.
    void rowsFetched();

private:
    void onChanged(const Change &change);
    void reload();
    void refreshLoadedRows();
    void refreshRow(qint64 id, const QList<int> &columns);
    void loadAssets();
    void rebuildIndex(int from = 0);
    QVariant display(const RiskRow &row, int column) const;
    QVariant edit(const RiskRow &row, int column) const;
    QVariant longText(qint64 id, int column) const;

    Document *m_document;
    std::vector<RiskRow> m_rows;
    QHash<qint64, int> m_rowById;
    int m_total = 0;
    QHash<qint64, QString> m_assetReferences;
    QHash<qint64, QString> m_assetNames;
    // The long texts of the last row asked for (the detail pane asks for one row).
    mutable qint64 m_longId = 0;
    mutable Risk m_long;
};

} // namespace rampart
