#pragma once

#include "domain/change.h"
#include "stores/riskacceptancestore.h"

#include <QAbstractTableModel>

#include <vector>

namespace rampart {

class Document;

// Risk acceptances (6.1.3 f) with what was accepted and whether it still holds: the
// latest acceptance of a risk is valid, expired or needs renewal; older ones are
// superseded.
class RiskAcceptanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Risk, AcceptedBy, AcceptedOn, ExpiresOn, Justification, AcceptedRating, AcceptedTreatment, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NeedsRenewalRole };

    explicit RiskAcceptanceModel(Document *document, qint64 riskId = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRiskId(qint64 riskId);
    static int fieldOf(int column);
    qint64 idAt(int row) const;
    QString stateText(const RiskAcceptanceRow &row) const;
    bool needsRenewal(const RiskAcceptanceRow &row) const;

    // Records the acceptance of the risk's residual risk as it is now.
    qint64 accept(qint64 riskId, const QString &acceptedBy, const QString &acceptedOn, const QString &expiresOn,
                  const QString &justification);
    bool removeAcceptance(int row);

private:
    void onChanged(const Change &change);
    void reload();

    Document *m_document;
    qint64 m_riskId;
    std::vector<RiskAcceptanceRow> m_rows;
};

} // namespace rampart
