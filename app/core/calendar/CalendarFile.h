#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace ow::core {

// One listed day of a calendar year: a day off of a public holiday, or a make-up working day.
struct CalendarDay
{
    QDate date;
    QString name; // as the file gives it, e.g. 春节 or 春节调休
};

// One year of the working-day calendar as a file lists it (format: resources/calendar/README.md).
// Invariants once parsed: every date is valid and in `year`, no date appears twice across both
// lists, every make-up working day is a Saturday or Sunday, both lists are sorted by date.
struct CalendarYear
{
    int year = 0;
    QString source;              // where the data comes from; never empty
    QList<CalendarDay> holidays; // days off, weekend days included
    QList<CalendarDay> workdays; // make-up working days (调休上班)
};

struct CalendarYearParse
{
    CalendarYear year;
    QString error; // translated; empty when the file was accepted
    bool ok() const { return error.isEmpty(); }
};

// Reads one cn-YYYY.json file. Never throws and never crashes on any byte sequence: a file that
// breaks any rule of the format is refused as a whole, with the first problem as the reason.
class CalendarFile
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)

public:
    static CalendarYearParse parse(const QByteArray &data);

    // A date written exactly as YYYY-MM-DD (ten characters, a real calendar day); otherwise an
    // invalid QDate. Shared by the file format and the command line.
    static QDate parseDate(QStringView text);

    // The years a file may describe.
    static constexpr int firstYear = 1949;
    static constexpr int lastYear = 2999;
};

} // namespace ow::core
