// Two onewindow-hub processes on ONE PostgreSQL database, as a city runs them behind a load
// balancer (DESIGN.md, "Hub": no state lives only in a hub's memory): both `init` at the same
// moment (the migration lock), a token of one is good at the other, receipt blocks asked of
// both never overlap, and a live-event client of one hears a catalog published through the
// other (LISTEN/NOTIFY). Skipped with the reason when PostgreSQL is not installed (failed
// instead under OW_REQUIRE_POSTGRES=1).
#include "HubApiKit.h"

#include "support/ChildProcessSetup.h"
#include "support/HubProcess.h"
#include "support/PgCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <csignal>

using namespace ow::test;
using namespace ow::test::hubkit;

namespace {
constexpr int InitTimeoutMs = 300000; // two ASan hubs initialising on a loaded machine
}

class TestHubTwoProcesses : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgCluster> m_cluster;
    QString m_storage;
    QTemporaryDir m_dirA;
    QTemporaryDir m_dirB;
    std::unique_ptr<HubProcess> m_a;
    std::unique_ptr<HubProcess> m_b;
    QString m_admin; // from hub A

    // One scalar from the shared database, as an operator would look.
    QVariant queryValue(const QString &sql);

private slots:
    void initTestCase();
    void concurrentInitLandedOnce();
    void tokensWorkOnBothHubs();
    void receiptBlocksNeverOverlap();
    void liveEventsCrossProcesses();
    void changesFromBothHubsShareOneFeed();
};

QVariant TestHubTwoProcesses::queryValue(const QString &sql)
{
    const QString name = QStringLiteral("two-processes-check");
    QVariant value;
    {
        const QUrl url(m_storage);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else
                qWarning() << sql << q.lastError().text();
        } else {
            qWarning() << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestHubTwoProcesses::initTestCase()
{
    qputenv("OW_LANG", "en");
    OW_START_PG_CLUSTER(m_cluster);
    QString error;
    m_storage = m_cluster->createDatabase(QStringLiteral("hub_two"), &error);
    QVERIFY2(!m_storage.isEmpty(), qPrintable(error));

    // Both `init`s started before either can finish: the second waits on the migration lock
    // instead of creating the tables a second time. Both must succeed.
    QList<std::shared_ptr<QProcess>> inits;
    for (const QString &dir : {m_dirA.path(), m_dirB.path()}) {
        auto process = std::make_shared<QProcess>();
        process->setProgram(HubProcess::binary());
        process->setArguments(
            QStringList{QStringLiteral("init"), QStringLiteral("--storage"), m_storage}
            + HubProcess::demoArguments());
        process->setWorkingDirectory(dir);
        process->setProcessChannelMode(QProcess::MergedChannels);
        prepareChildProcess(*process, SIGKILL);
        inits.append(process);
    }
    for (const auto &process : inits)
        process->start();
    for (const auto &process : inits) {
        QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
        QVERIFY2(process->waitForFinished(InitTimeoutMs), "onewindow-hub init did not finish");
        const QString output = QString::fromUtf8(process->readAll());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(output));
    }

    m_a = std::make_unique<HubProcess>(m_storage, m_dirA.path());
    m_b = std::make_unique<HubProcess>(m_storage, m_dirB.path());
    QVERIFY2(m_a->start(), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(), qPrintable(m_b->errorString()));
    QVERIFY(m_a->port() != m_b->port());
    m_admin = m_a->login(QStringLiteral("admin"), QStringLiteral("onewindow-admin"), &error);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
}

void TestHubTwoProcesses::concurrentInitLandedOnce()
{
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) - count(DISTINCT version) FROM hub_schema"))
                 .toInt(),
             0);
    QVERIFY(queryValue(QStringLiteral("SELECT count(*) FROM hub_schema")).toInt() >= 1);
    QCOMPARE(
        queryValue(QStringLiteral("SELECT count(*) FROM hub_setting WHERE key = 'token.secret'"))
            .toInt(),
        1);
    QCOMPARE(
        queryValue(QStringLiteral("SELECT count(*) FROM hub_catalog_item WHERE kind = 'matter'"))
            .toInt(),
        87);
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM hub_account")).toInt(), 2 + 16);
}

