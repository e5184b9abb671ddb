#include "CalendarCommand.h"

#include "CommandLine.h"

#include "core/calendar/CalendarFile.h"
#include "core/calendar/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ow::cli {
namespace {

using namespace ow::core;

QString kindKey(CalendarDayInfo::Kind kind)
{
    switch (kind) {
    case CalendarDayInfo::Kind::Weekday:
        return QStringLiteral("weekday");
    case CalendarDayInfo::Kind::Weekend:
        return QStringLiteral("weekend");
    case CalendarDayInfo::Kind::Holiday:
        return QStringLiteral("holiday");
    case CalendarDayInfo::Kind::MakeUpWorkday:
        break;
    }
    return QStringLiteral("make-up-workday");
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// "-3" would otherwise reach QCommandLineParser as the short options -3 and be reported as an
// unknown option.
bool isNegativeNumber(const QString &word)
{
    if (word.size() < 2 || word.at(0) != u'-')
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i) < u'0' || word.at(i) > u'9')
            return false;
    }
    return true;
}

void printJson(CliContext &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                << Qt::endl;
}

// Warnings go to standard error so that standard output stays one answer for scripts.
void printWarnings(CliContext &context, const QStringList &warnings)
{
    for (const QString &w : warnings)
        context.err << CalendarCommand::tr("warning: %1").arg(w) << Qt::endl;
}

QStringList warningsFor(const QList<int> &uncoveredYears)
{
    const QString warning = WorkCalendar::fallbackWarning(uncoveredYears);
    return warning.isEmpty() ? QStringList{} : QStringList{warning};
}

QJsonArray yearsJson(const QList<int> &years)
{
    QJsonArray array;
    for (int y : years)
        array.append(y);
    return array;
}

QJsonArray daysJson(const QList<CalendarDay> &days)
{
    QJsonArray array;
    for (const CalendarDay &d : days)
        array.append(QJsonObject{{QStringLiteral("date"), iso(d.date)},
                                 {QStringLiteral("name"), d.name}});
    return array;
}

