#include "OpenSslSupport.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <QStringList>

namespace ow::core::detail {

ErrorQueueScope::ErrorQueueScope()
{
    ERR_clear_error();
}

ErrorQueueScope::~ErrorQueueScope()
{
    ERR_clear_error();
}

QString failure(const QString &what)
{
    QStringList reasons;
    const char *data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        QString reason = QString::fromLatin1(text);
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0')
            reason += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        reasons << reason;
    }
    if (reasons.isEmpty())
        return what;
    return what + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

void wipe(QByteArray &secret)
{
    // A buffer shared with another QByteArray is that owner's to wipe; scribbling over it here
    // would corrupt their copy.
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace ow::core::detail