void TestHubTwoProcesses::tokensWorkOnBothHubs()
{
    const QString clerk = m_a->login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo"));
    QVERIFY(!clerk.isEmpty());
    QCOMPARE(m_b->call("GET", QStringLiteral("/changes?limit=1"), {}, clerk).status, 200);

    // A workstation enrolled through B logs in through A, and its token is good at B.
    const Workstation station(QStringLiteral("WTWO"));
    QCOMPARE(station.enrol(*m_b, m_admin).status, 200);
    QString error;
    const QString token = station.logIn(*m_a, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const JsonReply block =
        m_b->call("POST", QStringLiteral("/receipt-blocks"), {{QStringLiteral("size"), 1}}, token);
    QVERIFY2(block.status == 200, qPrintable(block.describe()));
    // A forged token is refused by both alike.
    const QString forged = tamperToken(clerk, {{QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(m_a->call("GET", QStringLiteral("/changes?limit=1"), {}, forged).status, 401);
    QCOMPARE(m_b->call("GET", QStringLiteral("/changes?limit=1"), {}, forged).status, 401);

    // The lockout is in the database, not in one process's memory.
    QVERIFY2(addAccount(m_storage, QStringLiteral("twolock"), QStringLiteral("clerk"),
                        QStringLiteral("two-lock-pass"), &error),
             qPrintable(error));
    for (int attempt = 0; attempt < 5; ++attempt) {
        const HubProcess &hub = attempt % 2 ? *m_b : *m_a;
        QCOMPARE(hub.call("POST", QStringLiteral("/auth/login"),
                          {{QStringLiteral("username"), QStringLiteral("twolock")},
                           {QStringLiteral("password"), QStringLiteral("wrong-password")}})
                     .status,
                 401);
    }
    QCOMPARE(m_b->call("POST", QStringLiteral("/auth/login"),
                       {{QStringLiteral("username"), QStringLiteral("twolock")},
                        {QStringLiteral("password"), QStringLiteral("two-lock-pass")}})
                 .status,
             423);
}

void TestHubTwoProcesses::receiptBlocksNeverOverlap()
{
    const Workstation station(QStringLiteral("WBLOCKS"));
    QCOMPARE(station.enrol(*m_a, m_admin).status, 200);
    const QString token = station.logIn(*m_a);
    QVERIFY(!token.isEmpty());

    QList<std::pair<qint64, qint64>> blocks;
    QString problems;
    auto collect = [&](const JsonReply &reply) {
        if (reply.status != 200) {
            problems += reply.describe() + QLatin1Char('\n');
            return;
        }
        blocks.append({reply.body.value(QStringLiteral("first")).toInteger(),
                       reply.body.value(QStringLiteral("last")).toInteger()});
    };
    // Alternately, each hub seeing what the other granted.
    for (int i = 0; i < 6; ++i)
        collect((i % 2 ? *m_b : *m_a)
                    .call("POST", QStringLiteral("/receipt-blocks"),
                          {{QStringLiteral("size"), 10 + i}}, token));
    // At once, from both: the two processes race on the same allocation row.
    QList<RawRequest> burst;
    for (int i = 0; i < 16; ++i)
        burst.append({joinUrl((i % 2 ? m_b : m_a)->apiUrl(), QStringLiteral("/receipt-blocks")),
                      "POST",
                      {{QStringLiteral("size"), 25}},
                      token});
    for (const JsonReply &reply : callConcurrently(burst))
        collect(reply);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(blocks.size(), 6 + 16);
    std::sort(blocks.begin(), blocks.end());
    QCOMPARE(blocks.first().first, 1);
    for (qsizetype i = 1; i < blocks.size(); ++i)
        QVERIFY2(blocks.at(i).first == blocks.at(i - 1).second + 1,
                 qPrintable(QStringLiteral("block %1–%2 after %3–%4")
                                .arg(blocks.at(i).first)
                                .arg(blocks.at(i).second)
                                .arg(blocks.at(i - 1).first)
                                .arg(blocks.at(i - 1).second)));
    qint64 total = 0;
    for (int i = 0; i < 6; ++i)
        total += 10 + i;
    QCOMPARE(blocks.last().second, total + 16 * 25);
}

void TestHubTwoProcesses::liveEventsCrossProcesses()
{
    const QString clerk = m_a->login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo"));
    EventsClient client;
    client.open(*m_a, clerk);
    QVERIFY2(client.waitForMessages(1), qPrintable(client.socket().errorString()));
    const qint64 before = client.cursors().first();
    QVERIFY(before > 0);

    // Published through B; the client is connected to A.
    QJsonObject catalog = QJsonDocument::fromJson(demoCatalog()).object();
    QJsonArray matters = catalog.value(QStringLiteral("matters")).toArray();
    QJsonObject matter = matters.at(0).toObject();
    matter.insert(QStringLiteral("name"),
                  matter.value(QStringLiteral("name")).toString() + QStringLiteral("（经B发布）"));
    matters.replace(0, matter);
    catalog.insert(QStringLiteral("matters"), matters);
    const JsonReply upload = callRaw(joinUrl(m_b->apiUrl(), QStringLiteral("/catalog")), "POST",
                                     QJsonDocument(catalog).toJson(), m_admin);
    QVERIFY2(upload.status == 200, qPrintable(upload.describe()));
    QCOMPARE(upload.body.value(QStringLiteral("changed")).toInt(), 1);

    QVERIFY2(client.waitForMessages(2),
             qPrintable(QStringLiteral("hub A never told its client about B's change; A's log:\n")
                        + m_a->log().right(3000)));
    const qint64 after = client.cursors().last();
    QVERIFY(after > before);
    // The cursor it announced is the change B recorded.
    QString error;
    const QList<QJsonObject> fresh = allChanges(*m_a, clerk, before, 100, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().value(QStringLiteral("seq")).toInteger(), after);
    QCOMPARE(fresh.first().value(QStringLiteral("key")).toString(),
             matter.value(QStringLiteral("implementationCode")).toString());
}

void TestHubTwoProcesses::changesFromBothHubsShareOneFeed()
{
    const QString clerk = m_b->login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo"));
    QString error;
    const QList<QJsonObject> before = allChanges(*m_b, clerk, 0, 5000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 start = before.last().value(QStringLiteral("seq")).toInteger();

    // Four catalogs, each the demo one with one department renamed, published through A and B
    // at once. Publishing is all or nothing, so whatever order they land in, the hub ends with
    // exactly one of them: one renamed department — never a mixture of two uploads, which is
    // what a publisher diffing against a state read before the other's commit would leave.
    QList<RawRequest> uploads;
    for (int i = 0; i < 4; ++i) {
        QJsonObject catalog = QJsonDocument::fromJson(demoCatalog()).object();
        QJsonArray departments = catalog.value(QStringLiteral("departments")).toArray();
        QJsonObject department = departments.at(i).toObject();
        department.insert(QStringLiteral("name"), QStringLiteral("部门 %1").arg(i));
        departments.replace(i, department);
        catalog.insert(QStringLiteral("departments"), departments);
        uploads.append({joinUrl((i % 2 ? m_b : m_a)->apiUrl(), QStringLiteral("/catalog")), "POST",
                        catalog, m_admin});
    }
    for (const JsonReply &reply : callConcurrently(uploads))
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));

    // One feed, the same whichever hub is asked.
    const QList<QJsonObject> fromA = allChanges(*m_a, clerk, start, 3, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QJsonObject> fromB = allChanges(*m_b, clerk, start, 5000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromA, fromB);

    // A workstation replaying the whole feed ends with what the hub holds: one catalog.
    QMap<QString, QString> names;
    for (const QJsonObject &c : before + fromA)
        if (c.value(QStringLiteral("kind")).toString() == QLatin1String("department"))
            names.insert(c.value(QStringLiteral("key")).toString(),
                         c.value(QStringLiteral("body"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString());
    QStringList renamed;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (it.value().startsWith(QStringLiteral("部门 ")))
            renamed.append(it.key() + QLatin1Char('=') + it.value());
    QVERIFY2(renamed.size() == 1, qPrintable(renamed.join(QStringLiteral(", "))));
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM hub_catalog_item WHERE kind = "
                                       "'department' AND body LIKE '%部门 %'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestHubTwoProcesses)
#include "tst_hub_twoprocesses.moc"
