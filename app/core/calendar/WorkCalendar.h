#pragma once

#include "CalendarFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ow::core {

class WorkCalendar;

// What a day is for statutory time limits.
struct CalendarDayInfo
{
    enum class Kind {
        Weekday,       // Monday to Friday, not a holiday: a working day
        Weekend,       // Saturday or Sunday, not a make-up working day
        Holiday,       // a listed day off of a public holiday
        MakeUpWorkday, // a listed Saturday or Sunday worked instead (调休上班)
    };

    Kind kind = Kind::Weekday;
    QString name;         // the holiday or make-up day's name; empty for plain days
    bool covered = false; // false: the year is not in the calendar, Monday to Friday assumed
    bool isWorkday() const { return kind == Kind::Weekday || kind == Kind::MakeUpWorkday; }
};

// The answer of addWorkingDays.
struct WorkingDate
{
    QDate date;                // invalid when `error` is set
    QList<int> uncoveredYears; // years counted as Monday to Friday; see WorkCalendar::fallbackWarning
    QString error;             // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// The answer of workingDaysBetween.
struct WorkingDayCount
{
    int days = 0;
    QList<int> uncoveredYears;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct WorkCalendarLoad;

// The working-day calendar (工作日历) of the People's Republic of China: Monday to Friday, less
// the public holidays, plus the make-up working days, as the State Council publishes them year by
// year (data: resources/calendar/). Working days are counted as statutory time limits count
// them: the day a period starts on is not counted (受理当日不计入).
//
// Years the calendar has no file for are not guessed at: there every Monday to Friday counts as
// a working day, and every answer that touched such a year lists it in `uncoveredYears`.
//
// Immutable after loading; cheap to copy; safe to share between threads.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // Bounds that keep every answer fast whatever the input: a statutory limit is a few hundred
    // working days at most.
    static constexpr int maxWorkingDays = 10000;
    static constexpr qint64 maxSpanDays = 36525; // 100 years
    // Dates are written YYYY-MM-DD: no answer of addWorkingDays falls after 9999-12-31.
    static constexpr int lastYear = 9999;

    // A calendar that covers no year: Monday to Friday everywhere.
    WorkCalendar() = default;

    // The calendar embedded in the application (every ":/calendar/cn-*.json"), loaded on first
    // use. A damaged embedded file is logged and left out; the other years still load.
    static const WorkCalendar &builtIn();

    // One year file, or several (one year each; a year given twice is refused). Any problem
    // refuses the whole input with a translated reason; nothing here throws or crashes.
    static WorkCalendarLoad fromJson(const QByteArray &data);
    static WorkCalendarLoad fromJson(const QList<QByteArray> &files);

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> coveredYears() const { return m_years.keys(); }
    std::optional<CalendarYear> year(int year) const;

    CalendarDayInfo dayInfo(QDate date) const;
    // False for an invalid date.
    bool isWorkday(QDate date) const;

    // The date `n` working days after `start`, `start` itself not counted: n = 0 gives `start`,
    // n = 1 the next working day. n must be from 0 to maxWorkingDays.
    WorkingDate addWorkingDays(QDate start, int n) const;
    // The working days in (a, b]: so workingDaysBetween(a, addWorkingDays(a, n)) == n. Negative
    // (the working days in (b, a]) when b is before a. At most maxSpanDays apart.
    WorkingDayCount workingDaysBetween(QDate a, QDate b) const;

    // The years from `from` to `to` (both included, any order) that the calendar does not cover.
    QList<int> uncoveredYears(QDate from, QDate to) const;
    // "No holiday calendar for 2027–2028: …", translated; empty for an empty list.
    static QString fallbackWarning(const QList<int> &years);

private:
    bool addYear(const CalendarYear &year, QString *error);

    QMap<int, CalendarYear> m_years;
    QHash<qint64, QString> m_holidays; // Julian day → name
    QHash<qint64, QString> m_workdays; // Julian day → name
};

struct WorkCalendarLoad
{
    WorkCalendar calendar; // empty when `error` is set
    QString error;         // translated; empty when every file was accepted
    bool ok() const { return error.isEmpty(); }
};

} // namespace ow::core
