#pragma once

#include <QDate>
#include <QDateTime>

namespace ow::core {

// The source of "now" for everything that depends on time: deadlines, idle locks, retry
// backoff, validation of birth dates. Production code receives a Clock& instead of calling
// QDateTime::currentDateTime(), so tests can substitute a clock they control.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The process-wide wall clock. Never null; lives for the whole program.
    static const Clock &system();

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

// Wall-clock time in the local time zone.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace ow::core
