#include "DocumentFonts.h"

#include <QFontDatabase>

namespace ow::print {

QStringList documentFontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

QFont documentFont(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(documentFontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

bool documentFontsInstalled()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : documentFontFamilies()) {
        if (!installed.contains(family))
            return false;
    }
    return true;
}

} // namespace ow::print
