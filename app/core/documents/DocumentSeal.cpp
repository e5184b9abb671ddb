#include "DocumentSeal.h"

#include "SealSignature.h"

#include "../crypto/Sm2Key.h"
#include "../crypto/Sm3.h"

#include <QList>

namespace ow::core {
namespace {

constexpr QChar Separator = u'|';
constexpr qsizetype FieldCount = 8;
constexpr qsizetype DateSize = 8; // yyyyMMdd
constexpr QLatin1StringView NoDeadline{"-"};
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

enum Field {
    Tag,
    KindField,
    Number,
    Issued,
    Subject,
    Deadline,
    KeyIdField,
    Signature
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isCodeChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'-'
           || c == u'.' || c == u'_';
}

bool isCode(QStringView text, qsizetype maximumSize)
{
    if (text.isEmpty() || text.size() > maximumSize)
        return false;
    for (const QChar c : text) {
        if (!isCodeChar(c))
            return false;
    }
    return true;
}

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c) && !(c >= u'a' && c <= u'f'))
            return false;
    }
    return true;
}

bool isBase64UrlChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'-'
           || c == u'_';
}

// The single spelling of a date in a seal.
QString dateText(QDate date)
{
    return date.toString(u"yyyyMMdd");
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != DateSize)
        return std::nullopt;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }
    const QDate date(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// A parsed seal: its verdict so far (Valid meaning "well-formed"), and what the signature
// check needs.
struct Parsed
{
    SealVerification verdict;
    QByteArray signedBytes;  // everything before the last separator
    QByteArray rawSignature; // r‖s
};

Parsed malformed(const QString &reason)
{
    Parsed p;
    p.verdict.status = SealVerification::Status::Malformed;
    p.verdict.reason = reason;
    return p;
}

Parsed damagedField(Field field)
{
    QString name;
    switch (field) {
    case Tag:
    case KindField:
        name = DocumentSeal::tr("document kind");
        break;
    case Number:
        name = DocumentSeal::tr("document number");
        break;
    case Issued:
        name = DocumentSeal::tr("issue date");
        break;
    case Subject:
        name = DocumentSeal::tr("matter code");
        break;
    case Deadline:
        name = DocumentSeal::tr("deadline");
        break;
    case KeyIdField:
        name = DocumentSeal::tr("key id");
        break;
    case Signature:
        name = DocumentSeal::tr("signature");
        break;
    }
    return malformed(DocumentSeal::tr("The seal is damaged: its %1 is not valid.").arg(name));
}

bool isFormatTagLike(QStringView tag)
{
    if (tag.size() < 3 || !tag.startsWith(u"OW"))
        return false;
    for (const QChar c : tag.sliced(2)) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

Parsed parseSeal(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return malformed(DocumentSeal::tr("The seal text is empty."));
    if (text.size() > DocumentSeal::MaximumTextSize)
        return malformed(DocumentSeal::tr("The text is too long to be a OneWindow document seal."));
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return malformed(DocumentSeal::tr("The text contains characters that a OneWindow "
                                              "document seal never has: it is not one, or it "
                                              "was damaged."));
        }
    }

    const QList<QStringView> fields = text.split(Separator);
    if (fields.constFirst() != DocumentSeal::FormatTag) {
        if (isFormatTagLike(fields.constFirst())) {
            Parsed p = malformed(DocumentSeal::tr("This seal has the format %1, which this "
                                                  "version of OneWindow cannot check; use a "
                                                  "newer version.")
                                     .arg(fields.constFirst().toString()));
            p.verdict.status = SealVerification::Status::UnsupportedVersion;
            return p;
        }
        return malformed(DocumentSeal::tr("This is not a OneWindow document seal."));
    }
    if (fields.size() != FieldCount) {
        return malformed(DocumentSeal::tr("The seal is incomplete or damaged: it has %1 fields "
                                          "instead of %2.")
                             .arg(fields.size())
                             .arg(FieldCount));
    }

    SealFields out;
    const std::optional<OutcomeDocument::Kind> kind =
        fields.at(KindField).size() == 1 ? DocumentSeal::kindFromCode(fields.at(KindField).front())
                                         : std::nullopt;
    if (!kind)
        return damagedField(KindField);
    out.kind = *kind;

    if (!DocumentSeal::isValidDocumentNumber(fields.at(Number)))
        return damagedField(Number);
    out.documentNumber = fields.at(Number).toString();

    const std::optional<QDate> issued = parseDate(fields.at(Issued));
    if (!issued)
        return damagedField(Issued);
    out.issuedOn = *issued;

    if (!DocumentSeal::isValidSubjectCode(fields.at(Subject)))
        return damagedField(Subject);
    out.subjectCode = fields.at(Subject).toString();

    if (fields.at(Deadline) != NoDeadline) {
        const std::optional<QDate> deadline = parseDate(fields.at(Deadline));
        if (!deadline)
            return damagedField(Deadline);
        out.deadline = *deadline;
    }

    if (fields.at(KeyIdField).size() != DocumentSeal::KeyIdSize
        || !isLowerHex(fields.at(KeyIdField)))
        return damagedField(KeyIdField);
    out.keyId = fields.at(KeyIdField).toString();

    const QStringView signatureText = fields.at(Signature);
    if (signatureText.size() != DocumentSeal::SignatureTextSize)
        return damagedField(Signature);
    for (const QChar c : signatureText) {
        if (!isBase64UrlChar(c))
            return damagedField(Signature);
    }
    const QByteArray encoded = signatureText.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // One spelling only: the last character's unused bits must be zero.
    if (!decoded || decoded.decoded.size() != detail::RawSignatureSize
        || decoded.decoded.toBase64(Base64Url) != encoded)
        return damagedField(Signature);

    Parsed p;
    p.verdict.status = SealVerification::Status::Valid;
    p.verdict.fields = out;
    p.signedBytes = text.first(text.lastIndexOf(Separator)).toLatin1();
    p.rawSignature = decoded.decoded;
    return p;
}

} // namespace

