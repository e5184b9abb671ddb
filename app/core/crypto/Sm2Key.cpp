#include "Sm2Key.h"

#include "OpenSslSupport.h"

#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/pem.h>

namespace ow::core {

using namespace detail;

namespace {

// Refuses encrypted PEM instead of letting OpenSSL prompt on the terminal.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

BioPtr readOnlyBio(QByteArrayView data)
{
    if (data.isEmpty() || !fitsInInt(data.size()))
        return {};
    return BioPtr(BIO_new_mem_buf(data.data(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    const size_t pending = BIO_ctrl_pending(bio);
    if (pending == 0 || !fitsInInt(qsizetype(pending)))
        return {};
    QByteArray out(qsizetype(pending), Qt::Uninitialized);
    if (BIO_read(bio, out.data(), int(pending)) != int(pending))
        return {};
    return out;
}

bool isHexDigits(QByteArrayView text)
{
    for (const char c : text) {
        const bool digit =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit)
            return false;
    }
    return true;
}

} // namespace

struct Sm2Key::Impl
{
    EvpPkeyPtr key;
    bool hasPrivate = false;
};

Sm2Key::Sm2Key()
    : d(std::make_unique<Impl>())
{}

Sm2Key::~Sm2Key() = default;

bool Sm2Key::isNull() const
{
    return !d->key;
}

bool Sm2Key::hasPrivateKey() const
{
    return d->key && d->hasPrivate;
}

namespace {

// Checks that `key` is a usable SM2 key and makes it export uncompressed points. Returns an
// empty string when it is, the reason otherwise.
QString adoptSm2(EVP_PKEY *key, bool withPrivate)
{
    if (key == nullptr)
        return failure(QStringLiteral("not a readable key"));
    if (!EVP_PKEY_is_a(key, "SM2"))
        return QStringLiteral("the key is not an SM2 key (found %1)")
            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key)));
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    const int checked = check ? (withPrivate ? EVP_PKEY_pairwise_check(check.get())
                                             : EVP_PKEY_public_check(check.get()))
                              : 0;
    if (checked != 1)
        return failure(QStringLiteral("the SM2 key failed its consistency check"));
    if (EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                       "uncompressed")
        != 1)
        return failure(QStringLiteral("cannot select the uncompressed point format"));
    return {};
}

} // namespace

bool Sm2Key::adopt(evp_pkey_st *owned, bool withPrivate, const QString &context)
{
    EvpPkeyPtr key(owned);
    if (const QString reason = adoptSm2(key.get(), withPrivate); !reason.isEmpty()) {
        m_error = context + reason;
        return false;
    }
    d->key = std::move(key);
    d->hasPrivate = withPrivate;
    m_error.clear();
    return true;
}

bool Sm2Key::generate()
{
    const ErrorQueueScope errors;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1) {
        m_error = failure(QStringLiteral("SM2 key generation failed"));
        return false;
    }
    return adopt(raw, true, QStringLiteral("SM2 key generation failed: "));
}

bool Sm2Key::importPrivateKeyPem(QByteArrayView pem)
{
    const ErrorQueueScope errors;
    BioPtr bio = readOnlyBio(pem);
    return adopt((bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, noPassphrase, nullptr,
                                                   nullptr, nullptr)
                      : nullptr),
                 true, QStringLiteral("cannot import the SM2 private key: "));
}

bool Sm2Key::importPublicKeyPem(QByteArrayView pem)
{
    const ErrorQueueScope errors;
    BioPtr bio = readOnlyBio(pem);
    return adopt(
        (bio ? PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, noPassphrase, nullptr, nullptr, nullptr)
             : nullptr),
        false, QStringLiteral("cannot import the SM2 public key: "));
}

bool Sm2Key::importPublicKeyRaw(QByteArrayView point)
{
    if (point.size() != RawPublicKeySize || point.front() != '\x04') {
        m_error = QStringLiteral("cannot import the SM2 public key: expected 65 bytes 04‖X‖Y, got "
                                 "%1 bytes")
                      .arg(point.size());
        return false;
    }
    const ErrorQueueScope errors;
    QByteArray copy = point.toByteArray(); // OSSL_PARAM wants a non-const buffer
    char group[] = "SM2";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, copy.data(),
                                          size_t(copy.size())),
        OSSL_PARAM_construct_end(),
    };
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) != 1) {
        m_error = failure(QStringLiteral("cannot import the SM2 public key: not a point on the "
                                         "SM2 curve"));
        return false;
    }
    return adopt(raw, false, QStringLiteral("cannot import the SM2 public key: "));
}

