#pragma once

#include "domain/change.h"
#include "soacompleteness.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace rampart {

class Document;

// The SoA's completeness findings (SoaCompleteness), one row each, kept current as
// the SoA changes. Many changes in a row (an import) are looked at once, after the
// last of them.
class SoaFindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Control, Finding, Detail, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, RuleRole };

    explicit SoaFindingModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The day reviews are measured against (tests fix it; by default, today).
    void setToday(const QDate &today);
    // Recomputes now instead of after the current burst of changes.
    void refresh();
    const std::vector<SoaFinding> &findings() const { return m_findings; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void onChanged(const Change &change);

    Document *m_document;
    QDate m_today;
    bool m_refreshQueued = false;
    std::vector<SoaFinding> m_findings;
};

} // namespace rampart