int runDeadline(const QDate start, const int n, bool json, CliContext &context)
{
    const WorkCalendar &calendar = WorkCalendar::builtIn();
    const WorkingDate r = calendar.addWorkingDays(start, n);
    if (!r.ok()) {
        context.err << r.error << Qt::endl;
        return ExitFailure;
    }
    const QStringList warnings = warningsFor(r.uncoveredYears);
    if (json) {
        const CalendarDayInfo day = calendar.dayInfo(r.date);
        printJson(context,
                  {{QStringLiteral("start"), iso(start)},
                   {QStringLiteral("workingDays"), n},
                   {QStringLiteral("deadline"), iso(r.date)},
                   {QStringLiteral("calendarDays"), start.daysTo(r.date)},
                   {QStringLiteral("deadlineKind"), kindKey(day.kind)},
                   {QStringLiteral("deadlineName"), day.name.isEmpty() ? QJsonValue()
                                                                       : QJsonValue(day.name)},
                   {QStringLiteral("covered"), r.uncoveredYears.isEmpty()},
                   {QStringLiteral("uncoveredYears"), yearsJson(r.uncoveredYears)},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
    } else {
        context.out << iso(r.date) << Qt::endl;
    }
    printWarnings(context, warnings);
    return ExitOk;
}

int runIsWorkday(const QDate date, bool json, CliContext &context)
{
    const CalendarDayInfo day = WorkCalendar::builtIn().dayInfo(date);
    const QStringList warnings = warningsFor(day.covered ? QList<int>{} : QList<int>{date.year()});
    if (json) {
        printJson(context, {{QStringLiteral("date"), iso(date)},
                            {QStringLiteral("workday"), day.isWorkday()},
                            {QStringLiteral("kind"), kindKey(day.kind)},
                            {QStringLiteral("name"), day.name.isEmpty() ? QJsonValue()
                                                                        : QJsonValue(day.name)},
                            {QStringLiteral("covered"), day.covered},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
    } else {
        QString line;
        switch (day.kind) {
        case CalendarDayInfo::Kind::Weekday:
            line = CalendarCommand::tr("yes");
            break;
        case CalendarDayInfo::Kind::MakeUpWorkday:
            line = CalendarCommand::tr("yes: make-up working day, %1").arg(day.name);
            break;
        case CalendarDayInfo::Kind::Weekend:
            line = CalendarCommand::tr("no: weekend");
            break;
        case CalendarDayInfo::Kind::Holiday:
            line = CalendarCommand::tr("no: public holiday, %1").arg(day.name);
            break;
        }
        context.out << line << Qt::endl;
    }
    printWarnings(context, warnings);
    return day.isWorkday() ? ExitOk : ExitFailure;
}

int runYear(const int year, bool json, CliContext &context)
{
    const std::optional<CalendarYear> data = WorkCalendar::builtIn().year(year);
    if (json) {
        QJsonObject object{{QStringLiteral("year"), year},
                           {QStringLiteral("covered"), data.has_value()}};
        if (data) {
            object.insert(QStringLiteral("source"), data->source);
            object.insert(QStringLiteral("holidays"), daysJson(data->holidays));
            object.insert(QStringLiteral("workdays"), daysJson(data->workdays));
        }
        printJson(context, object);
    } else if (data) {
        const QLocale locale(context.language);
        context.out << CalendarCommand::tr("%1 — source: %2").arg(year).arg(data->source)
                    << Qt::endl
                    << CalendarCommand::tr("Public holidays (days off):") << Qt::endl;
        for (const CalendarDay &d : data->holidays) {
            context.out << QStringLiteral("  %1  %2  %3")
                               .arg(iso(d.date), locale.dayName(d.date.dayOfWeek(),
                                                                QLocale::ShortFormat), d.name)
                        << Qt::endl;
        }
        context.out << CalendarCommand::tr("Make-up working days:") << Qt::endl;
        for (const CalendarDay &d : data->workdays) {
            context.out << QStringLiteral("  %1  %2  %3")
                               .arg(iso(d.date), locale.dayName(d.date.dayOfWeek(),
                                                                QLocale::ShortFormat), d.name)
                        << Qt::endl;
        }
    }
    if (!data) {
        QStringList covered;
        for (int y : WorkCalendar::builtIn().coveredYears())
            covered.append(QString::number(y));
        context.err << CalendarCommand::tr("The calendar has no data for %1 (it covers %2); "
                                           "Monday to Friday are counted as working days there.")
                           .arg(year)
                           .arg(covered.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

QString CalendarCommand::summary() const
{
    return tr("Count working days: deadlines, working days, a year's holidays.");
}

int CalendarCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Working days by the national holiday calendar (public holidays and make-up working "
           "days); the start day of a period is not counted.\n"
           "deadline DATE N: print the date N working days after DATE.\n"
           "is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.\n"
           "year YEAR: list the year's public holidays and make-up working days.\n"
           "Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to "
           "Friday are counted as working days and a warning says so. Exit status 2: usage "
           "error."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"), tr("deadline, is-workday or year."));
    parser.addPositionalArgument(QStringLiteral("arguments"),
                                 tr("DATE N, DATE or YEAR, as the action needs."));
    for (const QString &word : arguments) {
        if (isNegativeNumber(word)) {
            return CommandLine::usageError(
                context, name(),
                tr("“%1” is not a number of working days; give a whole number from 0 to %2.")
                    .arg(word)
                    .arg(WorkCalendar::maxWorkingDays));
        }
    }
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qsizetype wanted = action == u"deadline"     ? 3
                             : action == u"is-workday" ? 2
                             : action == u"year"       ? 2
                                                       : -1;
    if (wanted < 0) {
        return CommandLine::usageError(
            context, name(), tr("Give one action: deadline, is-workday or year."));
    }
    if (positional.size() != wanted) {
        return CommandLine::usageError(
            context, name(),
            action == u"deadline" ? tr("Give a start date and a number of working days.")
            : action == u"year"   ? tr("Give one year.")
                                  : tr("Give one date."));
    }

    if (action == u"year") {
        bool ok = false;
        const int year = positional.at(1).toInt(&ok);
        if (!ok || year < CalendarFile::firstYear || year > CalendarFile::lastYear) {
            return CommandLine::usageError(context, name(),
                                           tr("“%1” is not a year from %2 to %3.")
                                               .arg(positional.at(1))
                                               .arg(CalendarFile::firstYear)
                                               .arg(CalendarFile::lastYear));
        }
        return runYear(year, parser.isSet(json), context);
    }

    const QDate date = CalendarFile::parseDate(positional.at(1).trimmed());
    if (!date.isValid()) {
        return CommandLine::usageError(
            context, name(),
            tr("“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.")
                .arg(positional.at(1)));
    }
    if (action == u"is-workday")
        return runIsWorkday(date, parser.isSet(json), context);

    bool ok = false;
    const int n = positional.at(2).trimmed().toInt(&ok);
    if (!ok || n < 0 || n > WorkCalendar::maxWorkingDays) {
        return CommandLine::usageError(
            context, name(),
            tr("“%1” is not a number of working days; give a whole number from 0 to %2.")
                .arg(positional.at(2))
                .arg(WorkCalendar::maxWorkingDays));
    }
    return runDeadline(date, n, parser.isSet(json), context);
}

} // namespace ow::cli
