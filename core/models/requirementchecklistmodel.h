#pragma once

#include "domain/change.h"
#include "requirementrules.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace rampart {

class Document;
class RegisterModel;

// The requirements checklist: every sub-clause of clauses 4 to 10 with its status,
// where it is met and the documents that show it. The status shown is the user's own
// when set, otherwise what Rampart pre-fills from the file's records (and says so in
// the Basis column). Stored values go through the requirement register's model, so
// edits take the one way of an edit.
class RequirementChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Clause, Title, Status, Basis, WhereMet, Documents, ColumnCount };
    enum Role {
        AreasRole = Qt::UserRole + 1,  // QStringList: where the records behind Rampart's assessment are
        FromRampartRole,               // bool: the status shown is Rampart's pre-fill
        EffectiveStatusRole,           // int: RequirementStatus
        LevelRole,                     // int: 2 for "6.1", 3 for "6.1.2"
    };

    explicit RequirementChecklistModel(Document *document, QObject *parent = nullptr);

    RegisterModel *records() const { return m_records; }
    void setToday(const QDate &today);
    RequirementAssessment assessment(int row) const;
    RequirementStatus effectiveStatus(int row) const;
    int rowOfClause(const QString &clause) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reassess();
    QString clauseOf(int row) const;
    QString ownStatus(int row) const;
    int fieldOf(int column) const;

    Document *m_document;
    RegisterModel *m_records;
    QDate m_today;
    QHash<QString, RequirementAssessment> m_assessments;
    QHash<QString, QString> m_titles;
    QHash<QString, int> m_levels;
};

} // namespace rampart
