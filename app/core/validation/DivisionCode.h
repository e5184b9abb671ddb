#pragma once

#include "DivisionTable.h"
#include "ValidationResult.h"

#include <QCoreApplication>
#include <QStringView>

namespace ow::core {

struct DivisionCodeResult : ValidationResult
{
    bool inTable = false; // a well-formed code may be newer or older than the shipped table
    QString name;         // the division's own name, when in the table
    QString fullName;     // 广东省深圳市南山区, when in the table
    Division::Level level = Division::Level::County;
};

class DivisionCodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(DivisionCodeValidator)

public:
    // A well-formed code that the table does not list is valid with a warning: codes change
    // every year and an old code on an old document is still genuine.
    static DivisionCodeResult validate(QStringView input, const DivisionTable &table);
    static QString levelName(Division::Level level);
};

} // namespace ow::core
