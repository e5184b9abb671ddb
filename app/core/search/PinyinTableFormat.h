#pragma once

// The binary layout of the built-in pinyin table, shared by its writer (tools/pinyin, run at
// build time) and its reader (PinyinTable). Header-only so the host tool needs Qt Core alone.
//
//   magic            "OWPY1\n" (6 bytes)
//   syllableCount    varint; then per syllable: length (varint, 1..kMaxSyllableLength) and
//                    that many bytes [a-z]. Syllables are distinct and sorted; their index is
//                    the syllable id (< 65536).
//   setCount         varint; then per reading set: readingCount (varint, 1..255) and that many
//                    syllable ids (varint). A set lists distinct ids, the preferred reading first.
//   entryCount       varint; then per character, by ascending code point: the code point's
//                    distance to the previous entry's (the first: to 0; always ≥ 1) and its set
//                    index (varint), both varints.
//   nothing after the last entry.
//
// A varint is unsigned LEB128: 7 bits per byte, least significant first, high bit = more.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace ow::core::pinyinformat {

inline constexpr char kMagic[] = "OWPY1\n";
inline constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
// Longest toneless syllable accepted (zhuang, chuang and shuang have 6 letters).
inline constexpr int kMaxSyllableLength = 8;
inline constexpr int kMaxReadingsPerSet = 255;
inline constexpr std::uint32_t kMaxCodePoint = 0x10FFFF;

inline void appendVarint(QByteArray &out, std::uint32_t value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(char(value));
}

// Reads varints from a byte range; never reads past its end. A varint longer than five bytes
// or above 2^32 - 1 is malformed.
class VarintReader
{
public:
    explicit VarintReader(QByteArrayView data) : m_data(data) {}

    std::optional<std::uint32_t> next()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (m_pos >= m_data.size())
                return std::nullopt;
            const auto byte = std::uint8_t(m_data[m_pos++]);
            value |= std::uint64_t(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) {
                if (value > 0xFFFFFFFFu)
                    return std::nullopt;
                return std::uint32_t(value);
            }
        }
        return std::nullopt;
    }

    // The next `count` raw bytes, or nothing when fewer remain.
    std::optional<QByteArrayView> bytes(qsizetype count)
    {
        if (count < 0 || count > m_data.size() - m_pos)
            return std::nullopt;
        const QByteArrayView result = m_data.sliced(m_pos, count);
        m_pos += count;
        return result;
    }

    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace ow::core::pinyinformat
