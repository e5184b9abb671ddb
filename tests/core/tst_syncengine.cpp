// The sync engine in this process against a real onewindow-hub behind a fault-injecting proxy
// on loopback. Faults: a hub answering 500s, garbage, truncated bodies, or too slowly, a hub
// that is gone, and a workstation killed (SIGKILL) in the middle of a push — whatever happens,
// every accepted case ends up on the hub exactly once, and a failed page of changes applies
// nothing. Live: the hub's WebSocket events make the engine pull at once, and a verification
// asked while the applicant waits comes back signed (or fails at once when offline).
#include "support/FaultProxy.h"
#include "support/HubProcess.h"
#include "support/TestPaths.h"

#include "core/BackgroundWorkstation.h"
#include "core/Clock.h"
#include "core/storage/CatalogRepository.h"
#include "core/sync/HubClient.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/WorkstationEnrolment.h"

#include <QCoroTask>

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;
using ow::test::FaultProxy;
using ow::test::HubProcess;

namespace {

// The result of work on the workstation thread, waited for in an event loop. Not
// QFuture::waitForFinished: that may run work not yet started on this thread instead, away from
// the workstation thread's database connection.
template<typename T>
T settle(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverErrorsAreRetried();
    void garbageIsNeverApplied();
    void truncatedAnswerIsResentAndDeduplicated();
    void slowHubTimesOutAndIsRetried();
    void hubGoneIsOfflineNotLoss();
    void killedMidPushResendsWhatWasInFlight();
    void liveEventsTriggerAPull();
    void immediateVerificationIsSigned();

private:
    SyncCycleReport cycle();
    QStringList importCases(); // the demo backlog through the real CLI; its receipt numbers
    int hubCount(const QStringList &receipts) const; // how many times the hub holds them all
    OutboxCounts counts();
    qint64 cursor();

    QTemporaryDir m_hubDir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_adminToken;
    std::unique_ptr<QTemporaryDir> m_ws;
    std::unique_ptr<BackgroundWorkstation> m_background;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_station;
    int m_stations = 0;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    // The hub answers verifications from the demo registries.
    qputenv("OW_HUB_REGISTRIES", ow::test::sourcePath(QStringLiteral("resources/registries")).toUtf8());
    m_hub = std::make_unique<HubProcess>(HubProcess::sqliteStorage(m_hubDir.path()), m_hubDir.path());
    QVERIFY2(m_hub->init({QStringLiteral("--demo"), QStringLiteral("--catalog"),
                          ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json"))}),
             qPrintable(m_hub->errorString()));
    QVERIFY2(m_hub->start(), qPrintable(m_hub->errorString()));
    m_adminToken = m_hub->login(QStringLiteral("admin"), QStringLiteral("onewindow-admin"));
    QVERIFY(!m_adminToken.isEmpty());
    m_proxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_hub->port());
    QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));
}

void TestSyncEngine::init()
{
    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    m_proxy->failNext(0);
    m_ws = std::make_unique<QTemporaryDir>();
    QVERIFY(m_ws->isValid());
    m_station = QStringLiteral("F%1").arg(++m_stations, 2, 10, QLatin1Char('0'));
    m_background = std::make_unique<BackgroundWorkstation>(DataDirectory::resolve(m_ws->path()));
    {
        HubClient client(Clock::system());
        const EnrolmentResult enrolled = QCoro::waitFor(WorkstationEnrolment::enrol(
            *m_background, client, Clock::system(),
            {m_proxy->url(), m_station, m_station, QStringLiteral("admin"),
             QStringLiteral("onewindow-admin"), 1000}));
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.error));
    }
    SyncEngine::Options options;
    options.liveEvents = false;
    options.timeout = std::chrono::seconds(2);
    options.ignoreBackoff = true; // each cycle of the test retries at once
    m_engine = std::make_unique<SyncEngine>(*m_background, Clock::system(), options);
    const SyncCycleReport first = cycle(); // the catalog, so that cases can be accepted
    QVERIFY2(first.complete(), qPrintable(first.error));
}

