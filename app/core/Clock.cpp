#include "Clock.h"

namespace ow::core {

Clock::~Clock() = default;

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace ow::core
