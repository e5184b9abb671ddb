// FaultProxy, the switchable failure between the sync engine and the hub, in each of its modes
// against a tiny HTTP echo server, with QNetworkAccessManager as the client (as the sync engine
// uses it) and with raw sockets where QNetworkAccessManager would hide what happens.
#include "support/FaultProxy.h"
#include "support/JsonHttp.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using ow::test::FaultProxy;
using ow::test::JsonReply;
using Mode = FaultProxy::Mode;

namespace {

constexpr int WaitMs = 30000; // only reached when something is wrong

// An HTTP/1.1 server that answers every request with what it received, as JSON:
// {"method", "path", "body", "connection"}. Two special paths: /chunked answers the same in
// chunked transfer encoding; /upgrade (with "Upgrade: websocket") switches protocols and then
// echoes raw bytes prefixed with "echo:". Written independently of the proxy's own parser.
class EchoServer : public QObject
{
public:
    struct Seen
    {
        QByteArray method, path, body, connection;
    };

    EchoServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QList<Seen> seen;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto raw = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, raw] {
            *buffer += socket->readAll();
            if (*raw) {
                socket->write("echo:" + *buffer);
                buffer->clear();
                return;
            }
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
                const QList<QByteArray> start = lines.first().trimmed().split(' ');
                Seen request{start.value(0), start.value(1), {}, {}};
                qsizetype length = 0;
                bool upgrade = false;
                for (const QByteArray &line : lines.mid(1)) {
                    const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
                    const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
                    if (name == "content-length")
                        length = value.toLongLong();
                    else if (name == "connection")
                        request.connection = value;
                    else if (name == "upgrade")
                        upgrade = value.toLower() == "websocket";
                }
                if (buffer->size() < headEnd + 4 + length)
                    return;
                request.body = buffer->mid(headEnd + 4, length);
                buffer->remove(0, headEnd + 4 + length);
                seen.append(request);
                if (request.path == "/upgrade" && upgrade) {
                    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\n\r\n");
                    *raw = true;
                    if (!buffer->isEmpty())
                        socket->write("echo:" + *buffer);
                    buffer->clear();
                    return;
                }
                answer(socket, request);
                if (request.connection.toLower() == "close") {
                    socket->disconnectFromHost();
                    return;
                }
            }
        });
    }

    static void answer(QTcpSocket *socket, const Seen &request)
    {
        const QByteArray json = echoJson(request);
        if (request.path == "/chunked") {
            QByteArray chunked;
            for (qsizetype at = 0; at < json.size(); at += 7) {
                const QByteArray piece = json.mid(at, 7);
                chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"
                          + chunked + "0\r\n\r\n");
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    }

public:
    static QByteArray echoJson(const Seen &request)
    {
        const QJsonObject object{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                 {QStringLiteral("path"), QString::fromUtf8(request.path)},
                                 {QStringLiteral("body"), QString::fromUtf8(request.body)},
                                 {QStringLiteral("connection"),
                                  QString::fromLatin1(request.connection)}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private:
    QTcpServer m_server;
};

QJsonObject sample()
{
    return {{QStringLiteral("receipt"), QStringLiteral("W01-2026-000001")},
            {QStringLiteral("name"), QStringLiteral("𠮷祥")}};
}

QByteArray sampleText()
{
    return QJsonDocument(sample()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EchoServer> m_echo;
    std::unique_ptr<FaultProxy> m_proxy;

    QUrl at(const char *path) const
    {
        return ow::test::joinUrl(m_proxy->url(), QString::fromLatin1(path));
    }

    // Sends `request` on a raw socket to the proxy and collects the answer until `expected`
    // arrived or the connection closed. Runs the event loop: the proxy lives in this thread.
    static QByteArray rawExchange(QTcpSocket &socket, const QByteArray &request,
                                  const QByteArray &expected)
    {
        socket.write(request);
        QByteArray received;
        QDeadlineTimer deadline(WaitMs);
        while (!received.contains(expected) && !deadline.hasExpired()
               && socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(10);
            received += socket.readAll();
        }
        return received + socket.readAll();
    }

private slots:
    void init()
    {
        m_echo = std::make_unique<EchoServer>();
        QVERIFY(m_echo->start());
        m_proxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_echo->port());
        QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));
        QVERIFY(m_proxy->port() != 0);
    }

    void cleanup()
    {
        m_proxy.reset();
        m_echo.reset();
    }

    void passThroughForwardsOverOneKeptAliveConnection()
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        const QList<QByteArray> methods{"GET", "POST", "PUT"};
        for (const QByteArray &method : methods) {
            QNetworkRequest request(at("/api/v1/echo?x=1"));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            std::unique_ptr<QNetworkReply> reply(
                method == "GET" ? manager.get(request)
                                : manager.sendCustomRequest(request, method, sampleText()));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(WaitMs));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            const QJsonObject echo = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(echo.value(QStringLiteral("method")).toString(), QString::fromLatin1(method));
            QCOMPARE(echo.value(QStringLiteral("path")).toString(),
                     QStringLiteral("/api/v1/echo?x=1"));
            QCOMPARE(echo.value(QStringLiteral("body")).toString().toUtf8(),
                     method == "GET" ? QByteArray() : sampleText());
            // Towards the target each request travels alone.
            QCOMPARE(echo.value(QStringLiteral("connection")).toString(), QStringLiteral("close"));
        }
        QCOMPARE(m_proxy->requestCount(), 3);
        QCOMPARE(m_proxy->forwardedCount(), 3);
        QCOMPARE(m_proxy->connectionCount(), 1);
        QCOMPARE(m_echo->seen.size(), 3);
        QCOMPARE(m_proxy->requestLog(),
                 QStringList({QStringLiteral("GET /api/v1/echo?x=1"),
                              QStringLiteral("POST /api/v1/echo?x=1"),
                              QStringLiteral("PUT /api/v1/echo?x=1")}));
    }

    void serverErrorAnswersWithoutForwarding()
    {
        m_proxy->setMode(Mode::ServerError);
        const JsonReply reply = ow::test::callJson(at("/api/v1/envelopes"), "POST", sample());
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.isJsonObject);
        const QJsonObject error = reply.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("internal"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_proxy->requestCount(), 1);
        QCOMPARE(m_proxy->forwardedCount(), 0);
        QVERIFY(m_echo->seen.isEmpty());
    }

    void garbageIsNotJson()
    {
        m_proxy->setMode(Mode::Garbage);
        const JsonReply reply = ow::test::callJson(at("/api/v1/changes?since=0"), "GET");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.networkError.isEmpty());
        QVERIFY(!reply.raw.isEmpty());
        QVERIFY(!reply.isJsonObject);
        QJsonParseError parseError{};
        QJsonDocument::fromJson(reply.raw, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QVERIFY(m_echo->seen.isEmpty());
    }

    void truncatedBodyReachesTheTargetButNotTheClient()
    {
        m_proxy->setMode(Mode::TruncateBody);
        const JsonReply reply = ow::test::callJson(at("/api/v1/envelopes"), "POST", sample());
        QVERIFY2(!reply.networkError.isEmpty(), qPrintable(reply.describe()));
        QVERIFY(!reply.isJsonObject);
        // The target acted on the request: the client just never learns the outcome.
        QCOMPARE(m_echo->seen.size(), 1);
        QCOMPARE(m_echo->seen.first().body, sampleText());
        QVERIFY(reply.raw.size() < EchoServer::echoJson(m_echo->seen.first()).size());
    }

    void truncationPromisesMoreThanItSends()
    {
        m_proxy->setMode(Mode::TruncateBody);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_proxy->port());
        QVERIFY(socket.waitForConnected(WaitMs));
        const QByteArray received =
            rawExchange(socket, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", "\x01never");
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = received.left(headEnd).toLower();
        const qsizetype lengthAt = head.indexOf("content-length:");
        QVERIFY(lengthAt > 0);
        const qsizetype promised =
            head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
        QVERIFY(received.size() - (headEnd + 4) < promised);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState); // closed after the part
    }

    void delayHoldsTheRequestThenForwards()
    {
        m_proxy->setMode(Mode::Delay);
        m_proxy->setDelayMs(2000);
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QSignalSpy seen(m_proxy.get(), &FaultProxy::requestSeen);
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(at("/api/v1/health"))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(seen.wait(WaitMs));
        QVERIFY(m_echo->seen.isEmpty()); // held by the proxy for now
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(m_echo->seen.size(), 1);
        QCOMPARE(seen.first().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(seen.first().at(1).toString(), QStringLiteral("/api/v1/health"));
    }

    void refuseClosesConnectionsAtOnce()
    {
        m_proxy->setMode(Mode::Refuse);
        const JsonReply reply = ow::test::callJson(at("/api/v1/health"), "GET");
        QCOMPARE(reply.status, 0);
        QVERIFY(!reply.networkError.isEmpty());
        QVERIFY(m_proxy->refusedCount() >= 1);
        QCOMPARE(m_proxy->requestCount(), 0);
        QVERIFY(m_echo->seen.isEmpty());

        m_proxy->setMode(Mode::PassThrough);
        QCOMPARE(ow::test::callJson(at("/api/v1/health"), "GET").status, 200);
    }

    void refuseAlsoClosesAnOpenConnection()
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> first(manager.get(QNetworkRequest(at("/first"))));
        QSignalSpy firstDone(first.get(), &QNetworkReply::finished);
        QVERIFY(firstDone.wait(WaitMs));
        QCOMPARE(first->error(), QNetworkReply::NoError);

        m_proxy->setMode(Mode::Refuse);
        QNetworkRequest request(at("/second"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> second(manager.post(request, sampleText()));
        QSignalSpy secondDone(second.get(), &QNetworkReply::finished);
        QVERIFY(secondDone.wait(WaitMs));
        QVERIFY(second->error() != QNetworkReply::NoError);
        QCOMPARE(m_echo->seen.size(), 1);
    }

    void failNextThenPassThrough()
    {
        m_proxy->failNext(2);
        QCOMPARE(m_proxy->pendingFailures(), 2);
        QCOMPARE(ow::test::callJson(at("/a"), "POST", sample()).status, 500);
        QCOMPARE(ow::test::callJson(at("/b"), "POST", sample()).status, 500);
        const JsonReply third = ow::test::callJson(at("/c"), "POST", sample());
        QCOMPARE(third.status, 200);
        QCOMPARE(third.body.value(QStringLiteral("path")).toString(), QStringLiteral("/c"));
        QCOMPARE(m_proxy->pendingFailures(), 0);
        QCOMPARE(m_proxy->requestCount(), 3);
        QCOMPARE(m_echo->seen.size(), 1);

        m_proxy->failNext(1, Mode::Garbage);
        QVERIFY(!ow::test::callJson(at("/d"), "GET").isJsonObject);
        QVERIFY(ow::test::callJson(at("/e"), "GET").isJsonObject);
        QCOMPARE(m_echo->seen.size(), 2);

        m_proxy->resetCounters();
        QCOMPARE(m_proxy->requestCount(), 0);
        QVERIFY(m_proxy->requestLog().isEmpty());
    }

    void chunkedResponseArrivesWhole()
    {
        const JsonReply reply = ow::test::callJson(at("/chunked"), "POST", sample());
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.isJsonObject, qPrintable(reply.describe()));
        QCOMPARE(reply.body.value(QStringLiteral("body")).toString().toUtf8(), sampleText());
        QVERIFY(reply.header("Transfer-Encoding").isEmpty());
    }

    void webSocketUpgradeBecomesATunnel()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_proxy->port());
        QVERIFY(socket.waitForConnected(WaitMs));
        const QByteArray head = rawExchange(
            socket,
            "GET /upgrade HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
            "\r\n\r\n");
        QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
        QCOMPARE(rawExchange(socket, "ping", "echo:ping"), QByteArray("echo:ping"));
        QCOMPARE(rawExchange(socket, "again", "echo:again"), QByteArray("echo:again"));
    }

    void unreachableTargetAnswers502()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        m_proxy->setTarget(QStringLiteral("127.0.0.1"), closedPort);
        const JsonReply reply = ow::test::callJson(at("/api/v1/health"), "GET");
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("unavailable"));

        m_proxy->setTarget(QStringLiteral("127.0.0.1"), m_echo->port());
        QCOMPARE(ow::test::callJson(at("/api/v1/health"), "GET").status, 200);
    }

    void malformedRequestAnswers400AndCloses()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_proxy->port());
        QVERIFY(socket.waitForConnected(WaitMs));
        const QByteArray answer = rawExchange(socket, "NONSENSE\r\nno colon here\r\n\r\n", "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, WaitMs);
        QVERIFY(m_echo->seen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
