#include "SealSignature.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

#include <memory>

namespace ow::core::detail {
namespace {

constexpr int ScalarSize = int(RawSignatureSize / 2);

struct EcdsaSigDeleter
{
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter>;

struct BignumDeleter
{
    void operator()(BIGNUM *n) const { BN_free(n); }
};
using BignumPtr = std::unique_ptr<BIGNUM, BignumDeleter>;

} // namespace

QByteArray signatureDerToRaw(QByteArrayView der)
{
    // An SM2 signature in DER is at most 72 bytes; anything much longer is not one.
    if (der.isEmpty() || der.size() > 80)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig || p != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return {};
    const BIGNUM *r = ECDSA_SIG_get0_r(sig.get());
    const BIGNUM *s = ECDSA_SIG_get0_s(sig.get());
    if (!r || !s || BN_is_negative(r) || BN_is_negative(s) || BN_num_bytes(r) > ScalarSize
        || BN_num_bytes(s) > ScalarSize)
        return {};
    QByteArray raw(RawSignatureSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, ScalarSize) != ScalarSize
        || BN_bn2binpad(s, out + ScalarSize, ScalarSize) != ScalarSize)
        return {};
    return raw;
}

QByteArray signatureRawToDer(QByteArrayView raw)
{
    if (raw.size() != RawSignatureSize)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(raw.data());
    BignumPtr r(BN_bin2bn(in, ScalarSize, nullptr));
    BignumPtr s(BN_bin2bn(in + ScalarSize, ScalarSize, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    // ECDSA_SIG_set0 took ownership of both numbers.
    (void)r.release();
    (void)s.release();
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != size)
        return {};
    return der;
}

} // namespace ow::core::detail
