#include "GroupShares.h"

#include "AnswerValue.h"
#include "DecimalText.h"

namespace ow::core {

ShareTotal sumShares(const FieldSchema &group, const QVariant &groupAnswer)
{
    ShareTotal total;
    if (group.sharesField.isEmpty())
        return total;
    for (const QVariantMap &row : AnswerValue::rowsOf(groupAnswer)) {
        ++total.rows;
        const QVariant share = row.value(group.sharesField);
        QString text;
        if (share.typeId() == QMetaType::QString)
            text = share.toString();
        else if (share.typeId() == QMetaType::Double || share.typeId() == QMetaType::Int)
            text = DecimalText::fromDouble(share.toDouble());
        std::optional<qint64> hundredths;
        if (const auto d = DecimalText::parse(text))
            hundredths = d->hundredths();
        // Shares are 0–100 each, so even a hundred rows cannot overflow; the bound also keeps
        // absurd inputs from doing so.
        if (hundredths && *hundredths >= -ShareTotal::kWhole * 1000
            && *hundredths <= ShareTotal::kWhole * 1000)
            total.hundredths += *hundredths;
        else
            ++total.unreadable;
    }
    return total;
}

} // namespace ow::core
