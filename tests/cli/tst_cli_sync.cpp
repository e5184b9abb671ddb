// `onewindow-cli sync …` (the real binary) against a real onewindow-hub process on loopback:
// enrolment, the catalog pulled into an empty workstation, cases pushed so that the hub holds
// each exactly once however often sync runs, a department's action flowing back as the case's
// hub status, verifications answered with the hub's signature, and a hub that is down costing
// a retry, never a case.
#include "support/CliRunner.h"
#include "support/HubProcess.h"
#include "support/TestPaths.h"

#include "core/DataDirectory.h"
#include "core/Workstation.h"
#include "core/storage/CatalogRepository.h"
#include "core/sync/CaseHubStatusStore.h"
#include "core/sync/HubCalendarStore.h"
#include "core/sync/VerificationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ow::test::CliRun;
using ow::test::HubProcess;
using ow::test::JsonReply;

namespace {

QByteArray describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err).toUtf8();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enrolStoresTheHubAndGrantsReceiptNumbers();
    void enrolWithAWrongPasswordStoresNothing();
    void catalogIsPulledIntoAnEmptyWorkstation();
    void everyCaseReachesTheHubExactlyOnce();
    void departmentActionFlowsBackAsHubStatus();
    void watchPrintsACycleAndStopsOnSigterm();
    void hubDownCostsARetryNotACase(); // stops and restarts the hub: keep it last

private:
    CliRun cli(const QStringList &arguments) const;
    CliRun enrol() const;
    QJsonObject status() const;
    // The hub's cases of this test's station, by receipt number.
    QHash<QString, QJsonObject> hubCases() const;
    // Imports the demo backlog (the workstation needs the catalog first); its receipt numbers.
    QStringList importExample() const;
    std::unique_ptr<ow::core::Workstation> openWorkstation() const;

    QTemporaryDir m_hubDir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_adminToken;
    std::unique_ptr<QTemporaryDir> m_ws;
    QString m_station;
    int m_stations = 0;
};

void TestCliSync::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    // The hub answers verifications from the demo registries; the CLI reads the password here.
    qputenv("OW_HUB_REGISTRIES", ow::test::sourcePath(QStringLiteral("resources/registries")).toUtf8());
    qputenv("OW_HUB_PASSWORD", "onewindow-admin");
    m_hub = std::make_unique<HubProcess>(HubProcess::sqliteStorage(m_hubDir.path()), m_hubDir.path());
    QVERIFY2(m_hub->init({QStringLiteral("--demo"), QStringLiteral("--catalog"),
                          ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json"))}),
             qPrintable(m_hub->errorString()));
    QVERIFY2(m_hub->start(), qPrintable(m_hub->errorString()));
    QString error;
    m_adminToken = m_hub->login(QStringLiteral("admin"), QStringLiteral("onewindow-admin"), &error);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(error));
}

void TestCliSync::init()
{
    m_ws = std::make_unique<QTemporaryDir>();
    QVERIFY(m_ws->isValid());
    // A station of its own per test, so that the hub's cases of one test are told apart.
    m_station = QStringLiteral("T%1").arg(++m_stations, 2, 10, QLatin1Char('0'));
    qputenv("OW_HUB_PASSWORD", "onewindow-admin");
}

void TestCliSync::cleanup()
{
    m_ws.reset();
}

CliRun TestCliSync::cli(const QStringList &arguments) const
{
    return ow::test::runCli(QStringList{QStringLiteral("--data-dir"), m_ws->path()} + arguments);
}

CliRun TestCliSync::enrol() const
{
    return cli({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--hub"),
                m_hub->baseUrl().toString(), QStringLiteral("--station"), m_station,
                QStringLiteral("--window"), QStringLiteral("%1号窗口").arg(m_stations),
                QStringLiteral("--user"), QStringLiteral("admin")});
}

QJsonObject TestCliSync::status() const
{
    const CliRun r = cli({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

QHash<QString, QJsonObject> TestCliSync::hubCases() const
{
    QHash<QString, QJsonObject> found;
    QString after;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/cases?limit=200");
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const JsonReply reply = m_hub->call("GET", path, {}, m_adminToken);
        if (reply.status != 200)
            return {};
        for (const QJsonValue &c : reply.body.value(u"cases").toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(u"station").toString() != m_station)
                continue;
            // A receipt seen twice would be a case applied twice: keep both to be counted.
            const QString receipt = o.value(u"receipt").toString();
            found.insert(found.contains(receipt) ? receipt + QStringLiteral("#dup") : receipt, o);
        }
        const QJsonValue next = reply.body.value(u"next");
        after = next.isString() ? next.toString()
                                : (next.isDouble() ? QString::number(next.toInteger()) : QString());
        if (after.isEmpty())
            break;
    }
    return found;
}

QStringList TestCliSync::importExample() const
{
    const CliRun r = cli({QStringLiteral("case"), QStringLiteral("import"),
                          ow::test::sourcePath(QStringLiteral("resources/demo/case-import-example.jsonl")),
                          QStringLiteral("--window"), m_station});
    QStringList receipts;
    for (const QString &line : r.out.split(u'\n')) {
        const QString receipt = line.section(u':', -1).trimmed();
        if (receipt.startsWith(m_station + u'-'))
            receipts << receipt;
    }
    return receipts;
}

std::unique_ptr<ow::core::Workstation> TestCliSync::openWorkstation() const
{
    QString error;
    return ow::core::Workstation::open(ow::core::DataDirectory::resolve(m_ws->path()), &error);
}

void TestCliSync::enrolStoresTheHubAndGrantsReceiptNumbers()
{
    const CliRun r = enrol();
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.contains(m_station), describe(r));
    const QJsonObject s = status();
    QVERIFY(s.value(u"enrolled").toBool());
    QCOMPARE(s.value(u"stationId").toString(), m_station);
    QCOMPARE(s.value(u"hubUrl").toString(), m_hub->baseUrl().toString());
    QCOMPARE(s.value(u"receiptNumbersLeft").toInteger(), 5000);
    QCOMPARE(s.value(u"queued").toInt(), 0);
    // Enrolling again (a new key file, a moved hub) works and keeps the numbers granted.
    const CliRun again = enrol();
    QVERIFY2(again.exitCode == 0, describe(again));
    QCOMPARE(status().value(u"receiptNumbersLeft").toInteger(), 10000);
}

