#pragma once

#include <QList>
#include <QObject>

class QAbstractHttpServer;
class QWebSocket;

namespace ow::hub {

class ChangeLog;
class HubDatabase;
class TokenService;

// Live events (GET /api/v1/events, a WebSocket): each connected workstation gets
// {"cursor": N} when the change log grows, and then pulls. Within one process the news comes
// from changesCommitted(); across hub processes on PostgreSQL it travels by LISTEN/NOTIFY
// ow_changes, so a department acting through one process reaches a workstation connected to
// another. Nothing here is needed for correctness: a workstation also pulls on a timer.
class LiveEvents final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Path = "/api/v1/events";

    LiveEvents(QAbstractHttpServer &server, HubDatabase &db, ChangeLog &changes,
               const TokenService &tokens, QObject *parent = nullptr);

    // Call after committing a transaction that recorded changes.
    void changesCommitted();
    int clientCount() const { return int(m_clients.size()); }

private:
    void accept(QAbstractHttpServer &server);
    void broadcast();

    HubDatabase &m_db;
    ChangeLog &m_changes;
    const TokenService &m_tokens;
    QList<QWebSocket *> m_clients;
    bool m_listening = false; // PostgreSQL LISTEN active
};

} // namespace ow::hub
