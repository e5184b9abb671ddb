// The throw-away PostgreSQL cluster the hub tests run on: it starts, hands out databases that
// Qt's QPSQL driver reaches over loopback, runs the server without root, and is gone with its
// object.
#include "support/ChildProcessSetup.h"
#include "support/PgCluster.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <unistd.h>

using ow::test::PgCluster;

namespace {

const QString connectionName = QStringLiteral("tst_pgcluster");

// The uid a process runs as, from /proc; -1 when unknown.
long processUid(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toLong();
    return -1;
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_cluster;

    QSqlDatabase open(const QString &database)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_cluster->host());
        db.setPort(m_cluster->port());
        db.setUserName(m_cluster->user());
        db.setDatabaseName(database);
        db.open();
        return db;
    }

private slots:
    void initTestCase()
    {
        OW_START_PG_CLUSTER(m_cluster);
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
    }

    void createdDatabaseAnswersQueries()
    {
        QString error;
        const QString connection = m_cluster->createDatabase(QStringLiteral("fixture_check"), &error);
        QVERIFY2(!connection.isEmpty(), qPrintable(error));
        QCOMPARE(connection, QStringLiteral("postgresql://onewindow@127.0.0.1:%1/fixture_check")
                                 .arg(m_cluster->port()));
        {
            QSqlDatabase db = open(QStringLiteral("fixture_check"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("SELECT 1")), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);

            QVERIFY(query.exec(QStringLiteral("SELECT current_database()")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("fixture_check"));

            // Names with characters outside the BMP survive the round trip (UTF-8 cluster).
            const QString rare = QStringLiteral("𠮷山");
            QVERIFY(query.prepare(QStringLiteral("SELECT CAST(? AS text)")));
            query.addBindValue(rare);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), rare);
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void listensOnLoopbackOnly()
    {
        {
            QSqlDatabase db = open(QStringLiteral("postgres"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SHOW listen_addresses")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("127.0.0.1"));
            QVERIFY(query.exec(QStringLiteral("SHOW unix_socket_directories")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), m_cluster->socketDirectory());
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void serverRunsWithoutRoot()
    {
        qint64 backend = 0;
        {
            QSqlDatabase db = open(QStringLiteral("postgres"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT pg_backend_pid()")));
            QVERIFY(query.next());
            backend = query.value(0).toLongLong();
            const long uid = processUid(backend);
            if (geteuid() == 0) {
                const auto nobody = ow::test::lookUpAccount(QStringLiteral("nobody"));
                QVERIFY(nobody.has_value());
                QCOMPARE(uid, static_cast<long>(nobody->uid));
            } else {
                QCOMPARE(uid, static_cast<long>(geteuid()));
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void badDatabaseNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("space and statement") << QStringLiteral("x; DROP DATABASE postgres");
        QTest::newRow("upper case") << QStringLiteral("HubData");
        QTest::newRow("leading digit") << QStringLiteral("1hub");
        QTest::newRow("quote") << QStringLiteral("hub\"x");
        QTest::newRow("too long") << QString(64, QLatin1Char('a'));
    }

    void badDatabaseNamesAreRefused()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY(m_cluster->createDatabase(name, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void existingDatabaseIsReported()
    {
        QString error;
        QVERIFY2(!m_cluster->createDatabase(QStringLiteral("twice"), &error).isEmpty(),
                 qPrintable(error));
        QVERIFY(m_cluster->createDatabase(QStringLiteral("twice"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    }

    void destructionStopsTheServerAndRemovesItsFiles()
    {
        auto cluster = std::make_unique<PgCluster>();
        QVERIFY2(cluster->isRunning(), qPrintable(cluster->errorString()));
        const quint16 port = cluster->port();
        const QString directory = cluster->socketDirectory();
        QVERIFY(port != m_cluster->port());
        QVERIFY(QDir(directory).exists(QStringLiteral("data/PG_VERSION")));
        cluster.reset();

        QVERIFY(!QDir(directory).exists());
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!socket.waitForConnected(5000));
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
