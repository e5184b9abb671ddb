#include "PinyinTable.h"

#include "../Logging.h"
#include "PinyinTableFormat.h"

#include <QFile>

#include <algorithm>

namespace ow::core {

namespace fmt = pinyinformat;

const PinyinTable &PinyinTable::builtIn()
{
    static const PinyinTable table = [] {
        QFile file(QStringLiteral(":/pinyin/pinyin.owpy"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCore) << "the embedded pinyin table is missing";
            return PinyinTable{};
        }
        PinyinTable t = fromData(file.readAll());
        if (!t.isValid())
            qCWarning(lcCore) << "the embedded pinyin table is damaged:" << t.errorString();
        return t;
    }();
    return table;
}

PinyinTable PinyinTable::fromData(QByteArrayView data)
{
    PinyinTable t;
    const auto fail = [](const QString &why) {
        PinyinTable empty;
        empty.m_error = why;
        return empty;
    };
    if (!data.startsWith(QByteArrayView(fmt::kMagic, fmt::kMagicSize)))
        return fail(QStringLiteral("not a pinyin table (bad magic)"));
    fmt::VarintReader in(data.sliced(fmt::kMagicSize));

    const auto syllableCount = in.next();
    if (!syllableCount || *syllableCount == 0 || *syllableCount > 0xFFFF)
        return fail(QStringLiteral("bad syllable count"));
    t.m_syllableStart.reserve(*syllableCount + 1);
    for (std::uint32_t i = 0; i < *syllableCount; ++i) {
        const auto length = in.next();
        if (!length || *length == 0 || *length > std::uint32_t(fmt::kMaxSyllableLength))
            return fail(QStringLiteral("bad length of syllable %1").arg(i));
        const auto chars = in.bytes(qsizetype(*length));
        if (!chars)
            return fail(QStringLiteral("syllable %1 is truncated").arg(i));
        if (!std::all_of(chars->begin(), chars->end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return fail(QStringLiteral("syllable %1 is not [a-z]").arg(i));
        t.m_syllableChars.append(*chars);
        t.m_syllableStart.push_back(std::uint32_t(t.m_syllableChars.size()));
    }

    const auto setCount = in.next();
    if (!setCount || *setCount == 0 || *setCount > std::uint32_t(data.size())
        || *setCount >= 0x80000000u)
        return fail(QStringLiteral("bad reading set count"));
    t.m_setStart.reserve(*setCount + 1);
    for (std::uint32_t i = 0; i < *setCount; ++i) {
        const auto count = in.next();
        if (!count || *count == 0 || *count > std::uint32_t(fmt::kMaxReadingsPerSet))
            return fail(QStringLiteral("bad size of reading set %1").arg(i));
        for (std::uint32_t k = 0; k < *count; ++k) {
            const auto id = in.next();
            if (!id || *id >= *syllableCount)
                return fail(QStringLiteral("bad syllable id in reading set %1").arg(i));
            t.m_setIds.push_back(std::uint16_t(*id));
        }
        t.m_setStart.push_back(std::uint32_t(t.m_setIds.size()));
    }

    const auto entryCount = in.next();
    if (!entryCount || *entryCount > fmt::kMaxCodePoint)
        return fail(QStringLiteral("bad character count"));
    t.m_codePoints.reserve(*entryCount);
    t.m_setOf.reserve(*entryCount);
    std::uint32_t cp = 0;
    for (std::uint32_t i = 0; i < *entryCount; ++i) {
        const auto delta = in.next();
        const auto set = in.next();
        if (!delta || !set)
            return fail(QStringLiteral("character %1 is truncated").arg(i));
        if (*delta == 0 || *delta > fmt::kMaxCodePoint - cp)
            return fail(QStringLiteral("character %1 is out of order").arg(i));
        if (*set >= *setCount)
            return fail(QStringLiteral("character %1 has a bad reading set").arg(i));
        cp += *delta;
        t.m_codePoints.push_back(char32_t(cp));
        t.m_setOf.push_back(*set);
    }
    if (!in.atEnd())
        return fail(QStringLiteral("trailing data after the last character"));
    t.m_valid = true;
    return t;
}

qsizetype PinyinTable::indexOf(char32_t cp) const
{
    const auto it = std::lower_bound(m_codePoints.cbegin(), m_codePoints.cend(), cp);
    if (it == m_codePoints.cend() || *it != cp)
        return -1;
    return it - m_codePoints.cbegin();
}

std::uint32_t PinyinTable::readingSetOf(char32_t cp) const
{
    const qsizetype i = indexOf(cp);
    return i < 0 ? kNoReadingSet : m_setOf[std::size_t(i)];
}

std::span<const std::uint16_t> PinyinTable::syllableIds(char32_t cp) const
{
    return readingSet(readingSetOf(cp));
}

QLatin1StringView PinyinTable::syllable(std::uint16_t id) const
{
    if (qsizetype(id) >= syllableCount())
        return {};
    const std::uint32_t begin = m_syllableStart[id];
    return QLatin1StringView(m_syllableChars.constData() + begin,
                             qsizetype(m_syllableStart[id + 1u] - begin));
}

QStringList PinyinTable::readings(char32_t cp) const
{
    QStringList result;
    for (const std::uint16_t id : syllableIds(cp))
        result << QString(syllable(id));
    return result;
}

} // namespace ow::core
