#include "CatalogSearch.h"

#include <algorithm>

namespace ow::core {
namespace {

constexpr int kCodeScore = 1'000'000;
constexpr int kKeywordPenalty = 50'000;
constexpr int kUsageStep = 2'000;
constexpr int kUsageCap = 20; // usage reorders hits of one match kind, never across kinds

QString foldCode(QStringView code)
{
    QString folded;
    folded.reserve(code.size());
    for (const QChar c : code) {
        if (!c.isSpace())
            folded.append(c.toUpper());
    }
    return folded;
}

} // namespace

CatalogSearch::CatalogSearch(const Catalog &catalog, const PinyinTable &table)
    : m_table(&table)
{
    m_entries.reserve(size_t(catalog.matters().size() + catalog.bundles().size()));
    const auto keywordMatchers = [&table](const QStringList &keywords) {
        std::vector<PinyinMatcher> matchers;
        matchers.reserve(size_t(keywords.size()));
        for (const QString &k : keywords)
            matchers.emplace_back(k, table);
        return matchers;
    };
    for (const Bundle &b : catalog.bundles()) {
        CatalogHit hit;
        hit.kind = CatalogHit::Kind::Bundle;
        hit.code = b.code;
        hit.name = b.name;
        m_entries.push_back({hit, foldCode(b.code), QString(), PinyinMatcher(b.name, table),
                             keywordMatchers(b.keywords)});
    }
    for (const Matter &m : catalog.matters()) {
        CatalogHit hit;
        hit.code = m.implementationCode;
        hit.name = m.name;
        if (const Department *d = catalog.department(m.departmentId))
            hit.departmentName = d->name;
        m_entries.push_back({hit, foldCode(m.implementationCode), foldCode(m.basicCode),
                             PinyinMatcher(m.name, table), keywordMatchers(m.keywords)});
    }
}

QList<CatalogHit> CatalogSearch::search(QStringView query, int limit, const Usage &usage) const
{
    QList<CatalogHit> hits;
    if (limit <= 0)
        return hits;
    const auto usageBonus = [&usage](const QString &code) {
        return kUsageStep * std::min(usage.value(code), kUsageCap);
    };
    const PinyinQuery prepared(query, *m_table);
    const QString code = foldCode(query);
    if (prepared.isEmpty() && code.isEmpty()) {
        for (const Entry &e : m_entries) {
            if (usage.value(e.hit.code) > 0) {
                CatalogHit hit = e.hit;
                hit.score = usageBonus(e.hit.code);
                hits.append(hit);
            }
        }
    } else {
        for (const Entry &e : m_entries) {
            CatalogHit hit = e.hit;
            const bool codeMatch = code.size() >= 4
                                   && (e.foldedCode.startsWith(code)
                                       || (!e.foldedBasicCode.isEmpty()
                                           && e.foldedBasicCode.startsWith(code)));
            if (codeMatch) {
                hit.byCode = true;
                const bool exact = e.foldedCode == code || e.foldedBasicCode == code;
                hit.score = kCodeScore + (exact ? 1 : 0);
            } else if (const auto m = e.name.match(prepared)) {
                hit.score = m->score;
                hit.highlightStart = m->start;
                hit.highlightLength = m->length;
            } else {
                std::optional<int> best;
                for (const PinyinMatcher &k : e.keywords) {
                    if (const auto km = k.match(prepared))
                        best = std::max(best.value_or(km->score), km->score);
                }
                if (!best)
                    continue;
                hit.byKeyword = true;
                hit.score = *best - kKeywordPenalty;
            }
            hit.score += usageBonus(e.hit.code);
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const CatalogHit &a, const CatalogHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace ow::core
