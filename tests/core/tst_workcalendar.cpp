// The working-day calendar and statutory time limits (工作日, 放假调休, 中止, 延期).
#include "core/calendar/TimeLimit.h"
#include "core/calendar/WorkCalendar.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ow::core;

Q_DECLARE_METATYPE(CalendarDayInfo::Kind)
Q_DECLARE_METATYPE(DeadlineState)
Q_DECLARE_METATYPE(Suspension)
Q_DECLARE_METATYPE(TimeLimit)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QList<QDate> range(const char *first, const char *last)
{
    QList<QDate> days;
    for (QDate day = d(first); day <= d(last); day = day.addDays(1))
        days.append(day);
    return days;
}

QList<QDate> datesOf(const QList<CalendarDay> &days)
{
    QList<QDate> dates;
    for (const CalendarDay &day : days)
        dates.append(day.date);
    return dates;
}

QByteArray shippedFile(int year)
{
    QFile file(ow::test::sourcePath(QStringLiteral("resources/calendar/cn-%1.json").arg(year)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A small valid year file; `holidays` and `workdays` are the JSON arrays' contents.
QByteArray yearFile(int year, const char *holidays, const char *workdays)
{
    return QStringLiteral(R"({"year":%1,"source":"test","holidays":[%2],"workdays":[%3]})")
        .arg(year)
        .arg(QString::fromUtf8(holidays), QString::fromUtf8(workdays))
        .toUtf8();
}

TimeLimit fifteenDaysFrom(const char *accepted)
{
    TimeLimit limit;
    limit.accepted = d(accepted);
    limit.workingDays = 15;
    return limit;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    // The embedded data against the State Council notices (国务院办公厅关于2025年/2026年部分节假日
    // 安排的通知), day for day.
    void builtInMatchesTheStateCouncilNotices_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QList<QDate>>("workdays");
        QTest::newRow("2025") << 2025
                              << (range("2025-01-01", "2025-01-01") + range("2025-01-28", "2025-02-04")
                                  + range("2025-04-04", "2025-04-06") + range("2025-05-01", "2025-05-05")
                                  + range("2025-05-31", "2025-06-02") + range("2025-10-01", "2025-10-08"))
                              << QList<QDate>{d("2025-01-26"), d("2025-02-08"), d("2025-04-27"),
                                              d("2025-09-28"), d("2025-10-11")};
        QTest::newRow("2026") << 2026
                              << (range("2026-01-01", "2026-01-03") + range("2026-02-15", "2026-02-23")
                                  + range("2026-04-04", "2026-04-06") + range("2026-05-01", "2026-05-05")
                                  + range("2026-06-19", "2026-06-21") + range("2026-09-25", "2026-09-27")
                                  + range("2026-10-01", "2026-10-07"))
                              << QList<QDate>{d("2026-01-04"), d("2026-02-14"), d("2026-02-28"),
                                              d("2026-05-09"), d("2026-09-20"), d("2026-10-10")};
    }

    void builtInMatchesTheStateCouncilNotices()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, holidays);
        QFETCH(QList<QDate>, workdays);
        const std::optional<CalendarYear> data = WorkCalendar::builtIn().year(year);
        QVERIFY(data);
        QCOMPARE(datesOf(data->holidays), holidays);
        QCOMPARE(datesOf(data->workdays), workdays);
        QVERIFY(data->source.contains(u"chinese-days 1.5.7"));
        QVERIFY(data->source.contains(u"国务院办公厅"));
        // The file in the source tree is what is embedded.
        const WorkCalendarLoad fromSource = WorkCalendar::fromJson(shippedFile(year));
        QVERIFY2(fromSource.ok(), qPrintable(fromSource.error));
        QCOMPARE(datesOf(fromSource.calendar.year(year)->holidays), holidays);
    }

    void builtInCoverage()
    {
        const WorkCalendar &c = WorkCalendar::builtIn();
        QVERIFY(c.covers(2025));
        QVERIFY(c.covers(2026));
        QVERIFY(!c.covers(2024));
        QVERIFY(!c.covers(2027));
        QVERIFY(c.coveredYears().contains(2025));
        QVERIFY(!c.year(2027));
        QCOMPARE(&WorkCalendar::builtIn(), &c);
    }

    void dayKinds_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("workday");
        QTest::addColumn<CalendarDayInfo::Kind>("kind");
        QTest::addColumn<QString>("name");
        using K = CalendarDayInfo::Kind;
        QTest::newRow("元旦 2025, Wed") << d("2025-01-01") << false << K::Holiday << "元旦";
        QTest::newRow("day after 元旦") << d("2025-01-02") << true << K::Weekday << "";
        QTest::newRow("make-up Sun before 春节") << d("2025-01-26") << true << K::MakeUpWorkday
                                                << "春节调休";
        QTest::newRow("Mon before 春节") << d("2025-01-27") << true << K::Weekday << "";
        QTest::newRow("春节 first day") << d("2025-01-28") << false << K::Holiday << "春节";
        QTest::newRow("春节 Sat inside") << d("2025-02-01") << false << K::Holiday << "春节";
        QTest::newRow("春节 last day, Tue") << d("2025-02-04") << false << K::Holiday << "春节";
        QTest::newRow("Wed after 春节") << d("2025-02-05") << true << K::Weekday << "";
        QTest::newRow("make-up Sat after 春节") << d("2025-02-08") << true << K::MakeUpWorkday
                                               << "春节调休";
        QTest::newRow("plain Sun") << d("2025-02-09") << false << K::Weekend << "";
        QTest::newRow("make-up Sun before 劳动节") << d("2025-04-27") << true << K::MakeUpWorkday
                                                  << "劳动节调休";
        QTest::newRow("劳动节 last day, Mon") << d("2025-05-05") << false << K::Holiday << "劳动节";
        QTest::newRow("端午 Mon") << d("2025-06-02") << false << K::Holiday << "端午";
        QTest::newRow("Sat before make-up Sun") << d("2025-09-27") << false << K::Weekend << "";
        QTest::newRow("make-up Sun before 国庆") << d("2025-09-28") << true << K::MakeUpWorkday
                                                << "国庆节调休";
        QTest::newRow("中秋 2025 inside 国庆") << d("2025-10-06") << false << K::Holiday << "中秋";
        QTest::newRow("国庆 last day, Wed") << d("2025-10-08") << false << K::Holiday << "国庆节";
        QTest::newRow("Thu after 国庆") << d("2025-10-09") << true << K::Weekday << "";
        QTest::newRow("make-up Sat after 国庆") << d("2025-10-11") << true << K::MakeUpWorkday
                                               << "国庆节调休";
        QTest::newRow("元旦 2026 Sat") << d("2026-01-03") << false << K::Holiday << "元旦";
        QTest::newRow("make-up Sun after 元旦 2026") << d("2026-01-04") << true
                                                    << K::MakeUpWorkday << "元旦调休";
        QTest::newRow("make-up Sat before 春节 2026") << d("2026-02-14") << true
                                                     << K::MakeUpWorkday << "春节调休";
        QTest::newRow("春节 2026 last day, Mon") << d("2026-02-23") << false << K::Holiday << "春节";
        QTest::newRow("make-up Sat after 春节 2026") << d("2026-02-28") << true
                                                    << K::MakeUpWorkday << "春节调休";
        QTest::newRow("make-up Sat after 劳动节 2026") << d("2026-05-09") << true
                                                      << K::MakeUpWorkday << "劳动节调休";
        QTest::newRow("端午 2026 Fri") << d("2026-06-19") << false << K::Holiday << "端午";
        QTest::newRow("make-up Sun before 国庆 2026") << d("2026-09-20") << true
                                                     << K::MakeUpWorkday << "国庆节调休";
        QTest::newRow("中秋 2026 Fri") << d("2026-09-25") << false << K::Holiday << "中秋";
        QTest::newRow("make-up Sat after 国庆 2026") << d("2026-10-10") << true
                                                    << K::MakeUpWorkday << "国庆节调休";
        QTest::newRow("uncovered Fri 2027-01-01") << d("2027-01-01") << true << K::Weekday << "";
        QTest::newRow("uncovered Sat") << d("2024-12-28") << false << K::Weekend << "";
        QTest::newRow("invalid date") << QDate() << false << K::Weekend << "";
    }

    void dayKinds()
    {
        QFETCH(QDate, date);
        QFETCH(bool, workday);
        QFETCH(CalendarDayInfo::Kind, kind);
        QFETCH(QString, name);
        const WorkCalendar &c = WorkCalendar::builtIn();
        const CalendarDayInfo info = c.dayInfo(date);
        QCOMPARE(c.isWorkday(date), workday);
        QCOMPARE(info.isWorkday(), workday);
        QCOMPARE(info.kind, kind);
        QCOMPARE(info.name, name);
        QCOMPARE(info.covered, date.isValid() && (date.year() == 2025 || date.year() == 2026));
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QList<int>>("uncovered");
        const QList<int> none;
        QTest::newRow("accepted Fri before 国庆, make-up Sun counts")
            << d("2025-09-26") << 1 << d("2025-09-28") << none;
        QTest::newRow("n=0 is the start") << d("2025-09-26") << 0 << d("2025-09-26") << none;
        QTest::newRow("n=0 on a holiday is still the start")
            << d("2025-10-01") << 0 << d("2025-10-01") << none;
        QTest::newRow("across 国庆") << d("2025-09-30") << 1 << d("2025-10-09") << none;
        QTest::newRow("3 from make-up Sun") << d("2025-09-28") << 3 << d("2025-10-09") << none;
        QTest::newRow("5 lands on make-up Sat") << d("2025-09-28") << 5 << d("2025-10-11") << none;
        QTest::newRow("6 skips the Sun after") << d("2025-09-28") << 6 << d("2025-10-13") << none;
        QTest::newRow("Fri before 春节 → make-up Sun") << d("2025-01-24") << 1 << d("2025-01-26")
                                                      << none;
        QTest::newRow("across 春节") << d("2025-01-24") << 3 << d("2025-02-05") << none;
        QTest::newRow("across 劳动节") << d("2025-04-30") << 1 << d("2025-05-06") << none;
        QTest::newRow("make-up Sun before 劳动节") << d("2025-04-25") << 1 << d("2025-04-27")
                                                  << none;
        QTest::newRow("across 端午 2025") << d("2025-05-30") << 1 << d("2025-06-03") << none;
        QTest::newRow("year boundary: 元旦 then make-up Sun")
            << d("2025-12-31") << 1 << d("2026-01-04") << none;
        QTest::newRow("year boundary: 2") << d("2025-12-31") << 2 << d("2026-01-05") << none;
        QTest::newRow("year boundary: 20") << d("2025-12-31") << 20 << d("2026-01-29") << none;
        QTest::newRow("make-up Sat before 春节 2026") << d("2026-02-13") << 1 << d("2026-02-14")
                                                     << none;
        QTest::newRow("across 春节 2026") << d("2026-02-13") << 2 << d("2026-02-24") << none;
        QTest::newRow("make-up Sat after 春节 2026") << d("2026-02-27") << 1 << d("2026-02-28")
                                                    << none;
        QTest::newRow("make-up Sat after 劳动节 2026") << d("2026-05-08") << 1 << d("2026-05-09")
                                                      << none;
        QTest::newRow("across 端午 2026") << d("2026-06-18") << 1 << d("2026-06-22") << none;
        QTest::newRow("make-up Sun before 国庆 2026") << d("2026-09-18") << 1 << d("2026-09-20")
                                                     << none;
        QTest::newRow("across 国庆 2026") << d("2026-09-30") << 1 << d("2026-10-08") << none;
        QTest::newRow("15 working days") << d("2025-09-26") << 15 << d("2025-10-23") << none;
        QTest::newRow("start in an uncovered year, days in a covered one")
            << d("2024-12-31") << 1 << d("2025-01-02") << none;
        QTest::newRow("uncovered 2024 flagged") << d("2024-12-27") << 1 << d("2024-12-30")
                                                << QList<int>{2024};
        QTest::newRow("into uncovered 2027: Mon–Fri assumed")
            << d("2026-12-31") << 1 << d("2027-01-01") << QList<int>{2027};
        QTest::newRow("2025 to 2027") << d("2025-12-31") << 250 << d("2027-01-04")
                                      << QList<int>{2027};
    }

    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QFETCH(QList<int>, uncovered);
        const WorkCalendar &c = WorkCalendar::builtIn();
        const WorkingDate r = c.addWorkingDays(start, n);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.date, expected);
        QCOMPARE(r.uncoveredYears, uncovered);
        if (n > 0)
            QVERIFY(c.isWorkday(r.date));
        const WorkingDayCount back = c.workingDaysBetween(start, r.date);
        QVERIFY(back.ok());
        QCOMPARE(back.days, n);
        QCOMPARE(back.uncoveredYears, uncovered);
        QCOMPARE(c.workingDaysBetween(r.date, start).days, -n);
    }

    void addAndCountAgreeEverywhere()
    {
        const WorkCalendar &c = WorkCalendar::builtIn();
        for (QDate start = d("2024-12-01"); start <= d("2027-01-31"); start = start.addDays(3)) {
            for (int n : {0, 1, 2, 5, 10, 20, 60}) {
                const WorkingDate r = c.addWorkingDays(start, n);
                QVERIFY(r.ok());
                QCOMPARE(c.workingDaysBetween(start, r.date).days, n);
                // The day before the answer is fewer than n working days on.
                if (n > 0)
                    QCOMPARE(c.workingDaysBetween(start, r.date.addDays(-1)).days, n - 1);
            }
        }
    }

    void workingDaysBetween()
    {
        const WorkCalendar &c = WorkCalendar::builtIn();
        QCOMPARE(c.workingDaysBetween(d("2025-10-01"), d("2025-10-01")).days, 0);
        // 2025: 365 days, 104 weekend days, 28 holidays of which 10 on weekends, 5 make-up days.
        const WorkingDayCount y2025 = c.workingDaysBetween(d("2024-12-31"), d("2025-12-31"));
        QCOMPARE(y2025.days, 365 - 104 - (28 - 10) + 5);
        QCOMPARE(y2025.days, 248);
        QCOMPARE(c.workingDaysBetween(d("2025-12-31"), d("2026-12-31")).days, 248);
        QVERIFY(y2025.uncoveredYears.isEmpty());
        QCOMPARE(c.workingDaysBetween(d("2025-09-30"), d("2025-10-08")).days, 0);
        QCOMPARE(c.workingDaysBetween(d("2025-10-08"), d("2025-09-30")).days, 0);
        QCOMPARE(c.workingDaysBetween(d("2025-10-09"), d("2025-09-30")).days, -1);
        QVERIFY(!c.workingDaysBetween(QDate(), d("2025-01-01")).ok());
        const WorkingDayCount far = c.workingDaysBetween(d("1900-01-01"), d("2025-01-01"));
        QVERIFY(!far.ok());
        QVERIFY(!far.error.isEmpty());
    }

    void badArgumentsAreRejected_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("n");
        QTest::newRow("negative n") << d("2025-01-02") << -1;
        QTest::newRow("very negative n") << d("2025-01-02") << std::numeric_limits<int>::min();
        QTest::newRow("too many days") << d("2025-01-02") << WorkCalendar::maxWorkingDays + 1;
        QTest::newRow("int max") << d("2025-01-02") << std::numeric_limits<int>::max();
        QTest::newRow("invalid start") << QDate() << 1;
        QTest::newRow("past 9999-12-31") << d("9999-12-31") << 1;
    }

    void badArgumentsAreRejected()
    {
        QFETCH(QDate, start);
        QFETCH(int, n);
        const WorkingDate r = WorkCalendar::builtIn().addWorkingDays(start, n);
        QVERIFY(!r.ok());
        QVERIFY(!r.date.isValid());
        QVERIFY(!r.error.isEmpty());
    }

    void maximumIsAccepted()
    {
        const WorkingDate r = WorkCalendar::builtIn().addWorkingDays(d("2025-01-02"),
                                                                     WorkCalendar::maxWorkingDays);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.date.year() > 2060);
        QVERIFY(r.uncoveredYears.contains(2060));
        QVERIFY(!r.uncoveredYears.contains(2025));
    }

    void uncoveredYearsAreFlagged()
    {
        const WorkCalendar empty;
        QVERIFY(!empty.covers(2025));
        const WorkingDate r = empty.addWorkingDays(d("2025-09-26"), 1);
        QCOMPARE(r.date, d("2025-09-29")); // Mon–Fri: the make-up Sunday is not known
        QCOMPARE(r.uncoveredYears, QList<int>{2025});
        QVERIFY(!empty.dayInfo(d("2025-10-01")).covered);
        QVERIFY(empty.isWorkday(d("2025-10-01")));

        QCOMPARE(WorkCalendar::fallbackWarning({}), QString());
        const QString one = WorkCalendar::fallbackWarning({2027});
        QVERIFY2(one.contains(u"2027") && one.contains(u"Monday"), qPrintable(one));
        const QString ranges = WorkCalendar::fallbackWarning({2027, 2028, 2029, 2031});
        QVERIFY2(ranges.contains(QStringLiteral("2027–2029, 2031")), qPrintable(ranges));
    }

    void fileFormatAccepted()
    {
        const WorkCalendarLoad load = WorkCalendar::fromJson(
            yearFile(2030, R"({"date":"2030-01-01","name":"元旦"})",
                     R"({"date":"2030-01-05","name":"调休"})"));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QVERIFY(load.calendar.covers(2030));
        QVERIFY(!load.calendar.isWorkday(d("2030-01-01")));
        QVERIFY(load.calendar.isWorkday(d("2030-01-05")));
        QCOMPARE(load.calendar.year(2030)->source, QStringLiteral("test"));

        // Unknown keys are ignored; empty lists are allowed; several years merge.
        const WorkCalendarLoad two = WorkCalendar::fromJson(
            {shippedFile(2025),
             R"({"year":2031,"source":"s","generated":"x","holidays":[],"workdays":[],"x":1})"});
        QVERIFY2(two.ok(), qPrintable(two.error));
        QCOMPARE(two.calendar.coveredYears(), (QList<int>{2025, 2031}));
    }

    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("not JSON") << QByteArray("holidays: 2025-01-01") << "not valid JSON";
        QTest::newRow("truncated") << shippedFile(2025).left(200) << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << "not valid JSON";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "one JSON object";
        QTest::newRow("no year") << QByteArray("{}") << "“year”";
        QTest::newRow("year as text")
            << QByteArray(R"({"year":"2025","source":"s","holidays":[],"workdays":[]})") << "“year”";
        QTest::newRow("fractional year")
            << QByteArray(R"({"year":2025.5,"source":"s","holidays":[],"workdays":[]})") << "“year”";
        QTest::newRow("year out of range")
            << QByteArray(R"({"year":1800,"source":"s","holidays":[],"workdays":[]})") << "“year”";
        QTest::newRow("huge year")
            << QByteArray(R"({"year":1e300,"source":"s","holidays":[],"workdays":[]})") << "“year”";
        QTest::newRow("no source")
            << QByteArray(R"({"year":2025,"holidays":[],"workdays":[]})") << "“source”";
        QTest::newRow("blank source")
            << QByteArray(R"({"year":2025,"source":"  ","holidays":[],"workdays":[]})") << "“source”";
        QTest::newRow("no holidays")
            << QByteArray(R"({"year":2025,"source":"s","workdays":[]})") << "“holidays”";
        QTest::newRow("workdays not a list")
            << QByteArray(R"({"year":2025,"source":"s","holidays":[],"workdays":{}})") << "“workdays”";
        QTest::newRow("entry is a string") << yearFile(2025, R"("2025-01-01")", "")
                                           << "Entry 1 of “holidays”";
        QTest::newRow("entry without date") << yearFile(2025, R"({"name":"元旦"})", "")
                                            << "Entry 1 of “holidays”";
        QTest::newRow("date as number") << yearFile(2025, R"({"date":20250101,"name":"元旦"})", "")
                                        << "Entry 1 of “holidays”";
        QTest::newRow("no such day") << yearFile(2025, R"({"date":"2025-02-29","name":"x"})", "")
                                     << "“2025-02-29” is not a date";
        QTest::newRow("short form") << yearFile(2025, R"({"date":"2025-2-3","name":"x"})", "")
                                    << "“2025-2-3” is not a date";
        QTest::newRow("full-width digits")
            << yearFile(2025, R"({"date":"２０２５-01-01","name":"x"})", "") << "is not a date";
        QTest::newRow("time attached")
            << yearFile(2025, R"({"date":"2025-01-01T00:00","name":"x"})", "") << "is not a date";
        QTest::newRow("other year") << yearFile(2025, R"({"date":"2026-01-01","name":"元旦"})", "")
                                    << "2026-01-01 is not in 2025";
        QTest::newRow("no name") << yearFile(2025, R"({"date":"2025-01-01","name":" "})", "")
                                 << "has no name";
        QTest::newRow("make-up day on a Monday")
            << yearFile(2025, "", R"({"date":"2025-01-27","name":"x"})") << "Saturday or Sunday";
        QTest::newRow("holiday twice")
            << yearFile(2025, R"({"date":"2025-01-01","name":"a"},{"date":"2025-01-01","name":"b"})",
                        "")
            << "Entry 2 of “holidays”: 2025-01-01 is listed twice";
        QTest::newRow("holiday and make-up day")
            << yearFile(2025, R"({"date":"2025-02-01","name":"a"})",
                        R"({"date":"2025-02-01","name":"b"})")
            << "listed twice";
        QTest::newRow("trailing garbage") << shippedFile(2025) + QByteArray("\x01") << "not valid JSON";
    }

    void malformedFilesAreRejected()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const WorkCalendarLoad load = WorkCalendar::fromJson(data);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains(reason), qPrintable(load.error));
        QVERIFY(load.calendar.coveredYears().isEmpty());
        const CalendarYearParse parsed = CalendarFile::parse(data);
        QCOMPARE(parsed.error, load.error);
        QCOMPARE(parsed.year.year, 0);
        QVERIFY(parsed.year.holidays.isEmpty());
    }

    void theSameYearTwiceIsRejected()
    {
        const WorkCalendarLoad load = WorkCalendar::fromJson({shippedFile(2026), shippedFile(2026)});
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains(u"File 2") && load.error.contains(u"2026"),
                 qPrintable(load.error));
        QVERIFY(load.calendar.coveredYears().isEmpty());
    }

    // Damaged copies of a real file: each is either accepted or refused with a reason.
    void mutatedFilesNeverCrash()
    {
        const QByteArray original = shippedFile(2025);
        QVERIFY(!original.isEmpty());
        QRandomGenerator random(20251001);
        for (int i = 0; i < 2000; ++i) {
            QByteArray data = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(data.size()));
                switch (random.bounded(3)) {
                case 0:
                    data[at] = char(random.bounded(256));
                    break;
                case 1:
                    data.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    data.insert(at, data.mid(random.bounded(int(data.size())), 6));
                    break;
                }
            }
            const WorkCalendarLoad load = WorkCalendar::fromJson(data);
            QVERIFY(load.ok() == load.error.isEmpty());
            if (load.ok())
                QCOMPARE(load.calendar.coveredYears().size(), 1);
            else
                QVERIFY(load.calendar.coveredYears().isEmpty());
        }
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("plain") << "2025-10-08" << d("2025-10-08");
        QTest::newRow("leap day") << "2024-02-29" << d("2024-02-29");
        QTest::newRow("no leap day") << "2025-02-29" << QDate();
        QTest::newRow("month 13") << "2025-13-01" << QDate();
        QTest::newRow("day 0") << "2025-01-00" << QDate();
        QTest::newRow("year 0") << "0000-01-01" << QDate();
        QTest::newRow("slashes") << "2025/10/08" << QDate();
        QTest::newRow("compact") << "20251008" << QDate();
        QTest::newRow("spaces") << " 2025-10-08" << QDate();
        QTest::newRow("sign") << "+025-10-08" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(CalendarFile::parseDate(text), date);
    }

    void sharedBetweenThreads()
    {
        const WorkCalendar copy = WorkCalendar::builtIn(); // copies share the data
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&copy, &failures, t] {
                const WorkCalendar &c = t % 2 ? copy : WorkCalendar::builtIn();
                for (int i = 0; i < 200; ++i) {
                    if (c.addWorkingDays(QDate(2025, 9, 26), 1).date != QDate(2025, 9, 28))
                        ++failures;
                    if (c.workingDaysBetween(QDate(2025, 1, 1), QDate(2026, 12, 31)).days <= 0)
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    // Accepted Fri 2025-09-26 with 15 working days: the deadline is Thu 2025-10-23.
    void deadlineStates_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("warningDays");
        QTest::addColumn<DeadlineState>("state");
        QTest::addColumn<int>("left");
        QTest::newRow("day of acceptance") << d("2025-09-26") << 2 << DeadlineState::Normal << 15;
        QTest::newRow("before acceptance") << d("2025-09-01") << 2 << DeadlineState::Normal << 15;
        QTest::newRow("during 国庆") << d("2025-10-03") << 2 << DeadlineState::Normal << 12;
        QTest::newRow("3 left") << d("2025-10-20") << 2 << DeadlineState::Normal << 3;
        QTest::newRow("2 left: yellow") << d("2025-10-21") << 2 << DeadlineState::Yellow << 2;
        QTest::newRow("deadline day: yellow") << d("2025-10-23") << 2 << DeadlineState::Yellow << 0;
        QTest::newRow("day after: red") << d("2025-10-24") << 2 << DeadlineState::Red << -1;
        QTest::newRow("weekend after: red") << d("2025-10-26") << 2 << DeadlineState::Red << -1;
        QTest::newRow("a week late") << d("2025-10-30") << 2 << DeadlineState::Red << -5;
        QTest::newRow("no warning days, 1 left") << d("2025-10-22") << 0 << DeadlineState::Normal
                                                 << 1;
        QTest::newRow("no warning days, last day") << d("2025-10-23") << 0
                                                   << DeadlineState::Yellow << 0;
        QTest::newRow("5 warning days, 4 left") << d("2025-10-17") << 5 << DeadlineState::Yellow
                                                << 4;
    }

    void deadlineStates()
    {
        QFETCH(QDate, today);
        QFETCH(int, warningDays);
        QFETCH(DeadlineState, state);
        QFETCH(int, left);
        TimeLimit limit = fifteenDaysFrom("2025-09-26");
        limit.warningDays = warningDays;
        const TimeLimitStatus s = limit.evaluate(WorkCalendar::builtIn(), today);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.deadline, d("2025-10-23"));
        QCOMPARE(s.state, state);
        QCOMPARE(s.workingDaysLeft, left);
        QCOMPARE(s.suspendedWorkingDays, 0);
        QVERIFY(s.uncoveredYears.isEmpty());
    }

    void suspensionAndExtension_data()
    {
        QTest::addColumn<QList<Suspension>>("suspensions");
        QTest::addColumn<int>("extension");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<DeadlineState>("state");
        QTest::addColumn<int>("suspended");
        QTest::addColumn<int>("left");
        const QList<Suspension> week{{d("2025-10-13"), d("2025-10-17")}};
        QTest::newRow("suspended Mon–Fri, during")
            << week << 0 << d("2025-10-15") << d("2025-10-30") << DeadlineState::Suspended << 5 << 9;
        QTest::newRow("suspended Mon–Fri, after")
            << week << 0 << d("2025-10-28") << d("2025-10-30") << DeadlineState::Yellow << 5 << 2;
        QTest::newRow("suspended Mon–Fri, overdue")
            << week << 0 << d("2025-10-31") << d("2025-10-30") << DeadlineState::Red << 5 << -1;
        QTest::newRow("overlapping periods")
            << QList<Suspension>{{d("2025-10-13"), d("2025-10-15")}, {d("2025-10-14"), d("2025-10-17")}}
            << 0 << d("2025-10-20") << d("2025-10-30") << DeadlineState::Normal << 5 << 8;
        QTest::newRow("over a holiday: no working day stopped")
            << QList<Suspension>{{d("2025-10-01"), d("2025-10-08")}} << 0 << d("2025-10-05")
            << d("2025-10-23") << DeadlineState::Suspended << 0 << 15 - 3;
        QTest::newRow("a make-up day stopped")
            << QList<Suspension>{{d("2025-09-27"), d("2025-09-28")}} << 0 << d("2025-09-29")
            << d("2025-10-24") << DeadlineState::Normal << 1 << 14;
        QTest::newRow("before acceptance: ignored")
            << QList<Suspension>{{d("2025-09-01"), d("2025-09-10")}} << 0 << d("2025-10-20")
            << d("2025-10-23") << DeadlineState::Normal << 0 << 3;
        QTest::newRow("open, 3 working days so far")
            << QList<Suspension>{{d("2025-10-13"), QDate()}} << 0 << d("2025-10-15")
            << d("2025-10-28") << DeadlineState::Suspended << 3 << 9;
        QTest::newRow("open, 6 working days so far")
            << QList<Suspension>{{d("2025-10-13"), QDate()}} << 0 << d("2025-10-20")
            << d("2025-10-31") << DeadlineState::Suspended << 6 << 9;
        QTest::newRow("after the deadline: still overdue")
            << QList<Suspension>{{d("2025-10-27"), QDate()}} << 0 << d("2025-10-28")
            << d("2025-10-23") << DeadlineState::Red << 0 << -3;
        QTest::newRow("extension 5") << QList<Suspension>{} << 5 << d("2025-10-24")
                                     << d("2025-10-30") << DeadlineState::Normal << 0 << 4;
        QTest::newRow("extension and suspension")
            << week << 5 << d("2025-11-05") << d("2025-11-06") << DeadlineState::Yellow << 5 << 1;
    }

    void suspensionAndExtension()
    {
        QFETCH(QList<Suspension>, suspensions);
        QFETCH(int, extension);
        QFETCH(QDate, today);
        QFETCH(QDate, deadline);
        QFETCH(DeadlineState, state);
        QFETCH(int, suspended);
        QFETCH(int, left);
        TimeLimit limit = fifteenDaysFrom("2025-09-26");
        limit.suspensions = suspensions;
        limit.extensionDays = extension;
        const TimeLimitStatus s = limit.evaluate(WorkCalendar::builtIn(), today);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.deadline, deadline);
        QCOMPARE(s.state, state);
        QCOMPARE(s.suspendedWorkingDays, suspended);
        QCOMPARE(s.workingDaysLeft, left);
    }

    void todayComesFromTheClock()
    {
        ow::test::ManualClock clock(QDateTime(QDate(2025, 10, 20), QTime(9, 0)));
        const TimeLimit limit = fifteenDaysFrom("2025-09-26");
        QCOMPARE(limit.evaluate(WorkCalendar::builtIn(), clock).state, DeadlineState::Normal);
        clock.advanceDays(1);
        QCOMPARE(limit.evaluate(WorkCalendar::builtIn(), clock).state, DeadlineState::Yellow);
        clock.advanceDays(3);
        QCOMPARE(limit.evaluate(WorkCalendar::builtIn(), clock).state, DeadlineState::Red);
    }

    void sameDayMatter()
    {
        TimeLimit limit;
        limit.accepted = d("2025-10-09");
        limit.workingDays = 0;
        TimeLimitStatus s = limit.evaluate(WorkCalendar::builtIn(), d("2025-10-09"));
        QCOMPARE(s.deadline, d("2025-10-09"));
        QCOMPARE(s.state, DeadlineState::Yellow);
        s = limit.evaluate(WorkCalendar::builtIn(), d("2025-10-10"));
        QCOMPARE(s.state, DeadlineState::Red);
        QCOMPARE(s.workingDaysLeft, -1);
    }

    void timeLimitIntoAnUncoveredYearIsFlagged()
    {
        const TimeLimit limit = fifteenDaysFrom("2026-12-20");
        const TimeLimitStatus s = limit.evaluate(WorkCalendar::builtIn(), d("2026-12-21"));
        QVERIFY(s.ok());
        QCOMPARE(s.uncoveredYears, QList<int>{2027});
        QCOMPARE(fifteenDaysFrom("2025-09-26").evaluate(WorkCalendar::builtIn(), d("2027-02-01"))
                     .uncoveredYears,
                 QList<int>{2027});
    }

    void badTimeLimitsAreRejected_data()
    {
        QTest::addColumn<TimeLimit>("limit");
        QTest::addColumn<QDate>("today");
        TimeLimit base = fifteenDaysFrom("2025-09-26");
        TimeLimit t = base;
        t.workingDays = -1;
        QTest::newRow("negative limit") << t << d("2025-10-01");
        t = base;
        t.extensionDays = -5;
        QTest::newRow("negative extension") << t << d("2025-10-01");
        t = base;
        t.warningDays = -1;
        QTest::newRow("negative warning days") << t << d("2025-10-01");
        t = base;
        t.extensionDays = std::numeric_limits<int>::max();
        QTest::newRow("huge extension") << t << d("2025-10-01");
        t = base;
        t.accepted = QDate();
        QTest::newRow("no acceptance date") << t << d("2025-10-01");
        QTest::newRow("no today") << base << QDate();
        t = base;
        t.suspensions = {{d("2025-10-10"), d("2025-10-09")}};
        QTest::newRow("suspension ends before it starts") << t << d("2025-10-01");
        t = base;
        t.suspensions = {{QDate(), d("2025-10-09")}};
        QTest::newRow("suspension without a start") << t << d("2025-10-01");
        t = base;
        t.suspensions = {{d("2025-10-01"), d("2300-01-01")}};
        QTest::newRow("suspension of centuries") << t << d("2025-10-01");
        QTest::newRow("today centuries later") << base << d("2400-01-01");
    }

    void badTimeLimitsAreRejected()
    {
        QFETCH(TimeLimit, limit);
        QFETCH(QDate, today);
        const TimeLimitStatus s = limit.evaluate(WorkCalendar::builtIn(), today);
        QVERIFY(!s.ok());
        QVERIFY(!s.error.isEmpty());
    }

    void stateNames()
    {
        for (DeadlineState state : {DeadlineState::Normal, DeadlineState::Yellow,
                                    DeadlineState::Red, DeadlineState::Suspended})
            QVERIFY(!TimeLimit::stateName(state).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
