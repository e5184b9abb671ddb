#pragma once

#include <QByteArray>

namespace ow::core::SecureRandom {

// `n` bytes from OpenSSL's CSPRNG (RAND_bytes), for keys, nonces and salts. Empty when `n` is
// not positive, exceeds INT_MAX, or the generator is not seeded — callers needing bytes must
// check the size. Thread-safe.
[[nodiscard]] QByteArray bytes(qsizetype n);

} // namespace ow::core::SecureRandom