void TestCliSync::enrolWithAWrongPasswordStoresNothing()
{
    qputenv("OW_HUB_PASSWORD", "not-the-password");
    const CliRun r = enrol();
    QVERIFY2(r.exitCode == 1, describe(r));
    QVERIFY2(!r.err.trimmed().isEmpty(), describe(r));
    QVERIFY(!status().value(u"enrolled").toBool());
    QCOMPARE(status().value(u"receiptNumbersLeft").toInteger(), 0);
    // Without enrolment, sync says what to do and fails.
    const CliRun once = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QCOMPARE(once.exitCode, 1);
    QVERIFY2(once.err.contains(QStringLiteral("sync enrol")), describe(once));
}

void TestCliSync::catalogIsPulledIntoAnEmptyWorkstation()
{
    QVERIFY2(enrol().exitCode == 0, "enrol");
    const CliRun r = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY(status().value(u"cursor").toInteger() > 0);
    const auto ws = openWorkstation();
    QVERIFY(ws);
    ow::core::StorageError error;
    const ow::core::CatalogRepository::Info info = ow::core::CatalogRepository(ws->database()).info(&error);
    QVERIFY(!error);
    QCOMPARE(info.matterCount, 87);
    QCOMPARE(info.bundleCount, 8);
    QCOMPARE(info.departmentCount, 16);
    QCOMPARE(info.source, QStringLiteral("hub"));
    // The hub's calendar years are kept and used for deadlines.
    QVERIFY(!ow::core::HubCalendarStore(ws->database()).years(&error).isEmpty());
    QVERIFY(ws->calendar().covers(2026));
    // Nothing new: the next cycle pulls nothing and still succeeds.
    const CliRun again = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY2(again.exitCode == 0, describe(again));
    QVERIFY2(again.out.contains(QStringLiteral(" 0 changes applied")), describe(again));
}