bool Sm2Key::importPublicKeyHex(QByteArrayView hex)
{
    // QByteArray::fromHex skips invalid characters; a key must not be guessed from garbage.
    if (hex.size() != 2 * RawPublicKeySize || !isHexDigits(hex)) {
        m_error = QStringLiteral("cannot import the SM2 public key: expected 130 hexadecimal "
                                 "digits");
        return false;
    }
    return importPublicKeyRaw(QByteArray::fromHex(hex.toByteArray()));
}

QByteArray Sm2Key::exportPrivateKeyPem() const
{
    if (!hasPrivateKey()) {
        m_error = QStringLiteral("no SM2 private key to export");
        return {};
    }
    const ErrorQueueScope errors;
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1) {
        m_error = failure(QStringLiteral("cannot export the SM2 private key"));
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Sm2Key::exportPublicKeyPem() const
{
    if (isNull()) {
        m_error = QStringLiteral("no SM2 key to export");
        return {};
    }
    const ErrorQueueScope errors;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), d->key.get()) != 1) {
        m_error = failure(QStringLiteral("cannot export the SM2 public key"));
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Sm2Key::publicKeyRaw() const
{
    if (isNull()) {
        m_error = QStringLiteral("no SM2 key to export");
        return {};
    }
    const ErrorQueueScope errors;
    QByteArray point(RawPublicKeySize, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(d->key.get(), OSSL_PKEY_PARAM_PUB_KEY, uchars(point),
                                        size_t(point.size()), &length)
            != 1
        || length != size_t(RawPublicKeySize) || point.front() != '\x04') {
        m_error = failure(QStringLiteral("cannot export the SM2 public point"));
        return {};
    }
    return point;
}

QByteArray Sm2Key::publicKeyHex() const
{
    return publicKeyRaw().toHex();
}

QByteArray Sm2Key::sign(QByteArrayView message, QByteArrayView signerId) const
{
    if (!hasPrivateKey()) {
        m_error = QStringLiteral("SM2 signing needs a private key");
        return {};
    }
    if (signerId.size() > MaximumSignerIdSize) {
        m_error = QStringLiteral("the SM2 signer ID is longer than 8191 bytes");
        return {};
    }
    const ErrorQueueScope errors;
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    size_t length = 0;
    // The ID must be set after EVP_DigestSignInit (which creates the signature context) and
    // before the first update (which hashes Z).
    if (!ctx
        || EVP_DigestSignInit_ex(ctx.get(), &pctx, "SM3", nullptr, nullptr, d->key.get(), nullptr)
               != 1
        || EVP_PKEY_CTX_set1_id(pctx, signerId.data(), int(signerId.size())) != 1
        || EVP_DigestSignUpdate(ctx.get(), message.data(), size_t(message.size())) != 1
        || EVP_DigestSignFinal(ctx.get(), nullptr, &length) != 1) {
        m_error = failure(QStringLiteral("SM2 signing failed"));
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSignFinal(ctx.get(), uchars(signature), &length) != 1) {
        m_error = failure(QStringLiteral("SM2 signing failed"));
        return {};
    }
    signature.resize(qsizetype(length));
    m_error.clear();
    return signature;
}

bool Sm2Key::verify(QByteArrayView message, QByteArrayView signature, QByteArrayView signerId) const
{
    if (isNull()) {
        m_error = QStringLiteral("SM2 verification needs a key");
        return false;
    }
    if (signature.isEmpty()) {
        m_error = QStringLiteral("the SM2 signature is empty");
        return false;
    }
    if (signerId.size() > MaximumSignerIdSize) {
        m_error = QStringLiteral("the SM2 signer ID is longer than 8191 bytes");
        return false;
    }
    const ErrorQueueScope errors;
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    if (!ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), &pctx, "SM3", nullptr, nullptr, d->key.get(), nullptr)
               != 1
        || EVP_PKEY_CTX_set1_id(pctx, signerId.data(), int(signerId.size())) != 1) {
        m_error = failure(QStringLiteral("SM2 verification could not start"));
        return false;
    }
    if (EVP_DigestVerifyUpdate(ctx.get(), message.data(), size_t(message.size())) != 1
        || EVP_DigestVerifyFinal(ctx.get(), uchars(signature), size_t(signature.size())) != 1) {
        m_error = failure(QStringLiteral("the SM2 signature does not match the message and key"));
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace ow::core
