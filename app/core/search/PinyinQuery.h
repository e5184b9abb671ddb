#pragma once

#include "PinyinTable.h"

#include <QString>
#include <QStringView>

#include <memory>

namespace ow::core {

namespace pinyindetail {
struct PinyinQueryData;
}

// What a clerk typed into the catalog search, prepared once per keystroke and then matched
// against every name (PinyinMatcher::match). Preparing costs a few microseconds; matching a
// name then needs no allocation.
//
// Normalisation (foldForSearch): case-insensitive, spaces ignored, full-width Latin and digits
// read as ASCII, ü typed as v. A query longer than 255 code points matches only as a plain
// substring. Immutable and cheap to copy; safe to share between threads. The table must
// outlive the query and be the one the matchers were built with.
class PinyinQuery
{
public:
    PinyinQuery() = default;
    explicit PinyinQuery(QStringView text, const PinyinTable &table = PinyinTable::builtIn());

    // True when nothing is left after normalisation; an empty query matches no name.
    bool isEmpty() const { return !d; }
    // The normalised query, e.g. "ＢＤＣ dj" → "bdcdj".
    QString normalized() const;

private:
    friend class PinyinMatcher;
    std::shared_ptr<const pinyindetail::PinyinQueryData> d;
};

} // namespace ow::core
