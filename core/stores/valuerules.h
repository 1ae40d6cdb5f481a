#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace rampart {

// How register values are checked and brought into the one form the file keeps them
// in. Shared by the stores (which refuse anything else) and the importers (which
// report it per cell), so both always agree on what is valid.
class ValueRules
{
    Q_DECLARE_TR_FUNCTIONS(ValueRules)

public:
    // A date as YYYY-MM-DD; empty text gives a null value. A QDate is accepted too.
    static QVariant date(const QVariant &value, bool *ok);
    // The same for text (an imported cell), without a round trip through QVariant: a null
    // string when empty or not a date.
    static QString dateFromText(const QString &text, bool *ok);
    // A date written exactly YYYY-MM-DD; an invalid date for anything else.
    static QDate isoDate(QStringView text);
    // A value on a scale of count levels: null when empty or 0.
    static QVariant scale(const QVariant &value, int count, bool *ok);
    // A list of references from text ("A-001, A-002; A-003") or a QStringList, each
    // trimmed, without empty entries and duplicates, in the order given.
    static QStringList list(const QVariant &value);
    // The same items of a list written as text, each handed to use with its lower-case
    // form (lowerCase), without a list made of them.
    static void forEachListItem(QStringView text, const std::function<void(QStringView item, const QString &lower)> &use);
    // QString::toLower, with a short way for ASCII (references, codes): an import asks
    // for it on every row and every list item.
    static QString lowerCase(QStringView text);
    static QString joinList(const QStringList &items);
    // "A.5.15", "5.15 Access control" -> "5.15"; empty when it is not a control code.
    static QString controlCode(const QString &text);
    // Like QString::compare, but numbers inside compare by value: R-2 before R-10.
    static int naturalCompare(const QString &a, const QString &b);
    // A key whose plain order is the natural order (case folded, numbers padded):
    // for sorting many rows by one text without comparing them naturally each time.
    static QString naturalSortKey(const QString &text);

    static QString badDate(const QString &text);
    static QString badScale(const QString &text, int count);
};

} // namespace rampart
