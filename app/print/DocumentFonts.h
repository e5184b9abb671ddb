#pragma once

#include <QFont>
#include <QStringList>

namespace ow::print {

// The font families of printed documents, in order: DejaVu Sans (Debian fonts-dejavu-core) for
// Latin letters and digits, then Noto Sans CJK SC (fonts-noto-cjk) for Chinese, including rare
// characters outside the BMP such as 𠮷 (U+20BB7).
//
// Why not Noto Sans CJK alone: Qt 6.4's PDF writer builds the text layer (ToUnicode map) by
// looking glyphs up in the font's BMP cmap, and finds nothing for Noto CJK's digit glyphs, so
// document numbers and dates would not be searchable or copyable in the PDF. DejaVu's digits
// map back correctly.
QStringList documentFontFamilies();

// A document font of `pointSize` points.
QFont documentFont(qreal pointSize, bool bold = false);

// Whether the fonts a document needs are installed (only the CJK family is essential); a
// missing one is logged once by the renderer, since printing with a fallback beats refusing.
bool documentFontsInstalled();

} // namespace ow::print
