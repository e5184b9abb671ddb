#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace ow::core {

// SM3 digest (GB/T 32905-2016), 32 bytes, one-shot or incremental. Used for hash chains and as
// the digest inside SM2 signatures and HMAC-SM3.
//
// Invariants: an Sm3 object always holds a ready digest state; result() finishes the current
// message and starts a new one, so the object can be reused. After a failure (only possible if
// OpenSSL cannot provide SM3) every call fails and errorString() says why. One object is used
// by one thread at a time; different objects are independent.
class Sm3 final
{
public:
    static constexpr qsizetype DigestSize = 32;

    Sm3();
    ~Sm3();
    Sm3(const Sm3 &) = delete;
    Sm3 &operator=(const Sm3 &) = delete;

    // Appends to the message being hashed.
    [[nodiscard]] bool addData(QByteArrayView data);
    // The digest of everything added since construction, reset() or the last result(); empty
    // on failure. Starts a new message.
    [[nodiscard]] QByteArray result();
    // Drops what was added so far.
    void reset();

    // Developer text (English) for the log; empty when nothing failed.
    QString errorString() const { return m_error; }

    // SM3 of `data`; empty only if OpenSSL cannot provide SM3.
    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};

} // namespace ow::core
