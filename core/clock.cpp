#include "clock.h"

#include <QtGlobal>

namespace rampart {

QDate today()
{
    static const QDate fixed = QDate::fromString(qEnvironmentVariable("RAMPART_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

} // namespace rampart
