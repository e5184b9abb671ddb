#include "TimeLimit.h"

#include "../Clock.h"

namespace ow::core {
namespace {

// The suspension periods with open ends closed as TimeLimit documents.
QList<Suspension> closedPeriods(const QList<Suspension> &suspensions, QDate today)
{
    QList<Suspension> periods;
    for (const Suspension &s : suspensions)
        periods.append({s.first, s.last.isValid() ? s.last : qMax(s.first, today)});
    return periods;
}

bool isSuspended(const QList<Suspension> &periods, QDate date)
{
    for (const Suspension &s : periods) {
        if (s.first <= date && date <= s.last)
            return true;
    }
    return false;
}

} // namespace

TimeLimitStatus TimeLimit::evaluate(const WorkCalendar &calendar, const Clock &clock) const
{
    return evaluate(calendar, clock.today());
}

TimeLimitStatus TimeLimit::evaluate(const WorkCalendar &calendar, QDate today) const
{
    TimeLimitStatus status;
    if (!accepted.isValid()) {
        status.error = tr("The date of acceptance is not a valid date.");
        return status;
    }
    if (!today.isValid()) {
        status.error = tr("Today's date is not a valid date.");
        return status;
    }
    if (workingDays < 0 || extensionDays < 0 || warningDays < 0) {
        status.error = tr("The limit, the extension and the warning days must be 0 or more.");
        return status;
    }
    if (workingDays > WorkCalendar::maxWorkingDays - extensionDays) {
        status.error = tr("The limit and its extension come to more than %1 working days.")
                           .arg(WorkCalendar::maxWorkingDays);
        return status;
    }
    for (const Suspension &s : suspensions) {
        if (!s.first.isValid() || (s.last.isValid() && s.last < s.first)) {
            status.error = tr("A suspension period must start on a valid date and end on or "
                              "after it.");
            return status;
        }
    }
    const QList<Suspension> periods = closedPeriods(suspensions, today);

    // The deadline: the day on which the last running working day falls.
    const int total = workingDays + extensionDays;
    QDate date = accepted;
    for (int counted = 0; counted < total;) {
        date = date.addDays(1);
        if (!date.isValid() || accepted.daysTo(date) > WorkCalendar::maxSpanDays) {
            status.error = tr("The deadline falls more than %1 days after acceptance.")
                               .arg(WorkCalendar::maxSpanDays);
            return status;
        }
        if (!calendar.isWorkday(date))
            continue;
        if (isSuspended(periods, date))
            ++status.suspendedWorkingDays;
        else
            ++counted;
    }
    status.deadline = date;
    if (total > 0)
        status.uncoveredYears = calendar.uncoveredYears(accepted.addDays(1), date);

    if (today > status.deadline) {
        const WorkingDayCount overdue = calendar.workingDaysBetween(status.deadline, today);
        if (!overdue.ok()) {
            status.error = overdue.error;
            return status;
        }
        status.state = DeadlineState::Red;
        status.workingDaysLeft = -overdue.days;
        for (int year : overdue.uncoveredYears) {
            if (!status.uncoveredYears.contains(year))
                status.uncoveredYears.append(year);
        }
        return status;
    }
    // Days before acceptance do not run; from there on to the deadline is at most maxSpanDays.
    for (QDate d = qMax(today, accepted).addDays(1); d <= status.deadline; d = d.addDays(1)) {
        if (calendar.isWorkday(d) && !isSuspended(periods, d))
            ++status.workingDaysLeft;
    }
    if (isSuspended(periods, today))
        status.state = DeadlineState::Suspended;
    else if (status.workingDaysLeft <= warningDays)
        status.state = DeadlineState::Yellow;
    else
        status.state = DeadlineState::Normal;
    return status;
}

QString TimeLimit::stateName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Normal:
        return tr("in time");
    case DeadlineState::Yellow:
        return tr("due soon");
    case DeadlineState::Red:
        return tr("overdue");
    case DeadlineState::Suspended:
        return tr("suspended");
    }
    return {};
}

} // namespace ow::core
