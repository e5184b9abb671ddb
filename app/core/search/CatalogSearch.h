#pragma once

#include "PinyinMatcher.h"

#include "../catalog/Catalog.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace ow::core {

// One search result: a matter or a bundle (一件事).
struct CatalogHit
{
    enum class Kind {
        Matter,
        Bundle
    };

    Kind kind = Kind::Matter;
    QString code; // implementation code or bundle code
    QString name;
    QString departmentName; // empty for bundles
    int score = 0;
    bool byCode = false;           // matched the code rather than the name
    bool byKeyword = false;        // ranked by a keyword (`keyword`) rather than by the name
    bool byDepartment = false;     // matched only its department's name
    QString keyword;               // the keyword that matched, when byKeyword
    qsizetype highlightStart = 0;  // in name, when the name matched (also when byKeyword)
    qsizetype highlightLength = 0; // 0: nothing in the name to highlight
};

// Answers what a clerk types into the matter search box, from memory: hanzi substrings,
// pinyin initials, full pinyin and mixtures (see PinyinMatcher), implementation, basic and
// bundle codes (from four characters on, as a prefix), keywords, and the beginning of a
// department's name (公安局: gaj, 不动产登记中心: bdcdj) for that department's matters.
//
// Ranking, each rule deciding only between hits the rules before it leave equal:
// 1. the code typed in full (implementation, basic or bundle code), then codes by prefix;
// 2. how well the name matched, best first:
//      the name is, or starts with, the typed hanzi (身份证 → 身份证…)
//      the typed hanzi elsewhere in the name (身份证 → 居民身份证补领)
//      full pinyin, the last syllable may be cut short (shenfenz)
//      pinyin initials from the name's first character (jmsfz)
//      pinyin initials elsewhere (sfz → 居民身份证补领)
//      anything else the characters allow, e.g. initials mixed with hanzi (bdc登记)
//    a keyword that matches in some way ranks just below the name matching in that way
//    (and above the name matching in a worse way: sfz finds 身份证 matters, whose keywords
//    start with 身份证, before 二手房转移…, whose name has 手房转 in it); a matter found only
//    through its department's name comes last;
// 3. this window's usage: more used first (counts above 20 count as 20);
// 4. where the match starts (nearer the start first), then the shorter name or keyword;
// 5. catalog order: bundles, then matters, as the catalog lists them.
// An empty query lists the window's used matters, most used first. Built once per catalog;
// search() is const and thread-safe.
class CatalogSearch
{
public:
    // How often this window used each code (implementation or bundle code); any weight works,
    // e.g. one that favours recent use.
    using Usage = QHash<QString, int>;

    explicit CatalogSearch(const Catalog &catalog,
                           const PinyinTable &table = PinyinTable::builtIn());

    QList<CatalogHit> search(QStringView query, int limit, const Usage &usage = {}) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    // What a search reads of every entry per keystroke is kept in flat arrays (the names'
    // matchers, codes sorted for a binary search, which entries each keyword and department
    // lists); the rest is read only for the hits returned.
    struct Entry
    {
        CatalogHit hit;                      // without score, highlight and how it matched
        std::vector<std::uint32_t> keywords; // into m_keywords
    };
    // Entries by something many of them share (a keyword, a department): entries of item k
    // are list[start[k] … start[k + 1]).
    struct EntryLists
    {
        std::vector<std::uint32_t> start{0};
        std::vector<std::uint32_t> list;
    };
    std::vector<Entry> m_entries;
    std::vector<PinyinMatcher> m_names;                     // parallel to m_entries
    std::vector<std::pair<QString, std::uint32_t>> m_codes; // folded codes → entry, sorted
    std::vector<PinyinMatcher> m_keywords;                  // distinct keywords
    EntryLists m_keywordEntries;
    std::vector<PinyinMatcher> m_departments; // department names, in catalog order
    EntryLists m_departmentEntries;
    QHash<QString, std::uint32_t> m_entryOfCode; // implementation or bundle code → entry
    const PinyinTable *m_table;
};

} // namespace ow::core
