#include "catalogmodel.h"

#include "catalog/catalog.h"

namespace rampart {

namespace {

// "5.10" sorts after "5.9".
QString naturalKey(const QString &code)
{
    QString key;
    const QStringList parts = code.split(QLatin1Char('.'));
    for (const QString &part : parts)
        key += part.rightJustified(4, QLatin1Char('0'));
    return key;
}

QString attributeList(const QStringList &values)
{
    QStringList names;
    for (const QString &v : values)
        names << attributeValueName(v);
    return names.join(QStringLiteral(", "));
}

} // namespace

ControlCatalogModel::ControlCatalogModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

int ControlCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.controls.size());
}

int ControlCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CatalogControl &c = m_catalog.controls[size_t(index.row())];
    if (role == DescriptionRole)
        return c.description;
    if (role == GuidanceRole)
        return c.guidance;
    if (role == SortKeyRole && index.column() == Id)
        return naturalKey(c.code);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return c.description;
    if (role != Qt::DisplayRole && role != SortKeyRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return c.code;
    case Theme: {
        const CatalogTheme *theme = m_catalog.theme(c.themeCode);
        return theme ? theme->name : c.themeCode;
    }
    case Title:
        return c.title;
    case ControlType:
        return attributeList(c.attributes[int(AttributeKind::ControlType)]);
    case Properties:
        return attributeList(c.attributes[int(AttributeKind::Property)]);
    case Concepts:
        return attributeList(c.attributes[int(AttributeKind::Concept)]);
    case Capabilities:
        return attributeList(c.attributes[int(AttributeKind::Capability)]);
    case Domains:
        return attributeList(c.attributes[int(AttributeKind::Domain)]);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ControlCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Control");
    case Theme:
        return tr("Theme");
    case Title:
        return tr("Title");
    case ControlType:
        return attributeKindName(AttributeKind::ControlType);
    case Properties:
        return attributeKindName(AttributeKind::Property);
    case Concepts:
        return attributeKindName(AttributeKind::Concept);
    case Capabilities:
        return attributeKindName(AttributeKind::Capability);
    case Domains:
        return attributeKindName(AttributeKind::Domain);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rampart
