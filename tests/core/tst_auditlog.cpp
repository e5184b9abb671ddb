// AuditLog: entries chain by SM3, the table refuses UPDATE and DELETE, and an edit or a removal
// made with the triggers dropped is found by verify().
#include "core/audit/AuditLog.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkstationDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Database> m_db;
    const QDateTime m_at{QDate(2025, 3, 3), QTime(9, 30, 15, 250), Qt::UTC};

    void appendThree()
    {
        AuditLog log(*m_db);
        QVERIFY(!log.append(QStringLiteral("wang"), QStringLiteral("clerk.login"),
                            QStringLiteral("wang"), QStringLiteral("first"), m_at));
        QVERIFY(!log.append(QStringLiteral("wang"), QStringLiteral("case.accept"),
                            QStringLiteral("SZ20250303-0001"), QStringLiteral("吉𠮷"),
                            m_at.addSecs(60)));
        QVERIFY(!log.append(QStringLiteral("wang"), QStringLiteral("clerk.logout"),
                            QStringLiteral("wang"), QStringLiteral("third"), m_at.addSecs(120)));
    }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(m_db->connection());
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().text();
        return ok;
    }

private slots:
    void init()
    {
        StorageError error;
        m_db = WorkstationDatabase::open(
            m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_databases)), &error);
        QVERIFY2(m_db, qPrintable(error.detail));
    }

    void cleanup() { m_db.reset(); }

    void emptyLogIsIntact()
    {
        StorageError error;
        const AuditLog::Verification v = AuditLog(*m_db).verify(&error);
        QVERIFY(!error);
        QVERIFY(v.intact());
        QCOMPARE(v.checked, 0);
    }

    void emptyTextsAreRecorded()
    {
        // A detail (or subject) with nothing to say is "", not a refused insert.
        AuditLog log(*m_db);
        QVERIFY(!log.append(QStringLiteral("clerk01"), QStringLiteral("screen.lock"), QString(),
                            QString(), QDateTime::currentDateTimeUtc()));
        StorageError error;
        const QList<AuditEntry> entries = log.latest(1, {}, &error);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.isEmpty());
        QVERIFY(log.verify(&error).intact());
    }

    void appendsAndChains()
    {
        appendThree();
        StorageError error;
        const AuditLog log(*m_db);
        const QList<AuditEntry> entries = log.latest(10, {}, &error);
        QVERIFY(!error);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).seq, 3); // newest first
        QCOMPARE(entries.at(2).seq, 1);
        QCOMPARE(entries.at(2).prevHash, QByteArray(32, '\0'));
        QCOMPARE(entries.at(1).prevHash, entries.at(2).hash);
        QCOMPARE(entries.at(0).prevHash, entries.at(1).hash);
        QCOMPARE(entries.at(1).detail, QStringLiteral("吉𠮷"));
        QCOMPARE(entries.at(1).at, m_at.addSecs(60));
        QCOMPARE(entries.at(1).hash, AuditLog::chainHash(entries.at(1).prevHash, entries.at(1)));

        QCOMPARE(log.latest(2, {}, &error).size(), 2);
        const auto logouts = log.latest(10, QStringLiteral("clerk.logout"), &error);
        QCOMPARE(logouts.size(), 1);
        QCOMPARE(logouts.first().seq, 3);

        const AuditLog::Verification v = log.verify(&error);
        QVERIFY(v.intact());
        QCOMPARE(v.checked, 3);
    }

    void joinsTheCallersTransaction()
    {
        {
            Transaction tx(*m_db);
            QVERIFY(!tx.begin());
            QVERIFY(!AuditLog(*m_db).append(QStringLiteral("wang"), QStringLiteral("case.accept"),
                                            QStringLiteral("x"), QStringLiteral("y"), m_at));
            // rolled back with the transaction
        }
        StorageError error;
        QVERIFY(AuditLog(*m_db).latest(10, {}, &error).isEmpty());
    }

    void updateAndDeleteAreRefused()
    {
        appendThree();
        QString error;
        QVERIFY(!exec(QStringLiteral("UPDATE audit_log SET actor = 'li' WHERE seq = 2"), &error));
        QVERIFY2(error.contains(u"append-only"), qPrintable(error));
        QVERIFY(!exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"), &error));
        QVERIFY2(error.contains(u"append-only"), qPrintable(error));
        StorageError storage;
        QVERIFY(AuditLog(*m_db).verify(&storage).intact());
    }

    void tamperingWithTriggersDroppedIsFound()
    {
        appendThree();
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET actor = 'li' WHERE seq = 2")));
        StorageError error;
        AuditLog::Verification v = AuditLog(*m_db).verify(&error);
        QVERIFY(!v.intact());
        QCOMPARE(v.firstBrokenSeq, 2);
    }

    void removedEntryIsFound()
    {
        appendThree();
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        StorageError error;
        const AuditLog::Verification v = AuditLog(*m_db).verify(&error);
        QVERIFY(!v.intact());
        QCOMPARE(v.firstBrokenSeq, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
