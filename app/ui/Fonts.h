#pragma once

class QApplication;

namespace ow::ui {

// Prefers Noto Sans CJK SC (Debian fonts-noto-cjk) for the whole UI, so Chinese renders
// with one consistent face and rare characters outside the BMP (e.g. 𠮷) have glyphs.
void applyWorkbenchFont(QApplication &app);

} // namespace ow::ui
