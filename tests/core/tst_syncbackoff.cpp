// The outbox's retry rules without any network: which rows a claim takes (queued, failed whose
// time has come, and rows a crash left 'sending'), how outcomes are recorded, and the
// exponential backoff with full jitter (base 2 s, cap 10 min) under a clock the test moves.
#include "core/security/PersonalDataVault.h"
#include "core/security/WorkstationKeys.h"
#include "core/storage/WorkstationDatabase.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SyncBackoff.h"
#include "support/ManualClock.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ow::core;

namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestSyncBackoff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ceilingDoublesFromTwoSecondsUpToTenMinutes();
    void delayIsDrawnWithinTheCeiling();
    void oddRandomValuesStayWithinBounds();

    void claimTakesQueuedAndCrashLeftovers();
    void failedRowsWaitForTheirTime();
    void finishedRowsAreNeverClaimed();
    void claimIsLimitedAndContinuesAfterASeq();
    void unreadableRowsAreRejectedNotSent();
    void failuresBackOffExponentiallyWithCap();
    void outcomesKeepReasonAndRequestId();
    void countsAndOldestUnsent();
    void envelopeForTheHubCarriesTheCase();

private:
    qint64 addRow(const QString &state, const QDateTime &createdAt,
                  const QDateTime &nextAttempt = {}, bool sealedProperly = true);
    QString state(qint64 seq) const;
    QVariant column(qint64 seq, const QString &name) const;
    OutboxStore store(double random = 0.5) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationKeys> m_keys;
    std::unique_ptr<PersonalDataVault> m_vault;
    std::unique_ptr<ow::test::ManualClock> m_clock;
    int m_rows = 0;
};

