#include "FaultProxyConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace ow::test {

namespace {

QByteArray errorBody(const QByteArray &code, const QString &message)
{
    // The hub's error shape (docs/api/protocol.md), so clients take the same path as for a
    // real failure of the hub.
    const QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

// Not JSON in any reading: markup, a half object and bytes that are not UTF-8.
const QByteArray garbageBody("<html><body>gateway says hello</body></html>\n{\"half\": \xff\xfe");

} // namespace

FaultProxyConnection::FaultProxyConnection(FaultProxy &proxy, QTcpSocket *client)
    : QObject(&proxy), m_proxy(proxy), m_client(client)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &FaultProxyConnection::readFromClient);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        m_clientGone = true;
        if (m_upstream) {
            if (m_tunnel)
                m_upstream->disconnectFromHost();
            else
                m_upstream->abort();
        }
        deleteLater();
    });
    readFromClient();
}

FaultProxyConnection::~FaultProxyConnection() = default;

void FaultProxyConnection::readFromClient()
{
    m_clientBuffer += m_client->readAll();
    if (m_tunnel) {
        if (m_upstream)
            m_upstream->write(m_clientBuffer);
        m_clientBuffer.clear();
        return;
    }
    handleNextRequest();
}

void FaultProxyConnection::handleNextRequest()
{
    if (m_busy || m_tunnel || m_clientGone)
        return;
    const HttpParse parsed = takeHttpRequest(m_clientBuffer, m_request);
    if (parsed == HttpParse::Incomplete)
        return;
    m_busy = true;
    if (parsed == HttpParse::Invalid) {
        m_closeAfterAnswer = true;
        answerError(400, "Bad Request", "bad_request",
                    QStringLiteral("FaultProxy could not read the request as HTTP/1.1"));
        return;
    }
    m_closeAfterAnswer = m_request.hasToken("Connection", "close")
                         || m_request.startLine.endsWith("HTTP/1.0");
    m_proxy.noteRequest(m_request.method(), m_request.target());
    switch (m_proxy.takeModeForRequest()) {
    case FaultProxy::Mode::PassThrough:
        forward(false);
        return;
    case FaultProxy::Mode::TruncateBody:
        forward(true);
        return;
    case FaultProxy::Mode::Delay:
        QTimer::singleShot(m_proxy.delayMs(), this, [this] {
            if (!m_clientGone)
                forward(false);
        });
        return;
    case FaultProxy::Mode::ServerError:
        answerError(500, "Internal Server Error", "internal",
                    QStringLiteral("fault injected by FaultProxy"));
        return;
    case FaultProxy::Mode::Garbage:
        answer(makeHttpResponse(200, "OK", "application/json", garbageBody));
        return;
    case FaultProxy::Mode::Refuse:
        refuse();
        return;
    }
}

void FaultProxyConnection::answer(HttpMessage response)
{
    if (m_clientGone)
        return;
    if (m_closeAfterAnswer)
        response.setHeader("Connection", "close");
    m_client->write(response.serialized());
    finishRequest();
}

void FaultProxyConnection::answerError(int status, const QByteArray &reason,
                                       const QByteArray &code, const QString &message)
{
    answer(makeHttpResponse(status, reason, "application/json", errorBody(code, message)));
}

void FaultProxyConnection::finishRequest()
{
    m_busy = false;
    m_request = {};
    if (m_closeAfterAnswer) {
        closeClient();
        return;
    }
    handleNextRequest(); // the client may have sent its next request already
}

void FaultProxyConnection::closeClient()
{
    // disconnectFromHost() sends what is still buffered before it closes.
    m_clientBuffer.clear();
    m_client->disconnectFromHost();
}

void FaultProxyConnection::refuse()
{
    ++m_proxy.m_refusedCount;
    m_clientGone = true;
    m_client->abort();
    deleteLater();
}

