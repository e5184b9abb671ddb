#include "ApiRouter.h"

#include "../auth/TokenService.h"
#include "HubLogging.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

namespace ow::hub {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

// "/api/v1/cases/{id}" → "/api/v1/cases/<arg>" (QHttpServer's placeholder), and the count.
QString qtPattern(const QString &path, int *argCount)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
    *argCount = int(path.count(placeholder));
    QString pattern = path;
    pattern.replace(placeholder, QStringLiteral("<arg>"));
    return pattern;
}

QString requestIdOf(const QHttpServerRequest &request)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString given = QString::fromLatin1(request.value(QByteArrayLiteral("X-Request-Id")));
    if (allowed.match(given).hasMatch())
        return given;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QHttpServerResponse toHttp(const ApiResponse &response, const QString &requestId)
{
    const auto status = static_cast<QHttpServerResponse::StatusCode>(response.status);
    QHttpServerResponse http = response.contentType.isEmpty()
        ? QHttpServerResponse(QByteArrayLiteral("application/json"),
                              QJsonDocument(response.body).toJson(QJsonDocument::Compact), status)
        : QHttpServerResponse(response.contentType, response.raw, status);
    http.addHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    http.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return http;
}

} // namespace

ApiRouter::ApiRouter(QHttpServer &server, const TokenService &tokens)
    : m_server(server)
    , m_tokens(tokens)
{}

void ApiRouter::add(QHttpServerRequest::Method method, const QString &path,
                    const QStringList &roles, Handler handler)
{
    const RouteInfo route{methodName(method), path};
    m_routes.append(route);
    int argCount = 0;
    const QString pattern = qtPattern(path, &argCount);
    switch (argCount) {
    case 0:
        m_server.route(pattern, method, [=, this](const QHttpServerRequest &request) {
            return dispatch(route, roles, handler, request, {});
        });
        break;
    case 1:
        m_server.route(pattern, method,
                       [=, this](const QString &a, const QHttpServerRequest &request) {
                           return dispatch(route, roles, handler, request, {a});
                       });
        break;
    case 2:
        m_server.route(pattern, method, [=, this](const QString &a, const QString &b,
                                                  const QHttpServerRequest &request) {
            return dispatch(route, roles, handler, request, {a, b});
        });
        break;
    default:
        qFatal("ApiRouter: routes take at most two arguments (%s)", qPrintable(path));
    }
}

void ApiRouter::addUpgrade(const QString &path)
{
    m_routes.append({QStringLiteral("GET"), path});
    // Qt 6.4 routes an upgrade request before handing the socket to its WebSocket server: a
    // response written here would reach the client ahead of "101 Switching Protocols". So an
    // upgrade gets no answer from the router; a plain GET is told what to do.
    m_server.route(path, QHttpServerRequest::Method::Get,
                   [this, path](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       if (request.value(QByteArrayLiteral("Upgrade")).compare("websocket",
                                                                              Qt::CaseInsensitive)
                           == 0)
                           return;
                       const QString requestId = requestIdOf(request);
                       const ApiResponse answer = ApiResponse::error(
                           426, QStringLiteral("bad_request"),
                           tr("%1 is a WebSocket: connect with Upgrade: websocket.").arg(path));
                       count({QStringLiteral("GET"), path}, answer.status);
                       responder.write(QJsonDocument(answer.body).toJson(QJsonDocument::Compact),
                                       {{QByteArrayLiteral("Content-Type"),
                                         QByteArrayLiteral("application/json")},
                                        {QByteArrayLiteral("X-Request-Id"), requestId.toLatin1()}},
                                       QHttpServerResponder::StatusCode(answer.status));
                   });
}

void ApiRouter::finish()
{
    // Registered last, so it only sees what no route matched.
    m_server.route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request) {
        const RouteInfo unknown{methodName(request.method()), QStringLiteral("(unknown)")};
        count(unknown, 404);
        return toHttp(ApiResponse::error(404, QStringLiteral("not_found"),
                                         tr("There is no %1 %2 in this API.")
                                             .arg(unknown.method, request.url().path())),
                      requestIdOf(request));
    });
}

QHttpServerResponse ApiRouter::dispatch(const RouteInfo &route, const QStringList &roles,
                                        const Handler &handler, const QHttpServerRequest &request,
                                        QStringList args)
{
    const QString requestId = requestIdOf(request);
    auto answer = [&](const ApiResponse &response) {
        count(route, response.status);
        if (response.status >= 500)
            qCWarning(lcHubHttp) << requestId << route.method << route.path << response.status
                                 << response.body;
        return toHttp(response, requestId);
    };

    ApiRequest api{request, std::move(args), {}, QUrlQuery(request.url()), {}, requestId};
    if (!roles.isEmpty()) {
        const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
        if (!authorization.startsWith("Bearer "))
            return answer(ApiResponse::error(401, QStringLiteral("unauthorized"),
                                             tr("Log in first: this call needs a bearer token.")));
        QString why;
        const std::optional<Caller> caller = m_tokens.verify(authorization.mid(7).trimmed(), &why);
        if (!caller)
            return answer(ApiResponse::error(401, QStringLiteral("unauthorized"), why));
        if (!roles.contains(caller->role))
            return answer(ApiResponse::error(
                403, QStringLiteral("forbidden"),
                tr("The role \"%1\" may not do this; it needs one of: %2.")
                    .arg(caller->role, roles.join(QStringLiteral(", ")))));
        api.caller = *caller;
    }
    if (request.body().size() > MaxBodyBytes)
        return answer(ApiResponse::error(413, QStringLiteral("too_large"),
                                         tr("The request body is larger than %1 MiB.")
                                             .arg(MaxBodyBytes / (1024 * 1024))));
    if (request.method() == QHttpServerRequest::Method::Post) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return answer(ApiResponse::badRequest(tr("The body is not valid JSON: %1 at byte %2.")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset)));
        if (!doc.isObject())
            return answer(ApiResponse::badRequest(tr("The body must be a JSON object.")));
        api.body = doc.object();
    }
    return answer(handler(api));
}

void ApiRouter::count(const RouteInfo &route, int status)
{
    ++m_counts[route.method + QLatin1Char(' ') + route.path + QLatin1Char(' ')
               + QString::number(status)];
}

QByteArray ApiRouter::metricsText() const
{
    QByteArray out = "# HELP onewindow_hub_requests_total HTTP requests by route and status.\n"
                     "# TYPE onewindow_hub_requests_total counter\n";
    QStringList keys = m_counts.keys();
    keys.sort();
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char(' '));
        out += QStringLiteral("onewindow_hub_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4\n")
                   .arg(parts.value(0), parts.value(1), parts.value(2))
                   .arg(m_counts.value(key))
                   .toUtf8();
    }
    return out;
}

} // namespace ow::hub
