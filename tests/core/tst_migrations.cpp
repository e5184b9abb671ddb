#include "core/storage/Migration.h"
#include "core/storage/WorkstationDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static void write(const QTemporaryDir &dir, const QString &name, const QByteArray &sql)
    {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }

private slots:
    void loadsInNumericOrder()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("0002_second.sql"), "SELECT 2;");
        write(dir, QStringLiteral("0001_first.sql"), "SELECT 1;");
        QString error;
        const QList<Migration> list = loadMigrations(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].version, 1);
        QCOMPARE(list[0].name, QStringLiteral("first"));
        QCOMPARE(list[1].sql, QStringLiteral("SELECT 2;"));
    }

    void gapIsAnError()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("0001_first.sql"), "SELECT 1;");
        write(dir, QStringLiteral("0003_third.sql"), "SELECT 3;");
        QString error;
        QVERIFY(loadMigrations(dir.path(), &error).isEmpty());
        QVERIFY(error.contains(u"third"));
    }

    void duplicateIsAnError()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("0001_first.sql"), "SELECT 1;");
        write(dir, QStringLiteral("0001_again.sql"), "SELECT 1;");
        QString error;
        QVERIFY(loadMigrations(dir.path(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void badNameIsAnError()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("1_first.sql"), "SELECT 1;");
        QString error;
        QVERIFY(loadMigrations(dir.path(), &error).isEmpty());
        QVERIFY(error.contains(u"1_first.sql"));
    }

    void shippedWorkstationMigrationsAreConsistent()
    {
        QString error;
        const QList<Migration> list = loadMigrations(QStringLiteral(":/sql/workstation"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.size(), WorkstationDatabase::latestSchemaVersion());
        // Every migration in sql/workstation/ is embedded.
        const QList<Migration> onDisk = loadMigrations(QStringLiteral(OW_SOURCE_DIR "/sql/workstation"));
        QCOMPARE(onDisk.size(), list.size());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
