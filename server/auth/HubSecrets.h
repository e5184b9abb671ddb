#pragma once

#include "../storage/HubDatabase.h"

#include "core/crypto/Sm2Key.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace ow::hub {

// The hub's two secrets, kept in its database so that every hub process on one database shares
// them (no state only in memory): the HMAC-SM3 key that signs tokens and the SM2 key that signs
// verification answers (the hub's e-seal). Created on first use; when two processes race, the
// first insert wins and both read it back.
class HubSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(HubSecrets)

public:
    static std::unique_ptr<HubSecrets> load(HubDatabase &db, QString *error);

    const QByteArray &tokenSecret() const { return m_tokenSecret; }
    const core::Sm2Key &signingKey() const { return m_signingKey; }
    QString keyId() const;

private:
    QByteArray m_tokenSecret;
    core::Sm2Key m_signingKey;
};

// Small typed access to hub_setting.
std::optional<QString> readHubSetting(HubDatabase &db, const QString &key, QString *error);
// Inserts unless the key exists (then leaves it as it is).
bool insertHubSettingIfAbsent(HubDatabase &db, const QString &key, const QString &value,
                              QString *error);

} // namespace ow::hub
