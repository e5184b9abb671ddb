#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ow::core {

// Clerk password hashing with scrypt (RFC 7914, OpenSSL 3 EVP_KDF "SCRYPT").
//
// Encoded form (ASCII, PHC string style; base64 is the standard alphabet without padding):
//
//     $scrypt$ln=14,r=8,p=1$<salt>$<hash>
//
// with N = 2^ln. The encoding carries everything verify() needs, so parameters can be raised
// later: verify() accepts any encoding within the bounds below, needsRehash() says when a stored
// hash is weaker than this hasher's parameters, and the caller re-hashes after the next
// successful login. Decoding is strict (exact field order, canonical decimal and base64) and
// bounded (memory at most 256 MiB, p at most 16) so that a tampered row can neither crash nor
// exhaust the workstation.
//
// Passwords are bytes: pass QString::normalized(QString::NormalizationForm_C).toUtf8() so that
// the same password typed through different input methods matches. verify() compares in
// constant time. hash() and verify() are reentrant on separate objects; one object is used by
// one thread at a time. errorString() is developer text (English) for the log; it never
// contains the password.
class PasswordHasher final
{
public:
    struct Parameters
    {
        int logN = 14;     // N = 2^logN; cost in time and memory (128·r·N bytes)
        int r = 8;         // block size
        int p = 1;         // parallelism (more time, not more memory)
        int saltSize = 16; // bytes
        int hashSize = 32; // bytes

        // Tuned for a clerk workstation: about 80–90 ms and 16 MiB per hash on the reference
        // machine (AMD EPYC, OpenSSL 3.0.x). Raise logN as hardware allows.
        static Parameters recommended() { return {}; }
        // Within the bounds verify() accepts (tests may use a small logN).
        bool isValid() const;
        // 128·r·(N + 2) + 128·r·p: what scrypt allocates.
        quint64 memoryBytes() const;
    };

    explicit PasswordHasher(Parameters parameters = Parameters::recommended());

    const Parameters &parameters() const { return m_parameters; }

    // The encoded hash with a fresh random salt; empty on failure (invalid parameters, RNG or
    // KDF failure).
    [[nodiscard]] QByteArray hash(QByteArrayView password);
    // True only if `encoded` is well-formed and was made from `password`. A wrong password and a
    // malformed encoding both give false; errorString() tells them apart.
    [[nodiscard]] bool verify(QByteArrayView password, QByteArrayView encoded);
    // True if `encoded` is malformed or uses weaker parameters than this hasher.
    [[nodiscard]] bool needsRehash(QByteArrayView encoded) const;

    QString errorString() const { return m_error; }

private:
    Parameters m_parameters;
    QString m_error;
};

} // namespace ow::core
