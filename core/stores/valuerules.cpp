#include "valuerules.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace rampart {

QVariant ValueRules::date(const QVariant &value, bool *ok)
{
    *ok = true;
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    // dd.MM.yyyy is unambiguous (nobody writes month first with dots); dd/mm and
    // mm/dd are not, so they are refused rather than guessed.
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid()) {
        *ok = false;
        return {};
    }
    return d.toString(Qt::ISODate);
}

QVariant ValueRules::scale(const QVariant &value, int count, bool *ok)
{
    *ok = true;
    if (value.isNull() || value.toString().trimmed().isEmpty())
        return QVariant(QMetaType(QMetaType::Int));
    bool isNumber = false;
    const int v = value.toString().trimmed().toInt(&isNumber);
    if (!isNumber || v < 0 || v > count) {
        *ok = false;
        return {};
    }
    return v == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v);
}

QStringList ValueRules::list(const QVariant &value)
{
    QStringList raw;
    if (value.typeId() == QMetaType::QStringList) {
        raw = value.toStringList();
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
        raw = value.toString().split(separators);
    }
    QStringList out;
    QSet<QString> seen;
    for (const QString &item : std::as_const(raw)) {
        const QString t = item.trimmed();
        if (t.isEmpty() || seen.contains(t.toLower()))
            continue;
        seen.insert(t.toLower());
        out << t;
    }
    return out;
}

QString ValueRules::joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString ValueRules::controlCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^\\s*(?:A\\s*\\.?\\s*)?([5-8])\\.(\\d{1,2})(?!\\d)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = code.match(text);
    if (!m.hasMatch())
        return {};
    return QStringLiteral("%1.%2").arg(m.captured(1), QString::number(m.captured(2).toInt()));
}

int ValueRules::naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QStringView na = QStringView(a).mid(i, ei - i), nb = QStringView(b).mid(j, ej - j);
            // Compare by value: strip leading zeros, then length, then digits.
            qsizetype za = 0, zb = 0;
            while (za < na.size() - 1 && na.at(za) == QLatin1Char('0'))
                ++za;
            while (zb < nb.size() - 1 && nb.at(zb) == QLatin1Char('0'))
                ++zb;
            const QStringView va = na.mid(za), vb = nb.mid(zb);
            if (va.size() != vb.size())
                return va.size() < vb.size() ? -1 : 1;
            const int c = va.compare(vb);
            if (c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar fa = ca.toCaseFolded(), fb = cb.toCaseFolded();
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QString ValueRules::badDate(const QString &text)
{
    return tr("\"%1\" is not a date: write it as YYYY-MM-DD (for example 2026-03-31)").arg(text);
}

QString ValueRules::badScale(const QString &text, int count)
{
    return tr("\"%1\" is not a value of the scale: use 1 to %2 or one of its labels").arg(text).arg(count);
}

} // namespace rampart
