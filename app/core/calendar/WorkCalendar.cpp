#include "WorkCalendar.h"

#include "../Logging.h"

#include <QDir>
#include <QFile>

namespace ow::core {
namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

} // namespace

const WorkCalendar &WorkCalendar::builtIn()
{
    static const WorkCalendar calendar = [] {
        WorkCalendar result;
        const QDir dir(QStringLiteral(":/calendar"));
        const QStringList names =
            dir.entryList({QStringLiteral("cn-*.json")}, QDir::Files, QDir::Name);
        if (names.isEmpty())
            qCWarning(lcCore) << "the embedded working-day calendar is missing";
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcCore) << "cannot read the embedded calendar file" << name;
                continue;
            }
            const CalendarYearParse parsed = CalendarFile::parse(file.readAll());
            QString error = parsed.error;
            if (parsed.ok())
                result.addYear(parsed.year, &error);
            if (!error.isEmpty())
                qCWarning(lcCore).noquote() << "embedded calendar file" << name << "left out:" << error;
        }
        return result;
    }();
    return calendar;
}

WorkCalendarLoad WorkCalendar::fromJson(const QByteArray &data)
{
    return fromJson(QList<QByteArray>{data});
}

WorkCalendarLoad WorkCalendar::fromJson(const QList<QByteArray> &files)
{
    WorkCalendarLoad load;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const CalendarYearParse parsed = CalendarFile::parse(files.at(i));
        QString error = parsed.error;
        if (parsed.ok())
            load.calendar.addYear(parsed.year, &error);
        if (!error.isEmpty()) {
            load.calendar = WorkCalendar{};
            load.error = files.size() == 1 ? error : tr("File %1: %2").arg(i + 1).arg(error);
            return load;
        }
    }
    return load;
}

bool WorkCalendar::addYear(const CalendarYear &year, QString *error)
{
    if (m_years.contains(year.year)) {
        *error = tr("The calendar for %1 is given twice.").arg(year.year);
        return false;
    }
    m_years.insert(year.year, year);
    for (const CalendarDay &day : year.holidays)
        m_holidays.insert(day.date.toJulianDay(), day.name);
    for (const CalendarDay &day : year.workdays)
        m_workdays.insert(day.date.toJulianDay(), day.name);
    return true;
}

std::optional<CalendarYear> WorkCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend())
        return std::nullopt;
    return *it;
}

CalendarDayInfo WorkCalendar::dayInfo(QDate date) const
{
    CalendarDayInfo info;
    if (!date.isValid()) {
        info.kind = CalendarDayInfo::Kind::Weekend; // an invalid date is never a working day
        return info;
    }
    info.covered = covers(date.year());
    const qint64 day = date.toJulianDay();
    if (const auto it = m_holidays.constFind(day); it != m_holidays.cend()) {
        info.kind = CalendarDayInfo::Kind::Holiday;
        info.name = *it;
    } else if (const auto w = m_workdays.constFind(day); w != m_workdays.cend()) {
        info.kind = CalendarDayInfo::Kind::MakeUpWorkday;
        info.name = *w;
    } else {
        info.kind = isWeekend(date) ? CalendarDayInfo::Kind::Weekend : CalendarDayInfo::Kind::Weekday;
    }
    return info;
}

bool WorkCalendar::isWorkday(QDate date) const
{
    return dayInfo(date).isWorkday();
}

WorkingDate WorkCalendar::addWorkingDays(QDate start, int n) const
{
    WorkingDate result;
    if (!start.isValid()) {
        result.error = tr("The start date is not a valid date.");
        return result;
    }
    if (n < 0) {
        result.error = tr("The number of working days must be 0 or more, not %1.").arg(n);
        return result;
    }
    if (n > maxWorkingDays) {
        result.error = tr("At most %1 working days can be counted, not %2.")
                           .arg(maxWorkingDays)
                           .arg(n);
        return result;
    }
    QDate date = start;
    for (int counted = 0; counted < n;) {
        date = date.addDays(1);
        if (!date.isValid() || date.year() > lastYear || start.daysTo(date) > maxSpanDays) {
            result.error = tr("The date %1 working days after %2 is out of range.")
                               .arg(n)
                               .arg(start.toString(Qt::ISODate));
            return result;
        }
        if (isWorkday(date))
            ++counted;
    }
    result.date = date;
    if (n > 0)
        result.uncoveredYears = uncoveredYears(start.addDays(1), date);
    return result;
}

WorkingDayCount WorkCalendar::workingDaysBetween(QDate a, QDate b) const
{
    WorkingDayCount result;
    if (!a.isValid() || !b.isValid()) {
        result.error = tr("Both dates must be valid dates.");
        return result;
    }
    const qint64 span = a.daysTo(b);
    if (span > maxSpanDays || span < -maxSpanDays) {
        result.error = tr("The dates are more than %1 days apart.").arg(maxSpanDays);
        return result;
    }
    const QDate first = span >= 0 ? a : b;
    const QDate last = span >= 0 ? b : a;
    int count = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        if (isWorkday(d))
            ++count;
    }
    result.days = span >= 0 ? count : -count;
    if (first != last)
        result.uncoveredYears = uncoveredYears(first.addDays(1), last);
    return result;
}

QList<int> WorkCalendar::uncoveredYears(QDate from, QDate to) const
{
    QList<int> years;
    if (!from.isValid() || !to.isValid())
        return years;
    const int low = qMin(from.year(), to.year());
    const int high = qMax(from.year(), to.year());
    for (int y = low; y <= high; ++y) {
        if (y != 0 && !covers(y))
            years.append(y);
    }
    return years;
}

QString WorkCalendar::fallbackWarning(const QList<int> &years)
{
    if (years.isEmpty())
        return {};
    // 2027, 2029–2031: consecutive years as one range.
    QStringList parts;
    for (qsizetype i = 0; i < years.size();) {
        qsizetype j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        parts.append(i == j ? QString::number(years.at(i))
                            : QStringLiteral("%1–%2").arg(years.at(i)).arg(years.at(j)));
        i = j + 1;
    }
    return tr("No holiday calendar for %1: Monday to Friday are counted as working days there.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace ow::core
