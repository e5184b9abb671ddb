#include "PinyinSignature.h"

#include <algorithm>

namespace ow::core::pinyindetail {
namespace {

int letterIndex(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') ? int(cp - U'a') : -1;
}

void setBit(std::array<std::uint64_t, 2> &bits, int bit)
{
    bits[std::size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
}

} // namespace

void NameSignatureBuilder::setPair(int a, int b)
{
    const int bit = a * 26 + b;
    m_signature.pairs[std::size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
}

void NameSignatureBuilder::setInitialPairs(std::uint32_t initials)
{
    for (int a = 0; a < 26; ++a) {
        if ((m_previousInitials & (std::uint32_t(1) << a)) == 0)
            continue;
        for (int b = 0; b < 26; ++b) {
            if (initials & (std::uint32_t(1) << b))
                setBit(m_signature.initialPairs, initialPairBit(a, b));
        }
    }
    m_previousInitials = initials;
}

void NameSignatureBuilder::addReadings(char32_t cp, std::span<const std::uint16_t> ids,
                                       const PinyinTable &table)
{
    m_signature.bloom |= bloomBit(cp); // the character itself may be typed
    std::uint32_t letters = 0;
    std::uint32_t initials = 0;
    for (const std::uint16_t id : ids) {
        const QLatin1StringView s = table.syllable(id);
        int previous = -1;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const int letter = letterIndex(char32_t(uchar(s[i].toLatin1())));
            if (letter < 0)
                break;
            m_signature.letters |= std::uint64_t(1) << letter;
            letters |= std::uint32_t(1) << letter;
            if (i == 0) {
                m_signature.starts |= std::uint64_t(1) << letter;
                initials |= std::uint32_t(1) << letter;
                for (int a = 0; a < 26; ++a) {
                    if (m_previousLetters & (std::uint32_t(1) << a))
                        setPair(a, letter);
                }
            } else {
                setPair(previous, letter);
            }
            previous = letter;
        }
    }
    m_previousLetters = letters;
    setInitialPairs(initials);
}

void NameSignatureBuilder::addLiteral(char32_t cp)
{
    const std::uint64_t bit = asciiBit(cp);
    if (bit == 0) {
        m_signature.bloom |= bloomBit(cp);
        m_signature.plainBloom |= bloomBit(cp);
        m_previousLetters = 0;
        m_previousInitials = 0;
        return;
    }
    m_signature.letters |= bit;
    m_signature.starts |= bit;
    m_signature.literals |= bit;
    const int letter = letterIndex(cp);
    if (letter < 0) { // a digit
        m_previousLetters = 0;
        m_previousInitials = 0;
        return;
    }
    for (int a = 0; a < 26; ++a) {
        if (m_previousLetters & (std::uint32_t(1) << a))
            setPair(a, letter);
    }
    m_previousLetters = std::uint32_t(1) << letter;
    setInitialPairs(std::uint32_t(1) << letter);
}

void NameSignatureBuilder::addSeparator(char32_t cp)
{
    // Stepped over: letters on both sides may still meet. Typed literally: not a letter.
    m_signature.bloom |= bloomBit(cp);
    m_signature.plainBloom |= bloomBit(cp);
}

QuerySignature QuerySignature::of(const std::vector<char32_t> &text)
{
    QuerySignature q;
    int previous = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = text[i];
        const std::uint64_t bit = asciiBit(cp);
        if (bit == 0)
            q.bloom |= bloomBit(cp);
        q.needed |= bit;
        if (i == 0)
            q.first = bit;
        const int letter = letterIndex(cp);
        if (letter >= 0 && previous >= 0) {
            q.pairs.push_back(std::uint16_t(previous * 26 + letter));
            setBit(q.initialPairs, initialPairBit(previous, letter));
        }
        previous = letter;
    }
    std::sort(q.pairs.begin(), q.pairs.end());
    q.pairs.erase(std::unique(q.pairs.begin(), q.pairs.end()), q.pairs.end());
    return q;
}

} // namespace ow::core::pinyindetail
