// The hub's HTTP API against a real onewindow-hub process, once on SQLite and once on
// PostgreSQL (a throw-away cluster; skipped with the reason when PostgreSQL is not installed,
// failed instead under OW_REQUIRE_POSTGRES=1): errors, limits, log-in and lockout, roles,
// forged and expired tokens, workstation enrolment and its signed log-in, receipt blocks, the
// change feed with paging, catalog publishing, live events. docs/api/protocol.md is the contract
// every expectation below comes from.
#include "HubApiKit.h"

#include "support/HubProcess.h"
#include "support/PgCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <map>

using namespace ow::test;
using namespace ow::test::hubkit;

namespace {

const QString LockUser = QStringLiteral("locktest");
const QString LockPassword = QStringLiteral("lock-test-pass");

QString errorCode(const JsonReply &reply)
{
    return reply.body.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString errorMessage(const JsonReply &reply)
{
    return reply.body.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

// The JSON error the protocol promises for `status`: {"error": {"code", "message"}}.
bool isError(const JsonReply &reply, int status, const QString &code)
{
    return reply.status == status && reply.isJsonObject && errorCode(reply) == code
           && !errorMessage(reply).isEmpty();
}

QList<QJsonObject> catalogList(const QByteArray &catalog, const char *key)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(catalog).object().value(QLatin1String(key)).toArray())
        out.append(v.toObject());
    return out;
}

} // namespace

class TestHubApi : public QObject
{
    Q_OBJECT

    struct Hub
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<HubProcess> process;
        QString admin;
        QString clerk;
        QString department;
    };

    std::unique_ptr<PgCluster> m_cluster;
    QString m_pgProblem; // why the PostgreSQL row cannot run
    bool m_pgSkip = false;
    std::map<QString, Hub> m_hubs;
    Hub *m_hub = nullptr;

    bool startHub(const QString &name, const QString &storage, QString *error);
    const HubProcess &hub() const { return *m_hub->process; }
    qint64 latestSeq();

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void health();
    void unknownRoutesAnswerJson404();
    void badBodiesAre400();
    void bodyOver8MiBIs413();
    void login();
    void lockoutAfterFiveFailures();
    void roles();
    void forgedAndMalformedTokens();
    void expiredToken();
    void workstationEnrolmentAndLogIn();
    void receiptBlocks();
    void changesAfterDemoInit();
    void changesPaging();
    void catalogUpload();
    void badCatalogChangesNothing();
    void liveEvents();
    void liveEventsRefuseBadTokens();
};

bool TestHubApi::startHub(const QString &name, const QString &storage, QString *error)
{
    Hub &h = m_hubs[name];
    h.dir = std::make_unique<QTemporaryDir>();
    h.process = std::make_unique<HubProcess>(
        storage.isEmpty() ? HubProcess::sqliteStorage(h.dir->path()) : storage, h.dir->path());
    QString why;
    if (!h.process->init(HubProcess::demoArguments())
        || !addAccount(h.process->storage(), LockUser, QStringLiteral("clerk"), LockPassword, &why)
        || !h.process->start()) {
        *error = name + QStringLiteral(": ") + h.process->errorString() + why;
        return false;
    }
    h.admin = h.process->login(QStringLiteral("admin"), QStringLiteral("onewindow-admin"), error);
    h.clerk = h.process->login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo"), error);
    h.department =
        h.process->login(QStringLiteral("dept-market"), QStringLiteral("onewindow-dept"), error);
    return !h.admin.isEmpty() && !h.clerk.isEmpty() && !h.department.isEmpty();
}

qint64 TestHubApi::latestSeq()
{
    QString error;
    const QList<QJsonObject> changes = allChanges(hub(), m_hub->admin, 0, 5000, &error);
    return error.isEmpty() && !changes.isEmpty()
               ? changes.last().value(QStringLiteral("seq")).toInteger()
               : -1;
}

