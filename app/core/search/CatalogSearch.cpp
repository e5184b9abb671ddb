#include "CatalogSearch.h"

#include "SearchText.h"

#include <algorithm>

namespace ow::core {
namespace {

// score = tier * kTierStep + usage * kUsageStep + position: each part decides only between
// hits that the parts before it leave equal (see CatalogSearch.h).
constexpr int kUsageCap = 20;
constexpr int kUsageStep = 100'000;  // > any position score
constexpr int kTierStep = 4'194'304; // > kUsageCap * kUsageStep + any position score

// The tiers of rule 2 (CatalogSearch.h), worst first: a keyword ranks just below the name
// matching in the same way; a department's name ranks below initials elsewhere and above the
// mixed matches (bdongcdj, gaj in 广告及), which are the loosest reading of letters.
constexpr int kMixedKeywordTier = 2;
constexpr int kDepartmentTier = 4;
constexpr int kCodePrefixTier = 15;
constexpr int kExactCodeTier = 16;

// Level 1 (mixed) … 6 (hanzi at the start), see matchLevel(), of a name or a keyword.
constexpr int tierOf(int level, bool byName)
{
    return kMixedKeywordTier + 2 * (level - 1) + (byName ? 1 : 0)
           + (level >= 2 ? kDepartmentTier - kMixedKeywordTier - 1 : 0);
}

static_assert(kExactCodeTier * kTierStep + kTierStep < 2'147'483'647);
static_assert(tierOf(1, true) < kDepartmentTier && kDepartmentTier < tierOf(2, false));
static_assert(tierOf(6, true) < kCodePrefixTier);
static_assert(kUsageCap * kUsageStep + kUsageStep <= kTierStep);

// How well a match reads what was typed: 6 the text starts with the typed hanzi (or is
// them), 5 hanzi elsewhere, 4 full pinyin, 3 initials from the start, 2 initials elsewhere,
// 1 anything else.
int matchLevel(const PinyinMatch &m, qsizetype firstWordStart)
{
    switch (m.kind) {
    case PinyinMatchKind::Substring:
        return m.start <= firstWordStart ? 6 : 5;
    case PinyinMatchKind::FullPinyin:
        return 4;
    case PinyinMatchKind::InitialsPrefix:
        return 3;
    case PinyinMatchKind::Initials:
        return 2;
    case PinyinMatchKind::Mixed:
        break;
    }
    return 1;
}

// Nearer the start first, then the shorter text: 0 … 99,999.
int positionScore(qsizetype start, qsizetype length)
{
    return 99'999 - 1000 * int(std::clamp<qsizetype>(start, 0, 99))
           - int(std::clamp<qsizetype>(length, 0, 999));
}

// The side scores of a search pack tier * kTierStep + position with how the entry matched in
// the two low bits, so that the larger packed value is the better match.
enum class How : std::uint32_t {
    Name = 0,
    Department = 1,
    Keyword = 2,
    Code = 3
};
static_assert(std::uint64_t(kExactCodeTier + 1) * kTierStep * 4 < 0xFFFFFFFFu);

std::uint32_t pack(int tierPosition, How how)
{
    return std::uint32_t(tierPosition) * 4 + std::uint32_t(how);
}

int tierPositionOf(std::uint32_t packed)
{
    return int(packed / 4);
}

How howOf(std::uint32_t packed)
{
    return How(packed % 4);
}

QString foldCode(QStringView code)
{
    std::u32string folded;
    for (const FoldedChar &f : foldForSearch(code))
        folded.push_back(f.cp);
    return QString::fromUcs4(folded.data(), qsizetype(folded.size()));
}

// How a department name must match for its matters to be found through it: the typed hanzi
// anywhere, or pinyin (full or initials) from the start of the name; two characters at least.
bool departmentMatches(const PinyinMatcher &department, const PinyinQuery &query)
{
    const auto m = department.match(query, PinyinOrder::FullPinyinFirst);
    if (!m)
        return false;
    if (m->kind == PinyinMatchKind::Substring)
        return true;
    return (m->kind == PinyinMatchKind::FullPinyin || m->kind == PinyinMatchKind::InitialsPrefix)
           && m->start <= department.firstWordStart();
}

// The most a name's own match can add to a hit's score (tier and position), or 0 when it
// cannot match.
int nameBound(const PinyinMatcher &name, const PinyinQuery &query)
{
    const auto b = name.bound(query);
    if (!b)
        return 0;
    int level = 1;
    if (b->substring)
        level = b->atStart ? 6 : 5;
    else if (b->fullPinyin)
        level = 4;
    else if (b->initials)
        level = b->atStart ? 3 : 2;
    return tierOf(level, true) * kTierStep + positionScore(b->minStart, name.name().size());
}

} // namespace

CatalogSearch::CatalogSearch(const Catalog &catalog, const PinyinTable &table)
    : m_table(&table)
{
    const auto count = std::size_t(catalog.matters().size() + catalog.bundles().size());
    m_entries.reserve(count);
    m_names.reserve(count);
    m_codes.reserve(2 * count);

    QHash<QString, int> departmentIndex;
    m_departments.reserve(std::size_t(catalog.departments().size()));
    for (const Department &d : catalog.departments()) {
        departmentIndex.insert(d.id, int(m_departments.size()));
        m_departments.emplace_back(d.name, table);
    }
    std::vector<std::vector<std::uint32_t>> departmentEntries(m_departments.size());
    QHash<QString, std::uint32_t> keywordIndex;
    std::vector<std::vector<std::uint32_t>> keywordEntries;

    const auto add = [&](const CatalogHit &hit, const QStringList &keywords,
                         const QString &basicCode, int department) {
        const auto index = std::uint32_t(m_entries.size());
        Entry e;
        e.hit = hit;
        for (const QString &k : keywords) {
            auto it = keywordIndex.constFind(k);
            if (it == keywordIndex.cend()) {
                it = keywordIndex.insert(k, std::uint32_t(m_keywords.size()));
                m_keywords.emplace_back(k, table);
                keywordEntries.emplace_back();
            }
            if (std::find(e.keywords.cbegin(), e.keywords.cend(), *it) == e.keywords.cend()) {
                e.keywords.push_back(*it);
                keywordEntries[*it].push_back(index);
            }
        }
        m_codes.emplace_back(foldCode(hit.code), index);
        if (!basicCode.isEmpty())
            m_codes.emplace_back(foldCode(basicCode), index);
        if (department >= 0)
            departmentEntries[std::size_t(department)].push_back(index);
        m_entryOfCode.insert(hit.code, index);
        m_names.emplace_back(hit.name, table);
        m_entries.push_back(std::move(e));
    };
    for (const Bundle &b : catalog.bundles()) {
        CatalogHit hit;
        hit.kind = CatalogHit::Kind::Bundle;
        hit.code = b.code;
        hit.name = b.name;
        add(hit, b.keywords, QString(), -1);
    }
    for (const Matter &m : catalog.matters()) {
        CatalogHit hit;
        hit.code = m.implementationCode;
        hit.name = m.name;
        if (const Department *d = catalog.department(m.departmentId))
            hit.departmentName = d->name;
        add(hit, m.keywords, m.basicCode, departmentIndex.value(m.departmentId, -1));
    }
    std::sort(m_codes.begin(), m_codes.end());

    const auto flatten = [](const std::vector<std::vector<std::uint32_t>> &lists) {
        EntryLists result;
        for (const std::vector<std::uint32_t> &l : lists) {
            result.list.insert(result.list.end(), l.cbegin(), l.cend());
            result.start.push_back(std::uint32_t(result.list.size()));
        }
        return result;
    };
    m_keywordEntries = flatten(keywordEntries);
    m_departmentEntries = flatten(departmentEntries);
}

QList<CatalogHit> CatalogSearch::search(QStringView query, int limit, const Usage &usage) const
{
    QList<CatalogHit> hits;
    const std::size_t n = m_entries.size();
    if (limit <= 0 || n == 0)
        return hits;

    // This window's usage by entry, capped; looked up once per query, not once per hit.
    std::vector<std::uint8_t> used;
    if (!usage.isEmpty()) {
        used.assign(n, 0);
        for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
            const auto entry = m_entryOfCode.constFind(it.key());
            if (entry != m_entryOfCode.cend() && it.value() > 0)
                used[*entry] = std::uint8_t(std::min(it.value(), kUsageCap));
        }
    }
    const auto usageOf = [&used](std::size_t i) {
        return used.empty() ? 0 : int(used[i]);
    };

