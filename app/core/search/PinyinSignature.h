#pragma once

// Internal to the pinyin matcher (not API): cheap necessary conditions checked before the
// automaton runs, so that most names of a catalog are rejected with a few AND operations.
//
// A name's signature over-approximates what any matching query can contain; a query whose
// signature is not covered cannot match. False positives only cost time.

#include "PinyinTable.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace ow::core::pinyindetail {

// a–z → bits 0–25, 0–9 → bits 26–35; 0 for anything else.
inline std::uint64_t asciiBit(char32_t cp)
{
    if (cp >= U'a' && cp <= U'z')
        return std::uint64_t(1) << (cp - U'a');
    if (cp >= U'0' && cp <= U'9')
        return std::uint64_t(1) << (26 + cp - U'0');
    return 0;
}

// One of 64 bits for any other code point (hanzi, punctuation …).
inline std::uint64_t bloomBit(char32_t cp)
{
    return std::uint64_t(1) << ((std::uint32_t(cp) * 0x9E3779B1u) >> 26);
}

// One of 128 bits for a pair of letters (0–25).
inline int initialPairBit(int a, int b)
{
    return int((std::uint32_t(a * 26 + b) * 0x9E3779B1u) >> 25);
}

struct NameSignature
{
    std::uint64_t letters = 0;  // asciiBit: every letter or digit some character can give
    std::uint64_t starts = 0;   // … that can be a character's first: initials, literal letters
    std::uint64_t literals = 0; // … that literal (non-hanzi) characters give
    std::uint64_t bloom = 0;    // bloomBit of every other code point in the name
    std::uint64_t plainBloom = 0; // … of those without readings (𠮷, punctuation)
    // Bit a * 26 + b: letters a, b may follow each other in a matching query — inside one
    // reading, or a at any place in a character's readings and b first in the next one.
    std::array<std::uint64_t, 11> pairs{};
    // initialPairBit(a, b) for letters a, b that begin two consecutive characters (reading
    // initials or literal letters): what adjacent query letters must be for Initials.
    std::array<std::uint64_t, 2> initialPairs{};
};

class NameSignatureBuilder
{
public:
    void addReadings(char32_t cp, std::span<const std::uint16_t> ids, const PinyinTable &table);
    void addLiteral(char32_t cp);
    void addSeparator(char32_t cp);
    const NameSignature &result() const { return m_signature; }

private:
    void setPair(int a, int b);
    void setInitialPairs(std::uint32_t initials);
    NameSignature m_signature;
    std::uint32_t m_previousLetters = 0;  // a–z the previous non-separator character can end with
    std::uint32_t m_previousInitials = 0; // a–z it can begin with
};

struct QuerySignature
{
    std::uint64_t needed = 0; // asciiBit of every letter and digit
    std::uint64_t first = 0;  // asciiBit of the first code point
    std::uint64_t bloom = 0;  // bloomBit of every other code point
    std::vector<std::uint16_t> pairs; // a * 26 + b of adjacent letters, distinct
    std::array<std::uint64_t, 2> initialPairs{}; // initialPairBit of adjacent letters

    static QuerySignature of(const std::vector<char32_t> &text);
};

inline bool mayMatch(const NameSignature &n, const QuerySignature &q)
{
    if ((q.needed & ~n.letters) != 0 || (q.first & ~n.starts) != 0 || (q.bloom & ~n.bloom) != 0)
        return false;
    for (const std::uint16_t p : q.pairs) {
        if ((n.pairs[p / 64] & (std::uint64_t(1) << (p % 64))) == 0)
            return false;
    }
    return true;
}

// Every letter and digit must come from a literal character (Substring).
inline bool mayMatchLiterally(const NameSignature &n, const QuerySignature &q)
{
    return (q.needed & ~n.literals) == 0;
}

// Pinyin only (Initials, FullPinyin): every other code point must be one without readings.
inline bool mayMatchAsPinyin(const NameSignature &n, const QuerySignature &q)
{
    return (q.bloom & ~n.plainBloom) == 0;
}

// Every letter and digit must begin a character's share, and adjacent letters consecutive
// characters (Initials).
inline bool mayMatchByInitials(const NameSignature &n, const QuerySignature &q)
{
    return mayMatchAsPinyin(n, q) && (q.needed & ~n.starts) == 0
           && (q.initialPairs[0] & ~n.initialPairs[0]) == 0
           && (q.initialPairs[1] & ~n.initialPairs[1]) == 0;
}

} // namespace ow::core::pinyindetail
