#pragma once

#include "../crypto/Sm2Key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ow::core {

// The workstation's own secrets, kept in one owner-only file beside (never inside) the
// database: the window's SM2 key pair that seals receipts and notices, the AES-256 key that
// seals personal data at rest, and the HMAC-SM3 key for looking identifiers up. Created with
// fresh random keys on first use; see docs/personal-data.md for how to handle the file.
class WorkstationKeys final
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationKeys)

public:
    static constexpr auto FileName = "workstation-keys.json";

    // Reads `<directory>/workstation-keys.json`, creating it when missing. Null with a
    // translated `error` when the file exists but cannot be read or is damaged — a damaged key
    // file is never replaced, since the data sealed under it would be lost.
    static std::unique_ptr<WorkstationKeys> openOrCreate(const QString &directory, QString *error);

    const Sm2Key &signingKey() const { return m_signingKey; }
    // The public half as PEM, for enrolment and for verifying this window's receipts elsewhere.
    QByteArray publicKeyPem() const;
    // DocumentSeal::keyIdOf of the signing key: printed in QR codes so a verifier picks the
    // right key.
    QString keyId() const;
    QByteArray dataKey() const { return m_dataKey; }     // 32 bytes, AES-256-GCM
    QByteArray searchKey() const { return m_searchKey; } // 32 bytes, HMAC-SM3

private:
    WorkstationKeys() = default;
    Sm2Key m_signingKey;
    QByteArray m_dataKey;
    QByteArray m_searchKey;
};

} // namespace ow::core
