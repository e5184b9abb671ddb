#include "KeyedHash.h"

#include "OpenSslSupport.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

namespace ow::core {

using namespace detail;

struct KeyedHash::Impl
{
    EvpMacCtxPtr keyed; // initialized with the key; each hash works on a copy
};

KeyedHash::KeyedHash(Algorithm algorithm)
    : d(std::make_unique<Impl>())
    , m_algorithm(algorithm)
{}

KeyedHash::~KeyedHash() = default;

bool KeyedHash::hasKey() const
{
    return d->keyed != nullptr;
}

bool KeyedHash::setKey(QByteArrayView key)
{
    d->keyed.reset();
    if (key.size() < MinimumKeySize) {
        m_error = QStringLiteral("the HMAC key must be at least %1 bytes, got %2")
                      .arg(MinimumKeySize)
                      .arg(key.size());
        return false;
    }
    const ErrorQueueScope errors;
    char digest[16] = {};
    qstrncpy(digest, m_algorithm == Algorithm::HmacSm3 ? "SM3" : "SHA256", sizeof digest);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    EvpMacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx || EVP_MAC_init(ctx.get(), uchars(key), size_t(key.size()), params) != 1
        || EVP_MAC_CTX_get_mac_size(ctx.get()) != size_t(HashSize)) {
        m_error =
            failure(QStringLiteral("HMAC-%1 is not available").arg(QString::fromLatin1(digest)));
        return false;
    }
    d->keyed = std::move(ctx);
    m_error.clear();
    return true;
}

QByteArray KeyedHash::hash(QByteArrayView data) const
{
    if (!hasKey()) {
        m_error = QStringLiteral("cannot compute the keyed hash: no key set");
        return {};
    }
    const ErrorQueueScope errors;
    EvpMacCtxPtr ctx(EVP_MAC_CTX_dup(d->keyed.get()));
    QByteArray out(HashSize, Qt::Uninitialized);
    size_t length = 0;
    if (!ctx || EVP_MAC_update(ctx.get(), uchars(data), size_t(data.size())) != 1
        || EVP_MAC_final(ctx.get(), uchars(out), &length, size_t(out.size())) != 1
        || length != size_t(HashSize)) {
        m_error = failure(QStringLiteral("the keyed hash failed"));
        return {};
    }
    m_error.clear();
    return out;
}

bool KeyedHash::verify(QByteArrayView data, QByteArrayView expected) const
{
    const QByteArray actual = hash(data);
    if (actual.isEmpty())
        return false;
    if (expected.size() != actual.size()) {
        m_error = QStringLiteral("the expected keyed hash has %1 bytes, not %2")
                      .arg(expected.size())
                      .arg(HashSize);
        return false;
    }
    if (CRYPTO_memcmp(actual.constData(), expected.data(), size_t(actual.size())) != 0) {
        m_error = QStringLiteral("the keyed hash does not match");
        return false;
    }
    return true;
}

} // namespace ow::core