void FaultProxyConnection::forward(bool truncate)
{
    m_truncate = truncate;
    m_awaitingResponse = true;
    m_upstreamBuffer.clear();

    HttpMessage request = m_request;
    if (!request.wantsWebSocket()) {
        const bool hadBody = !request.header("Content-Length").isNull()
                             || !request.header("Transfer-Encoding").isNull();
        request.removeHopByHopHeaders();
        request.setHeader("Connection", "close"); // one request per upstream connection
        if (hadBody)
            request.setHeader("Content-Length", QByteArray::number(request.body.size()));
    }

    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, [this, request] {
        m_proxy.noteForwarded();
        m_upstream->write(request.serialized());
    });
    connect(m_upstream, &QTcpSocket::readyRead, this, &FaultProxyConnection::readFromUpstream);
    connect(m_upstream, &QTcpSocket::disconnected, this, &FaultProxyConnection::upstreamClosed);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &FaultProxyConnection::upstreamFailed);
    m_upstream->connectToHost(m_proxy.targetHost(), m_proxy.targetPort());
}

void FaultProxyConnection::readFromUpstream()
{
    if (!m_upstream)
        return;
    m_upstreamBuffer += m_upstream->readAll();
    if (m_tunnel) {
        m_client->write(m_upstreamBuffer);
        m_upstreamBuffer.clear();
        return;
    }
    takeResponse(false);
}

void FaultProxyConnection::upstreamClosed()
{
    if (m_tunnel) {
        m_upstream = nullptr; // still a child; deleted with this connection
        closeClient();
        return;
    }
    if (m_awaitingResponse && m_upstream) {
        m_upstreamBuffer += m_upstream->readAll();
        takeResponse(true);
    }
}

void FaultProxyConnection::upstreamFailed(QAbstractSocket::SocketError error)
{
    // A closed connection is handled by upstreamClosed(), which sees the whole response.
    if (error == QAbstractSocket::RemoteHostClosedError || !m_awaitingResponse || !m_upstream)
        return;
    const QString why = m_upstream->errorString();
    dropUpstream();
    answerError(502, "Bad Gateway", "unavailable",
                QStringLiteral("FaultProxy could not reach the target: %1").arg(why));
}

void FaultProxyConnection::takeResponse(bool upstreamGone)
{
    for (;;) {
        HttpMessage response;
        const HttpParse parsed =
            takeHttpResponse(m_upstreamBuffer, m_request.method(), upstreamGone, response);
        if (parsed == HttpParse::Incomplete && !upstreamGone)
            return;
        if (parsed != HttpParse::Complete) {
            dropUpstream();
            m_closeAfterAnswer = true;
            answerError(502, "Bad Gateway", "unavailable",
                        QStringLiteral("the target sent an incomplete or broken response"));
            return;
        }
        const int status = response.statusCode();
        if (status == 101 && m_request.wantsWebSocket()) {
            m_awaitingResponse = false;
            m_tunnel = true;
            m_client->write(response.serializedHead() + m_upstreamBuffer);
            m_upstreamBuffer.clear();
            if (!m_clientBuffer.isEmpty())
                readFromClient();
            return;
        }
        if (status < 200)
            continue; // an interim answer such as 100 Continue: the real one follows
        dropUpstream();
        response.removeHopByHopHeaders();
        if (m_request.method() != "HEAD" && status != 204 && status != 304)
            response.setHeader("Content-Length", QByteArray::number(response.body.size()));
        if (m_truncate)
            sendTruncated(std::move(response));
        else
            answer(std::move(response));
        return;
    }
}

void FaultProxyConnection::dropUpstream()
{
    m_awaitingResponse = false;
    if (!m_upstream)
        return;
    m_upstream->disconnect(this);
    m_upstream->abort();
    m_upstream->deleteLater();
    m_upstream = nullptr;
}

void FaultProxyConnection::sendTruncated(HttpMessage response)
{
    if (m_clientGone)
        return;
    // The head promises the whole body; only part of it comes before the connection closes.
    // An empty body is promised as 16 bytes so that there is something to miss.
    QByteArray partial = response.body.left(response.body.size() / 2);
    if (response.body.isEmpty())
        response.setHeader("Content-Length", "16");
    response.setHeader("Connection", "close");
    m_client->write(response.serializedHead() + partial);
    m_closeAfterAnswer = true;
    finishRequest();
}

} // namespace ow::test
