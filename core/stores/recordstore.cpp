#include "recordstore.h"

#include <QCoreApplication>

namespace rampart {

QString RecordStore::rowReference(qint64) const
{
    return {};
}

QString RecordStore::rowSummary(qint64 id) const
{
    // The first field, or the next one when the first is the row's reference or a
    // parent id.
    const QVariantList snapshot = rowSnapshot(id);
    const QVariant first = snapshot.value(0);
    const QString reference = rowReference(id);
    const bool useNext = (!reference.isEmpty() && first.toString() == reference)
        || first.typeId() == QMetaType::LongLong || first.typeId() == QMetaType::Int;
    return snapshot.value(useNext ? 1 : 0).toString().left(200);
}

QVariant RecordStore::logValue(int, const QVariant &value) const
{
    return value;
}

std::vector<RowDependent> RecordStore::dependents(Entity, qint64) const
{
    return {};
}

bool RecordStore::contains(qint64) const
{
    return true;
}

qint64 RecordStore::parentId(qint64) const
{
    return 0;
}

QVariant RecordStore::normalised(int, const QVariant &value) const
{
    return value;
}

QVariantList RecordStore::rowSnapshot(qint64) const
{
    return {};
}

qint64 RecordStore::insertRow(qint64, const QVariantList &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("rampart::RecordStore", "This record has no rows to add.");
    return 0;
}

bool RecordStore::removeRow(qint64, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("rampart::RecordStore", "This record has no rows to delete.");
    return false;
}

} // namespace rampart
