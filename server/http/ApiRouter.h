#pragma once

#include "ApiTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QHttpServerRequest>
#include <QList>

#include <functional>

class QHttpServer;
class QHttpServerResponse;

namespace ow::hub {

class TokenService;

struct RouteInfo
{
    QString method; // GET, POST
    QString path;   // OpenAPI style: /api/v1/cases/{id}
};

// The hub's routes on QHttpServer with what every route shares: a request id, a body size
// limit, JSON object bodies, bearer-token roles, JSON errors, and per-route counters for
// /metrics. Routes are written as "/api/v1/cases/<arg>/steps/<arg>" and documented with the
// names given to add() ({id}, {position}), so `onewindow-hub routes` can be checked against
// docs/api/openapi.yaml.
class ApiRouter final
{
    Q_DECLARE_TR_FUNCTIONS(ApiRouter)

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    ApiRouter(QHttpServer &server, const TokenService &tokens);

    // `path` uses {name} for each argument; `roles` empty = no token needed.
    void add(QHttpServerRequest::Method method, const QString &path, const QStringList &roles,
             Handler handler);
    // A WebSocket endpoint (Qt's WebSocket server takes the upgraded socket), listed with the
    // routes for the API document.
    void addUpgrade(const QString &path);
    // After every add(): answers anything else with a JSON 404.
    void finish();

    QList<RouteInfo> routes() const { return m_routes; }
    // Prometheus text lines: requests by route and status.
    QByteArray metricsText() const;

private:
    QHttpServerResponse dispatch(const RouteInfo &route, const QStringList &roles,
                                 const Handler &handler, const QHttpServerRequest &request,
                                 QStringList args);
    void count(const RouteInfo &route, int status);

    QHttpServer &m_server;
    const TokenService &m_tokens;
    QList<RouteInfo> m_routes;
    QHash<QString, quint64> m_counts; // "METHOD path status" → requests
};

} // namespace ow::hub
