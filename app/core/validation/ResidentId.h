#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringView>

namespace ow::core {

enum class Sex { Unknown, Male, Female };

// The result of checking a resident identity number (GB 11643-1999). When valid, the derived
// fields are filled and `normalized` is always the 18-character form with an upper-case X.
struct ResidentIdResult : ValidationResult
{
    enum class Kind {
        Unknown,
        Mainland,              // 居民身份证
        HongKongMacaoResident, // 港澳居民居住证 (810000 / 820000)
        TaiwanResident,        // 台湾居民居住证 (830000)
    };

    Kind kind = Kind::Unknown;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString divisionCode;         // first six digits: the issuing area at the time of issue
    bool convertedFromLegacy = false; // input was a 15-digit first-generation number
};

class ResidentIdValidator
{
    Q_DECLARE_TR_FUNCTIONS(ResidentIdValidator)

public:
    // `today` bounds the birth date: nobody is born in the future.
    static ResidentIdResult validate(QStringView input, QDate today);

    // ISO 7064 MOD 11-2 check character for the first 17 digits (weights 7 9 10 5 8 4 2 1 6 3
    // 7 9 10 5 8 4 2, characters "10X98765432"). `body` must be 17 ASCII digits.
    static QChar checkCharacter(QStringView body);

    static QString kindName(ResidentIdResult::Kind kind);
    static QString sexName(Sex sex);
};

// Masks a valid 18-character number for display: 110105********002X.
QString maskResidentId(const QString &normalized);

} // namespace ow::core