void TestSyncEngine::cleanup()
{
    m_engine.reset();
    m_background.reset();
    m_ws.reset();
}

SyncCycleReport TestSyncEngine::cycle()
{
    return QCoro::waitFor(m_engine->runCycle());
}

QStringList TestSyncEngine::importCases()
{
    QProcess cli;
    cli.start(ow::test::binaryPath(QStringLiteral("onewindow-cli")),
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
               m_ws->path(), QStringLiteral("case"), QStringLiteral("import"),
               ow::test::sourcePath(QStringLiteral("resources/demo/case-import-example.jsonl")),
               QStringLiteral("--window"), m_station});
    if (!cli.waitForFinished(120000))
        return {};
    QStringList receipts;
    for (const QString &line : QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n')) {
        const QString receipt = line.section(u':', -1).trimmed();
        if (receipt.startsWith(m_station + u'-'))
            receipts << receipt;
    }
    return receipts;
}

int TestSyncEngine::hubCount(const QStringList &receipts) const
{
    QHash<QString, int> seen;
    QString after;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/cases?limit=200");
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const ow::test::JsonReply reply = m_hub->call("GET", path, {}, m_adminToken);
        if (reply.status != 200)
            return -1;
        for (const QJsonValue &c : reply.body.value(u"cases").toArray())
            seen[c.toObject().value(u"receipt").toString()] += 1;
        const QJsonValue next = reply.body.value(u"next");
        after = next.isString() ? next.toString()
                                : (next.isDouble() ? QString::number(next.toInteger()) : QString());
        if (after.isEmpty())
            break;
    }
    // 1 when every receipt is there exactly once; otherwise the first count that is not 1.
    for (const QString &r : receipts) {
        if (seen.value(r) != 1)
            return seen.value(r);
    }
    return 1;
}

OutboxCounts TestSyncEngine::counts()
{
    return settle(m_background->run<OutboxCounts>([](Workstation &ws) {
        return OutboxStore(ws.database(), ws.vault()).counts(nullptr);
    }));
}

qint64 TestSyncEngine::cursor()
{
    return settle(m_background->run<qint64>(
        [](Workstation &ws) { return SyncSettings::read(ws.database(), nullptr).cursor; }));
}

void TestSyncEngine::serverErrorsAreRetried()
{
    const QStringList receipts = importCases();
    QVERIFY(receipts.size() >= 5);
    m_proxy->setMode(FaultProxy::Mode::ServerError);
    SyncCycleReport r = cycle();
    QVERIFY(!r.complete());
    QVERIFY(r.reachedHub);
    QCOMPARE(r.confirmed, 0);
    QCOMPARE(r.failed, int(receipts.size()));
    QVERIFY2(r.error.contains(QStringLiteral("500")), qPrintable(r.error));
    QCOMPARE(counts().failed, int(receipts.size()));
    QCOMPARE(m_engine->status().failed, int(receipts.size()));

    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.confirmed, int(receipts.size()));
    QCOMPARE(hubCount(receipts), 1);
    QCOMPARE(counts().confirmed, int(receipts.size()));
    QVERIFY(m_engine->status().online);
}

