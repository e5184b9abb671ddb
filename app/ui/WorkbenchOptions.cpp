#include "WorkbenchOptions.h"

#include "core/Language.h"

#include <QCommandLineParser>

namespace ow::ui {

QString WorkbenchOptions::languageFromArguments(const QStringList &arguments)
{
    QString wanted;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            wanted = arguments.at(i + 1);
        else if (a.startsWith(u"--lang="))
            wanted = a.mid(7);
    }
    const QString chosen = core::chooseLanguage(QLocale::system(), wanted);
    return chosen.isEmpty() ? core::chooseLanguage(QLocale::system(), {}) : chosen;
}

WorkbenchOptions WorkbenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OneWindow comprehensive acceptance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: zh_CN or en."),
                                  tr("language"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Directory of the workstation database."),
                                     tr("directory"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Login to pre-fill in the log-in dialog."), tr("login"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log debug messages."));
    parser.addOptions({lang, dataDir, user, verbose});
    parser.process(arguments); // --help and --version print and exit; unknown options exit 1

    WorkbenchOptions options;
    options.verbose = parser.isSet(verbose);
    options.dataDir = parser.value(dataDir);
    options.user = parser.value(user);
    options.language = core::chooseLanguage(QLocale::system(), parser.value(lang));
    if (options.language.isEmpty()) {
        options.error = tr("Unknown language “%1”; use zh_CN or en.").arg(parser.value(lang));
        options.language = core::chooseLanguage(QLocale::system(), {});
    }
    return options;
}

} // namespace ow::ui
