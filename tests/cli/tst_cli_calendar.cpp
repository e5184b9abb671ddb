// Drives `onewindow-cli calendar` (the real binary) as an administrator's script would.
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QStringList args{QStringLiteral("--lang"), lang};
    args.append(arguments);
    p.start(ow::test::binaryPath(QStringLiteral("onewindow-cli")), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QByteArray describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err).toUtf8();
}

} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Fri before 国庆 → make-up Sun") << "2025-09-26" << "1" << "2025-09-28";
        QTest::newRow("n=0") << "2025-09-26" << "0" << "2025-09-26";
        QTest::newRow("across 国庆") << "2025-09-30" << "1" << "2025-10-09";
        QTest::newRow("15 working days") << "2025-09-26" << "15" << "2025-10-23";
        QTest::newRow("into 2026") << "2025-12-31" << "1" << "2026-01-04";
        QTest::newRow("across 春节 2026") << "2026-02-13" << "2" << "2026-02-24";
    }

    void deadline()
    {
        QFETCH(QString, start);
        QFETCH(QString, n);
        QFETCH(QString, expected);
        const Run r = runCli({"calendar", "deadline", start, n});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out, expected + u'\n');
        QVERIFY2(r.err.isEmpty(), describe(r));
    }

    void deadlineJson()
    {
        const Run r = runCli({"calendar", "deadline", "2025-09-26", "1", "--json"});
        QVERIFY2(r.exitCode == 0, describe(r));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"start").toString(), QStringLiteral("2025-09-26"));
        QCOMPARE(o.value(u"workingDays").toInt(), 1);
        QCOMPARE(o.value(u"deadline").toString(), QStringLiteral("2025-09-28"));
        QCOMPARE(o.value(u"calendarDays").toInt(), 2);
        QCOMPARE(o.value(u"deadlineKind").toString(), QStringLiteral("make-up-workday"));
        QCOMPARE(o.value(u"deadlineName").toString(), QStringLiteral("国庆节调休"));
        QCOMPARE(o.value(u"covered").toBool(), true);
        QVERIFY(o.value(u"uncoveredYears").toArray().isEmpty());
        QVERIFY(o.value(u"warnings").toArray().isEmpty());
    }

    void uncoveredYearIsFlagged()
    {
        const Run r = runCli({"calendar", "deadline", "2026-12-31", "1"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out, QStringLiteral("2027-01-01\n"));
        QVERIFY2(r.err.contains(u"warning") && r.err.contains(u"2027"), describe(r));
        const Run j = runCli({"calendar", "deadline", "2026-12-31", "1", "--json"});
        const QJsonObject o = json(j);
        QCOMPARE(o.value(u"covered").toBool(), false);
        QCOMPARE(o.value(u"uncoveredYears").toArray(), QJsonArray{2027});
        QCOMPARE(o.value(u"warnings").toArray().size(), 1);
        const Run w = runCli({"calendar", "is-workday", "2027-01-01", "--json"});
        QCOMPARE(w.exitCode, 0);
        QCOMPARE(json(w).value(u"covered").toBool(), false);
        QVERIFY2(w.err.contains(u"2027"), describe(w));
    }

    void isWorkday_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("kind");
        QTest::newRow("make-up Sun") << "2025-09-28" << 0 << "yes: make-up working day, 国庆节调休"
                                     << "make-up-workday";
        QTest::newRow("plain Thu") << "2025-10-09" << 0 << "yes" << "weekday";
        QTest::newRow("国庆") << "2025-10-01" << 1 << "no: public holiday, 国庆节" << "holiday";
        QTest::newRow("plain Sat") << "2025-09-27" << 1 << "no: weekend" << "weekend";
        QTest::newRow("make-up Sat 2026") << "2026-02-28" << 0
                                          << "yes: make-up working day, 春节调休"
                                          << "make-up-workday";
    }

    void isWorkday()
    {
        QFETCH(QString, date);
        QFETCH(int, exitCode);
        QFETCH(QString, answer);
        QFETCH(QString, kind);
        const Run r = runCli({"calendar", "is-workday", date});
        QVERIFY2(r.exitCode == exitCode, describe(r));
        QCOMPARE(r.out, answer + u'\n');
        const Run j = runCli({"calendar", "is-workday", date, "--json"});
        QCOMPARE(j.exitCode, exitCode);
        const QJsonObject o = json(j);
        QCOMPARE(o.value(u"workday").toBool(), exitCode == 0);
        QCOMPARE(o.value(u"kind").toString(), kind);
        QCOMPARE(o.value(u"covered").toBool(), true);
    }

    void answersInChinese()
    {
        // The answer words come from the translation once the lead has regenerated the .ts
        // files; until then the English source shows. Either way the exit code is the answer.
        const Run yes = runCli({"calendar", "is-workday", "2025-09-28"}, QStringLiteral("zh_CN"));
        QCOMPARE(yes.exitCode, 0);
        QVERIFY2(yes.out.contains(u"国庆节调休"), describe(yes));
        const Run no = runCli({"calendar", "is-workday", "2025-10-01"}, QStringLiteral("zh_CN"));
        QCOMPARE(no.exitCode, 1);
    }

    void year()
    {
        const Run r = runCli({"calendar", "year", "2025"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(u"chinese-days"), describe(r));
        QVERIFY(r.out.contains(u"2025-01-28  Tue  春节"));
        QVERIFY(r.out.contains(u"2025-10-11  Sat  国庆节调休"));
        const Run j = runCli({"calendar", "year", "2026", "--json"});
        QVERIFY2(j.exitCode == 0, describe(j));
        const QJsonObject o = json(j);
        QCOMPARE(o.value(u"covered").toBool(), true);
        QCOMPARE(o.value(u"holidays").toArray().size(), 33);
        QCOMPARE(o.value(u"workdays").toArray().size(), 6);
        QCOMPARE(o.value(u"workdays").toArray().first().toObject().value(u"date").toString(),
                 QStringLiteral("2026-01-04"));
        const Run none = runCli({"calendar", "year", "2027"});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"2027") && none.err.contains(u"2025"), describe(none));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{"calendar"} << "deadline, is-workday or year";
        QTest::newRow("unknown action") << QStringList{"calendar", "holidays"}
                                        << "deadline, is-workday or year";
        QTest::newRow("deadline without n") << QStringList{"calendar", "deadline", "2025-09-26"}
                                            << "number of working days";
        QTest::newRow("deadline extra") << QStringList{"calendar", "deadline", "2025-09-26", "1", "2"}
                                        << "number of working days";
        QTest::newRow("negative n") << QStringList{"calendar", "deadline", "2025-09-26", "-1"}
                                    << "“-1” is not a number of working days";
        QTest::newRow("negative n after --") << QStringList{"calendar", "deadline", "--", "2025-09-26", "-3"}
                                             << "“-3” is not a number of working days";
        QTest::newRow("n not a number") << QStringList{"calendar", "deadline", "2025-09-26", "ten"}
                                        << "“ten” is not a number";
        QTest::newRow("n fractional") << QStringList{"calendar", "deadline", "2025-09-26", "1.5"}
                                      << "“1.5” is not a number";
        QTest::newRow("n too large") << QStringList{"calendar", "deadline", "2025-09-26", "99999999999"}
                                     << "from 0 to 10000";
        QTest::newRow("no such day") << QStringList{"calendar", "deadline", "2025-02-29", "1"}
                                     << "“2025-02-29” is not a date";
        QTest::newRow("not ISO") << QStringList{"calendar", "is-workday", "26/09/2025"}
                                 << "YYYY-MM-DD";
        QTest::newRow("is-workday without date") << QStringList{"calendar", "is-workday"}
                                                 << "Give one date";
        QTest::newRow("year not a number") << QStringList{"calendar", "year", "MMXXV"}
                                           << "is not a year";
        QTest::newRow("unknown option") << QStringList{"calendar", "is-workday", "2025-01-01", "--x"}
                                        << "x";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runCli(arguments);
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY2(r.err.contains(message), describe(r));
        QVERIFY2(r.err.contains(u"onewindow-cli calendar --help"), describe(r));
        QVERIFY(r.out.isEmpty());
    }

    void answerPastYear9999IsAFailure()
    {
        const Run r = runCli({"calendar", "deadline", "9999-12-30", "2"});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"out of range"), describe(r));
    }

    void help()
    {
        for (const QStringList &arguments :
             {QStringList{"calendar", "--help"}, QStringList{"--help", "calendar"}}) {
            const Run r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, describe(r));
            QVERIFY2(r.out.contains(u"onewindow-cli calendar"), describe(r));
            QVERIFY(r.out.contains(u"is-workday"));
            QVERIFY(r.out.contains(u"--json"));
        }
        const Run overview = runCli({"--help"});
        QVERIFY2(overview.out.contains(u"calendar"), describe(overview));
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
