#include "Fonts.h"

#include "UiLogging.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace ow::ui {

void applyWorkbenchFont(QApplication &app)
{
    QFont font = app.font();
    QStringList families{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"),
                         QStringLiteral("Noto Sans CJK JP")};
    families.append(font.families());
    font.setFamilies(families);
    if (font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    app.setFont(font);
    if (!QFontDatabase::families().contains(families.first()))
        qCWarning(lcUi) << "Noto Sans CJK SC is not installed; Chinese may render poorly";
}

} // namespace ow::ui
