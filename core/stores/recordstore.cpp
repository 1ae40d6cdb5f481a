#include "recordstore.h"

#include <QCoreApplication>

namespace rampart {

QString RecordStore::rowReference(qint64) const
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
