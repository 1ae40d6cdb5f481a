#pragma once

#include "domain/change.h"
#include "stores/riskactionstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace rampart {

class Document;

// The risk treatment plan (6.1.3 e, 8.3): every action, or the actions of one risk.
// Open actions past their due date stand out.
class RiskActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Risk, RiskTitle, Title, Owner, DueOn, Status, Effort, CompletedOn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RiskIdRole, OverdueRole, FieldRole };

    // riskId 0: the whole plan; negative: no risk (an empty list).
    explicit RiskActionModel(Document *document, qint64 riskId = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRiskId(qint64 riskId);
    qint64 riskId() const { return m_riskId; }
    static int fieldOf(int column);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const RiskActionRow *rowAt(int row) const;
    int overdueCount() const;

    qint64 addAction(qint64 riskId, const QString &title = {});
    bool removeActions(const QList<int> &rows);

private:
    void onChanged(const Change &change);
    void reload();

    Document *m_document;
    qint64 m_riskId;
    std::vector<RiskActionRow> m_rows;
};

} // namespace rampart
