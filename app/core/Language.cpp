#include "Language.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace ow::core {

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString chooseLanguage(const QLocale &systemLocale, const QString &override)
{
    const QString wanted = override.trimmed();
    if (!wanted.isEmpty()) {
        const QString lower = wanted.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (lower == u"zh_cn" || lower == u"zh" || lower == u"zh_hans" || lower == u"zh_hans_cn")
            return QStringLiteral("zh_CN");
        if (lower == u"en" || lower.startsWith(u"en_"))
            return QStringLiteral("en");
        return {};
    }
    return systemLocale.language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                       : QStringLiteral("en");
}

int installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    int installed = 0;
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList catalogues = dir.entryList(
        {QStringLiteral("onewindow_*_%1.qm").arg(language)}, QDir::Files, QDir::Name);
    for (const QString &file : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(dir.filePath(file)) && QCoreApplication::installTranslator(translator)) {
            ++installed;
        } else {
            qCWarning(lcCore) << "could not load translation" << file;
            delete translator;
        }
    }
    // Qt's own strings (standard buttons, context menus). Missing files are not an error:
    // English needs none and Debian ships the Chinese ones in qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    qCDebug(lcCore) << "language" << language << "catalogues" << installed;
    return installed;
}

} // namespace ow::core
