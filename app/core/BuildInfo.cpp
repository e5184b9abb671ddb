#include "BuildInfo.h"

#include "BuildConfig.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace ow::core {

QString applicationVersion()
{
    return QStringLiteral(OW_VERSION_STRING);
}

QList<ComponentVersion> runtimeVersions()
{
    return {
        {QStringLiteral("OneWindow"), applicationVersion()},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

} // namespace ow::core
