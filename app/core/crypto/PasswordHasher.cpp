#include "PasswordHasher.h"

#include "OpenSslSupport.h"
#include "SecureRandom.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QList>

#include <optional>

namespace ow::core {

using namespace detail;

namespace {

constexpr QByteArrayView Prefix = "$scrypt$";
constexpr int MaximumLogN = 20;
constexpr int MaximumR = 32;
constexpr int MaximumP = 16;
constexpr quint64 MaximumMemory = 256u * 1024u * 1024u;
constexpr int MinimumSaltSize = 8;
constexpr int MinimumHashSize = 16;
constexpr int MaximumFieldSize = 64;

struct Decoded
{
    PasswordHasher::Parameters parameters;
    QByteArray salt;
    QByteArray hash;
};

// A canonical positive decimal: digits only, no sign, no leading zero, at most 9 digits.
std::optional<int> parseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9 || text.front() == '0')
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> parseField(QByteArrayView field, QByteArrayView name)
{
    if (field.size() <= name.size() + 1 || !field.startsWith(name) || field[name.size()] != '=')
        return std::nullopt;
    return parseNumber(field.sliced(name.size() + 1));
}

QByteArray encodeBase64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::OmitTrailingEquals);
}

// Standard alphabet, no padding, and the canonical encoding of what it decodes to.
std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '+' || c == '/';
        if (!ok)
            return std::nullopt;
    }
    const QByteArray source = text.toByteArray();
    auto result = QByteArray::fromBase64Encoding(source, QByteArray::AbortOnBase64DecodingErrors);
    if (!result || encodeBase64(*result) != source)
        return std::nullopt;
    return *result;
}

std::optional<Decoded> decode(QByteArrayView encoded, QString *why)
{
    if (!encoded.startsWith(Prefix)) {
        *why = QStringLiteral("not an scrypt password hash");
        return std::nullopt;
    }
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> list;
        QByteArrayView rest = encoded.sliced(Prefix.size());
        for (qsizetype at = rest.indexOf('$'); at >= 0; at = rest.indexOf('$')) {
            list << rest.first(at);
            rest = rest.sliced(at + 1);
        }
        list << rest;
        return list;
    }();
    if (parts.size() != 3) {
        *why = QStringLiteral("a password hash has three fields after $scrypt$");
        return std::nullopt;
    }
    QList<QByteArrayView> fields;
    {
        QByteArrayView rest = parts[0];
        for (qsizetype at = rest.indexOf(','); at >= 0; at = rest.indexOf(',')) {
            fields << rest.first(at);
            rest = rest.sliced(at + 1);
        }
        fields << rest;
    }
    std::optional<int> logN, r, p;
    if (fields.size() == 3) {
        logN = parseField(fields[0], "ln");
        r = parseField(fields[1], "r");
        p = parseField(fields[2], "p");
    }
    if (!logN || !r || !p) {
        *why = QStringLiteral("malformed scrypt parameters (expected ln=…,r=…,p=…)");
        return std::nullopt;
    }
    const std::optional<QByteArray> salt = decodeBase64(parts[1]);
    const std::optional<QByteArray> hash = decodeBase64(parts[2]);
    if (!salt || !hash) {
        *why = QStringLiteral("malformed base64 in the password hash");
        return std::nullopt;
    }
    Decoded decoded;
    decoded.parameters.logN = *logN;
    decoded.parameters.r = *r;
    decoded.parameters.p = *p;
    decoded.parameters.saltSize = int(salt->size());
    decoded.parameters.hashSize = int(hash->size());
    if (!decoded.parameters.isValid()) {
        *why = QStringLiteral("scrypt parameters out of the accepted bounds");
        return std::nullopt;
    }
    decoded.salt = *salt;
    decoded.hash = *hash;
    return decoded;
}

