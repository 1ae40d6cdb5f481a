#pragma once

#include "domain/change.h"
#include "soacomparison.h"

#include <QAbstractTableModel>

#include <vector>

namespace rampart {

class Document;

// What changed between an approved version and the current SoA: one row per changed
// field, and one row per control added or removed. Follows the SoA as it is edited.
class SoaComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Control, Title, Kind, Field, Before, After, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, KindRole };

    explicit SoaComparisonModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 clears the comparison.
    void setVersion(qint64 versionId);
    qint64 versionId() const { return m_versionId; }
    int versionNumber() const { return m_versionNumber; }
    // Controls with any difference (a control with three changed fields counts once).
    int changedControls() const { return m_changedControls; }
    void refresh();

private:
    struct Line
    {
        SoaRowDifference::Kind kind;
        QString controlRef;
        QString title;
        qint64 entryId;
        QString field;
        QString before;
        QString after;
    };

    void onChanged(const Change &change);

    Document *m_document;
    qint64 m_versionId = 0;
    int m_versionNumber = 0;
    int m_changedControls = 0;
    bool m_refreshQueued = false;
    std::vector<Line> m_lines;
};

} // namespace rampart
