#include "VerifyReceiptCommand.h"

#include "CommandLine.h"

#include "core/DataDirectory.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/documents/PdfSeal.h"
#include "core/security/WorkstationKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace ow::cli {
namespace {

using namespace ow::core;

constexpr qint64 MaximumInputFileSize = 64 * 1024 * 1024;
constexpr qint64 MaximumKeyFileSize = 64 * 1024;

// Where the seal text came from, and the text.
struct SealSource
{
    QString text;
    QString kind;  // "pdf" or "text"
    QString error; // translated: why a PDF holds no usable seal
};

QString kindKey(OutcomeDocument::Kind kind)
{
    switch (kind) {
    case OutcomeDocument::Kind::Receipt:
        return QStringLiteral("receipt");
    case OutcomeDocument::Kind::OneTimeNotice:
        return QStringLiteral("one-time-notice");
    case OutcomeDocument::Kind::Refusal:
        return QStringLiteral("refusal");
    case OutcomeDocument::Kind::CommitmentLetter:
        break;
    }
    return QStringLiteral("commitment-letter");
}

QString kindName(OutcomeDocument::Kind kind)
{
    switch (kind) {
    case OutcomeDocument::Kind::Receipt:
        return VerifyReceiptCommand::tr("acceptance receipt");
    case OutcomeDocument::Kind::OneTimeNotice:
        return VerifyReceiptCommand::tr("one-time notice of missing materials");
    case OutcomeDocument::Kind::Refusal:
        return VerifyReceiptCommand::tr("notice of refusal");
    case OutcomeDocument::Kind::CommitmentLetter:
        break;
    }
    return VerifyReceiptCommand::tr("commitment letter");
}

QString statusKey(SealVerification::Status status)
{
    switch (status) {
    case SealVerification::Status::Valid:
        return QStringLiteral("valid");
    case SealVerification::Status::Malformed:
        return QStringLiteral("malformed");
    case SealVerification::Status::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case SealVerification::Status::NoKey:
        return QStringLiteral("no-key");
    case SealVerification::Status::OtherKey:
        return QStringLiteral("other-key");
    case SealVerification::Status::BadSignature:
        break;
    }
    return QStringLiteral("bad-signature");
}

bool looksLikeSealText(const QString &argument)
{
    const QString text = argument.trimmed();
    return text.startsWith(u"OW") || text.contains(u'|');
}

// Reads the seal from a PDF, from a file holding the QR text, or from the argument itself.
// On failure prints why and returns the exit code in `exitCode`.
std::optional<SealSource> readSeal(const QString &argument, CliContext &context, int *exitCode)
{
    const QFileInfo info(argument);
    if (!info.exists()) {
        if (looksLikeSealText(argument))
            return SealSource{argument, QStringLiteral("text"), QString()};
        *exitCode = CommandLine::usageError(
            context, QStringLiteral("verify-receipt"),
            VerifyReceiptCommand::tr("“%1” is neither a file nor the text of a seal.")
                .arg(argument));
        return std::nullopt;
    }
    QFile file(argument);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        context.err << VerifyReceiptCommand::tr("%1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(argument),
                                info.isFile() ? file.errorString()
                                              : VerifyReceiptCommand::tr("not a file"))
                    << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (file.size() > MaximumInputFileSize) {
        context.err << VerifyReceiptCommand::tr("%1 is too large to be a OneWindow document.")
                           .arg(QDir::toNativeSeparators(argument))
                    << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaximumInputFileSize);
    if (!bytes.startsWith("%PDF-")) {
        // A file holding the text a scanner read from the QR code.
        return SealSource{QString::fromUtf8(bytes.left(DocumentSeal::MaximumTextSize * 2)),
                          QStringLiteral("text"), QString()};
    }
    const PdfSeal::Extraction extraction = extractSealFromPdf(bytes);
    // A PDF without a usable seal is answered as "not genuine", not as a usage error.
    return SealSource{extraction.text, QStringLiteral("pdf"), extraction.error};
}

// The key given with --public-key, or this workstation's. Null after printing why.
struct VerifyingKey
{
    std::unique_ptr<Sm2Key> publicKey;
    std::unique_ptr<WorkstationKeys> workstation;

