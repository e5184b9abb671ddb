// The JSON keys of catalog enumerations (docs/catalog-format.md).
#include "FieldSchema.h"
#include "Matter.h"

#include <array>
#include <utility>

namespace ow::core {
namespace {

constexpr std::array<std::pair<FieldType, const char16_t *>, 12> kFieldTypes = {{
    {FieldType::Text, u"text"},
    {FieldType::Number, u"number"},
    {FieldType::Money, u"money"},
    {FieldType::Date, u"date"},
    {FieldType::Choice, u"choice"},
    {FieldType::MultiChoice, u"multi-choice"},
    {FieldType::ResidentId, u"resident-id"},
    {FieldType::CreditCode, u"credit-code"},
    {FieldType::Phone, u"phone"},
    {FieldType::Address, u"address"},
    {FieldType::Group, u"group"},
    {FieldType::Attachment, u"attachment"},
}};

constexpr std::array<std::pair<MatterType, const char16_t *>, 8> kMatterTypes = {{
    {MatterType::Licensing, u"licensing"},
    {MatterType::Confirmation, u"confirmation"},
    {MatterType::Payment, u"payment"},
    {MatterType::Ruling, u"ruling"},
    {MatterType::Reward, u"reward"},
    {MatterType::Filing, u"filing"},
    {MatterType::OtherPower, u"other-power"},
    {MatterType::PublicService, u"public-service"},
}};

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char16_t *>, N> &table,
                            const QString &key)
{
    for (const auto &[value, name] : table) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toKey(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

} // namespace

std::optional<FieldType> fieldTypeFromKey(const QString &key)
{
    return fromKey(kFieldTypes, key);
}

QString fieldTypeKey(FieldType type)
{
    return toKey(kFieldTypes, type);
}

std::optional<MatterType> matterTypeFromKey(const QString &key)
{
    return fromKey(kMatterTypes, key);
}

QString matterTypeKey(MatterType type)
{
    return toKey(kMatterTypes, type);
}

} // namespace ow::core
