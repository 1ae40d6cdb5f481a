#include "valuerules.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

namespace rampart {

namespace {

// The digits text[from, from + length) as a number; false if any is not a digit.
bool digits(QStringView text, qsizetype from, qsizetype length, int *out)
{
    int n = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

// "2026-03-31" or "31.03.2026" by hand: QDate::fromString with a format parses the
// format on every call, which dominates imports of 100,000 rows.
QDate parseDate(QStringView text)
{
    const QDate iso = ValueRules::isoDate(text);
    if (iso.isValid())
        return iso;
    // dd.MM.yyyy is unambiguous (nobody writes month first with dots); dd/mm and
    // mm/dd are not, so they are refused rather than guessed.
    int y = 0, m = 0, d = 0;
    if (text.size() == 10 && text.at(2) == u'.' && text.at(5) == u'.' && digits(text, 0, 2, &d)
        && digits(text, 3, 2, &m) && digits(text, 6, 4, &y))
        return QDate(y, m, d);
    return {};
}

// Whether ITEM is new to SEEN, whatever its case; a new one's lower-case form is added.
bool firstOfItsKind(QVarLengthArray<QString, 8> &seen, QStringView item)
{
    QString lower = ValueRules::lowerCase(item);
    if (seen.contains(lower))
        return false;
    seen.append(std::move(lower));
    return true;
}

} // namespace

QDate ValueRules::isoDate(QStringView text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && digits(text, 0, 4, &y)
        && digits(text, 5, 2, &m) && digits(text, 8, 2, &d))
        return QDate(y, m, d);
    return {};
}

QVariant ValueRules::date(const QVariant &value, bool *ok)
{
    *ok = true;
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }
    const QString text = dateFromText(value.toString(), ok);
    if (!*ok)
        return {};
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return text;
}

QString ValueRules::dateFromText(const QString &value, bool *ok)
{
    *ok = true;
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const QDate d = parseDate(text);
    if (!d.isValid()) {
        *ok = false;
        return {};
    }
    // Already in the stored form: no need to format it again.
    if (text.at(4) == QLatin1Char('-'))
        return text;
    return d.toString(Qt::ISODate);
}

QVariant ValueRules::scale(const QVariant &value, int count, bool *ok)
{
    *ok = true;
    // A number already (a risk's own rating, as bulk writes bind it): no round trip
    // through text.
    if (!value.isNull() && (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)) {
        const qint64 v = value.toLongLong();
        if (v < 0 || v > count) {
            *ok = false;
            return {};
        }
        return v == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(int(v));
    }
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

QString ValueRules::lowerCase(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 128)
            return text.toString().toLower();
        *out++ = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
    }
    return lower;
}

void ValueRules::forEachListItem(QStringView text, const std::function<void(QStringView, const QString &)> &use)
{
    // Few items (a cell of an import names a handful): a look back through them is
    // cheaper than a set, and a split by hand than a regular expression.
    QVarLengthArray<QString, 8> lowered;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char(';')
            && text.at(i) != QLatin1Char('\n'))
            continue;
        const QStringView item = text.mid(start, i - start).trimmed();
        start = i + 1;
        if (!item.isEmpty() && firstOfItsKind(lowered, item))
            use(item, std::as_const(lowered).last());
    }
}

QStringList ValueRules::list(const QVariant &value)
{
    QStringList out;
    if (value.typeId() != QMetaType::QStringList) {
        const QString text = value.toString();
        forEachListItem(text, [&out](QStringView item, const QString &) { out << item.toString(); });
        return out;
    }
    // Items given one by one are not split.
    QVarLengthArray<QString, 8> lowered;
    for (const QString &raw : value.toStringList()) {
        const QStringView item = QStringView(raw).trimmed();
        if (!item.isEmpty() && firstOfItsKind(lowered, item))
            out << item.toString();
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
    // Sorting 100,000 references calls this about two million times: ASCII takes a
    // path without Unicode tables.
    auto isDigit = [](QChar c) { return c.unicode() < 128 ? (c.unicode() >= '0' && c.unicode() <= '9') : c.isDigit(); };
    auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        if (u < 128)
            return char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u);
        return c.toCaseFolded().unicode();
    };
    const QChar *pa = a.constData(), *pb = b.constData();
    const qsizetype na = a.size(), nb = b.size();
    qsizetype i = 0, j = 0;
    while (i < na && j < nb) {
        if (isDigit(pa[i]) && isDigit(pb[j])) {
            // Compare by value: skip leading zeros, then length, then digits.
            while (i < na - 1 && pa[i] == u'0' && isDigit(pa[i + 1]))
                ++i;
            while (j < nb - 1 && pb[j] == u'0' && isDigit(pb[j + 1]))
                ++j;
            qsizetype ei = i, ej = j;
            while (ei < na && isDigit(pa[ei]))
                ++ei;
            while (ej < nb && isDigit(pb[ej]))
                ++ej;
            if (ei - i != ej - j)
                return ei - i < ej - j ? -1 : 1;
            for (; i < ei; ++i, ++j) {
                if (pa[i] != pb[j])
                    return pa[i] < pb[j] ? -1 : 1;
            }
            continue;
        }
        const char16_t fa = fold(pa[i]), fb = fold(pb[j]);
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < na)
        return 1;
    if (j < nb)
        return -1;
    return 0;
}

QString ValueRules::naturalSortKey(const QString &text)
{
    constexpr int Width = 20;  // digits of the largest number compared by value
    QString key;
    key.reserve(text.size() + Width);
    const QString folded = text.toCaseFolded();
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!folded.at(i).isDigit()) {
            key += folded.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && folded.at(end).isDigit())
            ++end;
        qsizetype start = i;
        while (start < end - 1 && folded.at(start) == QLatin1Char('0'))
            ++start;
        const qsizetype length = end - start;
        if (length < Width)
            key += QString(Width - length, QLatin1Char('0'));
        key += QStringView(folded).mid(start, length);
        i = end;
    }
    return key;
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
