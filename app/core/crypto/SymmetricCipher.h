#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace ow::core {

// Authenticated encryption of personal data at rest (one database value at a time).
//
// Sealed format, version 1 (all sizes in bytes):
//
//     version (1) = 0x01 | algorithm (1) | nonce (12, random) | ciphertext (n) | tag (16)
//
// so a sealed value is exactly 30 bytes longer than its plaintext. The header (version,
// algorithm, nonce) and the caller's associated data are both authenticated: changing any byte,
// opening with another key, another algorithm or other associated data fails. Use as associated
// data what binds the value to its place, e.g. "resident.id_number" ‖ row id, so that a value
// copied into another row or column does not open.
//
// Algorithms: AES-256-GCM (32-byte key) always. SM4-GCM (16-byte key, id 2) is reserved in the
// format but OpenSSL 3.0 (Debian 12) does not provide it — it arrived in OpenSSL 3.2; until
// then isAvailable(Sm4Gcm) is false and setKey(Sm4Gcm, …) fails. Nonces are random, so one key
// must seal fewer than 2^32 values (NIST SP 800-38D); rotate keys long before that.
//
// The key is copied and wiped when replaced or destroyed. One object is used by one thread at
// a time. errorString() is developer text (English) for the log; it never contains plaintext.
class SymmetricCipher final
{
public:
    enum class Algorithm : quint8 {
        Aes256Gcm = 1,
        Sm4Gcm = 2,
    };

    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype HeaderSize = 2 + NonceSize;
    static constexpr qsizetype Overhead = HeaderSize + TagSize;

    static qsizetype keySize(Algorithm algorithm);
    // Whether the OpenSSL in use provides `algorithm`.
    static bool isAvailable(Algorithm algorithm);
    // A fresh random key of the right size; empty if the algorithm is unknown or RNG failed.
    [[nodiscard]] static QByteArray generateKey(Algorithm algorithm);

    SymmetricCipher();
    ~SymmetricCipher();
    SymmetricCipher(const SymmetricCipher &) = delete;
    SymmetricCipher &operator=(const SymmetricCipher &) = delete;

    // Fails (and keeps no key) when the algorithm is unavailable or the key has the wrong size.
    [[nodiscard]] bool setKey(Algorithm algorithm, QByteArrayView key);
    bool hasKey() const;
    Algorithm algorithm() const;

    // The sealed form of `plaintext`; empty on failure (a sealed value is never empty).
    [[nodiscard]] QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData);
    // The plaintext, or nothing when `sealed` is malformed, truncated, of another version or
    // algorithm, tampered with, or sealed under another key or associated data.
    [[nodiscard]] std::optional<QByteArray> open(QByteArrayView sealed,
                                                 QByteArrayView associatedData);

    QString errorString() const { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};

} // namespace ow::core