void TestSyncBackoff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StorageError error;
    m_db = WorkstationDatabase::open(m_dir->filePath(QStringLiteral("ws.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.detail));
    QString keyError;
    m_keys = WorkstationKeys::openOrCreate(m_dir->path(), &keyError);
    QVERIFY2(m_keys, qPrintable(keyError));
    m_vault = std::make_unique<PersonalDataVault>(*m_keys);
    m_clock = std::make_unique<ow::test::ManualClock>(
        QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_rows = 0;
}

void TestSyncBackoff::cleanup()
{
    m_vault.reset();
    m_keys.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestSyncBackoff::addRow(const QString &rowState, const QDateTime &createdAt,
                               const QDateTime &nextAttempt, bool sealedProperly)
{
    const QString id = QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_rows, 12, 10, QLatin1Char('0'));
    const QJsonObject content{
        {QStringLiteral("envelope"), id},
        {QStringLiteral("type"), QStringLiteral("case.submitted")},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("id"), QStringLiteral("case-%1").arg(m_rows)},
                                             {QStringLiteral("receipt"),
                                              QStringLiteral("W01-2026-%1").arg(m_rows, 6, 10, QLatin1Char('0'))}}}};
    // A row sealed under another context does not open: what damage or a foreign key file gives.
    const QByteArray payload = m_vault->seal(
        content, sealedProperly ? QStringLiteral("outbox:") + id : QStringLiteral("elsewhere"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (envelope_id, kind, payload, state,"
                             " next_attempt_at, created_at) VALUES (?, 'case.submitted', ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(payload);
    q.addBindValue(rowState);
    q.addBindValue(nextAttempt.isValid() ? QVariant(stamp(nextAttempt)) : QVariant());
    q.addBindValue(stamp(createdAt));
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

QVariant TestSyncBackoff::column(qint64 seq, const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(name));
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QString TestSyncBackoff::state(qint64 seq) const
{
    return column(seq, QStringLiteral("state")).toString();
}

OutboxStore TestSyncBackoff::store(double random) const
{
    return OutboxStore(*m_db, *m_vault, SyncBackoff([random] { return random; }));
}

void TestSyncBackoff::ceilingDoublesFromTwoSecondsUpToTenMinutes()
{
    QCOMPARE(SyncBackoff::ceilingMs(0), 0);
    QCOMPARE(SyncBackoff::ceilingMs(1), 2000);
    QCOMPARE(SyncBackoff::ceilingMs(2), 4000);
    QCOMPARE(SyncBackoff::ceilingMs(3), 8000);
    QCOMPARE(SyncBackoff::ceilingMs(9), 512000);
    QCOMPARE(SyncBackoff::ceilingMs(10), 600000); // 1024 s is past the cap
    QCOMPARE(SyncBackoff::ceilingMs(11), 600000);
    QCOMPARE(SyncBackoff::ceilingMs(1000000), 600000); // no overflow on a very long outage
}

void TestSyncBackoff::delayIsDrawnWithinTheCeiling()
{
    QCOMPARE(SyncBackoff([] { return 0.0; }).delayMs(5), 0);      // full jitter reaches 0
    QCOMPARE(SyncBackoff([] { return 0.5; }).delayMs(1), 1000);
    QCOMPARE(SyncBackoff([] { return 0.5; }).delayMs(3), 4000);
    QCOMPARE(SyncBackoff([] { return 0.25; }).delayMs(20), 150000);
    // The default source stays within [0, ceiling] over many draws.
    const SyncBackoff real;
    for (int i = 0; i < 1000; ++i) {
        const qint64 d = real.delayMs(4);
        QVERIFY(d >= 0 && d <= 16000);
    }
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QCOMPARE(SyncBackoff([] { return 0.5; }).nextAttempt(now, 2), now.addMSecs(2000));
}

void TestSyncBackoff::oddRandomValuesStayWithinBounds()
{
    QCOMPARE(SyncBackoff([] { return -3.0; }).delayMs(2), 0);
    QCOMPARE(SyncBackoff([] { return 7.0; }).delayMs(2), 4000);
    QCOMPARE(SyncBackoff([] { return std::numeric_limits<double>::quiet_NaN(); }).delayMs(2), 0);
}

void TestSyncBackoff::claimTakesQueuedAndCrashLeftovers()
{
    const QDateTime now = m_clock->now();
    const qint64 queued = addRow(QStringLiteral("queued"), now.addSecs(-60));
    // A row a killed process left in the middle of sending is due again at once.
    const qint64 leftover = addRow(QStringLiteral("sending"), now.addSecs(-30));
    QVERIFY(queued > 0 && leftover > 0);
    const OutboxClaim claim = store().claimDue(200, 0, QStringLiteral("req-1"), now);
    QVERIFY(!claim.error);
    QCOMPARE(claim.envelopes.size(), 2);
    QCOMPARE(claim.envelopes.at(0).seq, queued);
    QCOMPARE(claim.envelopes.at(1).seq, leftover);
    QCOMPARE(claim.lastSeq, leftover);
    QCOMPARE(state(queued), QStringLiteral("sending"));
    QCOMPARE(column(queued, QStringLiteral("request_id")).toString(), QStringLiteral("req-1"));
    QCOMPARE(column(leftover, QStringLiteral("request_id")).toString(), QStringLiteral("req-1"));
}

void TestSyncBackoff::failedRowsWaitForTheirTime()
{
    const QDateTime now = m_clock->now();
    const qint64 later = addRow(QStringLiteral("failed"), now.addSecs(-600), now.addSecs(30));
    const qint64 due = addRow(QStringLiteral("failed"), now.addSecs(-600), now);
    const qint64 noTime = addRow(QStringLiteral("failed"), now.addSecs(-600));
    OutboxClaim claim = store().claimDue(200, 0, QStringLiteral("r"), now);
    QCOMPARE(claim.envelopes.size(), 2);
    QCOMPARE(claim.envelopes.at(0).seq, due);
    QCOMPARE(claim.envelopes.at(1).seq, noTime);
    QCOMPARE(state(later), QStringLiteral("failed"));

    // Half a minute on, the waiting row's time has come.
    m_clock->advanceSeconds(30);
    claim = store().claimDue(200, noTime, QStringLiteral("r2"), m_clock->now());
    QVERIFY(claim.envelopes.isEmpty()); // it lies before `afterSeq`
    claim = store().claimDue(200, 0, QStringLiteral("r2"), m_clock->now());
    QCOMPARE(claim.envelopes.size(), 3); // the two now 'sending' again, and the one that waited
    QCOMPARE(claim.envelopes.at(0).seq, later);
}

void TestSyncBackoff::finishedRowsAreNeverClaimed()
{
    const QDateTime now = m_clock->now();
    addRow(QStringLiteral("confirmed"), now.addSecs(-60));
    addRow(QStringLiteral("rejected"), now.addSecs(-60));
    const OutboxClaim claim = store().claimDue(200, 0, QStringLiteral("r"), now.addYears(1));
    QVERIFY(!claim.error);
    QVERIFY(claim.envelopes.isEmpty());
    QCOMPARE(claim.unreadable, 0);
}

void TestSyncBackoff::claimIsLimitedAndContinuesAfterASeq()
{
    const QDateTime now = m_clock->now();
    QList<qint64> seqs;
    for (int i = 0; i < 250; ++i)
        seqs.append(addRow(QStringLiteral("queued"), now.addSecs(-250 + i)));
    // Never more than a batch of 200, whatever is asked.
    OutboxClaim claim = store().claimDue(1000, 0, QStringLiteral("a"), now);
    QCOMPARE(claim.envelopes.size(), OutboxStore::MaxBatch);
    QCOMPARE(claim.lastSeq, seqs.at(199));
    claim = store().claimDue(200, claim.lastSeq, QStringLiteral("b"), now);
    QCOMPARE(claim.envelopes.size(), 50);
    QCOMPARE(claim.envelopes.first().seq, seqs.at(200));
    QCOMPARE(store().claimDue(3, 0, QStringLiteral("c"), now).envelopes.size(), 3);
}

void TestSyncBackoff::unreadableRowsAreRejectedNotSent()
{
    const QDateTime now = m_clock->now();
    const qint64 bad = addRow(QStringLiteral("queued"), now.addSecs(-60), {}, false);
    const qint64 good = addRow(QStringLiteral("queued"), now.addSecs(-30));
    const OutboxClaim claim = store().claimDue(200, 0, QStringLiteral("r"), now);
    QVERIFY(!claim.error);
    QCOMPARE(claim.unreadable, 1);
    QCOMPARE(claim.envelopes.size(), 1);
    QCOMPARE(claim.envelopes.first().seq, good);
    QCOMPARE(state(bad), QStringLiteral("rejected"));
    QVERIFY(!column(bad, QStringLiteral("last_error")).toString().isEmpty());
    // A rejected row is for a person to see, not for the next claim.
    QVERIFY(store().claimDue(200, 0, QStringLiteral("r2"), now).envelopes.size() == 1);
    QCOMPARE(store().rejected(10, nullptr).size(), 1);
}

void TestSyncBackoff::failuresBackOffExponentiallyWithCap()
{
    const qint64 seq = addRow(QStringLiteral("queued"), m_clock->now());
    // With the random source fixed at its top, the wait is the ceiling itself.
    const OutboxStore s = store(0.999999999);
    const qint64 expected[] = {2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 512000,
                               600000, 600000, 600000};
    int attempt = 0;
    for (const qint64 wait : expected) {
        ++attempt;
        const QDateTime now = m_clock->now();
        OutboxClaim claim = OutboxStore(s).claimDue(200, 0, QStringLiteral("r%1").arg(attempt), now);
        QCOMPARE(claim.envelopes.size(), 1);
        QCOMPARE(claim.envelopes.first().attempts, attempt - 1);
        QVERIFY(!OutboxStore(s).recordFailure(claim.envelopes, QStringLiteral("hub down"),
                                              QStringLiteral("r%1").arg(attempt), now));
        QCOMPARE(state(seq), QStringLiteral("failed"));
        QCOMPARE(column(seq, QStringLiteral("attempts")).toInt(), attempt);
        const QDateTime next = QDateTime::fromString(
            column(seq, QStringLiteral("next_attempt_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(now.msecsTo(next), wait);
        QCOMPARE(column(seq, QStringLiteral("last_error")).toString(), QStringLiteral("hub down"));
        // Not due a millisecond early; due once the wait is over.
        m_clock->set(next.addMSecs(-1));
        QVERIFY(OutboxStore(s).claimDue(200, 0, QStringLiteral("x"), m_clock->now()).envelopes.isEmpty());
        m_clock->set(next);
    }
}

void TestSyncBackoff::outcomesKeepReasonAndRequestId()
{
    const QDateTime now = m_clock->now();
    const qint64 a = addRow(QStringLiteral("queued"), now);
    const qint64 b = addRow(QStringLiteral("queued"), now);
    const qint64 c = addRow(QStringLiteral("queued"), now);
    const OutboxClaim claim = store().claimDue(200, 0, QStringLiteral("batch-7"), now);
    QCOMPARE(claim.envelopes.size(), 3);
    QVERIFY(!store().record({{a, OutboxOutcome::State::Confirmed, {}},
                             {b, OutboxOutcome::State::Rejected, QStringLiteral("unknown matter")},
                             {c, OutboxOutcome::State::Failed, QStringLiteral("timeout")}},
                            QStringLiteral("batch-7"), now));
    QCOMPARE(state(a), QStringLiteral("confirmed"));
    QCOMPARE(state(b), QStringLiteral("rejected"));
    QCOMPARE(state(c), QStringLiteral("failed"));
    QCOMPARE(column(b, QStringLiteral("last_error")).toString(), QStringLiteral("unknown matter"));
    QCOMPARE(column(a, QStringLiteral("request_id")).toString(), QStringLiteral("batch-7"));
    QCOMPARE(column(c, QStringLiteral("request_id")).toString(), QStringLiteral("batch-7"));
    QVERIFY(column(a, QStringLiteral("next_attempt_at")).isNull());
    QVERIFY(column(b, QStringLiteral("next_attempt_at")).isNull());
    const QList<RejectedEnvelope> rejected = store().rejected(10, nullptr);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().seq, b);
    QCOMPARE(rejected.first().reason, QStringLiteral("unknown matter"));
}

void TestSyncBackoff::countsAndOldestUnsent()
{
    const QDateTime now = m_clock->now();
    StorageError error;
    OutboxCounts counts = store().counts(&error);
    QVERIFY(!error);
    QCOMPARE(counts.queued, 0);
    QVERIFY(counts.oldestUnsent.isNull());

    addRow(QStringLiteral("confirmed"), now.addDays(-3)); // confirmed rows are not "unsent"
    addRow(QStringLiteral("rejected"), now.addDays(-2));  // nor are refused ones
    addRow(QStringLiteral("failed"), now.addSecs(-7200), now.addSecs(60));
    addRow(QStringLiteral("queued"), now.addSecs(-60));
    addRow(QStringLiteral("sending"), now.addSecs(-30));
    counts = store().counts(&error);
    QVERIFY(!error);
    QCOMPARE(counts.queued, 2);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(counts.confirmed, 1);
    QCOMPARE(counts.oldestUnsent, now.addSecs(-7200));
}

void TestSyncBackoff::envelopeForTheHubCarriesTheCase()
{
    addRow(QStringLiteral("queued"), m_clock->now());
    const OutboxClaim claim = store().claimDue(1, 0, QStringLiteral("r"), m_clock->now());
    QCOMPARE(claim.envelopes.size(), 1);
    const QJsonObject hub = claim.envelopes.first().toHub();
    QCOMPARE(hub.value(u"id").toString(), claim.envelopes.first().envelopeId);
    QCOMPARE(hub.value(u"type").toString(), QStringLiteral("case.submitted"));
    QCOMPARE(hub.value(u"payload").toObject().value(u"case").toObject().value(u"id").toString(),
             QStringLiteral("case-1"));
    QCOMPARE(hub.keys().size(), 3);
}

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_syncbackoff.moc"
