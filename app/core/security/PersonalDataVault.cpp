#include "PersonalDataVault.h"

#include "WorkstationKeys.h"

#include <QJsonDocument>

namespace ow::core {

PersonalDataVault::PersonalDataVault(const WorkstationKeys &keys)
    : PersonalDataVault(keys.dataKey(), keys.searchKey())
{}

PersonalDataVault::PersonalDataVault(const QByteArray &dataKey, const QByteArray &searchKey)
{
    m_ready =
        m_cipher.setKey(SymmetricCipher::Algorithm::Aes256Gcm, dataKey) && m_hash.setKey(searchKey);
}

QByteArray PersonalDataVault::seal(const QJsonObject &value, const QString &context)
{
    return m_cipher.seal(QJsonDocument(value).toJson(QJsonDocument::Compact), context.toUtf8());
}

std::optional<QJsonObject> PersonalDataVault::open(const QByteArray &sealed, const QString &context)
{
    const auto plain = m_cipher.open(sealed, context.toUtf8());
    if (!plain)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray PersonalDataVault::sealText(const QString &text, const QString &context)
{
    return m_cipher.seal(text.toUtf8(), context.toUtf8());
}

std::optional<QString> PersonalDataVault::openText(const QByteArray &sealed, const QString &context)
{
    const auto plain = m_cipher.open(sealed, context.toUtf8());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QByteArray PersonalDataVault::identifierHash(const QString &normalizedIdentifier) const
{
    return m_hash.hash(normalizedIdentifier.toUtf8());
}

} // namespace ow::core
