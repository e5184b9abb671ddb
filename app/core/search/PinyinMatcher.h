#pragma once

#include "PinyinQuery.h"
#include "PinyinSignature.h"
#include "PinyinTable.h"

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace ow::core {

// How a query matched a name, best first. With 不动产登记:
enum class PinyinMatchKind {
    Substring = 5,      // the folded query occurs in the name: 登记, 产登 (separators may be
                        // stepped over: 证港澳 matches 居住证（港澳）)
    InitialsPrefix = 4, // one initial per hanzi from the name's first character: bdc, bdcdj
    Initials = 3,       // one initial per hanzi from a later character: dj, cdj
    FullPinyin = 2,     // whole syllables, the last may be cut short: budongchan, dengji, budo
    Mixed = 1,          // anything else each hanzi allows — its own character or any prefix of
                        // any of its readings, mixed freely: bdc登记, bdongcdj, budchan
};

// Which kind match() looks for first when a query could match a name in several ways.
enum class PinyinOrder {
    // Substring, InitialsPrefix, Initials, FullPinyin, Mixed: the order of PinyinMatchKind.
    InitialsFirst,
    // Substring, FullPinyin, InitialsPrefix, Initials, Mixed: whole syllables are a more
    // deliberate reading of what was typed than initials (catalog search ranks this way).
    FullPinyinFirst,
};

struct PinyinMatch
{
    PinyinMatchKind kind = PinyinMatchKind::Mixed;
    // Higher ranks first; comparable between names for the same query:
    //   score = 100000 * kind − 1000 * min(start, 99) − min(name length, 999)
    // so the kind decides, then a match nearer the start of the name, then the shorter name
    // (start and length in UTF-16 code units, as QString counts).
    int score = 0;
    // The part of the original name the match covers (UTF-16 indices), for highlighting: of
    // the matches of the best kind, the one that starts first (and, from there, ends first).
    qsizetype start = 0;
    qsizetype length = 0;
};

// What match() could find at best, known from a name's signature without running the
// automaton (PinyinMatcher::bound). Every match, in either PinyinOrder, is covered:
struct PinyinMatchBound
{
    bool substring = false; // it may be a Substring
    bool fullPinyin = false; // … FullPinyin
    bool initials = false;  // … InitialsPrefix or Initials
    bool atStart = false;   // false: no match starts at the name's first word
    qsizetype minStart = 0; // no match starts before this UTF-16 index
};

// One name (e.g. a matter name, 事项名称) prepared for searching per keystroke.
//
// A name is read as a sequence of code points (spaces, controls dropped; see foldForSearch):
// - an ideograph with readings in the table matches itself, or any non-empty prefix of any of
//   its readings. Every reading of a polyphone counts (长: chang, zhang), yet the matcher never
//   enumerates combinations: it runs a bit-parallel automaton (one bit per query position)
//   over per-character reading sets — a few word operations per character and reading;
// - punctuation and symbols （）、·《》- match themselves or are stepped over;
// - anything else (Latin letters, digits, ideographs without a reading such as 𠮷) matches
//   itself only, case-insensitively.
// The query must be consumed by consecutive characters of the name (a substring, not a
// subsequence): bdcdx does not match 不动产登记.
//
// Speed: a catalog is searched by preparing the query once (PinyinQuery) and calling match()
// on every name. Most names are rejected by a signature of what they can match (letters,
// letter pairs, hashed hanzi; see PinyinSignature.h) before the automaton runs; release
// builds match 20,000 names in well under 2 ms (bench/bench_pinyin).
//
// Immutable after construction; match() is const and safe to call from several threads.
// Keeps a pointer to the table, which must outlive the matcher.
class PinyinMatcher
{
public:
    PinyinMatcher() = default;
    explicit PinyinMatcher(QStringView name, const PinyinTable &table = PinyinTable::builtIn());

    // Nothing when the query is empty, does not match, or was prepared with another table.
    // Of several kinds of match, the first in `order` is returned (its score still follows
    // the formula above).
    std::optional<PinyinMatch> match(const PinyinQuery &query,
                                     PinyinOrder order = PinyinOrder::InitialsFirst) const;
    // Nothing when match() finds nothing for certain; otherwise what it may find at best. A
    // few word operations, no matching: for searches that only want the best few names.
    std::optional<PinyinMatchBound> bound(const PinyinQuery &query) const;
    // Convenience for a single name; prepares the query on every call.
    std::optional<PinyinMatch> match(QStringView query) const;

    const QString &name() const { return m_name; }
    // UTF-16 index of the name's first character that is not a separator: a match starting
    // there is at the start of the name (the name's length when it has none).
    qsizetype firstWordStart() const { return qsizetype(m_firstWord); }

private:
    // The folded name as one compact stream, read front to back by the matcher: per code point
    // two words — the code point with its kind and reading count, and its UTF-16
    // index in the name — followed by the syllable ids of its readings, one word each.
    pinyindetail::NameSignature m_signature; // first: all that most queries touch
    std::vector<std::uint32_t> m_code;
    const PinyinTable *m_table = nullptr;
    std::uint32_t m_firstWord = 0; // UTF-16 index of the first character that is not a separator
    // The first few characters that are not separators, for bound(): each one's folded code
    // point, the letters or digit it can begin with (asciiBit) and its UTF-16 index; the index
    // after the last is where the next character (or the name's end) is.
    static constexpr int kLeadCharacters = 4;
    std::array<char32_t, kLeadCharacters> m_leadCps{};
    std::array<std::uint64_t, kLeadCharacters> m_leadStarts{};
    std::array<std::uint16_t, kLeadCharacters + 1> m_leadOffsets{};
    std::uint8_t m_leadCount = 0;
    QString m_name;
};

} // namespace ow::core
