#include "core/storage/Database.h"
#include "core/storage/WorkstationDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

QList<Migration> twoStepSchema()
{
    return {
        {1, QStringLiteral("people"),
         QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                        "CREATE INDEX person_name ON person(name);")},
        {2, QStringLiteral("visits"),
         QStringLiteral("CREATE TABLE visit (id INTEGER PRIMARY KEY,"
                        " person_id INTEGER NOT NULL REFERENCES person(id));\n"
                        "ALTER TABLE person ADD COLUMN phone TEXT;")},
    };
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsTheWholeSchema()
    {
        QTemporaryDir dir;
        StorageError error;
        const auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")), twoStepSchema(),
                                       &error);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(!error);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name, phone) VALUES ('𠮷', '1')")));
        // Foreign keys are enforced.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO visit (person_id) VALUES (999)")));
    }

    void workstationSchemaApplies()
    {
        QTemporaryDir dir;
        StorageError error;
        const auto db = WorkstationDatabase::open(dir.filePath(QStringLiteral("w.sqlite")), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(), WorkstationDatabase::latestSchemaVersion());
        QVERIFY(WorkstationDatabase::latestSchemaVersion() >= 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO setting (key, value, updated_at) VALUES ('window', '3', 'now')")));
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.sqlite"));
        {
            const auto v1 = Database::open(path, twoStepSchema().mid(0, 1), nullptr);
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            QSqlQuery q(v1->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name) VALUES ('张三')")));
        }
        StorageError error;
        const auto v2 = Database::open(path, twoStepSchema(), &error);
        QVERIFY2(v2, qPrintable(error.detail));
        QCOMPARE(v2->schemaVersion(), 2);
        QSqlQuery q(v2->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, phone FROM person")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("张三"));
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT version, name FROM schema_migration ORDER BY 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("people"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("visits"));
    }

    void statusOnlyOpenDoesNotUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QVERIFY(Database::open(path, twoStepSchema().mid(0, 1), nullptr));
        Database::Options options;
        options.applyMigrations = false;
        StorageError error;
        {
            const auto db = Database::open(path, twoStepSchema(), &error, options);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 1);
        }
        const auto again = Database::open(path, twoStepSchema().mid(0, 1), &error, options);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), 1);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        QVERIFY(Database::open(path, twoStepSchema(), nullptr));
        const QByteArray before = fileDigest(path);
        StorageError error;
        const auto old = Database::open(path, twoStepSchema().mid(0, 1), &error);
        QVERIFY(!old);
        QCOMPARE(error.code, StorageError::Code::NewerSchema);
        QVERIFY(error.message.contains(u"newer"));
        QCOMPARE(fileDigest(path), before);
    }

    void notADatabaseIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are the clerk's notes, not a database.\n");
        f.close();
        const QByteArray before = fileDigest(path);
        StorageError error;
        QVERIFY(!Database::open(path, twoStepSchema(), &error));
        QCOMPARE(error.code, StorageError::Code::NotADatabase);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(fileDigest(path), before);
    }

    void corruptDatabaseIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            const auto db = Database::open(path, twoStepSchema(), nullptr);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Keep SQLite's 100-byte header, smash the schema that follows it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 4096);
        f.seek(100);
        f.write(QByteArray(3000, '\xA5'));
        f.close();
        const QByteArray before = fileDigest(path);

        StorageError error;
        QVERIFY(!Database::open(path, twoStepSchema(), &error));
        QVERIFY2(error.code == StorageError::Code::Corrupt
                     || error.code == StorageError::Code::NotADatabase,
                 qPrintable(error.detail));
        QVERIFY(error.message.contains(u"damaged") || error.message.contains(u"not a OneWindow"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(fileDigest(path), before);
    }

    void truncatedFileIsCorruptNotEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\0'));
        f.close();
        StorageError error;
        QVERIFY(!Database::open(path, twoStepSchema(), &error));
        QVERIFY(error.isError());
        QVERIFY(QFile::exists(path));
    }

    void busyIsNotCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        const auto holder = Database::open(path, twoStepSchema().mid(0, 1), nullptr);
        QVERIFY(holder);
        // Another writer holds the write lock; the upgrade cannot take it within the timeout.
        QVERIFY(!holder->executeScript(QStringLiteral("BEGIN IMMEDIATE;")));
        Database::Options options;
        options.busyTimeoutMs = 50;
        StorageError error;
        QVERIFY(!Database::open(path, twoStepSchema(), &error, options));
        QCOMPARE(error.code, StorageError::Code::Busy);
        QVERIFY(!holder->executeScript(QStringLiteral("ROLLBACK;")));
        QVERIFY(QFile::exists(path));
        const auto after = Database::open(path, twoStepSchema(), &error);
        QVERIFY2(after, qPrintable(error.detail));
        QCOMPARE(after->schemaVersion(), 2);
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        QList<Migration> broken = twoStepSchema();
        broken[1].sql = QStringLiteral("CREATE TABLE visit (id INTEGER PRIMARY KEY);\n"
                                       "THIS IS NOT SQL;");
        StorageError error;
        QVERIFY(!Database::open(path, broken, &error));
        QCOMPARE(error.code, StorageError::Code::MigrationFailed);
        QVERIFY(error.detail.contains(u"0002_visits"));

        // Version 1 stays committed; version 2 left nothing behind, and a fixed build upgrades.
        const auto db = Database::open(path, twoStepSchema(), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(), 2);
    }

    void unwritableLocationIsCannotOpen()
    {
        StorageError error;
        QVERIFY(!Database::open(QStringLiteral("/nonexistent-dir/ow/x.sqlite"), twoStepSchema(),
                                &error));
        QCOMPARE(error.code, StorageError::Code::CannotOpen);
        QVERIFY(!error.message.isEmpty());
    }

    void twoConnectionsCoexist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.sqlite"));
        const auto a = Database::open(path, twoStepSchema(), nullptr);
        const auto b = Database::open(path, twoStepSchema(), nullptr);
        QVERIFY(a && b);
        QVERIFY(a->connection().connectionName() != b->connection().connectionName());
        QSqlQuery qa(a->connection());
        QVERIFY(qa.exec(QStringLiteral("INSERT INTO person (name) VALUES ('李四')")));
        QSqlQuery qb(b->connection());
        QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM person")));
        QVERIFY(qb.next());
        QCOMPARE(qb.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
