#include "FaultProxy.h"

#include "FaultProxyConnection.h"

#include <QTcpSocket>

namespace ow::test {

FaultProxy::FaultProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetHost(std::move(targetHost)), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptConnections);
}

FaultProxy::~FaultProxy()
{
    // Connections are children of this object; they go before the server that accepted them.
    m_server.close();
}

bool FaultProxy::start()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultProxy::setTarget(const QString &host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

void FaultProxy::failNext(int count, Mode failure)
{
    m_failuresLeft = count < 0 ? 0 : count;
    m_failure = failure;
}

void FaultProxy::resetCounters()
{
    m_requestCount = 0;
    m_forwardedCount = 0;
    m_connectionCount = 0;
    m_refusedCount = 0;
    m_requestLog.clear();
}

void FaultProxy::acceptConnections()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        bool refuse = false;
        if (m_failuresLeft > 0) {
            refuse = m_failure == Mode::Refuse;
            if (refuse)
                --m_failuresLeft;
        } else {
            refuse = m_mode == Mode::Refuse;
        }
        if (refuse) {
            ++m_refusedCount;
            client->abort();
            client->deleteLater();
            continue;
        }
        new FaultProxyConnection(*this, client); // owned by this proxy, deletes itself
    }
}

FaultProxy::Mode FaultProxy::takeModeForRequest()
{
    if (m_failuresLeft > 0) {
        --m_failuresLeft;
        return m_failure;
    }
    return m_mode;
}

void FaultProxy::noteRequest(const QByteArray &method, const QByteArray &target)
{
    ++m_requestCount;
    const QString methodText = QString::fromLatin1(method);
    const QString targetText = QString::fromUtf8(target);
    m_requestLog.append(methodText + QLatin1Char(' ') + targetText);
    emit requestSeen(methodText, targetText);
}

} // namespace ow::test
