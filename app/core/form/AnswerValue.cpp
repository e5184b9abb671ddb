#include "AnswerValue.h"

#include "DecimalText.h"
#include "PhoneNumber.h"
#include "core/validation/CreditCode.h"
#include "core/validation/DivisionCode.h"
#include "core/validation/IdentifierInput.h"
#include "core/validation/ResidentId.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace ow::core {
namespace {

bool isScalar(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::QChar:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isNumeric(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Scalars as trimmed text; anything else unchanged. Bools become the "true"/"false" values
// yes/no choices use.
QVariant asText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return DecimalText::fromDouble(v.toDouble());
    if (isScalar(v))
        return v.toString().trimmed();
    return v;
}

QVariant identifier(const QVariant &value, const auto &validate)
{
    const QVariant text = asText(value);
    if (text.typeId() != QMetaType::QString)
        return text;
    const auto result = validate(text.toString());
    return result.valid ? result.normalized : text.toString();
}

QVariant number(const QVariant &value)
{
    if (isNumeric(value)) {
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
            return DecimalText::fromDouble(value.toDouble());
        return value.toString();
    }
    if (value.typeId() != QMetaType::QString)
        return value;
    if (const auto d = DecimalText::parse(value.toString()))
        return d->text();
    return DecimalText::fold(value.toString());
}

QVariant date(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value;
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString().trimmed();
    if (const auto d = AnswerValue::parseDate(text))
        return *d;
    return text;
}

QVariant multiChoice(const QVariant &value)
{
    QStringList values;
    if (value.typeId() == QMetaType::QString) {
        values << value.toString();
    } else if (value.typeId() == QMetaType::QStringList) {
        values = value.toStringList();
    } else if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &v : value.toList()) {
            const QVariant text = asText(v);
            if (text.typeId() != QMetaType::QString)
                return value; // a list of lists or maps: keep it for validation to report
            values << text.toString();
        }
    } else {
        return value;
    }
    QStringList out;
    for (const QString &v : std::as_const(values)) {
        const QString t = v.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

QVariant addressValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return AnswerValue::address(QString(), value.toString());
    if (value.typeId() != QMetaType::QVariantMap && value.typeId() != QMetaType::QVariantHash)
        return value;
    const QVariantMap map = value.toMap();
    const QVariant division = asText(map.value(AnswerValue::kDivisionKey));
    const QVariant detail = asText(map.value(AnswerValue::kDetailKey));
    if ((division.isValid() && division.typeId() != QMetaType::QString)
        || (detail.isValid() && detail.typeId() != QMetaType::QString)) {
        return value;
    }
    // Only the form of the code matters here, so an empty table will do.
    QString code = division.toString();
    const DivisionCodeResult checked = DivisionCodeValidator::validate(code, DivisionTable());
    if (checked.valid)
        code = checked.normalized;
    return AnswerValue::address(code, detail.toString());
}

QVariant attachment(const QVariant &value)
{
    if (value.typeId() == QMetaType::QUrl) {
        const QUrl url = value.toUrl();
        return url.isLocalFile() ? url.toLocalFile() : url.toString();
    }
    return asText(value);
}

} // namespace

QVariant AnswerValue::normalized(const FieldSchema &field, const QVariant &value, QDate today)
{
    if (!value.isValid() || !isAnswered(value))
        return {};
    QVariant v;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        v = asText(value);
        break;
    case FieldType::Number:
    case FieldType::Money:
        v = number(value);
        break;
    case FieldType::Date:
        v = date(value);
        break;
    case FieldType::MultiChoice:
        v = multiChoice(value);
        break;
    case FieldType::ResidentId:
        v = identifier(
            value, [today](const QString &s) { return ResidentIdValidator::validate(s, today); });
        break;
    case FieldType::CreditCode:
        v = identifier(value, [](const QString &s) { return CreditCodeValidator::validate(s); });
        break;
    case FieldType::Phone:
        v = identifier(value, [](const QString &s) { return PhoneNumberValidator::validate(s); });
        break;
    case FieldType::Address:
        v = addressValue(value);
        break;
    case FieldType::Attachment:
        v = attachment(value);
        break;
    case FieldType::Group: {
        const auto list = listOf(value);
        if (!list)
            return value;
        QVariantList rows;
        for (const QVariant &row : *list) {
            if (row.typeId() != QMetaType::QVariantMap && row.typeId() != QMetaType::QVariantHash) {
                rows << row; // reported by validation
                continue;
            }
            QVariantMap out = row.toMap();
            for (const FieldSchema &child : field.children) {
                const QVariant cell = normalized(child, out.value(child.id), today);
                if (cell.isValid())
                    out.insert(child.id, cell);
                else
                    out.remove(child.id);
            }
            rows << out;
        }
        v = rows;
        break;
    }
    }
    return isAnswered(v) ? v : QVariant();
}

bool AnswerValue::isAnswered(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::QString:
        return !value.toString().trimmed().isEmpty();
    case QMetaType::QByteArray:
        return !value.toByteArray().trimmed().isEmpty();
    case QMetaType::QStringList:
        return !value.toStringList().isEmpty();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap map = value.toMap();
        return std::any_of(map.cbegin(), map.cend(),
                           [](const QVariant &v) { return isAnswered(v); });
    }
    case QMetaType::QDate:
        return value.toDate().isValid();
    default:
        if (const auto list = listOf(value))
            return !list->isEmpty();
        return true;
    }
}

std::optional<QDate> AnswerValue::parseDate(QStringView text, bool *wellFormed)
{
    if (wellFormed)
        *wellFormed = false;
    if (text.size() > 32)
        return std::nullopt;
    const FoldedIdentifier folded = foldIdentifierInput(text);
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{4})(?:[-/.]|年)([0-9]{1,2})(?:[-/.]|月)([0-9]{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    QRegularExpressionMatch m = separated.match(folded.text);
    if (!m.hasMatch())
        m = compact.match(folded.text);
    if (!m.hasMatch())
        return std::nullopt;
    if (wellFormed)
        *wellFormed = true;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString AnswerValue::divisionOf(const QVariant &address)
{
    return address.toMap().value(kDivisionKey).toString();
}

QString AnswerValue::detailOf(const QVariant &address)
{
    return address.toMap().value(kDetailKey).toString();
}

QVariantMap AnswerValue::address(const QString &division, const QString &detail)
{
    return {{kDivisionKey, division.trimmed()}, {kDetailKey, detail.trimmed()}};
}

QList<QVariantMap> AnswerValue::rowsOf(const QVariant &groupAnswer)
{
    QList<QVariantMap> rows;
    if (const auto list = listOf(groupAnswer)) {
        for (const QVariant &row : *list) {
            if (row.typeId() == QMetaType::QVariantMap || row.typeId() == QMetaType::QVariantHash)
                rows << row.toMap();
        }
    }
    return rows;
}

std::optional<QVariantList> AnswerValue::listOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList)
        return value.toList();
    if (value.metaType() == QMetaType::fromType<QList<QVariantMap>>()) {
        QVariantList list;
        for (const QVariantMap &row : value.value<QList<QVariantMap>>())
            list << row;
        return list;
    }
    if (value.typeId() == QMetaType::QStringList) {
        QVariantList list;
        for (const QString &s : value.toStringList())
            list << s;
        return list;
    }
    return std::nullopt;
}

} // namespace ow::core
