#include "PinyinMatcher.h"

#include "PinyinQueryData.h"
#include "SearchText.h"

#include <algorithm>
#include <type_traits>
#include <variant>

namespace ow::core {

using namespace pinyindetail;

namespace {

// How a name character is matched (see PinyinMatcher).
enum class Kind : std::uint32_t { Readings, Literal, Separator };

// The first word of a character in PinyinMatcher::m_code: bits 0–20 the code point, 21–22
// its kind, 23–30 how many syllable-id words follow its UTF-16 index word.
std::uint32_t headWord(char32_t cp, Kind kind, std::uint32_t idCount)
{
    return std::uint32_t(cp) | (std::uint32_t(kind) << 21) | (idCount << 23);
}
char32_t cpOf(std::uint32_t head)
{
    return char32_t(head & 0x1FFFFF);
}
Kind kindOf(std::uint32_t head)
{
    return Kind((head >> 21) & 3);
}
std::uint32_t idCountOf(std::uint32_t head)
{
    return (head >> 23) & 0xFF;
}
const std::uint32_t *nextUnit(const std::uint32_t *unit)
{
    return unit + 2 + idCountOf(unit[0]);
}

// What a name character may consume of the query in each kind of match.
enum class Mode {
    Any,      // its own character or any prefix of any reading (superset of all below)
    Literal,  // its own character only
    Initials, // the first letter of a reading (other characters: themselves)
    Full,     // a whole reading; a cut-short reading ends the match
};

template <typename Mask>
class Automaton
{
public:
    Automaton(const QueryMasks<Mask> &q, const PinyinQueryData &data)
        : m_q(q), m_data(data), m_hasOthers(!q.others.empty())
    {
    }

    // Moves the states `d` over the character at `unit`. In Full mode, states that end inside
    // a reading are added to `partial` instead: they may accept but not go on.
    template <Mode mode>
    Mask step(const std::uint32_t *unit, const Mask &d, Mask &partial) const
    {
        const std::uint32_t head = unit[0];
        const Kind kind = kindOf(head);
        if (kind == Kind::Separator)
            return d | ((d & m_q.literal(cpOf(head))) << 1);
        if (kind == Kind::Literal)
            return (d & m_q.literal(cpOf(head))) << 1;

        Mask next{};
        if constexpr (mode == Mode::Any || mode == Mode::Literal) {
            if (m_hasOthers)
                next = (d & m_q.literal(cpOf(head))) << 1;
        }
        if constexpr (mode != Mode::Literal) {
            const std::uint32_t *end = nextUnit(unit);
            for (const std::uint32_t *id = unit + 2; id != end; ++id) {
                const Mask *p = &m_q.prefix[std::size_t(*id) * kMaxPrefix];
                if constexpr (mode == Mode::Initials) {
                    next |= (d & p[0]) << 1;
                } else {
                    const int length = mode == Mode::Full ? m_data.syllableLength[*id] : 0;
                    for (int k = 0; k < kMaxPrefix; ++k) {
                        const Mask t = d & p[k];
                        if (!t)
                            break;
                        if (mode == Mode::Full && k + 1 < length)
                            partial |= t << (k + 1);
                        else
                            next |= t << (k + 1);
                    }
                }
            }
        }
        return next;
    }

    // Whether the query matches anywhere, in any mode: one pass, a new start at every unit.
    bool matchesAnywhere(const std::uint32_t *begin, const std::uint32_t *end) const
    {
        Mask d{};
        Mask unused{};
        for (const std::uint32_t *unit = begin; unit != end; unit = nextUnit(unit)) {
            setBit(d, 0);
            d = step<Mode::Any>(unit, d, unused);
            if (d & m_q.accept)
                return true;
        }
        return false;
    }

    struct Span
    {
        const std::uint32_t *first = nullptr;
        const std::uint32_t *last = nullptr;
    };

