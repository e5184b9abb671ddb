#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ow::hub {

// The identifiers of the property and project registries, checked like the core validators
// check ID numbers: valid, the normalized form, or a reason a clerk understands. Input is
// folded first (white space removed, full-width characters mapped, upper case).
class RegistryIdentifiers
{
    Q_DECLARE_TR_FUNCTIONS(RegistryIdentifiers)

public:
    // 不动产单元号 (GB/T 37346-2019), 28 characters:
    //   440305 007003 GB00012 F00020502
    //   county-level division (6 digits) · 地籍区 + 地籍子区 (3 + 3 digits) ·
    //   宗地/宗海 code: ownership G (国有) / J (集体) / Z (争议), a type letter, 5 digits ·
    //   定着物 code: F (房屋), L (林木), Q (其他) or W (none) and 8 digits (幢号 4 + 户号 4;
    //   all zero for W).
    // The division must be well formed; whether it exists is the registry's business.
    static core::ValidationResult propertyUnitNumber(QStringView input);

    // 投资项目统一代码: yyyy-DDDDDD-II-TT-NNNNNN, e.g. 2019-130100-47-01-000123 — the year the
    // code was given, the division, the industry (国民经济行业 2-digit division), the type
    // (01 审批, 02 核准, 03 备案) and a serial number.
    static core::ValidationResult projectCode(QStringView input);
    // 0 for 审批, 1 for 核准, 2 for 备案; -1 when `normalizedCode` is not a valid code.
    static int projectApprovalIndex(QStringView normalizedCode);

    // A name as compared with a registry's: Unicode NFC, no white space (also U+3000), and
    // the middle dot of minority and foreign names (买买提·艾力) in one spelling whichever
    // look-alike the input method produced (• ・ ． ‧ ･ ⋅ and the full stop).
    static QString comparableName(QStringView name);
};

} // namespace ow::hub
