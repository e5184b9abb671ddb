#include "Sm3.h"

#include "OpenSslSupport.h"

namespace ow::core {

using namespace detail;

struct Sm3::Impl
{
    EvpMdPtr md;
    EvpMdCtxPtr ctx;
    bool ready = false;
};

Sm3::Sm3()
    : d(std::make_unique<Impl>())
{
    reset();
}

Sm3::~Sm3() = default;

void Sm3::reset()
{
    const ErrorQueueScope errors;
    d->ready = false;
    if (!d->md)
        d->md.reset(EVP_MD_fetch(nullptr, "SM3", nullptr));
    if (!d->ctx)
        d->ctx.reset(EVP_MD_CTX_new());
    if (!d->md || !d->ctx || EVP_DigestInit_ex2(d->ctx.get(), d->md.get(), nullptr) != 1) {
        m_error = failure(QStringLiteral("SM3 is not available from OpenSSL"));
        return;
    }
    d->ready = true;
}

bool Sm3::addData(QByteArrayView data)
{
    if (!d->ready)
        return false;
    if (data.isEmpty())
        return true;
    const ErrorQueueScope errors;
    if (EVP_DigestUpdate(d->ctx.get(), data.data(), size_t(data.size())) != 1) {
        m_error = failure(QStringLiteral("SM3 update failed"));
        d->ready = false;
        return false;
    }
    return true;
}

QByteArray Sm3::result()
{
    if (!d->ready)
        return {};
    const ErrorQueueScope errors;
    QByteArray digest(DigestSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(d->ctx.get(), uchars(digest), &length) != 1 || length != DigestSize) {
        m_error = failure(QStringLiteral("SM3 finalization failed"));
        d->ready = false;
        return {};
    }
    reset();
    return digest;
}

QByteArray Sm3::hash(QByteArrayView data)
{
    Sm3 sm3;
    if (!sm3.addData(data))
        return {};
    return sm3.result();
}

} // namespace ow::core
