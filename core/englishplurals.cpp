#include "englishplurals.h"

namespace rampart {

QString EnglishPlurals::resolve(const QString &text, int n)
{
    const bool one = n == 1;
    QString out = text;
    out.replace(QLatin1String("(ies)"), one ? QStringLiteral("y") : QStringLiteral("ies"));
    out.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    out.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")) && !source.contains(QLatin1String("(es)"))
        && !source.contains(QLatin1String("(ies)")))
        return {};
    return resolve(source, n);
}

} // namespace rampart