    const Sm2Key *key() const
    {
        if (publicKey)
            return publicKey.get();
        return workstation ? &workstation->signingKey() : nullptr;
    }
};

bool loadPublicKey(const QString &path, VerifyingKey &out, CliContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << VerifyReceiptCommand::tr("The key file %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())
                    << Qt::endl;
        return false;
    }
    auto key = std::make_unique<Sm2Key>();
    if (file.size() > MaximumKeyFileSize
        || !key->importPublicKeyPem(file.read(MaximumKeyFileSize))) {
        context.err << VerifyReceiptCommand::tr("%1 is not an SM2 public key in PEM form "
                                                "(“-----BEGIN PUBLIC KEY-----”).")
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        return false;
    }
    out.publicKey = std::move(key);
    return true;
}

bool loadWorkstationKey(VerifyingKey &out, CliContext &context)
{
    const DataDirectory dir = DataDirectory::resolve(context.dataDir);
    if (!dir.isValid()) {
        context.err << dir.errorMessage << Qt::endl;
        return false;
    }
    // Verifying must not create a key: a new key never verifies anything.
    const QString keyFile = QDir(dir.path).filePath(QLatin1String(WorkstationKeys::FileName));
    if (!QFileInfo::exists(keyFile)) {
        context.err << VerifyReceiptCommand::tr("This workstation has no key yet (%1). Give the "
                                                "public key of the window that sealed the "
                                                "document with --public-key.")
                           .arg(QDir::toNativeSeparators(keyFile))
                    << Qt::endl;
        return false;
    }
    QString error;
    out.workstation = WorkstationKeys::openOrCreate(dir.path, &error);
    if (!out.workstation) {
        context.err << error << Qt::endl;
        return false;
    }
    return true;
}

void printJson(CliContext &context, const SealVerification &verdict, const QString &source)
{
    QJsonObject o{{QStringLiteral("valid"), verdict.isValid()},
                  {QStringLiteral("status"), statusKey(verdict.status)},
                  {QStringLiteral("source"), source}};
    if (!verdict.isValid())
        o.insert(QStringLiteral("reason"), verdict.reason);
    if (verdict.fields) {
        const SealFields &f = *verdict.fields;
        o.insert(QStringLiteral("kind"), kindKey(f.kind));
        o.insert(QStringLiteral("documentNumber"), f.documentNumber);
        o.insert(QStringLiteral("issued"), f.issuedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("subjectCode"), f.subjectCode);
        o.insert(QStringLiteral("deadline"), f.deadline.isValid()
                                                 ? QJsonValue(f.deadline.toString(Qt::ISODate))
                                                 : QJsonValue());
        o.insert(QStringLiteral("keyId"), f.keyId);
    }
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void printText(CliContext &context, const SealVerification &verdict)
{
    if (verdict.isValid())
        context.out << VerifyReceiptCommand::tr("VALID: the seal is genuine.") << Qt::endl;
    else
        context.out << VerifyReceiptCommand::tr("INVALID: %1").arg(verdict.reason) << Qt::endl;
    if (!verdict.fields)
        return;
    if (!verdict.isValid())
        context.out << VerifyReceiptCommand::tr("What the seal claims (not to be trusted):") << Qt::endl;
    const SealFields &f = *verdict.fields;
    context.out << VerifyReceiptCommand::tr("Document:    %1").arg(kindName(f.kind)) << Qt::endl
                << VerifyReceiptCommand::tr("Number:      %1").arg(f.documentNumber) << Qt::endl
                << VerifyReceiptCommand::tr("Issued:      %1").arg(f.issuedOn.toString(Qt::ISODate)) << Qt::endl
                << VerifyReceiptCommand::tr("Matter code: %1").arg(f.subjectCode) << Qt::endl
                << VerifyReceiptCommand::tr("Deadline:    %1")
                       .arg(f.deadline.isValid() ? f.deadline.toString(Qt::ISODate) : VerifyReceiptCommand::tr("none"))
                << Qt::endl
                << VerifyReceiptCommand::tr("Key ID:      %1").arg(f.keyId) << Qt::endl;
}

} // namespace

QString VerifyReceiptCommand::summary() const
{
    return tr("Check the SM2 seal of a printed receipt or notice (PDF or QR text).");
}

int VerifyReceiptCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal "
           "or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of "
           "the document's QR code (as a scanner reads it, or in a file). The seal is checked "
           "against the public key given with --public-key (the sealing window's key, PEM), "
           "or else against this workstation's own key.\n"
           "Compare what the seal states (kind, number, date, matter code, deadline) with the "
           "paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not "
           "be made."));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       tr("The sealing window's SM2 public key (PEM file)."),
                                       tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(publicKey);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("document"),
                                 tr("A PDF written by OneWindow, or the text of its QR code."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return CommandLine::usageError(context, name(), tr("Give one PDF file or one seal text."));
    }

    VerifyingKey key;
    const bool haveKey = parser.isSet(publicKey)
                             ? loadPublicKey(parser.value(publicKey), key, context)
                             : loadWorkstationKey(key, context);
    if (!haveKey)
        return ExitUsage;

    int exitCode = ExitUsage;
    const std::optional<SealSource> source = readSeal(positional.first(), context, &exitCode);
    if (!source)
        return exitCode;

    SealVerification verdict;
    if (!source->error.isEmpty()) {
        verdict.status = SealVerification::Status::Malformed;
        verdict.reason = source->error;
    } else {
        verdict = DocumentSeal::verify(source->text, *key.key());
    }
    if (parser.isSet(json))
        printJson(context, verdict, source->kind);
    else
        printText(context, verdict);
    return verdict.isValid() ? ExitOk : ExitFailure;
}

} // namespace ow::cli
