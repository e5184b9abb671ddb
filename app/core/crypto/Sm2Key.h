#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace ow::core {

// An SM2 key (GB/T 32918, curve SM2 / GM/T 0003.5 recommended parameters) with SM2-with-SM3
// signatures, for signed receipts and the audit log.
//
// An Sm2Key is null, a public key (can verify), or a key pair (can also sign and export the
// private key). Every import replaces the previous key only when it succeeds; keys that are not
// SM2 (P-256, RSA, …) and points not on the curve are refused.
//
// Signer ID: the SM2 signature hashes Z = SM3(ENTL‖ID‖a‖b‖G‖public key) before the message.
// OneWindow always sets the ID explicitly; the default is the standard "1234567812345678"
// (GM/T 0009), not OpenSSL 3's empty default, so signatures interoperate with other SM2
// implementations. Signatures are DER (SEQUENCE of r, s); non-canonical DER is refused.
//
// The private key lives in OpenSSL's memory and is freed (and wiped by OpenSSL) with the object.
// Exported private-key PEM is secret: the caller stores and wipes it. One object is used by one
// thread at a time. errorString() is developer text (English) for the log.
class Sm2Key final
{
public:
    static constexpr qsizetype RawPublicKeySize = 65; // 04 ‖ X ‖ Y
    static constexpr QByteArrayView defaultSignerId() { return "1234567812345678"; }
    // ENTL, the ID's length in bits, is a 16-bit field.
    static constexpr qsizetype MaximumSignerIdSize = 8191;

    Sm2Key();
    ~Sm2Key();
    Sm2Key(const Sm2Key &) = delete;
    Sm2Key &operator=(const Sm2Key &) = delete;

    bool isNull() const;
    bool hasPrivateKey() const;

    // A new random key pair.
    [[nodiscard]] bool generate();

    // Unencrypted PKCS#8 "PRIVATE KEY" (or SEC1 "EC PRIVATE KEY") PEM; encrypted PEM is
    // refused without prompting for a pass phrase.
    [[nodiscard]] bool importPrivateKeyPem(QByteArrayView pem);
    // SubjectPublicKeyInfo "PUBLIC KEY" PEM.
    [[nodiscard]] bool importPublicKeyPem(QByteArrayView pem);
    // Uncompressed point 04 ‖ X ‖ Y, 65 bytes, or the same as 130 hexadecimal digits.
    [[nodiscard]] bool importPublicKeyRaw(QByteArrayView point);
    [[nodiscard]] bool importPublicKeyHex(QByteArrayView hex);

    // Empty on failure (null key, or no private key for the first).
    [[nodiscard]] QByteArray exportPrivateKeyPem() const;
    [[nodiscard]] QByteArray exportPublicKeyPem() const;
    [[nodiscard]] QByteArray publicKeyRaw() const;
    [[nodiscard]] QByteArray publicKeyHex() const; // lower case

    // SM2-with-SM3 signature of `message` (DER, at most 72 bytes); empty on failure.
    [[nodiscard]] QByteArray sign(QByteArrayView message,
                                  QByteArrayView signerId = defaultSignerId()) const;
    // True only for a well-formed signature of exactly `message` by this key under `signerId`.
    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView signature,
                              QByteArrayView signerId = defaultSignerId()) const;

    QString errorString() const { return m_error; }

private:
    // Takes ownership of `owned`; on a key that is not usable SM2, keeps the old key and sets
    // the error to `context` followed by the reason.
    bool adopt(evp_pkey_st *owned, bool withPrivate, const QString &context);

    struct Impl;
    std::unique_ptr<Impl> d;
    mutable QString m_error;
};

} // namespace ow::core
