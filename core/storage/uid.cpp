#include "uid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace rampart {

QString newUid()
{
    // Within one millisecond a 12-bit counter keeps the order (RFC 9562, 6.2, method 1);
    // it starts at a random value below 2048 so that it rarely runs out, and when it does
    // the time moves on by a millisecond.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    qint64 ms = 0;
    quint32 sequence = 0;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        ms = QDateTime::currentMSecsSinceEpoch();
        if (ms > lastMs) {
            lastMs = ms;
            counter = QRandomGenerator::global()->bounded(2048u);
        } else if (++counter > 0xFFF) {
            ++lastMs;
            counter = 0;
        }
        ms = lastMs;
        sequence = counter;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 high = (quint64(ms) & 0xFFFFFFFFFFFFull) << 16 | 0x7000u | sequence;
    const quint64 low = (random & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    int position = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[position++] = Digits[(value >> (4 * i)) & 0xF];
    };
    put(high >> 32, 8);
    out[position++] = u'-';
    put(high >> 16, 4);
    out[position++] = u'-';
    put(high, 4);
    out[position++] = u'-';
    put(low >> 48, 4);
    out[position++] = u'-';
    put(low, 12);
    return text;
}

} // namespace rampart
