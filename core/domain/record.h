#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace rampart {

// One row of a register as the stores read it: its id inside the file, its uid (the
// identity it keeps in exports), and its fields in the order of the entity's Field
// enum. The same field order makes a row snapshot (fields, then the uid), so a row
// read here can be written back as it was (undo of a delete, JSON import).
struct Record
{
    qint64 id = 0;
    QString uid;
    QVariantList values;

    QVariant value(int field) const { return values.value(field); }
    QString text(int field) const { return values.value(field).toString(); }
    // A link to another row (0: none).
    qint64 link(int field) const { return values.value(field).toLongLong(); }
    int number(int field) const { return values.value(field).toInt(); }
    // Invalid when the field holds no date.
    QDate date(int field) const { return QDate::fromString(text(field), Qt::ISODate); }

    QVariantList snapshot() const
    {
        QVariantList s = values;
        s << uid;
        return s;
    }
};

} // namespace rampart
