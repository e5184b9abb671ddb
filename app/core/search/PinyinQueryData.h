#pragma once

// Internal to the pinyin matcher (not API): the bit-parallel form of a prepared query.
//
// A query of m code points q[0..m) is matched by a set of states, bit j meaning "q[0..j) has
// been consumed"; bit m (`accept`) means the whole query matched. Reading one name character
// moves every state forward at once with a few AND/shift operations on these masks.

#include "PinyinSignature.h"
#include "PinyinTable.h"

#include <array>
#include <cstdint>
#include <utility>
#include <variant>
#include <vector>

namespace ow::core::pinyindetail {

// Prefix masks are kept for syllable prefixes of 1..kMaxPrefix letters.
inline constexpr int kMaxPrefix = 8;

// 256 state bits: queries of 64..255 code points.
struct WideMask
{
    std::array<std::uint64_t, 4> w{};

    explicit operator bool() const { return (w[0] | w[1] | w[2] | w[3]) != 0; }
    WideMask &operator|=(const WideMask &o)
    {
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] |= o.w[i];
        return *this;
    }
    friend WideMask operator|(WideMask a, const WideMask &b) { return a |= b; }
    friend WideMask operator&(WideMask a, const WideMask &b)
    {
        for (std::size_t i = 0; i < a.w.size(); ++i)
            a.w[i] &= b.w[i];
        return a;
    }
    // 0 < k < 64.
    friend WideMask operator<<(const WideMask &a, int k)
    {
        WideMask r;
        r.w[0] = a.w[0] << k;
        for (std::size_t i = 1; i < a.w.size(); ++i)
            r.w[i] = (a.w[i] << k) | (a.w[i - 1] >> (64 - k));
        return r;
    }
    friend WideMask operator>>(const WideMask &a, int k)
    {
        WideMask r;
        for (std::size_t i = 0; i + 1 < a.w.size(); ++i)
            r.w[i] = (a.w[i] >> k) | (a.w[i + 1] << (64 - k));
        r.w[3] = a.w[3] >> k;
        return r;
    }
};

inline void setBit(std::uint64_t &mask, int bit)
{
    mask |= std::uint64_t(1) << bit;
}
inline void setBit(WideMask &mask, int bit)
{
    mask.w[std::size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
}

template <typename Mask>
struct QueryMasks
{
    static constexpr int kMaxQuery = int(sizeof(Mask) * 8) - 1;

    std::array<Mask, 128> ascii{};                  // positions of each ASCII code point
    std::vector<std::pair<char32_t, Mask>> others;  // positions of each other code point
    // prefix[id * kMaxPrefix + k - 1]: positions j where q[j, j + k) is the first k letters of
    // syllable id. Zero past the syllable's length; each is a subset of the one before.
    std::vector<Mask> prefix;
    Mask accept{};

    Mask literal(char32_t cp) const
    {
        if (cp < 128)
            return ascii[cp];
        for (const auto &[c, mask] : others) {
            if (c == cp)
                return mask;
        }
        return Mask{};
    }
};

struct PinyinQueryData
{
    const PinyinTable *table = nullptr;
    std::vector<char32_t> text;       // folded query (foldForSearch)
    QuerySignature signature;
    std::vector<std::uint8_t> syllableLength; // by syllable id
    // False when the query is letters that cannot be read as whole syllables, the last maybe
    // cut short (bdcdj): no name then matches it as FullPinyin by readings alone.
    bool mayBeFullPinyin = true;
    // Queries longer than 255 code points match only as plain substrings (monostate).
    std::variant<std::monostate, QueryMasks<std::uint64_t>, QueryMasks<WideMask>> masks;
};

} // namespace ow::core::pinyindetail
