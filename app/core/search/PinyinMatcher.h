#pragma once

#include "PinyinQuery.h"
#include "PinyinSignature.h"
#include "PinyinTable.h"

#include <QString>
#include <QStringView>

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
    std::optional<PinyinMatch> match(const PinyinQuery &query) const;
    // Convenience for a single name; prepares the query on every call.
    std::optional<PinyinMatch> match(QStringView query) const;

    const QString &name() const { return m_name; }

private:
    // The folded name as one compact stream, read front to back by the matcher: per code point
    // two words — the code point with its kind and reading count, and its UTF-16
    // index in the name — followed by the syllable ids of its readings, one word each.
    pinyindetail::NameSignature m_signature; // first: all that most queries touch
    std::vector<std::uint32_t> m_code;
    const PinyinTable *m_table = nullptr;
    std::uint32_t m_firstWord = 0; // UTF-16 index of the first character that is not a separator
    QString m_name;
};

} // namespace ow::core
