#pragma once

#include <QString>

class QApplication;

namespace ow::ui {

// Puts Noto Sans CJK SC (Debian fonts-noto-cjk) into the UI font's family list so Chinese
// renders with one consistent face and rare characters outside the BMP (e.g. 𠮷) have glyphs.
// For Chinese it comes first (full-width punctuation); for English after the Latin face, so
// quotes and dashes keep their Latin widths.
void applyWorkbenchFont(QApplication &app, const QString &language);

} // namespace ow::ui
