#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace ow::test {

// An HTTP proxy on 127.0.0.1 between a client under test (the sync engine) and a real hub,
// whose behaviour a test switches at run time to play every way a network and a hub can fail.
// Event-loop driven, no threads: it works while the test runs an event loop (QSignalSpy::wait,
// QTRY_*, a QNetworkReply being awaited).
//
// Each client connection is read one request at a time (HTTP/1.1 keep-alive works, as
// QNetworkAccessManager uses it); each forwarded request travels on a fresh connection to the
// target with "Connection: close". A request for a WebSocket ("Upgrade: websocket") that the
// target answers with 101 turns the connection into a plain two-way tunnel. When the target
// cannot be reached the proxy answers 502 with error code "unavailable", as a load balancer in
// front of a stopped hub would.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        PassThrough,  // forward, answer with the target's response
        ServerError,  // answer 500 {"error":{"code":"internal",…}} without forwarding
        Garbage,      // answer 200 with a body that is not JSON, without forwarding
        TruncateBody, // forward, then send the head and only part of the body, and close: the
                      // target has acted but the client never learns the outcome
        Delay,        // wait delayMs(), then forward
        Refuse,       // close every new connection at once, before reading anything, and
                      // a kept-alive one when its next request arrives, without an answer
    };
    Q_ENUM(Mode)

    explicit FaultProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a free port. False with errorString() when that fails.
    bool start();
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const; // http://127.0.0.1:<port>

    // Where requests go; a hub restarted on another port can be followed.
    void setTarget(const QString &host, quint16 port);
    QString targetHost() const { return m_targetHost; }
    quint16 targetPort() const { return m_targetPort; }

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    void setDelayMs(int ms) { m_delayMs = ms < 0 ? 0 : ms; }
    int delayMs() const { return m_delayMs; }

    // The next `count` requests are failed the way `failure` says, whatever mode() is; after
    // them mode() applies again. With Refuse, each refused connection uses up one: note that
    // QNetworkAccessManager itself retries a request whose connection closed before any answer.
    void failNext(int count, Mode failure = Mode::ServerError);
    int pendingFailures() const { return m_failuresLeft; }

    // What the proxy has seen since it was made (or counters were reset).
    int requestCount() const { return m_requestCount; }       // complete requests read
    int forwardedCount() const { return m_forwardedCount; }   // of those, sent to the target
    int connectionCount() const { return m_connectionCount; } // client connections accepted
    int refusedCount() const { return m_refusedCount; }       // connections closed by Refuse
    QStringList requestLog() const { return m_requestLog; }   // "POST /api/v1/envelopes", …
    void resetCounters();

signals:
    // A complete request was read from a client (before any fault is applied).
    void requestSeen(const QString &method, const QString &target);

private:
    friend class FaultProxyConnection;

    void acceptConnections();
    // Decides what happens to the next request (and uses up a pending failure).
    Mode takeModeForRequest();
    void noteRequest(const QByteArray &method, const QByteArray &target);
    void noteForwarded() { ++m_forwardedCount; }

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort;
    Mode m_mode = Mode::PassThrough;
    Mode m_failure = Mode::ServerError;
    int m_failuresLeft = 0;
    int m_delayMs = 0;
    int m_requestCount = 0;
    int m_forwardedCount = 0;
    int m_connectionCount = 0;
    int m_refusedCount = 0;
    QStringList m_requestLog;
};

} // namespace ow::test
