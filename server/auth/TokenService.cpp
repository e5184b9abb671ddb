#include "TokenService.h"

#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow::hub {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QStringList KnownRoles{QStringLiteral("clerk"), QStringLiteral("department"),
                             QStringLiteral("admin"), QStringLiteral("workstation")};
} // namespace

TokenService::TokenService(const QByteArray &secret, const core::Clock &clock)
    : m_clock(clock)
{
    if (!m_mac.setKey(secret))
        qFatal("TokenService: the token secret is too short");
}

TokenService::Issued TokenService::issue(const Caller &caller) const
{
    const QDateTime now = m_clock.now().toUTC();
    const qint64 lifetime = caller.role == QLatin1String("workstation") ? WorkstationLifetimeSeconds
                                                                        : PersonLifetimeSeconds;
    const QDateTime expires = now.addSecs(lifetime);
    QJsonObject payload{{QStringLiteral("sub"), caller.subject},
                        {QStringLiteral("role"), caller.role},
                        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                        {QStringLiteral("exp"), expires.toSecsSinceEpoch()}};
    if (!caller.department.isEmpty())
        payload.insert(QStringLiteral("dept"), caller.department);
    if (!caller.station.isEmpty())
        payload.insert(QStringLiteral("station"), caller.station);
    const QByteArray head = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return {head + '.' + m_mac.hash(head).toBase64(Base64Url), expires};
}

std::optional<Caller> TokenService::verify(const QByteArray &token, QString *why) const
{
    const qsizetype dot = token.indexOf('.');
    if (token.size() > 4096 || dot <= 0 || token.indexOf('.', dot + 1) >= 0) {
        *why = tr("The token is malformed; log in again.");
        return std::nullopt;
    }
    const QByteArray head = token.left(dot);
    const auto mac = QByteArray::fromBase64Encoding(token.mid(dot + 1), Base64Url);
    if (!mac || !m_mac.verify(head, *mac)) {
        *why = tr("The token's signature does not match: it was not issued by this hub.");
        return std::nullopt;
    }
    const auto json = QByteArray::fromBase64Encoding(head, Base64Url);
    const QJsonObject payload = json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
    Caller caller{payload.value(QStringLiteral("sub")).toString(),
                  payload.value(QStringLiteral("role")).toString(),
                  payload.value(QStringLiteral("dept")).toString(),
                  payload.value(QStringLiteral("station")).toString()};
    if (caller.subject.isEmpty() || !KnownRoles.contains(caller.role)) {
        *why = tr("The token is malformed; log in again.");
        return std::nullopt;
    }
    const qint64 expires = payload.value(QStringLiteral("exp")).toInteger();
    if (expires <= m_clock.now().toSecsSinceEpoch()) {
        *why = tr("The token has expired; log in again.");
        return std::nullopt;
    }
    return caller;
}

} // namespace ow::hub
