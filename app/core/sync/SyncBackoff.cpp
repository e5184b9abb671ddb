#include "SyncBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ow::core {

SyncBackoff::SyncBackoff(Random random)
    : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 SyncBackoff::ceilingMs(int failures)
{
    if (failures < 1)
        return 0;
    // 2 s · 2^9 = 17 min already passes the cap; stop doubling before the shift could overflow.
    const int doublings = std::min(failures - 1, 20);
    return std::min(CapMs, BaseMs << doublings);
}

qint64 SyncBackoff::delayMs(int failures) const
{
    const qint64 ceiling = ceilingMs(failures);
    double r = m_random();
    if (!(r >= 0.0)) // also catches NaN
        r = 0.0;
    r = std::min(r, 1.0);
    return std::clamp<qint64>(qint64(std::llround(r * double(ceiling))), 0, ceiling);
}

QDateTime SyncBackoff::nextAttempt(const QDateTime &now, int failures) const
{
    return now.addMSecs(delayMs(failures));
}

} // namespace ow::core
