#include "SymmetricCipher.h"

#include "OpenSslSupport.h"
#include "SecureRandom.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace ow::core {

using namespace detail;

namespace {

const char *openSslName(SymmetricCipher::Algorithm algorithm)
{
    switch (algorithm) {
    case SymmetricCipher::Algorithm::Aes256Gcm:
        return "AES-256-GCM";
    case SymmetricCipher::Algorithm::Sm4Gcm:
        return "SM4-GCM";
    }
    return nullptr;
}

EvpCipherPtr fetchCipher(SymmetricCipher::Algorithm algorithm)
{
    const char *name = openSslName(algorithm);
    return EvpCipherPtr(name ? EVP_CIPHER_fetch(nullptr, name, nullptr) : nullptr);
}

QString algorithmName(SymmetricCipher::Algorithm algorithm)
{
    const char *name = openSslName(algorithm);
    return name ? QString::fromLatin1(name)
                : QStringLiteral("algorithm %1").arg(unsigned(algorithm));
}

} // namespace

struct SymmetricCipher::Impl
{
    Algorithm algorithm = Algorithm::Aes256Gcm;
    EvpCipherPtr cipher; // null while there is no key
    QByteArray key;

    void clear()
    {
        cipher.reset();
        wipe(key);
    }
    ~Impl() { clear(); }
};

qsizetype SymmetricCipher::keySize(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Aes256Gcm:
        return 32;
    case Algorithm::Sm4Gcm:
        return 16;
    }
    return 0;
}

bool SymmetricCipher::isAvailable(Algorithm algorithm)
{
    const ErrorQueueScope errors;
    return fetchCipher(algorithm) != nullptr;
}

QByteArray SymmetricCipher::generateKey(Algorithm algorithm)
{
    const qsizetype size = keySize(algorithm);
    return size > 0 ? SecureRandom::bytes(size) : QByteArray();
}

SymmetricCipher::SymmetricCipher()
    : d(std::make_unique<Impl>())
{}

SymmetricCipher::~SymmetricCipher() = default;

bool SymmetricCipher::hasKey() const
{
    return d->cipher != nullptr;
}

SymmetricCipher::Algorithm SymmetricCipher::algorithm() const
{
    return d->algorithm;
}

bool SymmetricCipher::setKey(Algorithm algorithm, QByteArrayView key)
{
    d->clear();
    const qsizetype expected = keySize(algorithm);
    if (expected == 0) {
        m_error = QStringLiteral("unknown cipher algorithm %1").arg(unsigned(algorithm));
        return false;
    }
    if (key.size() != expected) {
        m_error = QStringLiteral("%1 needs a %2-byte key, got %3 bytes")
                      .arg(algorithmName(algorithm))
                      .arg(expected)
                      .arg(key.size());
        return false;
    }
    const ErrorQueueScope errors;
    EvpCipherPtr cipher = fetchCipher(algorithm);
    if (!cipher) {
        m_error = failure(QStringLiteral("%1 is not provided by this OpenSSL (%2)")
                              .arg(algorithmName(algorithm),
                                   QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
        return false;
    }
    d->algorithm = algorithm;
    d->cipher = std::move(cipher);
    d->key = QByteArray(key.data(), key.size()); // a private copy, wiped in clear()
    m_error.clear();
    return true;
}

QByteArray SymmetricCipher::seal(QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (!hasKey()) {
        m_error = QStringLiteral("cannot seal: no key set");
        return {};
    }
    if (!fitsInInt(plaintext.size() + Overhead) || !fitsInInt(associatedData.size())) {
        m_error = QStringLiteral("cannot seal: the value or its associated data is too large");
        return {};
    }
    const QByteArray nonce = SecureRandom::bytes(NonceSize);
    if (nonce.size() != NonceSize) {
        m_error = QStringLiteral("cannot seal: the random generator failed");
        return {};
    }

    QByteArray sealed(plaintext.size() + Overhead, Qt::Uninitialized);
    sealed[0] = char(FormatVersion);
    sealed[1] = char(d->algorithm);
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin() + 2);
    unsigned char *out = uchars(sealed);

    const ErrorQueueScope errors;
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    bool ok =
        ctx
        && EVP_EncryptInit_ex2(ctx.get(), d->cipher.get(), uchars(d->key), out + 2, nullptr) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, out, int(HeaderSize)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &length, uchars(associatedData),
                               int(associatedData.size()))
             == 1;
    int written = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), out + HeaderSize, &written, uchars(plaintext),
                               int(plaintext.size()))
                 == 1
             && written == plaintext.size();
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), out + HeaderSize + written, &length) == 1
         && length == 0
         && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, int(TagSize),
                                out + HeaderSize + plaintext.size())
                == 1;
    if (!ok) {
        m_error = failure(QStringLiteral("%1 encryption failed").arg(algorithmName(d->algorithm)));
        return {};
    }
    m_error.clear();
    return sealed;
}

std::optional<QByteArray> SymmetricCipher::open(QByteArrayView sealed,
                                                QByteArrayView associatedData)
{
    if (!hasKey()) {
        m_error = QStringLiteral("cannot open: no key set");
        return std::nullopt;
    }
    if (sealed.size() < Overhead) {
        m_error = QStringLiteral("cannot open: %1 bytes is shorter than any sealed value (%2)")
                      .arg(sealed.size())
                      .arg(Overhead);
        return std::nullopt;
    }
    if (!fitsInInt(sealed.size()) || !fitsInInt(associatedData.size())) {
        m_error = QStringLiteral("cannot open: the value or its associated data is too large");
        return std::nullopt;
    }
    if (quint8(sealed[0]) != FormatVersion) {
        m_error = QStringLiteral("cannot open: unknown format version %1").arg(quint8(sealed[0]));
        return std::nullopt;
    }
    if (quint8(sealed[1]) != quint8(d->algorithm)) {
        m_error = QStringLiteral("cannot open: sealed with algorithm %1, the key is for %2")
                      .arg(quint8(sealed[1]))
                      .arg(quint8(d->algorithm));
        return std::nullopt;
    }

    const unsigned char *in = uchars(sealed);
    const qsizetype ciphertextSize = sealed.size() - Overhead;
    unsigned char tag[TagSize];
    std::copy_n(in + HeaderSize + ciphertextSize, TagSize, tag);
    QByteArray plaintext(ciphertextSize, Qt::Uninitialized);

    const ErrorQueueScope errors;
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    bool ok =
        ctx && EVP_DecryptInit_ex2(ctx.get(), d->cipher.get(), uchars(d->key), in + 2, nullptr) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, in, int(HeaderSize)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &length, uchars(associatedData),
                               int(associatedData.size()))
             == 1;
    int written = 0;
    if (ok && ciphertextSize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), uchars(plaintext), &written, in + HeaderSize,
                               int(ciphertextSize))
                 == 1
             && written == ciphertextSize;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, int(TagSize), tag) == 1;
    if (!ok) {
        wipe(plaintext);
        m_error = failure(QStringLiteral("%1 decryption failed").arg(algorithmName(d->algorithm)));
        return std::nullopt;
    }
    // The tag is checked here; until it is, the decrypted bytes are untrusted and are wiped.
    if (EVP_DecryptFinal_ex(ctx.get(), uchars(plaintext) + written, &length) != 1 || length != 0) {
        wipe(plaintext);
        m_error = QStringLiteral("cannot open: the value was altered, or the key or associated "
                                 "data is not the one it was sealed with");
        return std::nullopt;
    }
    m_error.clear();
    return plaintext;
}

} // namespace ow::core
