#include "FieldValidator.h"

#include "AnswerValue.h"
#include "DecimalText.h"
#include "GroupShares.h"
#include "PhoneNumber.h"
#include "core/validation/CreditCode.h"
#include "core/validation/DivisionCode.h"
#include "core/validation/IdentifierInput.h"
#include "core/validation/ResidentId.h"

#include <algorithm>

namespace ow::core {
namespace {

// A value quoted in a message, cut short without splitting a surrogate pair.
QString quoted(const QString &value)
{
    QString text = value.left(FieldValidator::kMaxMessageValueLength + 1);
    if (text.size() > FieldValidator::kMaxMessageValueLength) {
        text.truncate(FieldValidator::kMaxMessageValueLength);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text += QStringLiteral("…");
    }
    return QStringLiteral("“%1”").arg(text);
}

QString boundText(double bound)
{
    return DecimalText::fromDouble(bound);
}

QString rowPath(const QString &path, qsizetype row)
{
    return QStringLiteral("%1[%2]").arg(path).arg(row);
}

} // namespace

FieldValidator::FieldValidator(QDate today, const DivisionTable &divisions)
    : m_today(today)
    , m_divisions(divisions)
{}

void FieldValidator::validate(const FieldSchema &field, const QVariant &value, const QString &path,
                              const QVariantMap &context, FieldIssues *issues) const
{
    if (field.type == FieldType::Group) {
        checkGroup(field, value, path, context, issues);
        return;
    }
    if (!AnswerValue::isAnswered(value)) {
        if (field.required)
            issues->append({path, requiredMessage(field)});
        return;
    }
    if (field.type == FieldType::Address) {
        checkAddress(field, value, path, issues);
        return;
    }
    const QString message = checkScalar(field, value);
    if (!message.isEmpty())
        issues->append({path, message});
}

QString FieldValidator::checkScalar(const FieldSchema &field, const QVariant &value) const
{
    switch (field.type) {
    case FieldType::Number:
    case FieldType::Money:
        return checkNumber(field, value);
    case FieldType::Date:
        return checkDate(value);
    case FieldType::Choice:
        return checkChoice(field, value);
    case FieldType::MultiChoice:
        return checkMultiChoice(field, value);
    case FieldType::Group:
    case FieldType::Address:
        return {}; // handled by validate()
    case FieldType::Text:
    case FieldType::ResidentId:
    case FieldType::CreditCode:
    case FieldType::Phone:
    case FieldType::Attachment:
        break;
    }
    if (value.typeId() != QMetaType::QString)
        return unreadable();
    const QString text = value.toString();
    switch (field.type) {
    case FieldType::ResidentId:
        return ResidentIdValidator::validate(text, m_today).reason;
    case FieldType::CreditCode:
        return CreditCodeValidator::validate(text).reason;
    case FieldType::Phone:
        return PhoneNumberValidator::validate(text).reason;
    case FieldType::Attachment:
        return checkText(value, 4096);
    default:
        return checkText(value, field.maxLength > 0 ? field.maxLength : kDefaultMaxLength);
    }
}

QString FieldValidator::checkText(const QVariant &value, int maxLength) const
{
    if (value.typeId() != QMetaType::QString)
        return unreadable();
    const QString text = value.toString();
    if (!text.isValidUtf16())
        return tr("The text contains a damaged character; type it again.");
    qsizetype characters = 0; // a character outside the BMP such as 𠮷 counts once
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate())
            continue;
        ++characters;
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return tr("The text contains the control character %1; remove it.")
                .arg(describeCharacterAt(text, i));
    }
    if (characters > maxLength)
        return tr("At most %n characters; this text has %1.", nullptr, maxLength).arg(characters);
    return {};
}

QString FieldValidator::checkNumber(const FieldSchema &field, const QVariant &value) const
{
    QString text;
    if (value.typeId() == QMetaType::QString)
        text = value.toString();
    else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
             || value.typeId() == QMetaType::LongLong)
        text = DecimalText::fromDouble(value.toDouble());
    else
        return unreadable();
    const bool money = field.type == FieldType::Money;
    const auto d = DecimalText::parse(text);
    if (!d) {
        return money ? tr("%1 is not an amount; enter yuan with up to two decimals, e.g. 1280.50.")
                           .arg(quoted(text))
                     : tr("%1 is not a number; enter digits with an optional decimal point, "
                          "e.g. 12.5.")
                           .arg(quoted(text));
    }
    if (money && d->isNegative())
        return tr("An amount cannot be negative.");
    if (money && d->decimals() > 2)
        return tr("An amount in yuan has at most two decimals (fen).");
    const double number = d->toDouble();
    if (field.minimum && number < *field.minimum)
        return tr("At least %1.").arg(boundText(*field.minimum));
    if (field.maximum && number > *field.maximum)
        return tr("At most %1.").arg(boundText(*field.maximum));
    return {};
}

QString FieldValidator::checkDate(const QVariant &value) const
{
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
            return tr("This is not a real calendar date.");
        return {};
    }
    if (value.typeId() != QMetaType::QString)
        return unreadable();
    bool wellFormed = false;
    const QString text = value.toString();
    if (AnswerValue::parseDate(text, &wellFormed))
        return {};
    if (wellFormed)
        return tr("%1 is not a real calendar date.").arg(quoted(text));
    return tr("Enter a date as year-month-day, e.g. 2026-03-02.");
}

