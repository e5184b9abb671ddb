#pragma once

#include "core/catalog/FieldSchema.h"

#include <QVariant>

namespace ow::core {

// The running total of a group's `sharesField` over its rows, in hundredths of a percent so
// 33.33 + 33.33 + 33.34 is exactly 100.
struct ShareTotal
{
    static constexpr qint64 kWhole = 10000; // 100 %

    qint64 hundredths = 0; // sum over the rows whose share could be read
    int rows = 0;          // rows in the group
    int unreadable = 0;    // rows whose share is empty, not a number or has over two decimals

    bool isComplete() const { return rows > 0 && unreadable == 0 && hundredths == kWhole; }
};

// Sums `group.sharesField` over the rows of `groupAnswer`; a group without a shares field has
// a zero total.
ShareTotal sumShares(const FieldSchema &group, const QVariant &groupAnswer);

} // namespace ow::core