bool DocumentSeal::isValidDocumentNumber(QStringView number)
{
    return isCode(number, MaximumDocumentNumberSize);
}

bool DocumentSeal::isValidSubjectCode(QStringView code)
{
    return isCode(code, MaximumSubjectCodeSize);
}

QString DocumentSeal::keyIdOf(const Sm2Key &key)
{
    const QByteArray point = key.publicKeyRaw();
    if (point.isEmpty())
        return {};
    const QByteArray digest = Sm3::hash(point);
    if (digest.size() != Sm3::DigestSize)
        return {};
    return QString::fromLatin1(digest.first(KeyIdSize / 2).toHex());
}

QChar DocumentSeal::kindCode(OutcomeDocument::Kind kind)
{
    switch (kind) {
    case OutcomeDocument::Kind::Receipt:
        return u'R';
    case OutcomeDocument::Kind::OneTimeNotice:
        return u'N';
    case OutcomeDocument::Kind::Refusal:
        return u'X';
    case OutcomeDocument::Kind::CommitmentLetter:
        break;
    }
    return u'C';
}

std::optional<OutcomeDocument::Kind> DocumentSeal::kindFromCode(QChar code)
{
    for (const auto kind :
         {OutcomeDocument::Kind::Receipt, OutcomeDocument::Kind::OneTimeNotice,
          OutcomeDocument::Kind::Refusal, OutcomeDocument::Kind::CommitmentLetter}) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

SealResult DocumentSeal::seal(const OutcomeDocument &document, const QString &subjectCode,
                              const Sm2Key &key, const QString &keyId)
{
    SealResult result;
    if (!isValidDocumentNumber(document.documentNumber)) {
        result.error = tr("The document number “%1” cannot be sealed: use 1 to %2 letters, "
                          "digits, “-”, “.” or “_”.")
                           .arg(document.documentNumber)
                           .arg(MaximumDocumentNumberSize);
        return result;
    }
    if (!isValidSubjectCode(subjectCode)) {
        result.error = tr("The matter code “%1” cannot be sealed: use 1 to %2 letters, digits, "
                          "“-”, “.” or “_”.")
                           .arg(subjectCode)
                           .arg(MaximumSubjectCodeSize);
        return result;
    }
    if (!document.issuedAt.isValid()) {
        result.error = tr("The document has no issue date.");
        return result;
    }
    if (!key.hasPrivateKey()) {
        result.error = tr("The window's signing key is missing, so the document cannot be "
                          "sealed.");
        return result;
    }
    const QString actualKeyId = keyIdOf(key);
    if (actualKeyId.isEmpty() || keyId != actualKeyId) {
        result.error =
            tr("The key id %1 does not belong to the signing key (%2).").arg(keyId, actualKeyId);
        return result;
    }

    const QString deadline =
        document.deadline.isValid() ? dateText(document.deadline) : QString(NoDeadline);
    const QString body = QStringList{FormatTag,
                                     QString(kindCode(document.kind)),
                                     document.documentNumber,
                                     dateText(document.issuedAt.date()),
                                     subjectCode,
                                     deadline,
                                     actualKeyId}
                             .join(Separator);
    const QByteArray raw = detail::signatureDerToRaw(key.sign(body.toLatin1()));
    if (raw.isEmpty()) {
        result.error = tr("The document could not be signed: %1").arg(key.errorString());
        return result;
    }
    result.text = body + Separator + QString::fromLatin1(raw.toBase64(Base64Url));
    return result;
}

SealVerification DocumentSeal::parse(QStringView text)
{
    return verify(text, Sm2Key());
}

SealVerification DocumentSeal::verify(QStringView text, const Sm2Key &publicKey)
{
    Parsed parsed = parseSeal(text);
    SealVerification &verdict = parsed.verdict;
    if (!verdict.isValid()) // malformed
        return verdict;

    const QString keyId = keyIdOf(publicKey);
    if (keyId.isEmpty()) {
        verdict.status = SealVerification::Status::NoKey;
        verdict.reason = tr("There is no public key to check the seal with.");
        return verdict;
    }
    if (keyId != verdict.fields->keyId) {
        verdict.status = SealVerification::Status::OtherKey;
        verdict.reason = tr("The document was sealed with another key (key id %1) than the one "
                            "given (key id %2).")
                             .arg(verdict.fields->keyId, keyId);
        return verdict;
    }
    const QByteArray der = detail::signatureRawToDer(parsed.rawSignature);
    if (der.isEmpty() || !publicKey.verify(parsed.signedBytes, der)) {
        verdict.status = SealVerification::Status::BadSignature;
        verdict.reason = tr("The signature does not match: the seal was changed after it was "
                            "issued, or it is forged.");
        return verdict;
    }
    return verdict;
}

} // namespace ow::core