void TestSyncEngine::garbageIsNeverApplied()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    // Garbage for the push; then garbage for the page of changes.
    m_proxy->failNext(1, FaultProxy::Mode::Garbage);
    SyncCycleReport r = cycle();
    QVERIFY(!r.complete());
    QCOMPARE(r.failed, int(receipts.size()));
    QVERIFY(!r.error.isEmpty());

    const qint64 before = cursor();
    // Publish something new on the hub so the feed has a change to (not) apply.
    QFile file(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray matters = catalog.value(u"matters").toArray();
    QJsonObject first = matters.first().toObject();
    const QString renamed = first.value(u"name").toString() + QStringLiteral("（%1）").arg(m_station);
    first.insert(QStringLiteral("name"), renamed);
    matters.replace(0, first);
    catalog.insert(QStringLiteral("matters"), matters);
    const ow::test::JsonReply published = m_hub->call("POST", QStringLiteral("/catalog"), catalog, m_adminToken);
    QVERIFY2(published.status == 200, qPrintable(published.describe()));

    m_proxy->resetCounters();
    // The token is kept from the last cycle: the first request is the push, the second the pull.
    m_proxy->failNext(2, FaultProxy::Mode::Garbage);
    r = cycle();
    QVERIFY(!r.complete());
    QCOMPARE(cursor(), before);
    const QString code = first.value(u"implementationCode").toString();
    const auto cachedName = [this, code] {
        return settle(m_background->run<QString>([code](Workstation &ws) {
            const Catalog c = CatalogRepository(ws.database()).load(nullptr);
            const Matter *m = c.matter(code);
            return m ? m->name : QString();
        }));
    };
    QVERIFY(cachedName() != renamed);

    r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QVERIFY(cursor() > before);
    QCOMPARE(hubCount(receipts), 1);
    QCOMPARE(cachedName(), renamed);
}

void TestSyncEngine::truncatedAnswerIsResentAndDeduplicated()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    // The hub applies the batch, but the answer breaks off: the workstation cannot know.
    m_proxy->failNext(1, FaultProxy::Mode::TruncateBody);
    SyncCycleReport r = cycle();
    QVERIFY(!r.complete());
    QCOMPARE(r.failed, int(receipts.size()));
    QCOMPARE(hubCount(receipts), 1); // applied once already
    r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.confirmed, int(receipts.size())); // "duplicate" counts as confirmed
    QCOMPARE(hubCount(receipts), 1);
}

void TestSyncEngine::slowHubTimesOutAndIsRetried()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    m_proxy->setDelayMs(5000); // the engine waits 2 s per answer
    m_proxy->failNext(1, FaultProxy::Mode::Delay);
    SyncCycleReport r = cycle();
    QVERIFY(!r.complete());
    QCOMPARE(r.failed, int(receipts.size()));
    QVERIFY(!r.error.isEmpty());
    r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(hubCount(receipts), 1);
}

void TestSyncEngine::hubGoneIsOfflineNotLoss()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    m_proxy->setMode(FaultProxy::Mode::Refuse);
    SyncCycleReport r = cycle();
    QVERIFY(!r.complete());
    QVERIFY(!r.reachedHub || r.confirmed == 0);
    QCOMPARE(r.confirmed, 0);
    QVERIFY(!m_engine->status().online);
    QCOMPARE(counts().queued + counts().failed, int(receipts.size()));
    QVERIFY(!m_engine->status().lastError.isEmpty());

    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(hubCount(receipts), 1);
    QVERIFY(m_engine->status().online);
    QVERIFY(m_engine->status().lastError.isEmpty());
}

void TestSyncEngine::killedMidPushResendsWhatWasInFlight()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    // `sync once` in another process; its push is held by the proxy until it is killed.
    m_proxy->setDelayMs(3000);
    m_proxy->setMode(FaultProxy::Mode::Delay);
    m_proxy->resetCounters();
    QProcess cli;
    cli.start(ow::test::binaryPath(QStringLiteral("onewindow-cli")),
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
               m_ws->path(), QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestLog().contains(QStringLiteral("POST /api/v1/envelopes")),
                             60000);
    cli.kill(); // SIGKILL: the rows stay 'sending'
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    QCOMPARE(counts().queued, int(receipts.size())); // 'sending' counts as queued

    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    const SyncCycleReport r = cycle();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.confirmed, int(receipts.size()));
    QCOMPARE(hubCount(receipts), 1);
    QCOMPARE(counts().queued, 0);
}

