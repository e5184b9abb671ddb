#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ow::hub {

// Who is calling, as their bearer token says (an empty role: no or no valid token).
struct Caller
{
    QString subject;    // account name, or the station id for a workstation
    QString role;       // clerk | department | admin | workstation
    QString department; // department accounts only
    QString station;    // workstation tokens only
    bool isAdmin() const { return role == QLatin1String("admin"); }
};

struct ApiRequest
{
    const QHttpServerRequest &http;
    QStringList args; // the <arg> parts of the route, in order
    QJsonObject body; // POST bodies: always a JSON object (checked by the router)
    QUrlQuery query;
    Caller caller;
    QString requestId;
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QByteArray raw;         // used instead of body when contentType is set
    QByteArray contentType; // empty: JSON body

    static ApiResponse json(QJsonObject body, int status = 200)
    {
        return {status, std::move(body), {}, {}};
    }
    static ApiResponse text(QByteArray data, QByteArray contentType)
    {
        return {200, {}, std::move(data), std::move(contentType)};
    }
    // {"error": {"code", "message"}}; codes are listed in docs/api/protocol.md.
    static ApiResponse error(int status, const QString &code, const QString &message)
    {
        return {status,
                QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("message"), message}}}},
                {},
                {}};
    }
    static ApiResponse badRequest(const QString &message)
    {
        return error(400, QStringLiteral("bad_request"), message);
    }
    static ApiResponse internal(const QString &message)
    {
        return error(500, QStringLiteral("internal"), message);
    }
};

} // namespace ow::hub
