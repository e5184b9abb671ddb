#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ow::core {

// The UI languages OneWindow ships complete translations for.
QStringList supportedLanguages();

// zh_CN on a Chinese locale, en otherwise; an explicit override ("zh_CN", "en", also "zh")
// wins. Returns an empty string for an unsupported override so the caller can say so.
QString chooseLanguage(const QLocale &systemLocale, const QString &override);

// Installs every embedded OneWindow catalogue (":/i18n/onewindow_*_<lang>.qm") and Qt's own
// translations for that language, and sets the default QLocale. Returns the number of
// OneWindow catalogues installed. Translators are owned by the application object.
int installTranslations(QCoreApplication &app, const QString &language);

} // namespace ow::core
