#pragma once

// Internal to app/core/crypto: included only by the .cpp files of this directory, never by a
// public header, so that no OpenSSL type reaches the rest of OneWindow.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <climits>
#include <memory>

namespace ow::core::detail {

// unique_ptr deleters for OpenSSL objects: one owner, freed exactly once.
template <auto FreeFunction> struct OpenSslDeleter
{
    template <typename T> void operator()(T *p) const { FreeFunction(p); }
};

using EvpMdPtr = std::unique_ptr<EVP_MD, OpenSslDeleter<EVP_MD_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OpenSslDeleter<EVP_CIPHER_free>>;
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<EVP_CIPHER_CTX_free>>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, OpenSslDeleter<EVP_MAC_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OpenSslDeleter<EVP_MAC_CTX_free>>;
using EvpKdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<EVP_KDF_free>>;
using EvpKdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<EVP_KDF_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;

inline const unsigned char *uchars(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

inline unsigned char *uchars(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

// OpenSSL's older entry points take int lengths; larger inputs are refused, not truncated.
inline bool fitsInInt(qsizetype size)
{
    return size >= 0 && size <= INT_MAX;
}

// Clears this thread's OpenSSL error queue on entry and on exit, so that an operation neither
// reports an error left by someone else nor leaves its own behind.
class ErrorQueueScope
{
public:
    ErrorQueueScope();
    ~ErrorQueueScope();
    ErrorQueueScope(const ErrorQueueScope &) = delete;
    ErrorQueueScope &operator=(const ErrorQueueScope &) = delete;
};

// `what` followed by the reasons waiting in OpenSSL's error queue (which it empties), for
// errorString(): "SM2 signing failed: error:…:bad signature".
QString failure(const QString &what);

// Overwrites a buffer that held secret material (when this QByteArray is its only owner) and
// empties it.
void wipe(QByteArray &secret);

} // namespace ow::core::detail
