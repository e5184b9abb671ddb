#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QStringView>

namespace ow::core {

// The result of checking a unified social credit code (统一社会信用代码, GB 32100-2015).
struct CreditCodeResult : ValidationResult
{
    QString registrationAuthority; // translated name for the first character, if known
    QString organizationType;      // translated name for the first two characters, if known
    QString divisionCode;          // characters 3-8
    QString organizationCode;      // characters 9-17 as "XXXXXXXX-X" (GB 11714)
};

class CreditCodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(CreditCodeValidator)

public:
    static CreditCodeResult validate(QStringView input);

    // The check character for the first 17 characters (weights 1 3 9 27 19 26 16 17 20 29 25 13
    // 8 24 10 30 28, MOD 31 over "0123456789ABCDEFGHJKLMNPQRTUWXY"). Returns a null QChar if
    // `body` is not 17 characters of that alphabet.
    static QChar checkCharacter(QStringView body);

    // The GB 11714 organization code check character for 8 characters over 0-9 and A-Z,
    // or a null QChar if the body is malformed.
    static QChar organizationCodeCheckCharacter(QStringView body);
};

} // namespace ow::core