    // The match in `mode` that starts earliest (and, from there, ends earliest).
    template <Mode mode>
    std::optional<Span> find(const std::uint32_t *begin, const std::uint32_t *end) const
    {
        for (const std::uint32_t *s = begin; s != end; s = nextUnit(s)) {
            if (kindOf(s[0]) == Kind::Separator && !(m_q.literal(cpOf(s[0])) & start()))
                continue; // would only step over it: the same match starts at the next one
            Mask d = start();
            for (const std::uint32_t *unit = s; unit != end; unit = nextUnit(unit)) {
                Mask partial{};
                d = step<mode>(unit, d, partial);
                if ((d | partial) & m_q.accept)
                    return Span{s, unit};
                if (!d)
                    break;
            }
        }
        return std::nullopt;
    }

private:
    static Mask start()
    {
        Mask m{};
        setBit(m, 0);
        return m;
    }

    const QueryMasks<Mask> &m_q;
    const PinyinQueryData &m_data;
    bool m_hasOthers;
};

// Too long for the automaton: the query as a plain run of code points.
std::optional<std::pair<const std::uint32_t *, const std::uint32_t *>>
findPlain(const std::uint32_t *begin, const std::uint32_t *end, const std::vector<char32_t> &text)
{
    for (const std::uint32_t *s = begin; s != end; s = nextUnit(s)) {
        const std::uint32_t *unit = s;
        const std::uint32_t *last = s;
        std::size_t j = 0;
        while (j < text.size() && unit != end && cpOf(unit[0]) == text[j]) {
            last = unit;
            unit = nextUnit(unit);
            ++j;
        }
        if (j == text.size())
            return std::pair{s, last};
    }
    return std::nullopt;
}

} // namespace

PinyinMatcher::PinyinMatcher(QStringView name, const PinyinTable &table)
    : m_table(&table), m_name(name.toString())
{
    const std::vector<FoldedChar> folded = foldForSearch(m_name);
    std::size_t words = 0;
    for (const FoldedChar &f : folded)
        words += 2 + std::min<std::size_t>(table.syllableIds(f.cp).size(), 255);
    m_code.reserve(words);

    NameSignatureBuilder signature;
    bool seenWord = false;
    for (const FoldedChar &f : folded) {
        std::span<const std::uint16_t> ids = table.syllableIds(f.cp);
        ids = ids.first(std::min<std::size_t>(ids.size(), 255));
        Kind kind = Kind::Literal;
        if (!ids.empty()) {
            kind = Kind::Readings;
            signature.addReadings(f.cp, ids, table);
        } else if (isSearchSeparator(f.cp)) {
            kind = Kind::Separator;
            signature.addSeparator(f.cp);
        } else {
            signature.addLiteral(f.cp);
        }
        if (kind != Kind::Separator && !seenWord) {
            m_firstWord = std::uint32_t(f.offset);
            seenWord = true;
        }
        if (kind != Kind::Separator) {
            const auto offset = std::uint16_t(std::min<qsizetype>(f.offset, 0xFFFF));
            if (m_leadCount < kLeadCharacters) {
                std::uint64_t starts = asciiBit(f.cp);
                for (const std::uint16_t id : ids)
                    starts |= asciiBit(char32_t(uchar(table.syllable(id).front().toLatin1())));
                m_leadCps[m_leadCount] = f.cp;
                m_leadStarts[m_leadCount] = starts;
                m_leadOffsets[m_leadCount] = offset;
                ++m_leadCount;
                m_leadOffsets[m_leadCount] =
                    std::uint16_t(std::min<qsizetype>(m_name.size(), 0xFFFF));
            } else if (m_leadCount == kLeadCharacters && m_leadOffsets[m_leadCount] > offset) {
                m_leadOffsets[m_leadCount] = offset; // the next character after the lead
            }
        }
        m_code.push_back(headWord(f.cp, kind, std::uint32_t(ids.size())));
        m_code.push_back(std::uint32_t(f.offset));
        m_code.insert(m_code.end(), ids.begin(), ids.end());
    }
    if (!seenWord)
        m_firstWord = std::uint32_t(m_name.size());
    m_signature = signature.result();
}

std::optional<PinyinMatchBound> PinyinMatcher::bound(const PinyinQuery &query) const
{
    const PinyinQueryData *data = query.d.get();
    if (!data || data->table != m_table || m_code.empty())
        return std::nullopt;
    const QuerySignature &q = data->signature;
    if (!mayMatch(m_signature, q))
        return std::nullopt;
    PinyinMatchBound b;
    b.substring = mayMatchLiterally(m_signature, q);
    // Whole syllables: the query must read as syllables, unless letters of the name itself
    // (X in X光机) or other characters take part.
    b.fullPinyin = mayMatchAsPinyin(m_signature, q)
                   && (data->mayBeFullPinyin || (q.needed & m_signature.literals) != 0);
    b.initials = mayMatchByInitials(m_signature, q);
    // A match starts at a character that can give the query's first one; at a separator only
    // when the query starts with one.
    const char32_t first = data->text.front();
    if (isSearchSeparator(first)) {
        b.minStart = 0;
    } else {
        b.minStart = m_leadOffsets[m_leadCount];
        for (int j = 0; j < m_leadCount; ++j) {
            if (first == m_leadCps[std::size_t(j)]
                || (asciiBit(first) & m_leadStarts[std::size_t(j)]) != 0) {
                b.minStart = m_leadOffsets[std::size_t(j)];
                break;
            }
        }
    }
    b.atStart = b.minStart <= qsizetype(m_firstWord);
    return b;
}

std::optional<PinyinMatch> PinyinMatcher::match(QStringView query) const
{
    if (!m_table)
        return std::nullopt;
    return match(PinyinQuery(query, *m_table));
}

std::optional<PinyinMatch> PinyinMatcher::match(const PinyinQuery &query, PinyinOrder order) const
{
    const PinyinQueryData *data = query.d.get();
    if (!data || data->table != m_table || m_code.empty())
        return std::nullopt;
    if (!mayMatch(m_signature, data->signature))
        return std::nullopt; // e.g. a letter or a hanzi that no character here can give

    const std::uint32_t *begin = m_code.data();
    const std::uint32_t *end = begin + m_code.size();
    const auto result = [&](PinyinMatchKind kind, const std::uint32_t *first,
                            const std::uint32_t *last) {
        PinyinMatch m;
        m.kind = kind;
        m.start = first[1];
        m.length = last[1] + (cpOf(last[0]) > 0xFFFF ? 2 : 1) - m.start;
        m.score = 100000 * int(kind) - 1000 * int(std::min<qsizetype>(m.start, 99))
                  - int(std::min<qsizetype>(m_name.size(), 999));
        return m;
    };

    return std::visit(
        [&](const auto &masks) -> std::optional<PinyinMatch> {
            using Masks = std::decay_t<decltype(masks)>;
            if constexpr (std::is_same_v<Masks, std::monostate>) {
                if (const auto s = findPlain(begin, end, data->text))
                    return result(PinyinMatchKind::Substring, s->first, s->second);
                return std::nullopt;
            } else {
                using Mask = std::decay_t<decltype(masks.accept)>;
                const Automaton<Mask> automaton(masks, *data);
                // One or two typed letters match most names that pass the signature: classify
                // them straight away. Other queries are first tested in one cheap pass.
                const QuerySignature &q = data->signature;
                const bool shortPinyin = data->text.size() <= 2 && q.bloom == 0;
                if (!shortPinyin && !automaton.matchesAnywhere(begin, end))
                    return std::nullopt;
                if (mayMatchLiterally(m_signature, q)) {
                    if (const auto s = automaton.template find<Mode::Literal>(begin, end))
                        return result(PinyinMatchKind::Substring, s->first, s->last);
                }
                const auto full = [&]() -> std::optional<PinyinMatch> {
                    if (mayMatchAsPinyin(m_signature, q)) {
                        if (const auto s = automaton.template find<Mode::Full>(begin, end))
                            return result(PinyinMatchKind::FullPinyin, s->first, s->last);
                    }
                    return std::nullopt;
                };
                if (order == PinyinOrder::FullPinyinFirst) {
                    if (auto m = full())
                        return m;
                }
                if (mayMatchByInitials(m_signature, q)) {
                    if (const auto s = automaton.template find<Mode::Initials>(begin, end)) {
                        return result(s->first[1] == m_firstWord ? PinyinMatchKind::InitialsPrefix
                                                                 : PinyinMatchKind::Initials,
                                      s->first, s->last);
                    }
                }
                if (order == PinyinOrder::InitialsFirst) {
                    if (auto m = full())
                        return m;
                }
                if (const auto s = automaton.template find<Mode::Any>(begin, end))
                    return result(PinyinMatchKind::Mixed, s->first, s->last);
                return std::nullopt;
            }
        },
        data->masks);
}

} // namespace ow::core