// scrypt(password, salt) with `parameters`, which must be valid.
QByteArray derive(QByteArrayView password, const QByteArray &salt,
                  const PasswordHasher::Parameters &parameters, QString *why)
{
    const ErrorQueueScope errors;
    uint64_t n = uint64_t(1) << parameters.logN;
    uint32_t r = uint32_t(parameters.r);
    uint32_t p = uint32_t(parameters.p);
    uint64_t maxmem = parameters.memoryBytes() + 65536;        // OpenSSL's own bookkeeping
    QByteArray passwordCopy(password.data(), password.size()); // OSSL_PARAM wants non-const
    QByteArray saltCopy = salt;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passwordCopy.data(),
                                          size_t(passwordCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(),
                                          size_t(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    QByteArray out(parameters.hashSize, Qt::Uninitialized);
    const bool ok = ctx && EVP_KDF_derive(ctx.get(), uchars(out), size_t(out.size()), params) == 1;
    wipe(passwordCopy);
    if (!ok) {
        *why = failure(QStringLiteral("scrypt failed"));
        wipe(out);
        return {};
    }
    return out;
}

} // namespace

bool PasswordHasher::Parameters::isValid() const
{
    return logN >= 1 && logN <= MaximumLogN && r >= 1 && r <= MaximumR && p >= 1 && p <= MaximumP
           && memoryBytes() <= MaximumMemory && saltSize >= MinimumSaltSize
           && saltSize <= MaximumFieldSize && hashSize >= MinimumHashSize
           && hashSize <= MaximumFieldSize;
}

quint64 PasswordHasher::Parameters::memoryBytes() const
{
    if (logN < 0 || logN > 62 || r < 0 || p < 0)
        return ~quint64(0);
    return 128u * quint64(r) * ((quint64(1) << logN) + 2) + 128u * quint64(r) * quint64(p);
}

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{}

QByteArray PasswordHasher::hash(QByteArrayView password)
{
    if (!m_parameters.isValid()) {
        m_error = QStringLiteral("the scrypt parameters are out of bounds");
        return {};
    }
    const QByteArray salt = SecureRandom::bytes(m_parameters.saltSize);
    if (salt.size() != m_parameters.saltSize) {
        m_error = QStringLiteral("the random generator failed");
        return {};
    }
    QByteArray derived = derive(password, salt, m_parameters, &m_error);
    if (derived.isEmpty())
        return {};
    QByteArray encoded = Prefix.toByteArray() + "ln=" + QByteArray::number(m_parameters.logN)
                         + ",r=" + QByteArray::number(m_parameters.r)
                         + ",p=" + QByteArray::number(m_parameters.p) + '$' + encodeBase64(salt)
                         + '$' + encodeBase64(derived);
    wipe(derived);
    m_error.clear();
    return encoded;
}

bool PasswordHasher::verify(QByteArrayView password, QByteArrayView encoded)
{
    QString why;
    std::optional<Decoded> decoded = decode(encoded, &why);
    if (!decoded) {
        m_error = QStringLiteral("cannot verify the password: ") + why;
        return false;
    }
    QByteArray derived = derive(password, decoded->salt, decoded->parameters, &why);
    if (derived.isEmpty()) {
        m_error = QStringLiteral("cannot verify the password: ") + why;
        return false;
    }
    const bool same =
        derived.size() == decoded->hash.size()
        && CRYPTO_memcmp(derived.constData(), decoded->hash.constData(), size_t(derived.size()))
               == 0;
    wipe(derived);
    if (!same) {
        m_error = QStringLiteral("the password does not match");
        return false;
    }
    m_error.clear();
    return true;
}

bool PasswordHasher::needsRehash(QByteArrayView encoded) const
{
    QString why;
    const std::optional<Decoded> decoded = decode(encoded, &why);
    if (!decoded)
        return true;
    const Parameters &stored = decoded->parameters;
    return stored.logN < m_parameters.logN || stored.r < m_parameters.r || stored.p < m_parameters.p
           || stored.saltSize < m_parameters.saltSize || stored.hashSize < m_parameters.hashSize;
}

} // namespace ow::core
