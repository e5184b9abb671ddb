#include "WorkstationKeys.h"

#include "../Logging.h"
#include "../crypto/SecureRandom.h"
#include "../documents/DocumentSeal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ow::core {
namespace {

constexpr qsizetype SymmetricKeySize = 32;
constexpr int FileVersion = 1;

QByteArray decodeKey(const QJsonObject &o, const char *name)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(o.value(QLatin1String(name)).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

QString WorkstationKeys::keyId() const
{
    return DocumentSeal::keyIdOf(m_signingKey);
}

QByteArray WorkstationKeys::publicKeyPem() const
{
    return m_signingKey.exportPublicKeyPem();
}

std::unique_ptr<WorkstationKeys> WorkstationKeys::openOrCreate(const QString &directory,
                                                               QString *error)
{
    const QString path = QDir(directory).filePath(QLatin1String(FileName));
    std::unique_ptr<WorkstationKeys> keys(new WorkstationKeys);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The key file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return nullptr;
        }
        QJsonParseError parseError{};
        const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024), &parseError).object();
        keys->m_dataKey = decodeKey(o, "dataKey");
        keys->m_searchKey = decodeKey(o, "searchKey");
        const QByteArray pem = o.value(QLatin1String("signingKey")).toString().toLatin1();
        if (parseError.error != QJsonParseError::NoError
            || o.value(QLatin1String("version")).toInt() != FileVersion
            || keys->m_dataKey.size() != SymmetricKeySize
            || keys->m_searchKey.size() != SymmetricKeySize
            || !keys->m_signingKey.importPrivateKeyPem(pem)) {
            if (error)
                *error = tr("The key file %1 is damaged. It was left as it is: without it the "
                            "personal data in this workstation's cache cannot be read. Restore "
                            "it from the backup.")
                             .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        return keys;
    }

    keys->m_dataKey = SecureRandom::bytes(SymmetricKeySize);
    keys->m_searchKey = SecureRandom::bytes(SymmetricKeySize);
    if (keys->m_dataKey.size() != SymmetricKeySize || keys->m_searchKey.size() != SymmetricKeySize
        || !keys->m_signingKey.generate()) {
        if (error)
            *error = tr("New workstation keys could not be generated.");
        return nullptr;
    }
    QJsonObject o;
    o.insert(QLatin1String("version"), FileVersion);
    o.insert(QLatin1String("dataKey"), QString::fromLatin1(keys->m_dataKey.toBase64()));
    o.insert(QLatin1String("searchKey"), QString::fromLatin1(keys->m_searchKey.toBase64()));
    o.insert(QLatin1String("signingKey"),
             QString::fromLatin1(keys->m_signingKey.exportPrivateKeyPem()));
    QSaveFile out(path);
    // Owner-only before any key byte is written.
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(QJsonDocument(o).toJson()) < 0 || !out.commit()) {
        if (error)
            *error = tr("The key file %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        return nullptr;
    }
    qCInfo(lcCore) << "created workstation keys" << path << "key id" << keys->keyId();
    return keys;
}

} // namespace ow::core
