#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

// A shared-data verification answer (共享核验) as the hub signs it (docs/api/protocol.md,
// "Shared-data verification"):
//
//   {"kind": "identity", "subject": {"idNumber": …, "name": …}, "result": "passed",
//    "facts": {…}, "source": "省人口基础信息库", "answeredAt": "2026-03-02T09:15:00Z",
//    "keyId": "0f1e2d3c4b5a6978"}
//
// with, beside it, "signature": base64 of the DER SM2-with-SM3 signature (signer ID
// 1234567812345678) over canonicalJson(answer). The signature covers the answer object exactly
// as received, so a checker verifies the received object first (verifySignature) and only then
// reads it (fromJson); it never re-serializes a parsed value to check it.
struct VerificationAnswer
{
    Q_DECLARE_TR_FUNCTIONS(VerificationAnswer)

public:
    enum class Result {
        Passed,
        Failed,
        NotFound
    };

    QString kind;        // one of kinds()
    QJsonObject subject; // what was asked about, as the hub normalized it
    Result result = Result::NotFound;
    QJsonObject facts;    // what the registry says; the keys depend on the kind
    QString source;       // the registry that answered, e.g. "省人口基础信息库"
    QDateTime answeredAt; // UTC, whole seconds
    QString keyId;        // DocumentSeal::keyIdOf of the hub key that signed

    // The kinds of the protocol, in its order: identity, legal_person, business_licence,
    // marriage, property_unit, investment_project, tax_paid.
    static const QStringList &kinds();

    static QString resultName(Result result); // "passed", "failed", "not_found"
    static std::optional<Result> resultFromName(QStringView name);

    // answeredAt as "yyyy-MM-ddTHH:mm:ssZ" (milliseconds dropped).
    QJsonObject toJson() const;
    // Strict: exactly the seven keys, each of its type; kind one of kinds(); result one of the
    // three names; answeredAt an ISO-8601 UTC instant ending in "Z"; keyId 16 lower-case hex
    // digits; source not empty. On failure returns nothing and sets a translated `error`.
    static std::optional<VerificationAnswer> fromJson(const QJsonObject &json, QString *error);

    // True when `signatureBase64` is the hub's signature of exactly `answer`: the PEM is a
    // usable SM2 public key, the answer's keyId is that key's id and the SM2 signature over
    // canonicalJson(answer) verifies. Otherwise false with a translated `error` (may be null).
    static bool verifySignature(const QJsonObject &answer, const QByteArray &signatureBase64,
                                const QByteArray &hubPublicKeyPem, QString *error);
};

} // namespace ow::core
