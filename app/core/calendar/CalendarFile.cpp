#include "CalendarFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ow::core {
namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

// Reads "holidays" or "workdays". Returns the translated reason of the first problem, or an
// empty string; `seen` collects the dates of both lists so a date cannot be in both.
QString readDays(const QJsonObject &object, const QString &key, int year, bool weekendsOnly,
                 QSet<qint64> &seen, QList<CalendarDay> &days)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return CalendarFile::tr("The calendar file for %1 has no list “%2”.").arg(year).arg(key);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entry = QString::number(i + 1);
        const QJsonObject item = array.at(i).toObject();
        const QJsonValue dateValue = item.value(QStringLiteral("date"));
        const QJsonValue nameValue = item.value(QStringLiteral("name"));
        if (!array.at(i).isObject() || !dateValue.isString() || !nameValue.isString()) {
            return CalendarFile::tr("Entry %1 of “%2” is not an object with a “date” and a "
                                    "“name”.")
                .arg(entry, key);
        }
        const QString text = dateValue.toString();
        const QDate date = CalendarFile::parseDate(text);
        if (!date.isValid()) {
            return CalendarFile::tr("Entry %1 of “%2”: “%3” is not a date written as YYYY-MM-DD.")
                .arg(entry, key, text.left(40));
        }
        if (date.year() != year) {
            return CalendarFile::tr("Entry %1 of “%2”: %3 is not in %4.")
                .arg(entry, key, text)
                .arg(year);
        }
        const QString name = nameValue.toString().trimmed();
        if (name.isEmpty())
            return CalendarFile::tr("Entry %1 of “%2”: %3 has no name.").arg(entry, key, text);
        if (weekendsOnly && !isWeekend(date)) {
            return CalendarFile::tr("Entry %1 of “%2”: %3 is not a Saturday or Sunday, so it "
                                    "cannot be a make-up working day.")
                .arg(entry, key, text);
        }
        if (seen.contains(date.toJulianDay()))
            return CalendarFile::tr("Entry %1 of “%2”: %3 is listed twice.").arg(entry, key, text);
        seen.insert(date.toJulianDay());
        days.append(CalendarDay{date, name});
    }
    std::sort(days.begin(), days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return {};
}

} // namespace

QDate CalendarFile::parseDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text.at(i) < u'0' || text.at(i) > u'9'))
            return {};
    }
    const int year = text.left(4).toInt();
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    if (year == 0 || !QDate::isValid(year, month, day))
        return {};
    return QDate(year, month, day);
}

CalendarYearParse CalendarFile::parse(const QByteArray &data)
{
    CalendarYearParse result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = tr("The calendar file is not valid JSON: %1 at byte %2.")
                           .arg(jsonError.errorString())
                           .arg(jsonError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The calendar file must hold one JSON object.");
        return result;
    }
    const QJsonObject object = document.object();

    const QJsonValue yearValue = object.value(QStringLiteral("year"));
    const double yearNumber = yearValue.toDouble(0.0);
    if (!yearValue.isDouble() || std::floor(yearNumber) != yearNumber || yearNumber < firstYear
        || yearNumber > lastYear) {
        result.error = tr("The calendar file gives no year from %1 to %2 in “year”.")
                           .arg(firstYear)
                           .arg(lastYear);
        return result;
    }
    CalendarYear &year = result.year;
    year.year = static_cast<int>(yearNumber);

    year.source = object.value(QStringLiteral("source")).toString().trimmed();
    if (year.source.isEmpty()) {
        const int number = year.year;
        result.year = CalendarYear{}; // a refused file gives nothing
        result.error = tr("The calendar file for %1 does not name its source in “source”.")
                           .arg(number);
        return result;
    }

    QSet<qint64> seen;
    QString error = readDays(object, QStringLiteral("holidays"), year.year, false, seen,
                             year.holidays);
    if (error.isEmpty())
        error = readDays(object, QStringLiteral("workdays"), year.year, true, seen, year.workdays);
    if (!error.isEmpty()) {
        result.year = CalendarYear{}; // a refused file gives nothing
        result.error = error;
    }
    return result;
}

} // namespace ow::core
