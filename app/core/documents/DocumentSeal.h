#pragma once

#include "OutcomeDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace ow::core {

class Sm2Key;

// What a seal states about its document, as read back from the seal text.
struct SealFields
{
    OutcomeDocument::Kind kind = OutcomeDocument::Kind::Receipt;
    QString documentNumber;
    QDate issuedOn;
    QString subjectCode; // the matter's implementation code or the bundle's code
    QDate deadline;      // invalid when the document states none
    QString keyId;       // the sealing window's key id (DocumentSeal::keyIdOf)
};

// The answer to "is this seal genuine?".
struct SealVerification
{
    enum class Status {
        Valid,
        Malformed,          // not a OneWindow seal, or damaged / truncated
        UnsupportedVersion, // a OneWindow seal of a format this version does not know
        NoKey,              // no usable public key to check it with
        OtherKey,           // sealed by another key than the one given (see fields->keyId)
        BadSignature,       // changed after sealing, or forged
    };

    Status status = Status::Malformed;
    QString reason; // translated, for the person checking; empty when valid
    // What the text states, whenever it is well-formed — also when the signature fails, so
    // that a checker can see what was claimed. Trust it only when isValid().
    std::optional<SealFields> fields;

    bool isValid() const { return status == Status::Valid; }
};

struct SealResult
{
    QString text;  // the seal text (the QR code's content); empty on failure
    QString error; // translated; set on failure
    bool ok() const { return !text.isEmpty(); }
};

// The SM2 e-seal of an outcome document: a short text printed as the document's QR code (and
// kept in the PDF's metadata) that anyone holding the window's public key can check offline.
//
//   OW1|R|W01-2026-000123|20261123|YJS4403000001|20261208|0f1e2d3c4b5a6978|<signature>
//
// Fields: format tag, kind (R 受理回执, N 一次性告知书, X 不予受理通知书, C 告知承诺书),
// document number, issue date (yyyyMMdd, the hall's local date), subject code, deadline
// (yyyyMMdd or "-"), key id, signature. The signature is SM2-with-SM3 (signer ID
// 1234567812345678) over the exact ASCII bytes before the last "|", i.e. over every other field
// including the tag; it is written as r‖s (32 + 32 bytes, big-endian) in unpadded base64url (86
// characters). Every field has a closed character set without "|", so fields cannot be shifted
// or injected, and every field has exactly one spelling. docs/receipt-seal.md is the reference.
class DocumentSeal final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSeal)

public:
    static constexpr QLatin1StringView FormatTag{"OW1"};
    static constexpr qsizetype MaximumDocumentNumberSize = 40;
    static constexpr qsizetype MaximumSubjectCodeSize = 64;
    static constexpr qsizetype KeyIdSize = 16;
    static constexpr qsizetype SignatureTextSize = 86;
    // Longer input is refused before it is looked at.
    static constexpr qsizetype MaximumTextSize = 256;

    // 1–40 of A–Z a–z 0–9 - . _ (e.g. "W01-2026-000123").
    static bool isValidDocumentNumber(QStringView number);
    // 1–64 of A–Z a–z 0–9 - . _ (the catalog's implementation and bundle codes).
    static bool isValidSubjectCode(QStringView code);
    // 16 lower-case hex digits: the first 8 bytes of SM3 over the raw public point 04‖X‖Y.
    // Empty for a null key. WorkstationKeys::keyId() is this of the window's key.
    static QString keyIdOf(const Sm2Key &key);

    static QChar kindCode(OutcomeDocument::Kind kind);
    static std::optional<OutcomeDocument::Kind> kindFromCode(QChar code);

    // Seals `document` (its kind, number, issue date and deadline) for `subjectCode` with the
    // window's private `key`, whose id `keyId` must be keyIdOf(key).
    static SealResult seal(const OutcomeDocument &document, const QString &subjectCode,
                           const Sm2Key &key, const QString &keyId);

    // Reads a seal text without checking its signature, e.g. to pick the key by its id: the
    // same as verify() without a key, so a well-formed seal comes back as NoKey (never Valid)
    // with its fields. Surrounding white space (a scanner's line end) is ignored.
    static SealVerification parse(QStringView text);
    // Parses and checks the signature against `publicKey`.
    static SealVerification verify(QStringView text, const Sm2Key &publicKey);
};

} // namespace ow::core
