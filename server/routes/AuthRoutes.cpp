#include "Routes.h"

#include "../HubContext.h"
#include "../auth/HubAccounts.h"
#include "../auth/HubSecrets.h"
#include "../auth/TokenService.h"
#include "../http/ApiRouter.h"
#include "../storage/HubDatabase.h"

#include "core/Clock.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {

class AuthText
{
    Q_DECLARE_TR_FUNCTIONS(AuthRoutes)
};

constexpr qint64 ClockSkewSeconds = 5 * 60;

QJsonObject tokenJson(const TokenService::Issued &issued)
{
    return {{QStringLiteral("token"), QString::fromLatin1(issued.token)},
            {QStringLiteral("expiresAt"), issued.expiresAt.toString(Qt::ISODate)}};
}

bool validStationId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,23}$"));
    return pattern.match(id).hasMatch() && !id.endsWith(QLatin1Char('-'));
}

ApiResponse login(HubContext &hub, const ApiRequest &request)
{
    const QString username = request.body.value(QStringLiteral("username")).toString();
    const QString password = request.body.value(QStringLiteral("password")).toString();
    if (username.isEmpty() || password.isEmpty())
        return ApiResponse::badRequest(AuthText::tr("Give a username and a password."));
    const HubAccounts::LoginResult result = hub.accounts.login(username, password);
    switch (result.failure) {
    case HubAccounts::Failure::None:
        break;
    case HubAccounts::Failure::Wrong:
        return ApiResponse::error(401, QStringLiteral("unauthorized"), result.message);
    case HubAccounts::Failure::Locked:
        return ApiResponse::error(423, QStringLiteral("locked"), result.message);
    case HubAccounts::Failure::Storage:
        return ApiResponse::internal(result.message);
    }
    const HubAccounts::Account &a = *result.account;
    QJsonObject body = tokenJson(hub.tokens.issue({a.username, a.role, a.department, {}}));
    body.insert(QStringLiteral("role"), a.role);
    body.insert(QStringLiteral("department"), a.department);
    body.insert(QStringLiteral("displayName"), a.displayName);
    return ApiResponse::json(body);
}

ApiResponse enrol(HubContext &hub, const ApiRequest &request)
{
    const QString stationId = request.body.value(QStringLiteral("stationId")).toString();
    const QString window = request.body.value(QStringLiteral("window")).toString().trimmed();
    const QByteArray pem = request.body.value(QStringLiteral("publicKey")).toString().toLatin1();
    if (!validStationId(stationId))
        return ApiResponse::badRequest(AuthText::tr(
            "A station id is 1–24 letters, digits or '-', starting with a letter or digit."));
    if (window.isEmpty() || window.size() > 64)
        return ApiResponse::badRequest(AuthText::tr("Name the window (1–64 characters)."));
    core::Sm2Key key;
    if (pem.size() > 4096 || !key.importPublicKeyPem(pem))
        return ApiResponse::badRequest(
            AuthText::tr("publicKey must be the workstation's SM2 public key in PEM."));
    QSqlQuery q(hub.db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO hub_workstation (station_id, window_name, public_key, key_id, enrolled_by, "
        "enrolled_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (station_id) DO UPDATE SET "
        "window_name = excluded.window_name, public_key = excluded.public_key, "
        "key_id = excluded.key_id, enrolled_by = excluded.enrolled_by, "
        "enrolled_at = excluded.enrolled_at"));
    q.addBindValue(stationId);
    q.addBindValue(window);
    q.addBindValue(QString::fromLatin1(pem));
    q.addBindValue(core::DocumentSeal::keyIdOf(key));
    q.addBindValue(request.caller.subject);
    q.addBindValue(hub.now());
    if (!q.exec())
        return ApiResponse::internal(q.lastError().text());
    return ApiResponse::json(
        {{QStringLiteral("stationId"), stationId},
         {QStringLiteral("window"), window},
         {QStringLiteral("hubPublicKey"),
          QString::fromLatin1(hub.secrets.signingKey().exportPublicKeyPem())},
         {QStringLiteral("hubKeyId"), hub.secrets.keyId()}});
}

ApiResponse workstationToken(HubContext &hub, const ApiRequest &request)
{
    const QString stationId = request.body.value(QStringLiteral("stationId")).toString();
    const QString time = request.body.value(QStringLiteral("time")).toString();
    const auto signature = QByteArray::fromBase64Encoding(
        request.body.value(QStringLiteral("signature")).toString().toLatin1());
    const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!validStationId(stationId) || !at.isValid() || !signature)
        return ApiResponse::badRequest(
            AuthText::tr("Give stationId, time (ISO-8601 UTC) and a base64 signature."));
    if (qAbs(at.secsTo(hub.clock.now())) > ClockSkewSeconds)
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  AuthText::tr("The workstation's clock is more than 5 minutes "
                                               "off the hub's; set the time and try again."));
    QSqlQuery q(hub.db.connection());
    q.prepare(QStringLiteral("SELECT public_key FROM hub_workstation WHERE station_id = ?"));
    q.addBindValue(stationId);
    if (!q.exec())
        return ApiResponse::internal(q.lastError().text());
    core::Sm2Key key;
    if (!q.next() || !key.importPublicKeyPem(q.value(0).toString().toLatin1()))
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  AuthText::tr("This workstation is not enrolled at the hub."));
    q.finish();
    const QByteArray message = "onewindow-workstation-auth\n" + stationId.toUtf8() + '\n'
                               + time.toUtf8();
    if (!key.verify(message, *signature))
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  AuthText::tr("The workstation's signature does not match its "
                                               "enrolled key."));
    QSqlQuery seen(hub.db.connection());
    seen.prepare(QStringLiteral("UPDATE hub_workstation SET last_seen = ? WHERE station_id = ?"));
    seen.addBindValue(hub.now());
    seen.addBindValue(stationId);
    if (!seen.exec())
        return ApiResponse::internal(seen.lastError().text());
    return ApiResponse::json(tokenJson(
        hub.tokens.issue({stationId, QStringLiteral("workstation"), {}, stationId})));
}

} // namespace

void addAuthRoutes(ApiRouter &router, HubContext &hub)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/auth/login"), {},
               [&hub](const ApiRequest &r) { return login(hub, r); });
    router.add(Method::Post, QStringLiteral("/api/v1/auth/workstation"), {},
               [&hub](const ApiRequest &r) { return workstationToken(hub, r); });
    router.add(Method::Post, QStringLiteral("/api/v1/workstations"), {QStringLiteral("admin")},
               [&hub](const ApiRequest &r) { return enrol(hub, r); });
}

} // namespace ow::hub
