#include "PinyinQuery.h"

#include "PinyinQueryData.h"
#include "SearchText.h"

#include <algorithm>

namespace ow::core {

using namespace pinyindetail;

namespace {

template <typename Mask>
QueryMasks<Mask> buildMasks(const std::vector<char32_t> &text, const PinyinTable &table)
{
    QueryMasks<Mask> q;
    const int m = int(text.size());
    setBit(q.accept, m);
    for (int j = 0; j < m; ++j) {
        const char32_t cp = text[std::size_t(j)];
        if (cp < 128) {
            setBit(q.ascii[cp], j);
            continue;
        }
        auto it = std::find_if(q.others.begin(), q.others.end(),
                               [cp](const auto &entry) { return entry.first == cp; });
        if (it == q.others.end())
            it = q.others.insert(q.others.end(), {cp, Mask{}});
        setBit(it->second, j);
    }

    const qsizetype syllables = table.syllableCount();
    q.prefix.assign(std::size_t(syllables * kMaxPrefix), Mask{});
    for (qsizetype id = 0; id < syllables; ++id) {
        const QLatin1StringView s = table.syllable(std::uint16_t(id));
        Mask *out = &q.prefix[std::size_t(id * kMaxPrefix)];
        Mask p = q.ascii[uchar(s.front().toLatin1())];
        for (int k = 0; k < int(s.size()) && k < kMaxPrefix; ++k) {
            if (k > 0)
                p = p & (q.ascii[uchar(s[k].toLatin1())] >> k);
            if (!p)
                break;
            out[k] = p;
        }
    }
    return q;
}

// Whether letters a–z can be read as whole syllables of the table, the last maybe cut short;
// true for anything else, which this does not judge.
bool mayBeFullPinyin(const std::vector<char32_t> &text, const PinyinTable &table)
{
    const std::size_t m = text.size();
    if (!std::all_of(text.cbegin(), text.cend(), [](char32_t c) { return c >= U'a' && c <= U'z'; }))
        return true;
    std::vector<bool> reached(m + 1, false); // text[0, i) read as whole syllables
    reached[0] = true;
    for (std::size_t i = 0; i < m; ++i) {
        if (!reached[i])
            continue;
        for (qsizetype id = 0; id < table.syllableCount(); ++id) {
            const QLatin1StringView s = table.syllable(std::uint16_t(id));
            std::size_t k = 0;
            while (k < std::size_t(s.size()) && i + k < m
                   && char32_t(uchar(s[qsizetype(k)].toLatin1())) == text[i + k])
                ++k;
            if (k > 0 && i + k == m)
                return true; // the rest is this syllable or its beginning
            if (k == std::size_t(s.size()) && k > 0)
                reached[i + k] = true;
        }
    }
    return false;
}

} // namespace

PinyinQuery::PinyinQuery(QStringView text, const PinyinTable &table)
{
    const std::vector<FoldedChar> folded = foldForSearch(text);
    if (folded.empty())
        return;
    auto data = std::make_shared<PinyinQueryData>();
    data->table = &table;
    data->text.reserve(folded.size());
    for (const FoldedChar &f : folded)
        data->text.push_back(f.cp);
    data->signature = QuerySignature::of(data->text);
    data->mayBeFullPinyin = mayBeFullPinyin(data->text, table);
    data->syllableLength.resize(std::size_t(table.syllableCount()));
    for (qsizetype id = 0; id < table.syllableCount(); ++id) {
        const QLatin1StringView syllable = table.syllable(std::uint16_t(id));
        data->syllableLength[std::size_t(id)] = std::uint8_t(syllable.size());
    }

    const qsizetype m = qsizetype(data->text.size());
    if (m <= QueryMasks<std::uint64_t>::kMaxQuery)
        data->masks = buildMasks<std::uint64_t>(data->text, table);
    else if (m <= QueryMasks<WideMask>::kMaxQuery)
        data->masks = buildMasks<WideMask>(data->text, table);
    d = std::move(data);
}

QString PinyinQuery::normalized() const
{
    if (!d)
        return {};
    return QString::fromUcs4(d->text.data(), qsizetype(d->text.size()));
}

} // namespace ow::core
