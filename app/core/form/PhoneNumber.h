#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QStringView>

namespace ow::core {

// Telephone numbers a service hall accepts on a form: a mainland mobile number (11 digits,
// 13x–19x; a +86 / 0086 prefix is dropped) or a landline with its area code (010 and 02x have
// three digits, all others four; the local number has 7 or 8 digits and does not start with 0
// or 1), optionally with an extension. Normalized forms: "13800138000", "0755-86001234",
// "010-61234567-801". Spaces, brackets around the area code and full-width characters are
// accepted as typed.
class PhoneNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberValidator)

public:
    static constexpr qsizetype kMaxInput = 40;

    static ValidationResult validate(QStringView input);
};

} // namespace ow::core