void TestCliSync::everyCaseReachesTheHubExactlyOnce()
{
    QVERIFY2(enrol().exitCode == 0, "enrol");
    QVERIFY2(cli({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0, "catalog pull");
    const QStringList receipts = importExample();
    QVERIFY(receipts.size() >= 5);
    QJsonObject s = status();
    QCOMPARE(s.value(u"queued").toInt(), int(receipts.size()));
    QVERIFY(!s.value(u"oldestUnsent").toString().isEmpty());

    const CliRun r = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.contains(QStringLiteral("sent %1,").arg(receipts.size())), describe(r));
    QHash<QString, QJsonObject> onHub = hubCases();
    QCOMPARE(onHub.size(), receipts.size());
    for (const QString &receipt : receipts)
        QVERIFY2(onHub.contains(receipt), qPrintable(receipt));

    // Again and again: nothing is sent twice, nothing is applied twice.
    for (int i = 0; i < 2; ++i) {
        const CliRun again = cli({QStringLiteral("sync"), QStringLiteral("once")});
        QVERIFY2(again.exitCode == 0, describe(again));
        QVERIFY2(again.out.contains(QStringLiteral("sent 0,")), describe(again));
    }
    QCOMPARE(hubCases().size(), receipts.size());
    s = status();
    QCOMPARE(s.value(u"queued").toInt(), 0);
    QCOMPARE(s.value(u"failed").toInt(), 0);
    QCOMPARE(s.value(u"rejected").toInt(), 0);
    QCOMPARE(s.value(u"confirmed").toInt(), int(receipts.size()));
    QVERIFY(s.value(u"oldestUnsent").toString().isEmpty());
    QVERIFY(s.value(u"lastError").toString().isEmpty());

    // Identity checks asked at the counter were put to the hub's registries and answered with
    // its signature (the example's people are not in the demo registries: "not found").
    const auto ws = openWorkstation();
    QVERIFY(ws);
    ow::core::VerificationStore verifications(ws->database(), ws->vault());
    int answered = 0;
    for (const QJsonObject &c : std::as_const(onHub)) {
        for (const ow::core::RecordedVerification &v :
             verifications.ofCase(c.value(u"id").toString(), nullptr)) {
            if (ow::core::VerificationStore::hubKind(v.kind).isEmpty())
                continue; // a kind the hub does not answer stays pending
            QVERIFY2(v.state != u"pending", qPrintable(v.kind + u' ' + v.lastError));
            QVERIFY(!v.source.isEmpty());
            QVERIFY(v.evidence && !v.evidence->value(u"signature").toString().isEmpty());
            ++answered;
        }
    }
    QVERIFY(answered >= 1);
}

void TestCliSync::departmentActionFlowsBackAsHubStatus()
{
    QVERIFY2(enrol().exitCode == 0, "enrol");
    QVERIFY2(cli({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0, "catalog pull");
    QVERIFY(!importExample().isEmpty());
    QVERIFY2(cli({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0, "push");

    // An accepted case with a department step still open, as the department sees it.
    QJsonObject target;
    QJsonObject step;
    for (const QJsonObject &c : hubCases()) {
        for (const QJsonValue &s : c.value(u"steps").toArray()) {
            const QString stepStatus = s.toObject().value(u"status").toString();
            if (target.isEmpty() && (stepStatus == u"pending" || stepStatus == u"in_progress")) {
                target = c;
                step = s.toObject();
            }
        }
    }
    QVERIFY(!target.isEmpty());
    const QString department = step.value(u"department").toString();
    const int position = step.value(u"position").toInt();
    const QString caseId = target.value(u"id").toString();
    QString error;
    const QString officer = m_hub->login(QStringLiteral("dept-") + department,
                                         QStringLiteral("onewindow-dept"), &error);
    QVERIFY2(!officer.isEmpty(), qPrintable(error));
    const JsonReply acted = m_hub->call(
        "POST", QStringLiteral("/cases/%1/steps/%2").arg(caseId).arg(position),
        QJsonObject{{QStringLiteral("action"), QStringLiteral("approve")},
                    {QStringLiteral("opinion"), QStringLiteral("材料齐全，同意")}},
        officer);
    QVERIFY2(acted.status == 200, qPrintable(acted.describe()));

    const CliRun r = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY2(r.exitCode == 0, describe(r));
    const auto ws = openWorkstation();
    QVERIFY(ws);
    ow::core::StorageError storageError;
    const auto hubStatus = ow::core::CaseHubStatusStore(ws->database()).find(caseId, &storageError);
    QVERIFY(!storageError);
    QVERIFY(hubStatus);
    QCOMPARE(hubStatus->receipt, target.value(u"receipt").toString());
    bool found = false;
    for (const ow::core::HubCaseStep &s : hubStatus->steps) {
        if (s.position != position)
            continue;
        found = true;
        QCOMPARE(s.status, QStringLiteral("approved"));
        QCOMPARE(s.opinion, QStringLiteral("材料齐全，同意"));
        QCOMPARE(s.department, department);
    }
    QVERIFY(found);
}

void TestCliSync::watchPrintsACycleAndStopsOnSigterm()
{
    QVERIFY2(enrol().exitCode == 0, "enrol");
    QProcess watch;
    watch.start(ow::test::binaryPath(QStringLiteral("onewindow-cli")),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                 m_ws->path(), QStringLiteral("sync"), QStringLiteral("watch"),
                 QStringLiteral("--interval"), QStringLiteral("3600")});
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("up to date"), 120000);
    watch.terminate(); // SIGTERM
    QVERIFY(watch.waitForFinished(60000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY(watch.readAllStandardError().contains("Stopped."));
}

void TestCliSync::hubDownCostsARetryNotACase()
{
    QVERIFY2(enrol().exitCode == 0, "enrol");
    QVERIFY2(cli({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0, "catalog pull");
    const QStringList receipts = importExample();
    QVERIFY(!receipts.isEmpty());

    QVERIFY(m_hub->terminate());
    const CliRun down = cli({QStringLiteral("sync"), QStringLiteral("once"), QStringLiteral("--timeout"),
                             QStringLiteral("10")});
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(!down.err.trimmed().isEmpty(), describe(down));
    QJsonObject s = status();
    QCOMPARE(s.value(u"queued").toInt() + s.value(u"failed").toInt(), int(receipts.size()));
    QVERIFY(!s.value(u"lastError").toString().isEmpty());
    QVERIFY(!s.value(u"oldestUnsent").toString().isEmpty());

    QVERIFY2(m_hub->start(), qPrintable(m_hub->errorString()));
    const CliRun up = cli({QStringLiteral("sync"), QStringLiteral("once")});
    QVERIFY2(up.exitCode == 0, describe(up));
    const QHash<QString, QJsonObject> onHub = hubCases();
    QCOMPARE(onHub.size(), receipts.size());
    for (const QString &receipt : receipts)
        QVERIFY2(onHub.contains(receipt), qPrintable(receipt));
    s = status();
    QCOMPARE(s.value(u"queued").toInt() + s.value(u"failed").toInt(), 0);
    QVERIFY(s.value(u"lastError").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
