#pragma once

#include "domain/change.h"
#include "domain/soa.h"
#include "stores/riskstore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace rampart {

class Document;

// The Statement of Applicability as a two-level tree: one group row per catalog theme
// (and one for the organisation's own controls), under it one row per control. Edits
// go through the Document's SoA facade (Soa), never into the rows directly.
//
// Columns are of three kinds: the control (reference and title; editable for own
// controls), the stored decision fields (each maps to one SoaEntry field, see
// fieldOfColumn), and derived, read-only columns computed from elsewhere (today the
// ISO/IEC 27002 attributes from the catalog, and the linked risks from the risk
// register). A derived column is added by giving it
// an enum value, a header, a value in derivedValue(), and, when its source can change,
// a refresh in onChanged() that emits dataChanged for that column only.
class SoaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Control,
        Title,
        ApplicabilityColumn,
        ReasonsColumn,
        StatusColumn,
        OwnerColumn,
        TargetDateColumn,
        LastReviewedColumn,
        ReasonNarrativeColumn,
        JustificationColumn,
        ImplementationColumn,
        ReferencesColumn,
        // Derived, read-only.
        ControlTypeColumn,
        PropertiesColumn,
        ConceptsColumn,
        CapabilitiesColumn,
        DomainsColumn,
        // The risks whose treatment plans the control, from the risk register.
        LinkedRisksColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        IsGroupRole,
        GroupKeyRole,  // theme code, or OwnGroupKey
        OwnControlIdRole,
        ThemeCodeRole,
        ApplicabilityKeyRole,
        StatusKeyRole,
        OwnerRole,
        AttributesRole,  // QStringList of "kind:value" (AttributeKind keys)
        SearchTextRole,  // everything a text search looks at, lower case
        DescriptionRole,
        GuidanceRole,
        LinkedRiskIdsRole,  // QVariantList of the ids of the linked risks, in display order
    };
    static QString ownGroupKey() { return QStringLiteral("own"); }

    explicit SoaModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The SoaEntry field a column edits, or -1 (control and derived columns).
    static int fieldOfColumn(int column);
    static int columnOfField(int field);

    const SoaEntry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOfEntry(qint64 entryId, int column = Control) const;
    QModelIndex indexOfOwnControl(qint64 ownControlId, int column = Control) const;
    QModelIndex groupIndex(const QString &key) const;
    // The risks whose treatment plans the entry's control, by reference.
    const std::vector<LinkedRisk> &linkedRisks(qint64 entryId) const;
    // Owners named anywhere in the SoA, sorted: for the owner filter and completion.
    QStringList owners() const;
    Document *document() const { return m_document; }

private:
    struct Group
    {
        QString key;
        QString name;
        std::vector<SoaEntry> rows;
    };

    void reload();
    void onChanged(const Change &change);
    // The linked risks of every row, read in one query when the model (re)loads.
    void reloadLinks();
    // Brings one risk's links up to date and returns the entries whose cell changed.
    QList<qint64> updateLinksOfRisk(qint64 riskId, bool removed);
    qint64 entryIdOfLink(const PlannedControlLink &link) const;
    void emitLinkedRisksChanged(const QList<qint64> &entryIds);
    QVariant groupData(int group, int column, int role) const;
    QVariant entryData(const SoaEntry &entry, int column, int role) const;
    QVariant displayValue(const SoaEntry &entry, int column) const;
    QVariant derivedValue(const SoaEntry &entry, int column) const;
    QString searchText(const SoaEntry &entry) const;
    bool locate(qint64 entryId, int *group, int *row) const;
    int groupOf(const SoaEntry &entry) const;

    Document *m_document;
    std::vector<Group> m_groups;
    QHash<qint64, std::vector<LinkedRisk>> m_linkedRisks;  // by entry id
    QHash<qint64, QList<qint64>> m_entriesOfRisk;           // risk id -> entry ids
};

} // namespace rampart
