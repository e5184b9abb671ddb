#pragma once

#include "../crypto/KeyedHash.h"
#include "../crypto/SymmetricCipher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow::core {

class WorkstationKeys;

// Seals personal data for the workstation cache (AES-256-GCM) and hashes identifiers for
// lookup (HMAC-SM3), under the keys of WorkstationKeys. Every sealed value is bound to its place
// by `context` (e.g. "applicant:<hash hex>" or "case.form:<case id>"), so a value copied into
// another row does not open. One object is used by one thread at a time.
class PersonalDataVault final
{
public:
    explicit PersonalDataVault(const WorkstationKeys &keys);
    PersonalDataVault(const QByteArray &dataKey, const QByteArray &searchKey);

    bool isReady() const { return m_ready; }

    [[nodiscard]] QByteArray seal(const QJsonObject &value, const QString &context);
    [[nodiscard]] std::optional<QJsonObject> open(const QByteArray &sealed, const QString &context);
    [[nodiscard]] QByteArray sealText(const QString &text, const QString &context);
    [[nodiscard]] std::optional<QString> openText(const QByteArray &sealed, const QString &context);

    // HMAC-SM3 of a normalized identifier (resident ID or credit code); 32 bytes.
    [[nodiscard]] QByteArray identifierHash(const QString &normalizedIdentifier) const;

private:
    SymmetricCipher m_cipher;
    KeyedHash m_hash;
    bool m_ready = false;
};

} // namespace ow::core
