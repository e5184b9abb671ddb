#include "Fonts.h"

#include "UiLogging.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace ow::ui {

void applyWorkbenchFont(QApplication &app, const QString &language)
{
    QFont font = app.font();
    const QStringList cjk{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"),
                          QStringLiteral("Noto Sans CJK JP")};
    const QStringList latin = font.families();
    font.setFamilies(language.startsWith(u"zh") ? cjk + latin : latin + cjk);
    if (font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    app.setFont(font);
    if (!QFontDatabase::families().contains(cjk.first()))
        qCWarning(lcUi) << "Noto Sans CJK SC is not installed; Chinese may render poorly";
}

} // namespace ow::ui
