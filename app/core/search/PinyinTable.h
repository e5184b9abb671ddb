#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace ow::core {

// Toneless Mandarin readings of CJK ideographs (URO and extensions A–G, inside and outside the
// BMP: every ideograph Unihan gives a reading), generated at build time from Unihan's kMandarin,
// kTGHZ2013, kXHC1983 and kHanyuPinyin fields (tools/pinyin, resources/pinyin/README.md).
//
// Readings are plain ASCII: tone marks dropped, ü written v and, as a second reading, u
// (绿 → lv, lu); the preferred (kMandarin) reading comes first. Every reading is a syllable of
// this table, identified by a dense id < syllableCount(), for matchers that precompute per
// syllable.
//
// Immutable after loading; safe to share between threads.
class PinyinTable
{
public:
    PinyinTable() = default;

    // The table embedded in onewindow-core, loaded once on first use (thread-safe). Empty,
    // with a warning logged, if the embedded data is missing or damaged.
    static const PinyinTable &builtIn();

    // Parses the binary format of PinyinTableFormat.h. Damaged or truncated data gives an
    // empty table (isValid() false, errorString() says where); never reads out of bounds.
    static PinyinTable fromData(QByteArrayView data);

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    // The toneless readings of `cp`, preferred first; empty for anything without one
    // (Latin, punctuation, ideographs Unihan has no Mandarin reading for).
    QStringList readings(char32_t cp) const;
    bool hasReadings(char32_t cp) const { return indexOf(cp) >= 0; }

    // The same as syllable ids; valid while the table lives.
    std::span<const std::uint16_t> syllableIds(char32_t cp) const;
    QLatin1StringView syllable(std::uint16_t id) const;
    qsizetype syllableCount() const { return qsizetype(m_syllableStart.size()) - 1; }
    qsizetype characterCount() const { return qsizetype(m_codePoints.size()); }

    // Characters with the same readings share one reading set, so a matcher can keep a set
    // index (< 2^31) per character instead of its readings.
    static constexpr std::uint32_t kNoReadingSet = 0xFFFFFFFF;
    std::uint32_t readingSetOf(char32_t cp) const;
    std::span<const std::uint16_t> readingSet(std::uint32_t set) const
    {
        if (std::size_t(set) + 1 >= m_setStart.size())
            return {};
        const std::uint32_t begin = m_setStart[set];
        return std::span<const std::uint16_t>(m_setIds).subspan(begin, m_setStart[set + 1] - begin);
    }

private:
    qsizetype indexOf(char32_t cp) const;

    bool m_valid = false;
    QString m_error;
    QByteArray m_syllableChars;                 // all syllables, concatenated
    std::vector<std::uint32_t> m_syllableStart{0}; // syllable i = chars [start[i], start[i+1])
    std::vector<std::uint16_t> m_setIds;        // all reading sets, concatenated
    std::vector<std::uint32_t> m_setStart{0};   // set i = ids [start[i], start[i+1])
    std::vector<char32_t> m_codePoints;         // ascending
    std::vector<std::uint32_t> m_setOf;         // parallel to m_codePoints
};

} // namespace ow::core
