#include "SecureRandom.h"

#include "OpenSslSupport.h"

#include <openssl/rand.h>

namespace ow::core::SecureRandom {

QByteArray bytes(qsizetype n)
{
    if (n <= 0 || !detail::fitsInInt(n))
        return {};
    const detail::ErrorQueueScope errors;
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(detail::uchars(out), int(n)) != 1)
        return {};
    return out;
}

} // namespace ow::core::SecureRandom