void TestHubApi::initTestCase_data()
{
    QTest::addColumn<QString>("storage");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestHubApi::initTestCase()
{
    qputenv("OW_LANG", "en"); // the hubs answer in English, so messages can be checked
    QString error;
    QVERIFY2(startHub(QStringLiteral("sqlite"), {}, &error), qPrintable(error));
    if (!PgCluster::available(&m_pgProblem)) {
        m_pgSkip = !PgCluster::required();
        if (!m_pgSkip)
            m_pgProblem.prepend(QStringLiteral("OW_REQUIRE_POSTGRES=1 but "));
        return;
    }
    m_cluster = std::make_unique<PgCluster>();
    if (!m_cluster->isRunning()) {
        m_pgProblem = QStringLiteral("PostgreSQL did not start: ") + m_cluster->errorString();
        return;
    }
    const QString storage = m_cluster->createDatabase(QStringLiteral("hub_api"), &m_pgProblem);
    if (!storage.isEmpty() && startHub(QStringLiteral("postgresql"), storage, &m_pgProblem))
        m_pgProblem.clear();
}

void TestHubApi::init()
{
    QFETCH_GLOBAL(QString, storage);
    if (storage == QLatin1String("postgresql") && !m_pgProblem.isEmpty()) {
        if (m_pgSkip)
            QSKIP(qPrintable(m_pgProblem));
        QFAIL(qPrintable(m_pgProblem));
    }
    m_hub = &m_hubs.at(storage);
}

void TestHubApi::health()
{
    QFETCH_GLOBAL(QString, storage);
    const JsonReply reply = callJson(joinUrl(hub().apiUrl(), QStringLiteral("/health")), "GET", {},
                                     {}, {{"X-Request-Id", "test-health-1"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.body.value(QStringLiteral("storage")).toString(), storage);
    QVERIFY(!reply.body.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(reply.body.value(QStringLiteral("time")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(reply.header("X-Request-Id"), QByteArray("test-health-1"));
    // Without one (or with one that is not a plain token) the hub makes one.
    const JsonReply made = callJson(joinUrl(hub().apiUrl(), QStringLiteral("/health")), "GET", {},
                                    {}, {{"X-Request-Id", "bad id with spaces"}});
    QVERIFY(!made.header("X-Request-Id").isEmpty());
    QVERIFY(made.header("X-Request-Id") != "bad id with spaces");

    const JsonReply metrics = hub().call("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.raw.contains("onewindow_hub_requests_total{method=\"GET\",route=\"/api/v1/"
                                  "health\",status=\"200\"}"),
             metrics.raw.constData());
    QVERIFY(metrics.raw.contains("onewindow_hub_change_cursor "));
}

void TestHubApi::unknownRoutesAnswerJson404()
{
    const std::pair<QByteArray, QString> unknown[] = {
        {"GET", QStringLiteral("/api/v1/nothing-here")},
        {"POST", QStringLiteral("/api/v1/nothing/here")},
        {"GET", QStringLiteral("/index.html")},
        {"GET", QStringLiteral("/api/v2/health")},
    };
    for (const auto &[method, path] : unknown) {
        const QUrl url = joinUrl(hub().baseUrl(), path);
        const JsonReply reply =
            callRaw(url, method, method == "POST" ? QByteArray("{}") : QByteArray(), m_hub->admin);
        QVERIFY2(isError(reply, 404, QStringLiteral("not_found")), qPrintable(reply.describe()));
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    }
}

void TestHubApi::badBodiesAre400()
{
    const QUrl login = joinUrl(hub().apiUrl(), QStringLiteral("/auth/login"));
    for (const QByteArray &body :
         {QByteArray("{\"username\": \"admin\", "), QByteArray("not json"), QByteArray("[1, 2]"),
          QByteArray("\"text\""), QByteArray("42"), QByteArray()}) {
        const JsonReply reply = callRaw(login, "POST", body);
        QVERIFY2(isError(reply, 400, QStringLiteral("bad_request")), qPrintable(reply.describe()));
    }
    // A route that needs a token checks the body the same way once the token is good.
    const JsonReply enrol = callRaw(joinUrl(hub().apiUrl(), QStringLiteral("/workstations")),
                                    "POST", "[]", m_hub->admin);
    QVERIFY2(isError(enrol, 400, QStringLiteral("bad_request")), qPrintable(enrol.describe()));
    // A JSON object with the wrong fields is a bad request too, never a crash.
    const JsonReply fields =
        hub().call("POST", QStringLiteral("/auth/login"),
                   {{QStringLiteral("username"), 7}, {QStringLiteral("password"), QJsonArray{1}}});
    QVERIFY2(isError(fields, 400, QStringLiteral("bad_request")), qPrintable(fields.describe()));
}

void TestHubApi::bodyOver8MiBIs413()
{
    const QUrl login = joinUrl(hub().apiUrl(), QStringLiteral("/auth/login"));
    constexpr qsizetype Limit = 8 * 1024 * 1024;
    // {"username":"","password":"xxxx…"} exactly at the limit: read (and refused for the empty
    // name); one byte more: 413 without being read.
    const QByteArray head = R"({"username":"","password":")";
    const QByteArray tail = R"("})";
    const QByteArray atLimit = head + QByteArray(Limit - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(atLimit.size(), Limit);
    const JsonReply ok = callRaw(login, "POST", atLimit);
    QVERIFY2(isError(ok, 400, QStringLiteral("bad_request")), qPrintable(ok.describe()));
    const QByteArray over = head + QByteArray(Limit + 1 - head.size() - tail.size(), 'x') + tail;
    const JsonReply tooLarge = callRaw(login, "POST", over);
    QVERIFY2(isError(tooLarge, 413, QStringLiteral("too_large")), qPrintable(tooLarge.describe()));
    // The hub still serves afterwards.
    QCOMPARE(hub().call("GET", QStringLiteral("/health")).status, 200);
}

void TestHubApi::login()
{
    const JsonReply admin =
        hub().call("POST", QStringLiteral("/auth/login"),
                   {{QStringLiteral("username"), QStringLiteral("admin")},
                    {QStringLiteral("password"), QStringLiteral("onewindow-admin")}});
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.body.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QVERIFY(!admin.body.value(QStringLiteral("displayName")).toString().isEmpty());
    const QDateTime expires = QDateTime::fromString(
        admin.body.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3600));
    const QJsonObject payload = tokenPayload(admin.body.value(QStringLiteral("token")).toString());
    QCOMPARE(payload.value(QStringLiteral("sub")).toString(), QStringLiteral("admin"));
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger(), expires.toSecsSinceEpoch());

    const JsonReply dept =
        hub().call("POST", QStringLiteral("/auth/login"),
                   {{QStringLiteral("username"), QStringLiteral("dept-market")},
                    {QStringLiteral("password"), QStringLiteral("onewindow-dept")}});
    QCOMPARE(dept.status, 200);
    QCOMPARE(dept.body.value(QStringLiteral("role")).toString(), QStringLiteral("department"));
    QCOMPARE(dept.body.value(QStringLiteral("department")).toString(), QStringLiteral("market"));
    QCOMPARE(tokenPayload(dept.body.value(QStringLiteral("token")).toString())
                 .value(QStringLiteral("dept"))
                 .toString(),
             QStringLiteral("market"));

    const JsonReply wrong =
        hub().call("POST", QStringLiteral("/auth/login"),
                   {{QStringLiteral("username"), QStringLiteral("clerk01")},
                    {QStringLiteral("password"), QStringLiteral("not-the-one")}});
    QVERIFY2(isError(wrong, 401, QStringLiteral("unauthorized")), qPrintable(wrong.describe()));
    const JsonReply unknown =
        hub().call("POST", QStringLiteral("/auth/login"),
                   {{QStringLiteral("username"), QStringLiteral("nobody-here")},
                    {QStringLiteral("password"), QStringLiteral("whatever1")}});
    QVERIFY2(isError(unknown, 401, QStringLiteral("unauthorized")), qPrintable(unknown.describe()));
    // The same answer: a wrong name and a wrong password are not told apart.
    QCOMPARE(errorMessage(unknown), errorMessage(wrong));
    const JsonReply empty = hub().call("POST", QStringLiteral("/auth/login"),
                                       {{QStringLiteral("username"), QStringLiteral("admin")}});
    QVERIFY2(isError(empty, 400, QStringLiteral("bad_request")), qPrintable(empty.describe()));
}

void TestHubApi::lockoutAfterFiveFailures()
{
    QVERIFY(!hub().login(LockUser, LockPassword).isEmpty()); // also clears earlier failures
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const JsonReply reply =
            hub().call("POST", QStringLiteral("/auth/login"),
                       {{QStringLiteral("username"), LockUser},
                        {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(attempt)}});
        QVERIFY2(isError(reply, 401, QStringLiteral("unauthorized")),
                 qPrintable(QStringLiteral("attempt %1: ").arg(attempt) + reply.describe()));
    }
    // Locked now: even the right password is refused, with its own code.
    const JsonReply locked = hub().call(
        "POST", QStringLiteral("/auth/login"),
        {{QStringLiteral("username"), LockUser}, {QStringLiteral("password"), LockPassword}});
    QVERIFY2(isError(locked, 423, QStringLiteral("locked")), qPrintable(locked.describe()));
    // Other accounts are not affected.
    QVERIFY(!hub().login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo")).isEmpty());
}

void TestHubApi::roles()
{
    const QJsonObject enrolBody{{QStringLiteral("stationId"), QStringLiteral("WROLE")},
                                {QStringLiteral("window"), QStringLiteral("x")},
                                {QStringLiteral("publicKey"), QStringLiteral("x")}};
    const JsonReply none = hub().call("POST", QStringLiteral("/workstations"), enrolBody);
    QVERIFY2(isError(none, 401, QStringLiteral("unauthorized")), qPrintable(none.describe()));
    const JsonReply noneChanges = hub().call("GET", QStringLiteral("/changes"));
    QVERIFY2(isError(noneChanges, 401, QStringLiteral("unauthorized")),
             qPrintable(noneChanges.describe()));
    const JsonReply basic = callJson(joinUrl(hub().apiUrl(), QStringLiteral("/changes")), "GET", {},
                                     {}, {{"Authorization", "Basic YWRtaW46eA=="}});
    QVERIFY2(isError(basic, 401, QStringLiteral("unauthorized")), qPrintable(basic.describe()));

    const JsonReply clerkEnrol =
        hub().call("POST", QStringLiteral("/workstations"), enrolBody, m_hub->clerk);
    QVERIFY2(isError(clerkEnrol, 403, QStringLiteral("forbidden")),
             qPrintable(clerkEnrol.describe()));
    const JsonReply clerkCatalog = callRaw(joinUrl(hub().apiUrl(), QStringLiteral("/catalog")),
                                           "POST", demoCatalog(), m_hub->clerk);
    QVERIFY2(isError(clerkCatalog, 403, QStringLiteral("forbidden")),
             qPrintable(clerkCatalog.describe()));
    const JsonReply clerkBlock = hub().call("POST", QStringLiteral("/receipt-blocks"),
                                            {{QStringLiteral("size"), 10}}, m_hub->clerk);
    QVERIFY2(isError(clerkBlock, 403, QStringLiteral("forbidden")),
             qPrintable(clerkBlock.describe()));
    const JsonReply deptChanges =
        hub().call("GET", QStringLiteral("/changes"), {}, m_hub->department);
    QVERIFY2(isError(deptChanges, 403, QStringLiteral("forbidden")),
             qPrintable(deptChanges.describe()));
    // What the roles may do, they can.
    QCOMPARE(hub().call("GET", QStringLiteral("/changes?limit=1"), {}, m_hub->clerk).status, 200);
    QCOMPARE(hub().call("GET", QStringLiteral("/changes?limit=1"), {}, m_hub->admin).status, 200);
}

void TestHubApi::forgedAndMalformedTokens()
{
    // The clerk's token made to say "admin", signature kept: refused, and not just for admin
    // routes — the token as a whole is no longer the hub's.
    const QString promoted =
        tamperToken(m_hub->clerk, {{QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(tokenPayload(promoted).value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
    const JsonReply enrol = hub().call("POST", QStringLiteral("/workstations"), {}, promoted);
    QVERIFY2(isError(enrol, 401, QStringLiteral("unauthorized")), qPrintable(enrol.describe()));
    const JsonReply changes = hub().call("GET", QStringLiteral("/changes?limit=1"), {}, promoted);
    QVERIFY2(isError(changes, 401, QStringLiteral("unauthorized")), qPrintable(changes.describe()));
    // Lifetime stretched, signature kept.
    const QString longer = tamperToken(
        m_hub->clerk, {{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 365 * 86400}});
    QCOMPARE(hub().call("GET", QStringLiteral("/changes?limit=1"), {}, longer).status, 401);
    // Signed with another secret.
    const QString stranger = signToken(
        QByteArray(32, 'k'), {{QStringLiteral("sub"), QStringLiteral("admin")},
                              {QStringLiteral("role"), QStringLiteral("admin")},
                              {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                              {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}});
    QCOMPARE(hub().call("GET", QStringLiteral("/changes?limit=1"), {}, stranger).status, 401);
    for (const QString &junk : {QStringLiteral("abc"), QStringLiteral("a.b.c"), QStringLiteral("."),
                                QString(m_hub->clerk + QStringLiteral("x")),
                                m_hub->clerk.section(QLatin1Char('.'), 0, 0)}) {
        const JsonReply reply = hub().call("GET", QStringLiteral("/changes?limit=1"), {}, junk);
        QVERIFY2(isError(reply, 401, QStringLiteral("unauthorized")),
                 qPrintable(junk + QStringLiteral(": ") + reply.describe()));
    }
}

void TestHubApi::expiredToken()
{
    QString error;
    const QByteArray secret = readTokenSecret(hub().storage(), &error);
    QVERIFY2(secret.size() >= 32, qPrintable(error));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto admin = [&](qint64 issued, qint64 expires) {
        return signToken(secret, {{QStringLiteral("sub"), QStringLiteral("admin")},
                                  {QStringLiteral("role"), QStringLiteral("admin")},
                                  {QStringLiteral("iat"), issued},
                                  {QStringLiteral("exp"), expires}});
    };
    // Control: the same forging with a future expiry is accepted, so the refusal below is for
    // the expiry and nothing else.
    QCOMPARE(
        hub().call("GET", QStringLiteral("/changes?limit=1"), {}, admin(now, now + 600)).status,
        200);
    const JsonReply expired =
        hub().call("GET", QStringLiteral("/changes?limit=1"), {}, admin(now - 7200, now - 60));
    QVERIFY2(isError(expired, 401, QStringLiteral("unauthorized")), qPrintable(expired.describe()));
    QVERIFY2(errorMessage(expired).contains(QStringLiteral("expired")),
             qPrintable(expired.describe()));
}

void TestHubApi::workstationEnrolmentAndLogIn()
{
    QFETCH_GLOBAL(QString, storage);
    const Workstation station(QStringLiteral("WAPI-") + storage.left(2).toUpper());
    const JsonReply enrolled = station.enrol(hub(), m_hub->admin);
    QCOMPARE(enrolled.status, 200);
    QCOMPARE(enrolled.body.value(QStringLiteral("stationId")).toString(), station.id());
    ow::core::Sm2Key hubKey;
    QVERIFY(hubKey.importPublicKeyPem(
        enrolled.body.value(QStringLiteral("hubPublicKey")).toString().toLatin1()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                .match(enrolled.body.value(QStringLiteral("hubKeyId")).toString())
                .hasMatch());

    for (const QJsonObject &bad :
         {QJsonObject{{QStringLiteral("stationId"), QStringLiteral("-bad")},
                      {QStringLiteral("window"), QStringLiteral("w")},
                      {QStringLiteral("publicKey"), station.publicKeyPem()}},
          QJsonObject{{QStringLiteral("stationId"), QStringLiteral("W9")},
                      {QStringLiteral("window"), QStringLiteral("w")},
                      {QStringLiteral("publicKey"), QStringLiteral("-----BEGIN PUBLIC KEY-----")}},
          QJsonObject{{QStringLiteral("stationId"), QStringLiteral("W9")},
                      {QStringLiteral("publicKey"), station.publicKeyPem()}}}) {
        const JsonReply reply =
            hub().call("POST", QStringLiteral("/workstations"), bad, m_hub->admin);
        QVERIFY2(isError(reply, 400, QStringLiteral("bad_request")), qPrintable(reply.describe()));
    }

    QString error;
    const QString token = station.logIn(hub(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QCOMPARE(tokenPayload(token).value(QStringLiteral("role")).toString(),
             QStringLiteral("workstation"));
    QCOMPARE(tokenPayload(token).value(QStringLiteral("station")).toString(), station.id());
    QCOMPARE(hub().call("GET", QStringLiteral("/changes?limit=1"), {}, token).status, 200);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = QStringLiteral("/auth/workstation");
    ow::core::Sm2Key otherKey;
    QVERIFY(otherKey.generate());
    const Workstation stranger(QStringLiteral("WNOTENROLLED"));
    const std::pair<const char *, QJsonObject> refused[] = {
        {"wrong key", station.authBody(now, &otherKey)},
        {"6 minutes behind", station.authBody(now.addSecs(-6 * 60))},
        {"6 minutes ahead", station.authBody(now.addSecs(6 * 60))},
        {"not enrolled", stranger.authBody(now)},
    };
    for (const auto &[why, body] : refused) {
        const JsonReply reply = hub().call("POST", path, body);
        QVERIFY2(isError(reply, 401, QStringLiteral("unauthorized")),
                 qPrintable(QLatin1String(why) + QStringLiteral(": ") + reply.describe()));
    }
    // Within the allowed skew.
    QCOMPARE(hub().call("POST", path, station.authBody(now.addSecs(-4 * 60))).status, 200);
    // The signature covers the time: a signature for one instant does not pass for another.
    QJsonObject replayed = station.authBody(now);
    replayed.insert(QStringLiteral("time"), now.addSecs(1).toString(Qt::ISODateWithMs));
    QCOMPARE(hub().call("POST", path, replayed).status, 401);
    QJsonObject garbled = station.authBody(now);
    garbled.insert(QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl"));
    QCOMPARE(hub().call("POST", path, garbled).status, 401);
    QJsonObject noTime = station.authBody(now);
    noTime.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
    const JsonReply badTime = hub().call("POST", path, noTime);
    QVERIFY2(isError(badTime, 400, QStringLiteral("bad_request")), qPrintable(badTime.describe()));

    // Enrolling again replaces the key: the old one no longer logs in.
    const Workstation replacement(station.id());
    QCOMPARE(replacement.enrol(hub(), m_hub->admin).status, 200);
    QCOMPARE(hub().call("POST", path, station.authBody(now)).status, 401);
    QVERIFY2(!replacement.logIn(hub(), &error).isEmpty(), qPrintable(error));
}

void TestHubApi::receiptBlocks()
{
    QFETCH_GLOBAL(QString, storage);
    const Workstation station(QStringLiteral("WBLK-") + storage.left(2).toUpper());
    QCOMPARE(station.enrol(hub(), m_hub->admin).status, 200);
    QString error;
    const QString token = station.logIn(hub(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const QString prefix =
        station.id() + QLatin1Char('-') + QString::number(QDate::currentDate().year());

    QList<std::pair<qint64, qint64>> blocks;
    auto take = [&](qint64 size) {
        const JsonReply reply = hub().call("POST", QStringLiteral("/receipt-blocks"),
                                           {{QStringLiteral("size"), size}}, token);
        if (reply.status != 200 || reply.body.value(QStringLiteral("prefix")).toString() != prefix)
            return reply.describe();
        blocks.append({reply.body.value(QStringLiteral("first")).toInteger(),
                       reply.body.value(QStringLiteral("last")).toInteger()});
        return QString();
    };
    QCOMPARE(take(100), QString());
    QCOMPARE(blocks.last(), (std::pair<qint64, qint64>{1, 100}));
    QCOMPARE(take(1), QString());
    QCOMPARE(blocks.last(), (std::pair<qint64, qint64>{101, 101}));
    QCOMPARE(take(10000), QString()); // the largest block
    QCOMPARE(blocks.last(), (std::pair<qint64, qint64>{102, 10101}));

    for (const QJsonValue &size :
         {QJsonValue(0), QJsonValue(-5), QJsonValue(10001), QJsonValue(2.5),
          QJsonValue(QStringLiteral("10")), QJsonValue()}) {
        const JsonReply reply = hub().call("POST", QStringLiteral("/receipt-blocks"),
                                           {{QStringLiteral("size"), size}}, token);
        QVERIFY2(isError(reply, 400, QStringLiteral("bad_request")), qPrintable(reply.describe()));
    }
    // Refused requests used no numbers.
    QCOMPARE(take(5), QString());
    QCOMPARE(blocks.last(), (std::pair<qint64, qint64>{10102, 10106}));

    // Many at once: every one granted, none overlapping.
    QList<RawRequest> burst;
    for (int i = 0; i < 12; ++i)
        burst.append({joinUrl(hub().apiUrl(), QStringLiteral("/receipt-blocks")),
                      "POST",
                      {{QStringLiteral("size"), 7}},
                      token});
    for (const JsonReply &reply : callConcurrently(burst)) {
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        blocks.append({reply.body.value(QStringLiteral("first")).toInteger(),
                       reply.body.value(QStringLiteral("last")).toInteger()});
    }
    std::sort(blocks.begin(), blocks.end());
    for (qsizetype i = 1; i < blocks.size(); ++i)
        QVERIFY2(blocks.at(i).first == blocks.at(i - 1).second + 1,
                 qPrintable(QStringLiteral("block %1–%2 after %3–%4")
                                .arg(blocks.at(i).first)
                                .arg(blocks.at(i).second)
                                .arg(blocks.at(i - 1).first)
                                .arg(blocks.at(i - 1).second)));

    // Another station has its own numbers.
    const Workstation other(QStringLiteral("WBLK2-") + storage.left(2).toUpper());
    QCOMPARE(other.enrol(hub(), m_hub->admin).status, 200);
    const JsonReply first = hub().call("POST", QStringLiteral("/receipt-blocks"),
                                       {{QStringLiteral("size"), 3}}, other.logIn(hub()));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("prefix")).toString(),
             other.id() + QLatin1Char('-') + QString::number(QDate::currentDate().year()));
    QCOMPARE(first.body.value(QStringLiteral("first")).toInteger(), 1);
}

void TestHubApi::changesAfterDemoInit()
{
    // What `init --demo` published, in order: the calendars by year, then the catalog in file
    // order (departments, matters, bundles).
    const QByteArray catalog = demoCatalog();
    QStringList expected{QStringLiteral("calendar 2025"), QStringLiteral("calendar 2026")};
    for (const QJsonObject &d : catalogList(catalog, "departments"))
        expected.append(QStringLiteral("department ") + d.value(QStringLiteral("id")).toString());
    for (const QJsonObject &m : catalogList(catalog, "matters"))
        expected.append(QStringLiteral("matter ")
                        + m.value(QStringLiteral("implementationCode")).toString());
    for (const QJsonObject &b : catalogList(catalog, "bundles"))
        expected.append(QStringLiteral("bundle ") + b.value(QStringLiteral("code")).toString());
    QCOMPARE(expected.size(), 2 + 16 + 87 + 8);

    const JsonReply page =
        hub().call("GET", QStringLiteral("/changes?since=0&limit=5000"), {}, m_hub->clerk);
    QCOMPARE(page.status, 200);
    const QJsonArray changes = page.body.value(QStringLiteral("changes")).toArray();
    QStringList got;
    for (qsizetype i = 0; i < changes.size() && i < expected.size(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        got.append(c.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                   + c.value(QStringLiteral("key")).toString());
    }
    QCOMPARE(got, expected);
    const QJsonObject calendar = changes.at(1).toObject().value(QStringLiteral("body")).toObject();
    QCOMPARE(calendar.value(QStringLiteral("year")).toInt(), 2026);
    QVERIFY(!calendar.value(QStringLiteral("holidays")).toArray().isEmpty());
    const QJsonObject matter =
        changes.at(2 + 16).toObject().value(QStringLiteral("body")).toObject();
    QCOMPARE(matter.value(QStringLiteral("name")).toString(),
             catalogList(catalog, "matters").first().value(QStringLiteral("name")).toString());
}

void TestHubApi::changesPaging()
{
    QString error;
    const QList<QJsonObject> whole = allChanges(hub(), m_hub->clerk, 0, 5000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(whole.size() > 100);
    // Pages of 7, and a start in the middle, give exactly the same feed.
    QCOMPARE(allChanges(hub(), m_hub->clerk, 0, 7, &error), whole);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 middle = whole.at(40).value(QStringLiteral("seq")).toInteger();
    QCOMPARE(allChanges(hub(), m_hub->clerk, middle, 13, &error), whole.mid(41));

    const JsonReply first = hub().call("GET", QStringLiteral("/changes?limit=7"), {}, m_hub->clerk);
    QCOMPARE(first.body.value(QStringLiteral("changes")).toArray().size(), 7);
    QCOMPARE(first.body.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(first.body.value(QStringLiteral("cursor")).toInteger(),
             whole.at(6).value(QStringLiteral("seq")).toInteger());
    // At the end: nothing, no more, the cursor stays.
    const qint64 last = whole.last().value(QStringLiteral("seq")).toInteger();
    const JsonReply end =
        hub().call("GET", QStringLiteral("/changes?since=%1").arg(last), {}, m_hub->clerk);
    QCOMPARE(end.status, 200);
    QVERIFY(end.body.value(QStringLiteral("changes")).toArray().isEmpty());
    QCOMPARE(end.body.value(QStringLiteral("more")).toBool(), false);
    QCOMPARE(end.body.value(QStringLiteral("cursor")).toInteger(), last);

    for (const QString &query :
         {QStringLiteral("since=-1"), QStringLiteral("since=abc"), QStringLiteral("limit=0"),
          QStringLiteral("limit=5001"), QStringLiteral("limit=ten")}) {
        const JsonReply reply =
            hub().call("GET", QStringLiteral("/changes?") + query, {}, m_hub->clerk);
        QVERIFY2(isError(reply, 400, QStringLiteral("bad_request")), qPrintable(reply.describe()));
    }
}

void TestHubApi::catalogUpload()
{
    const QUrl url = joinUrl(hub().apiUrl(), QStringLiteral("/catalog"));
    const qint64 before = latestSeq();
    QVERIFY(before > 0);
    // The same catalog again: nothing to tell anyone.
    const JsonReply same = callRaw(url, "POST", demoCatalog(), m_hub->admin);
    QCOMPARE(same.status, 200);
    QCOMPARE(same.body.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(same.body.value(QStringLiteral("unchanged")).toInt(), 16 + 87 + 8);
    QCOMPARE(latestSeq(), before);

    // One matter renamed: exactly one change, that matter's.
    QJsonObject catalog = QJsonDocument::fromJson(demoCatalog()).object();
    QJsonArray matters = catalog.value(QStringLiteral("matters")).toArray();
    QJsonObject matter = matters.at(5).toObject();
    const QString code = matter.value(QStringLiteral("implementationCode")).toString();
    const QString name =
        matter.value(QStringLiteral("name")).toString() + QStringLiteral("（试行）");
    matter.insert(QStringLiteral("name"), name);
    matters.replace(5, matter);
    catalog.insert(QStringLiteral("matters"), matters);
    const JsonReply changed = callRaw(url, "POST", QJsonDocument(catalog).toJson(), m_hub->admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(changed.body.value(QStringLiteral("removed")).toInt(), 0);
    QString error;
    const QList<QJsonObject> fresh = allChanges(hub(), m_hub->clerk, before, 100, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().value(QStringLiteral("kind")).toString(), QStringLiteral("matter"));
    QCOMPARE(fresh.first().value(QStringLiteral("key")).toString(), code);
    QCOMPARE(fresh.first()
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);

    // A bundle taken out arrives once more as removed.
    const QString bundle = catalog.value(QStringLiteral("bundles"))
                               .toArray()
                               .last()
                               .toObject()
                               .value(QStringLiteral("code"))
                               .toString();
    QJsonArray bundles = catalog.value(QStringLiteral("bundles")).toArray();
    bundles.removeLast();
    catalog.insert(QStringLiteral("bundles"), bundles);
    const JsonReply removed = callRaw(url, "POST", QJsonDocument(catalog).toJson(), m_hub->admin);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.body.value(QStringLiteral("removed")).toInt(), 1);
    const QList<QJsonObject> gone = allChanges(hub(), m_hub->clerk, before, 100, &error);
    QCOMPARE(gone.size(), 2);
    QCOMPARE(gone.last().value(QStringLiteral("key")).toString(), bundle);
    QCOMPARE(gone.last().value(QStringLiteral("body")).toObject(),
             (QJsonObject{{QStringLiteral("removed"), true}}));
}

void TestHubApi::badCatalogChangesNothing()
{
    const QUrl url = joinUrl(hub().apiUrl(), QStringLiteral("/catalog"));
    const qint64 before = latestSeq();
    // An unknown key on a line of its own: the answer names the line and the key.
    QByteArray text = demoCatalog();
    const QByteArray anchor = "\"version\": 1,";
    const qsizetype at = text.indexOf(anchor);
    QVERIFY(at > 0);
    text.insert(at + anchor.size(), "\n  \"colour\": \"red\",");
    const int line = int(text.left(at).count('\n')) + 2;
    const JsonReply reply = callRaw(url, "POST", text, m_hub->admin);
    QVERIFY2(isError(reply, 400, QStringLiteral("bad_request")), qPrintable(reply.describe()));
    QVERIFY2(errorMessage(reply).contains(QStringLiteral("line %1").arg(line))
                 && errorMessage(reply).contains(QStringLiteral("colour")),
             qPrintable(reply.describe()));

    // A matter with its required name removed: refused whole, naming the field.
    QJsonObject catalog = QJsonDocument::fromJson(demoCatalog()).object();
    QJsonArray matters = catalog.value(QStringLiteral("matters")).toArray();
    QJsonObject matter = matters.at(3).toObject();
    matter.remove(QStringLiteral("name"));
    matters.replace(3, matter);
    catalog.insert(QStringLiteral("matters"), matters);
    const JsonReply noName = callRaw(url, "POST", QJsonDocument(catalog).toJson(), m_hub->admin);
    QVERIFY2(isError(noName, 400, QStringLiteral("bad_request")), qPrintable(noName.describe()));
    QVERIFY2(errorMessage(noName).contains(QStringLiteral("name")), qPrintable(noName.describe()));

    for (const QByteArray &junk : {QByteArray("{}"), QByteArray("{\"format\": \"something\"}")}) {
        const JsonReply bad = callRaw(url, "POST", junk, m_hub->admin);
        QVERIFY2(isError(bad, 400, QStringLiteral("bad_request")), qPrintable(bad.describe()));
    }
    QCOMPARE(latestSeq(), before);
}

void TestHubApi::liveEvents()
{
    const qint64 before = latestSeq();
    EventsClient client;
    client.open(hub(), m_hub->clerk);
    QVERIFY2(client.waitForMessages(1), qPrintable(client.socket().errorString()));
    QCOMPARE(client.cursors(), QList<qint64>{before});

    // A catalog upload through the API tells the connected client the new cursor.
    QJsonObject catalog = QJsonDocument::fromJson(demoCatalog()).object();
    QJsonArray departments = catalog.value(QStringLiteral("departments")).toArray();
    QJsonObject department = departments.at(0).toObject();
    department.insert(QStringLiteral("name"), department.value(QStringLiteral("name")).toString()
                                                  + QStringLiteral("（新）"));
    departments.replace(0, department);
    catalog.insert(QStringLiteral("departments"), departments);
    const JsonReply upload = callRaw(joinUrl(hub().apiUrl(), QStringLiteral("/catalog")), "POST",
                                     QJsonDocument(catalog).toJson(), m_hub->admin);
    QCOMPARE(upload.status, 200);
    QVERIFY(upload.body.value(QStringLiteral("changed")).toInt() >= 1);
    const qint64 after = latestSeq();
    QVERIFY(after > before);
    QVERIFY2(client.waitForMessages(2), qPrintable(client.messages().join(QLatin1Char('\n'))));
    QCOMPARE(client.cursors().last(), after);
    QVERIFY(!client.closed());
}

void TestHubApi::liveEventsRefuseBadTokens()
{
    const QString expired = [&] {
        QString error;
        const QByteArray secret = readTokenSecret(hub().storage(), &error);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return signToken(secret, {{QStringLiteral("sub"), QStringLiteral("clerk01")},
                                  {QStringLiteral("role"), QStringLiteral("clerk")},
                                  {QStringLiteral("iat"), now - 7200},
                                  {QStringLiteral("exp"), now - 60}});
    }();
    const std::pair<const char *, QString> refused[] = {
        {"garbage", QStringLiteral("not-a-token")},
        {"forged", tamperToken(m_hub->clerk, {{QStringLiteral("sub"), QStringLiteral("admin")}})},
        {"expired", expired},
        {"none", QString()},
        {"department", m_hub->department},
    };
    for (const auto &[why, token] : refused) {
        EventsClient client;
        client.open(hub(), token);
        QVERIFY2(client.waitForClose(), why);
        QVERIFY2(client.messages().isEmpty(), why);
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }
}

QTEST_GUILESS_MAIN(TestHubApi)
#include "tst_hub_api.moc"
