#pragma once

// Folding text for catalog search: what a typed query and a matter name are compared as.

#include <QStringView>

#include <vector>

namespace ow::core {

// One code point of folded text and where it came from in the original UTF-16 string.
struct FoldedChar
{
    char32_t cp = 0;
    qsizetype offset = 0; // UTF-16 index of the original character
    qsizetype length = 0; // its UTF-16 length (1, or 2 for a surrogate pair)
};

// Folds text code point by code point:
// - full-width ASCII (U+FF01–U+FF5E) becomes ASCII; the ideographic space is a space;
// - everything is case-folded (A → a); ü (and its toned forms) becomes v, as pinyin is typed;
// - whitespace, control and format characters (e.g. zero-width space) are dropped;
// - a lone surrogate becomes U+FFFD.
// Never fails; the result has at most text.size() entries.
std::vector<FoldedChar> foldForSearch(QStringView text);

// Punctuation and symbols (（）、·《》- …): a search may step over them in a name.
bool isSearchSeparator(char32_t cp);

inline bool isAsciiAlnum(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9');
}

} // namespace ow::core
