#pragma once

#include "FaultProxy.h"
#include "HttpMessage.h"

#include <QAbstractSocket>
#include <QObject>

class QTcpSocket;

namespace ow::test {

// One client connection of a FaultProxy: reads its requests one at a time, applies the fault
// the proxy chose for each, and forwards the others to the target on a fresh connection.
// Deletes itself when the client goes away.
class FaultProxyConnection final : public QObject
{
public:
    FaultProxyConnection(FaultProxy &proxy, QTcpSocket *client);
    ~FaultProxyConnection() override;

private:
    void readFromClient();
    void handleNextRequest();
    void answer(HttpMessage response);
    void answerError(int status, const QByteArray &reason, const QByteArray &code,
                     const QString &message);
    void finishRequest();
    void closeClient();
    void refuse();

    void forward(bool truncate);
    void readFromUpstream();
    void upstreamClosed();
    void upstreamFailed(QAbstractSocket::SocketError error);
    void takeResponse(bool upstreamGone);
    void dropUpstream();
    void sendTruncated(HttpMessage response);

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_clientBuffer;
    QByteArray m_upstreamBuffer;
    HttpMessage m_request;
    bool m_busy = false;            // a request is being answered
    bool m_closeAfterAnswer = false; // the client asked for it, or the answer is broken on purpose
    bool m_awaitingResponse = false;
    bool m_truncate = false;
    bool m_tunnel = false;          // after 101 Switching Protocols: bytes go straight through
    bool m_clientGone = false;
};

} // namespace ow::test