QString FieldValidator::checkChoice(const FieldSchema &field, const QVariant &value) const
{
    if (value.typeId() != QMetaType::QString)
        return unreadable();
    const QString v = value.toString();
    for (const FieldOption &o : field.options) {
        if (o.value == v)
            return {};
    }
    return tr("%1 is not one of the options.").arg(quoted(v));
}

QString FieldValidator::checkMultiChoice(const FieldSchema &field, const QVariant &value) const
{
    if (value.typeId() != QMetaType::QStringList)
        return unreadable();
    for (const QString &v : value.toStringList()) {
        const bool known = std::any_of(field.options.cbegin(), field.options.cend(),
                                       [&v](const FieldOption &o) { return o.value == v; });
        if (!known)
            return tr("%1 is not one of the options.").arg(quoted(v));
    }
    return {};
}

void FieldValidator::checkAddress(const FieldSchema &field, const QVariant &value,
                                  const QString &path, FieldIssues *issues) const
{
    if (value.typeId() != QMetaType::QVariantMap) {
        issues->append({path, unreadable()});
        return;
    }
    const QVariantMap map = value.toMap();
    const QVariant division = map.value(AnswerValue::kDivisionKey);
    const QVariant detail = map.value(AnswerValue::kDetailKey);
    if ((division.isValid() && division.typeId() != QMetaType::QString)
        || (detail.isValid() && detail.typeId() != QMetaType::QString)) {
        issues->append({path, unreadable()});
        return;
    }
    // Either part given makes the division necessary: a street means nothing without it.
    if (division.toString().trimmed().isEmpty()) {
        issues->append({path, tr("Enter the six-digit administrative division code.")});
    } else {
        const DivisionCodeResult r =
            DivisionCodeValidator::validate(division.toString(), m_divisions);
        if (!r.valid)
            issues->append({path, r.reason});
    }
    if (detail.toString().trimmed().isEmpty()) {
        if (field.required)
            issues->append({path, tr("Enter the detailed address (street, number, room).")});
    } else {
        const QString message =
            checkText(detail, field.maxLength > 0 ? field.maxLength : kDefaultMaxLength);
        if (!message.isEmpty())
            issues->append({path, message});
    }
}

void FieldValidator::checkGroup(const FieldSchema &field, const QVariant &value,
                                const QString &path, const QVariantMap &context,
                                FieldIssues *issues) const
{
    QVariantList rows;
    if (AnswerValue::isAnswered(value)) {
        const auto list = AnswerValue::listOf(value);
        if (!list) {
            issues->append({path, unreadable()});
            return;
        }
        rows = *list;
    }
    const qsizetype count = rows.size();
    if (count == 0 && field.required) {
        issues->append({path, tr("Add at least %n row(s).", nullptr, qMax(1, field.minItems))});
        return;
    }
    if (count == 0)
        return;
    if (count < field.minItems)
        issues->append({path, tr("Add at least %n row(s).", nullptr, field.minItems)});
    if (field.maxItems > 0 && count > field.maxItems)
        issues->append(
            {path, tr("At most %n row(s) are allowed; remove %1.", nullptr, field.maxItems)
                       .arg(count - field.maxItems)});

    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &row = rows.at(i);
        if (row.typeId() != QMetaType::QVariantMap && row.typeId() != QMetaType::QVariantHash) {
            issues->append({rowPath(path, i), unreadable()});
            continue;
        }
        // A row's fields see the row's answers over the form's.
        QVariantMap rowContext = context;
        const QVariantMap cells = row.toMap();
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            rowContext.insert(it.key(), it.value());
        for (const FieldSchema &child : field.children) {
            if (!child.condition.evaluate(rowContext))
                continue;
            const QString cellPath = QStringLiteral("%1.%2").arg(rowPath(path, i), child.id);
            validate(child, cells.value(child.id), cellPath, rowContext, issues);
            // A share needs hundredths at most, or the total cannot be exact.
            if (child.id == field.sharesField
                && cells.value(child.id).typeId() == QMetaType::QString) {
                const auto d = DecimalText::parse(cells.value(child.id).toString());
                if (d && d->decimals() > 2)
                    issues->append({cellPath, tr("A share has at most two decimals.")});
            }
        }
    }

    if (!field.sharesField.isEmpty()) {
        const ShareTotal total = sumShares(field, rows);
        // Rows with a missing or unreadable share already have their own issue.
        if (total.unreadable == 0 && total.hundredths != ShareTotal::kWhole)
            issues->append(
                {path, tr("The shares add up to %1%; together they must be exactly 100%.")
                           .arg(DecimalText::formatHundredths(total.hundredths))});
    }
}

QString FieldValidator::requiredMessage(const FieldSchema &field)
{
    switch (field.type) {
    case FieldType::Choice:
        return tr("Choose one of the options.");
    case FieldType::MultiChoice:
        return tr("Choose at least one option.");
    case FieldType::Attachment:
        return tr("Attach the file.");
    case FieldType::Address:
        return tr("Enter the division code and the detailed address.");
    default:
        return tr("This field is required.");
    }
}

QString FieldValidator::unreadable()
{
    return tr("This answer could not be read; enter it again.");
}

} // namespace ow::core
