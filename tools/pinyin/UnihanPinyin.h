#pragma once

// Reading Mandarin readings out of Unihan (Unihan_Readings.txt) for the pinyin table.

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ow::tools {

// The toneless ASCII spelling of one Unihan pinyin reading: tone marks dropped, ü written v,
// ê written e (e.g. "lǜ" → "lv", "ǹg" → "ng", "ê̄" → "e"). Empty when the reading holds anything
// other than Latin letters and combining marks.
QString tonelessPinyin(QStringView reading);

struct UnihanPinyin
{
    // Code point → distinct toneless readings, preferred first: kMandarin, then kTGHZ2013,
    // kXHC1983 and kHanyuPinyin in their own order. A reading with v is followed by its u
    // spelling (lv, lu) so typists who write u for ü also match.
    QMap<char32_t, QStringList> readings;
    QStringList problems; // lines or readings that were skipped, as "line N: why"
};

// Parses the text of Unihan_Readings.txt (tab-separated "U+XXXX<TAB>field<TAB>value" lines,
// '#' comments). Fields other than the four above are ignored.
UnihanPinyin parseUnihanReadings(QByteArrayView text);

} // namespace ow::tools
