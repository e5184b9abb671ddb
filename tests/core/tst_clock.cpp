#include "core/Clock.h"
#include "support/ManualClock.h"

#include <QTest>

using namespace ow::core;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockFollowsWallTime()
    {
        const QDateTime before = QDateTime::currentDateTime();
        const QDateTime now = Clock::system().now();
        const QDateTime after = QDateTime::currentDateTime();
        QVERIFY(before <= now && now <= after);
        QCOMPARE(&Clock::system(), &Clock::system());
    }

    void manualClockIsInjectable()
    {
        ow::test::ManualClock clock(QDateTime(QDate(2026, 1, 31), QTime(23, 59, 30)));
        const Clock &c = clock;
        QCOMPARE(c.today(), QDate(2026, 1, 31));
        clock.advanceSeconds(45);
        QCOMPARE(c.today(), QDate(2026, 2, 1));
        clock.advanceDays(28);
        QCOMPARE(c.today(), QDate(2026, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
