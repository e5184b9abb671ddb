#pragma once

#include "../http/ApiTypes.h"

#include "core/crypto/KeyedHash.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace ow::core {
class Clock;
}

namespace ow::hub {

// Bearer tokens: base64url(payload JSON) "." base64url(HMAC-SM3(secret, first part)). Stateless,
// so any hub process with the shared secret accepts them (docs/api/protocol.md, "Tokens").
class TokenService final
{
    Q_DECLARE_TR_FUNCTIONS(TokenService)

public:
    static constexpr qint64 PersonLifetimeSeconds = 10 * 60 * 60; // a working day
    static constexpr qint64 WorkstationLifetimeSeconds = 60 * 60;

    TokenService(const QByteArray &secret, const core::Clock &clock);

    struct Issued
    {
        QByteArray token;
        QDateTime expiresAt;
    };
    Issued issue(const Caller &caller) const;
    // The caller, or nothing with a translated reason (malformed, forged, expired).
    std::optional<Caller> verify(const QByteArray &token, QString *why) const;

private:
    core::KeyedHash m_mac;
    const core::Clock &m_clock;
};

} // namespace ow::hub
