#pragma once

#include "SyncBackoff.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace ow::core {

class HubClient;

// Keeps a WebSocket open to the hub's live events (GET /events?token=…) and says when the hub
// has changes past what this workstation has pulled, so the engine pulls at once instead of at
// its next round. The socket is a convenience, not a requirement: when it drops or cannot open,
// it is opened again after a backoff (2 s doubling to 10 min, with jitter) and the periodic
// cycle keeps the workstation up to date meanwhile.
class EventsListener final : public QObject
{
    Q_OBJECT

public:
    EventsListener(HubClient &hub, SyncBackoff backoff, QObject *parent = nullptr);
    ~EventsListener() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

signals:
    // The hub announced a change with this seq.
    void changesAvailable(qint64 cursor);
    void connectedChanged(bool connected);

private:
    void open();
    void scheduleReopen();
    void onText(const QString &message);

    HubClient &m_hub;
    SyncBackoff m_backoff;
    QWebSocket *m_socket = nullptr;
    QTimer m_reopen;
    int m_failures = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_opening = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace ow::core
