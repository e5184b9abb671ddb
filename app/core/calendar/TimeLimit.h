#pragma once

#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow::core {

class Clock;

// A period in which the time limit stands still (中止), both days included. An open period (no
// `last` yet: the matter has not resumed) is taken to last through today, or through its first
// day if that is later, so the deadline moves on day by day while it stays open.
struct Suspension
{
    QDate first;
    QDate last; // invalid while open
};

enum class DeadlineState {
    Normal,    // more than the warning days left
    Yellow,    // at most the warning days left, deadline day included (预警)
    Red,       // the deadline has passed (超期)
    Suspended, // today is in a suspension period (中止)
};

struct TimeLimitStatus
{
    QDate deadline;                 // the last day of the limit; invalid when `error` is set
    DeadlineState state = DeadlineState::Normal;
    int workingDaysLeft = 0;        // running working days in (today, deadline]; when Red, minus
                                    // the working days in (deadline, today]
    int suspendedWorkingDays = 0;   // working days up to the deadline the clock stood still on
    QList<int> uncoveredYears;      // see WorkCalendar::fallbackWarning
    QString error;                  // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// A statutory time limit in working days (办理时限) and where it stands. The day of acceptance
// is not counted; suspended working days do not count; an extension (延期) adds working days.
// Today is always given (a date, or the injected Clock), never read from the system here.
struct TimeLimit
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimit)

public:
    static constexpr int defaultWarningDays = 2;

    QDate accepted;                 // 受理日期
    int workingDays = 0;            // the limit; 0 for a matter settled the same day (即办件)
    int extensionDays = 0;          // 延期: working days added to the limit
    QList<Suspension> suspensions;  // any order; overlaps are harmless
    int warningDays = defaultWarningDays; // Yellow from this many working days left

    // Never throws: a limit that makes no sense (negative days, a suspension that ends before
    // it starts, an invalid date) gives an error instead of a deadline.
    TimeLimitStatus evaluate(const WorkCalendar &calendar, QDate today) const;
    TimeLimitStatus evaluate(const WorkCalendar &calendar, const Clock &clock) const;

    static QString stateName(DeadlineState state); // translated, for the UI
};

} // namespace ow::core
