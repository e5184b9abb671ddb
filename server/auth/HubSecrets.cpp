#include "HubSecrets.h"

#include "core/crypto/SecureRandom.h"
#include "core/documents/DocumentSeal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {
const QString TokenSecretKey = QStringLiteral("token.secret");
const QString SigningKeyKey = QStringLiteral("hub.signing_key");
} // namespace

std::optional<QString> readHubSetting(HubDatabase &db, const QString &key, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM hub_setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return QString();
    return q.value(0).toString();
}

bool insertHubSettingIfAbsent(HubDatabase &db, const QString &key, const QString &value,
                              QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::unique_ptr<HubSecrets> HubSecrets::load(HubDatabase &db, QString *error)
{
    std::optional<QString> secret = readHubSetting(db, TokenSecretKey, error);
    if (!secret)
        return nullptr;
    if (secret->isEmpty()) {
        const QByteArray fresh = core::SecureRandom::bytes(32);
        if (fresh.isEmpty()) {
            *error = tr("The system's random number generator failed.");
            return nullptr;
        }
        if (!insertHubSettingIfAbsent(db, TokenSecretKey, QString::fromLatin1(fresh.toBase64()),
                                      error)
            || !(secret = readHubSetting(db, TokenSecretKey, error)))
            return nullptr;
    }
    std::optional<QString> pem = readHubSetting(db, SigningKeyKey, error);
    if (!pem)
        return nullptr;
    if (pem->isEmpty()) {
        core::Sm2Key fresh;
        if (!fresh.generate()) {
            *error = tr("Could not generate the hub's SM2 signing key.");
            return nullptr;
        }
        if (!insertHubSettingIfAbsent(db, SigningKeyKey,
                                      QString::fromLatin1(fresh.exportPrivateKeyPem()), error)
            || !(pem = readHubSetting(db, SigningKeyKey, error)))
            return nullptr;
    }
    auto secrets = std::make_unique<HubSecrets>();
    secrets->m_tokenSecret = QByteArray::fromBase64(secret->toLatin1());
    if (secrets->m_tokenSecret.size() < 32 || !secrets->m_signingKey.importPrivateKeyPem(pem->toLatin1())) {
        *error = tr("The hub's stored secrets are damaged (hub_setting %1 / %2).")
                     .arg(TokenSecretKey, SigningKeyKey);
        return nullptr;
    }
    return secrets;
}

QString HubSecrets::keyId() const
{
    return core::DocumentSeal::keyIdOf(m_signingKey);
}

} // namespace ow::hub
