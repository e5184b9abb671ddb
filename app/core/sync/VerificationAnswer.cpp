#include "VerificationAnswer.h"

#include "../crypto/CanonicalJson.h"
#include "../crypto/Sm2Key.h"
#include "../documents/DocumentSeal.h"

#include <QRegularExpression>

#include <algorithm>

namespace ow::core {
namespace {

constexpr QStringView kKeys[] = {u"kind",   u"subject",    u"result", u"facts",
                                 u"source", u"answeredAt", u"keyId"};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

const QStringList &VerificationAnswer::kinds()
{
    static const QStringList all = {
        QStringLiteral("identity"),         QStringLiteral("legal_person"),
        QStringLiteral("business_licence"), QStringLiteral("marriage"),
        QStringLiteral("property_unit"),    QStringLiteral("investment_project"),
        QStringLiteral("tax_paid")};
    return all;
}

QString VerificationAnswer::resultName(Result result)
{
    switch (result) {
    case Result::Passed:
        return QStringLiteral("passed");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::NotFound:
        break;
    }
    return QStringLiteral("not_found");
}

std::optional<VerificationAnswer::Result> VerificationAnswer::resultFromName(QStringView name)
{
    for (const Result r : {Result::Passed, Result::Failed, Result::NotFound}) {
        if (name == resultName(r))
            return r;
    }
    return std::nullopt;
}

QJsonObject VerificationAnswer::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("result"), resultName(result)},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("source"), source},
        {QStringLiteral("answeredAt"), answeredAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("keyId"), keyId},
    };
}

std::optional<VerificationAnswer> VerificationAnswer::fromJson(const QJsonObject &json,
                                                               QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (std::find(std::begin(kKeys), std::end(kKeys), it.key()) == std::end(kKeys)) {
            setError(error,
                     tr("The verification answer has an unknown member “%1”.").arg(it.key()));
            return std::nullopt;
        }
    }
    for (const QStringView key : kKeys) {
        const QJsonValue value = json.value(key);
        const bool object = key == u"subject" || key == u"facts";
        if (value.isUndefined()) {
            setError(error, tr("The verification answer has no “%1”.").arg(key.toString()));
            return std::nullopt;
        }
        if (object ? !value.isObject() : !value.isString()) {
            setError(
                error,
                object
                    ? tr("“%1” of the verification answer is not an object.").arg(key.toString())
                    : tr("“%1” of the verification answer is not a string.").arg(key.toString()));
            return std::nullopt;
        }
    }

    VerificationAnswer answer;
    answer.kind = json.value(u"kind").toString();
    if (!kinds().contains(answer.kind)) {
        setError(error, tr("“%1” is not a verification kind.").arg(answer.kind));
        return std::nullopt;
    }
    const QString result = json.value(u"result").toString();
    const auto parsedResult = resultFromName(result);
    if (!parsedResult) {
        setError(error, tr("“%1” is not a verification result.").arg(result));
        return std::nullopt;
    }
    answer.result = *parsedResult;
    answer.subject = json.value(u"subject").toObject();
    answer.facts = json.value(u"facts").toObject();
    answer.source = json.value(u"source").toString();
    if (answer.source.trimmed().isEmpty()) {
        setError(error, tr("The verification answer does not name its source."));
        return std::nullopt;
    }
    const QString answeredAt = json.value(u"answeredAt").toString();
    answer.answeredAt = QDateTime::fromString(answeredAt, Qt::ISODateWithMs);
    if (!answeredAt.endsWith(u'Z') || !answer.answeredAt.isValid()) {
        setError(error, tr("“%1” is not a UTC time such as 2026-03-02T09:15:00Z.").arg(answeredAt));
        return std::nullopt;
    }
    answer.answeredAt = answer.answeredAt.toUTC();
    answer.keyId = json.value(u"keyId").toString();
    static const QRegularExpression keyIdPattern(QStringLiteral("^[0-9a-f]{16}$"));
    if (!keyIdPattern.match(answer.keyId).hasMatch()) {
        setError(error,
                 tr("“%1” is not a key id (16 lower-case hexadecimal digits).").arg(answer.keyId));
        return std::nullopt;
    }
    return answer;
}

bool VerificationAnswer::verifySignature(const QJsonObject &answer,
                                         const QByteArray &signatureBase64,
                                         const QByteArray &hubPublicKeyPem, QString *error)
{
    Sm2Key key;
    if (!key.importPublicKeyPem(hubPublicKeyPem)) {
        setError(error, tr("The hub's public key is not a usable SM2 public key."));
        return false;
    }
    const QString expectedKeyId = DocumentSeal::keyIdOf(key);
    const QJsonValue keyId = answer.value(u"keyId");
    if (!keyId.isString() || keyId.toString() != expectedKeyId) {
        setError(error, tr("The answer names the signing key “%1”, not this hub's key %2.")
                            .arg(keyId.toString(), expectedKeyId));
        return false;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(signatureBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        setError(error, tr("The signature of the answer is not base64 text."));
        return false;
    }
    if (!key.verify(canonicalJson(answer), decoded.decoded)) {
        setError(error, tr("The signature does not match the answer: it was changed after the "
                           "hub signed it, or the hub did not sign it."));
        return false;
    }
    if (error)
        error->clear();
    return true;
}

} // namespace ow::core
