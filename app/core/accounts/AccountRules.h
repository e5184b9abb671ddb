#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow::core {

// What makes a login, a display name, a window name and a password acceptable. Each check
// returns an empty string when the value is fine, otherwise the reason in the UI language.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static constexpr int MinimumLoginLength = 2;
    static constexpr int MaximumLoginLength = 32;
    static constexpr int MaximumNameLength = 64;       // characters (code points)
    static constexpr int MaximumWindowLength = 32;     // characters
    static constexpr int MinimumPasswordLength = 8;    // characters
    static constexpr int MaximumPasswordLength = 1024; // characters

    // Trimmed and lower-cased, as logins are stored and compared.
    static QString normalizeLogin(const QString &login);
    // The password's bytes for hashing: NFC-normalized UTF-8, so the same password typed through
    // different input methods matches.
    static QByteArray passwordBytes(const QString &password);

    // `login` as normalizeLogin() returns it.
    static QString checkLogin(const QString &login);
    static QString checkDisplayName(const QString &name);
    static QString checkWindowName(const QString &window);
    // At least 8 characters and not the login itself (in any letter case).
    static QString checkPassword(const QString &password, const QString &login);
};

} // namespace ow::core
