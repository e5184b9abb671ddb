#pragma once

#include <QDateTime>

#include <functional>

namespace ow::core {

// When to try again after a failure: exponential backoff with full jitter. The n-th failure in
// a row waits a uniformly random time in [0, min(cap, base · 2^(n-1))], so that many
// workstations coming back after one hub outage do not all knock at the same second, and a
// long outage costs one attempt per ten minutes at most.
class SyncBackoff final
{
public:
    static constexpr qint64 BaseMs = 2000;
    static constexpr qint64 CapMs = 10 * 60 * 1000;

    // `random` returns a number in [0, 1); the default draws from QRandomGenerator::global().
    // Tests pass a fixed function to see the bounds.
    using Random = std::function<double()>;

    explicit SyncBackoff(Random random = {});

    // The upper bound of the wait after `failures` failures in a row (1 for the first).
    static qint64 ceilingMs(int failures);
    // A wait drawn within [0, ceilingMs(failures)].
    qint64 delayMs(int failures) const;
    QDateTime nextAttempt(const QDateTime &now, int failures) const;

private:
    Random m_random;
};

} // namespace ow::core
