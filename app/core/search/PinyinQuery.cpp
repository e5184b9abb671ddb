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
