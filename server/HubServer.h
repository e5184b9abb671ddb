#pragma once

#include "http/ApiRouter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <memory>

class QHttpServer;

namespace ow::core {
class Clock;
}

namespace ow::hub {

class HubDatabase;
class HubSecrets;
class TokenService;
class HubAccounts;
class ChangeLog;
class LiveEvents;
class Registries;
class VerificationService;
struct HubContext;

// One running hub: database, secrets, routes, live events, listening socket.
class HubServer final
{
    Q_DECLARE_TR_FUNCTIONS(HubServer)

public:
    struct Options
    {
        QString storage;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8470;
        QString tlsCertificate; // PEM files; both or neither
        QString tlsKey;
        bool allowPlainHttp = false; // plain HTTP on a non-loopback address
        QString registriesDir;       // reference registries for verification; empty: none
        bool listen = true;          // false: routes only (`onewindow-hub routes`)
    };

    static std::unique_ptr<HubServer> start(const Options &options, const core::Clock &clock,
                                            QString *error);
    ~HubServer();

    quint16 port() const { return m_port; }
    bool tls() const { return m_tls; }
    QList<RouteInfo> routes() const;
    // What route handlers share; also how `onewindow-hub init|account|catalog` reach the
    // database, secrets and accounts of a hub started with listen = false.
    HubContext &context() { return *m_context; }


private:
    HubServer();
    bool setUp(const Options &options, const core::Clock &clock, QString *error);

    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubSecrets> m_secrets;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<HubAccounts> m_accounts;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<LiveEvents> m_events;
    std::unique_ptr<Registries> m_registries;
    std::unique_ptr<VerificationService> m_verification;
    std::unique_ptr<HubContext> m_context;
    std::unique_ptr<ApiRouter> m_router;
    quint16 m_port = 0;
    bool m_tls = false;
};

// Registers every route group on `router` (shared by start() and routeList()).
void addAllRoutes(ApiRouter &router, HubContext &hub);

} // namespace ow::hub
