#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace ow::core {

// A keyed hash (HMAC) for looking values up without storing them in clear, e.g. a column
// holding HMAC-SM3(key, normalized resident ID) beside the sealed ID itself. The same input
// and key always give the same 32 bytes, so hash the normalized form (ResidentIdResult::
// normalized), never raw input. Resident IDs are guessable, so the key is what protects them:
// it is at least 16 bytes (use 32 from SecureRandom) and never stored beside the hashes.
//
// HMAC-SM3 is the default; HMAC-SHA256 exists for peers that require it. The key is held inside
// OpenSSL's MAC context (not in a QByteArray) and wiped by OpenSSL with it. hash() is const and
// keeps no state between calls, but one object is still used by one thread at a time (the
// error string). errorString() is developer text (English) for the log.
class KeyedHash final
{
public:
    enum class Algorithm {
        HmacSm3,
        HmacSha256,
    };

    static constexpr qsizetype MinimumKeySize = 16;
    static constexpr qsizetype HashSize = 32; // both algorithms

    explicit KeyedHash(Algorithm algorithm = Algorithm::HmacSm3);
    ~KeyedHash();
    KeyedHash(const KeyedHash &) = delete;
    KeyedHash &operator=(const KeyedHash &) = delete;

    // Fails (and keeps no key) for keys shorter than MinimumKeySize.
    [[nodiscard]] bool setKey(QByteArrayView key);
    bool hasKey() const;
    Algorithm algorithm() const { return m_algorithm; }

    // HashSize bytes; empty on failure (no key).
    [[nodiscard]] QByteArray hash(QByteArrayView data) const;
    // Whether `expected` is the hash of `data`, compared in constant time.
    [[nodiscard]] bool verify(QByteArrayView data, QByteArrayView expected) const;

    QString errorString() const { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Algorithm m_algorithm;
    mutable QString m_error;
};

} // namespace ow::core