    // The best `limit` hits so far, in a heap whose front is the worst of them.
    struct Ranked
    {
        int score = 0;
        std::uint32_t entry = 0;
        How how = How::Name;
    };
    const auto better = [](const Ranked &a, const Ranked &b) {
        return a.score != b.score ? a.score > b.score : a.entry < b.entry;
    };
    std::vector<Ranked> top;
    top.reserve(std::min(std::size_t(limit), n) + 1);
    const auto offer = [&](const Ranked &r) {
        if (top.size() < std::size_t(limit)) {
            top.push_back(r);
            std::push_heap(top.begin(), top.end(), better);
        } else if (better(r, top.front())) {
            std::pop_heap(top.begin(), top.end(), better);
            top.back() = r;
            std::push_heap(top.begin(), top.end(), better);
        }
    };

    const PinyinQuery prepared(query, *m_table);
    std::vector<int> keywordScores; // tier and position of each keyword's match; 0: none
    if (prepared.isEmpty()) {
        for (std::size_t i = 0; i < n; ++i) {
            if (const int u = usageOf(i); u > 0)
                offer({u * kUsageStep, std::uint32_t(i), How::Name});
        }
    } else {
        // What codes, keywords and departments give each entry (packed), before the names.
        std::vector<std::uint32_t> side(n, 0);
        const auto raise = [&side](std::uint32_t entry, std::uint32_t packed) {
            side[entry] = std::max(side[entry], packed);
        };
        const QString text = prepared.normalized();
        if (text.size() >= 4) {
            auto it =
                std::lower_bound(m_codes.cbegin(), m_codes.cend(), text,
                                 [](const auto &code, const QString &t) { return code.first < t; });
            for (; it != m_codes.cend() && it->first.startsWith(text); ++it) {
                const int tier = it->first.size() == text.size() ? kExactCodeTier : kCodePrefixTier;
                raise(it->second,
                      pack(tier * kTierStep + positionScore(0, it->first.size()), How::Code));
            }
        }
        keywordScores.assign(m_keywords.size(), 0);
        for (std::size_t k = 0; k < m_keywords.size(); ++k) {
            const PinyinMatcher &keyword = m_keywords[k];
            const auto m = keyword.match(prepared, PinyinOrder::FullPinyinFirst);
            if (!m)
                continue;
            keywordScores[k] = tierOf(matchLevel(*m, keyword.firstWordStart()), false) * kTierStep
                               + positionScore(m->start, keyword.name().size());
            const std::uint32_t packed = pack(keywordScores[k], How::Keyword);
            for (std::uint32_t j = m_keywordEntries.start[k]; j < m_keywordEntries.start[k + 1];
                 ++j)
                raise(m_keywordEntries.list[j], packed);
        }
        if (text.size() >= 2) {
            for (std::size_t d = 0; d < m_departments.size(); ++d) {
                if (!departmentMatches(m_departments[d], prepared))
                    continue;
                for (std::uint32_t j = m_departmentEntries.start[d];
                     j < m_departmentEntries.start[d + 1]; ++j) {
                    const std::uint32_t e = m_departmentEntries.list[j];
                    raise(e, pack(kDepartmentTier * kTierStep
                                      + positionScore(0, m_names[e].name().size()),
                                  How::Department));
                }
            }
        }

        // The names; a code match ranks above any name. Once `limit` hits are held, a name
        // is matched only if the best it could score (PinyinMatcher::bound) would enter: a
        // letter or two typed match most names, yet few of them can rank among the first.
        const std::uint32_t codeFloor = pack(kCodePrefixTier * kTierStep, How::Name);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t best = side[i];
            const int boost = usageOf(i) * kUsageStep;
            if (best < codeFloor) {
                const PinyinMatcher &name = m_names[i];
                const bool full = top.size() == std::size_t(limit);
                const bool mayEnter = !full || tierPositionOf(best) + boost > top.front().score
                                      || nameBound(name, prepared) + boost > top.front().score;
                if (mayEnter) {
                    if (const auto m = name.match(prepared, PinyinOrder::FullPinyinFirst)) {
                        const int level = matchLevel(*m, name.firstWordStart());
                        best =
                            std::max(best, pack(tierOf(level, true) * kTierStep
                                                    + positionScore(m->start, name.name().size()),
                                                How::Name));
                    }
                } else {
                    continue;
                }
            }
            // Later entries lose ties, so an equal score does not enter either.
            if (best != 0)
                offer({tierPositionOf(best) + boost, std::uint32_t(i), howOf(best)});
        }
    }

    std::sort(top.begin(), top.end(), better);
    hits.reserve(qsizetype(top.size()));
    for (const Ranked &r : top) {
        const Entry &e = m_entries[r.entry];
        CatalogHit hit = e.hit;
        hit.score = r.score;
        hit.byCode = r.how == How::Code;
        hit.byKeyword = r.how == How::Keyword;
        hit.byDepartment = r.how == How::Department;
        if (!prepared.isEmpty() && !hit.byCode) {
            // Show where the name matched, also when a keyword ranked it.
            if (const auto m = m_names[r.entry].match(prepared, PinyinOrder::FullPinyinFirst)) {
                hit.highlightStart = m->start;
                hit.highlightLength = m->length;
            }
        }
        if (hit.byKeyword) {
            const auto k = std::max_element(e.keywords.cbegin(), e.keywords.cend(),
                                            [&](std::uint32_t a, std::uint32_t b) {
                                                return keywordScores[a] < keywordScores[b];
                                            });
            hit.keyword = m_keywords[*k].name();
        }
        hits.append(std::move(hit));
    }
    return hits;
}

} // namespace ow::core
