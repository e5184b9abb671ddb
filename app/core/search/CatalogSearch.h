#pragma once

#include "PinyinMatcher.h"

#include "../catalog/Catalog.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ow::core {

// One search result: a matter or a bundle (一件事).
struct CatalogHit
{
    enum class Kind { Matter, Bundle };

    Kind kind = Kind::Matter;
    QString code; // implementation code or bundle code
    QString name;
    QString departmentName; // empty for bundles
    int score = 0;
    bool byCode = false;         // matched the code rather than the name
    bool byKeyword = false;      // matched a keyword rather than the name
    qsizetype highlightStart = 0; // in name, when matched by name
    qsizetype highlightLength = 0;
};

// Answers what a clerk types into the matter search box, from memory: hanzi substrings,
// pinyin initials, full pinyin and mixtures (see PinyinMatcher), implementation, basic and
// bundle codes (from four characters on, as a prefix), and keywords. Ranking: a code typed in full, then the PinyinMatcher score of the name (keywords
// rank below the name), then how often this window used the matter. An empty query lists the
// window's most used matters. Built once per catalog; search() is const and thread-safe.
class CatalogSearch
{
public:
    // How often this window used each code (implementation or bundle code).
    using Usage = QHash<QString, int>;

    explicit CatalogSearch(const Catalog &catalog,
                           const PinyinTable &table = PinyinTable::builtIn());

    QList<CatalogHit> search(QStringView query, int limit, const Usage &usage = {}) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        CatalogHit hit;
        QString foldedCode;
        QString foldedBasicCode; // matters only
        PinyinMatcher name;
        std::vector<PinyinMatcher> keywords;
    };
    std::vector<Entry> m_entries;
    const PinyinTable *m_table;
};

} // namespace ow::core