void TestSyncEngine::liveEventsTriggerAPull()
{
    const QStringList receipts = importCases();
    QVERIFY(!receipts.isEmpty());
    QVERIFY(cycle().complete());
    // A department acts on one of the cases; the engine, started with an interval of an hour,
    // only learns of it through the hub's live events.
    QString caseId;
    QJsonObject step;
    QString after;
    for (int page = 0; page < 100 && caseId.isEmpty(); ++page) {
        QString path = QStringLiteral("/cases?limit=200");
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const ow::test::JsonReply reply = m_hub->call("GET", path, {}, m_adminToken);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &c : reply.body.value(u"cases").toArray()) {
            if (!receipts.contains(c.toObject().value(u"receipt").toString()) || !caseId.isEmpty())
                continue;
            for (const QJsonValue &s : c.toObject().value(u"steps").toArray()) {
                const QString status = s.toObject().value(u"status").toString();
                if (caseId.isEmpty() && (status == u"pending" || status == u"in_progress")) {
                    caseId = c.toObject().value(u"id").toString();
                    step = s.toObject();
                }
            }
        }
        const QJsonValue next = reply.body.value(u"next");
        after = next.isString() ? next.toString()
                                : (next.isDouble() ? QString::number(next.toInteger()) : QString());
        if (after.isEmpty())
            break;
    }
    QVERIFY(!caseId.isEmpty());

    SyncEngine::Options options;
    options.interval = std::chrono::hours(1);
    options.timeout = std::chrono::seconds(10);
    SyncEngine live(*m_background, Clock::system(), options);
    QSignalSpy cycles(&live, &SyncEngine::cycleFinished);
    QSignalSpy statuses(&live, &SyncEngine::caseStatusesChanged);
    live.start();
    QVERIFY(cycles.wait(60000)); // the cycle at start
    const QString officer = m_hub->login(QStringLiteral("dept-") + step.value(u"department").toString(),
                                         QStringLiteral("onewindow-dept"));
    QVERIFY(!officer.isEmpty());
    // Whether the socket is open yet or not: the hub greets every new listener with its latest
    // cursor, so a change made before the connection is heard of as well.
    const ow::test::JsonReply acted = m_hub->call(
        "POST", QStringLiteral("/cases/%1/steps/%2").arg(caseId).arg(step.value(u"position").toInt()),
        QJsonObject{{QStringLiteral("action"), QStringLiteral("supplement")},
                    {QStringLiteral("opinion"), QStringLiteral("请补正户口簿")}},
        officer);
    QVERIFY2(acted.status == 200, qPrintable(acted.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty(), 60000);
    QVERIFY(statuses.constLast().first().toStringList().contains(caseId));
    live.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!live.status().syncing, 30000);
}

void TestSyncEngine::immediateVerificationIsSigned()
{
    const QJsonObject person{{QStringLiteral("idNumber"), QStringLiteral("440305199003150022")},
                             {QStringLiteral("name"), QStringLiteral("周晓雯")}};
    HubResult<ImmediateVerification> answer =
        QCoro::waitFor(m_engine->verify(QStringLiteral("identity"), person));
    QVERIFY2(answer.ok(), qPrintable(answer.error.message));
    QCOMPARE(answer.value.answer.kind, QStringLiteral("identity"));
    QCOMPARE(answer.value.answer.result, VerificationAnswer::Result::Passed);
    QVERIFY(!answer.value.answer.source.isEmpty());
    QVERIFY(!answer.value.evidence.signature.isEmpty());

    // Offline: an answer at once that there is none, never a wait for the network to return.
    m_proxy->setMode(FaultProxy::Mode::Refuse);
    answer = QCoro::waitFor(m_engine->verify(QStringLiteral("identity"), person));
    QVERIFY(!answer.ok());
    QVERIFY(!answer.error.reachedHub());
    QVERIFY(!answer.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
