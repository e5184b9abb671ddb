// onewindow-cli — OneWindow's command-line tool for administrators and scripts.
#include "AuditCommand.h"
#include "CalendarCommand.h"
#include "CaseCommand.h"
#include "CatalogCommand.h"
#include "ClerkCommand.h"
#include "CliCommand.h"
#include "CommandLine.h"
#include "DatabaseCommand.h"
#include "DeptCommand.h"
#include "ReceiptsCommand.h"
#include "SettingsCommand.h"
#include "SyncCommand.h"
#include "ValidateCommand.h"
#include "VerifyReceiptCommand.h"
#include "VersionCommand.h"

#include "core/BuildInfo.h"
#include "core/Language.h"
#include "core/Logging.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

class CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)

public:
    static QString overview(const std::vector<std::unique_ptr<ow::cli::CliCommand>> &commands)
    {
        QString text = tr("Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] "
                          "<command> [arguments]\n\nCommands:\n");
        for (const auto &c : commands)
            text += QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->summary());
        text += tr("\nRun “onewindow-cli <command> --help” for a command's options.\n");
        return text;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(ow::core::applicationVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    std::vector<std::unique_ptr<ow::cli::CliCommand>> commands;
    commands.push_back(std::make_unique<ow::cli::ValidateCommand>());
    commands.push_back(std::make_unique<ow::cli::CatalogCommand>());
    commands.push_back(std::make_unique<ow::cli::DatabaseCommand>());
    commands.push_back(std::make_unique<ow::cli::CalendarCommand>());
    commands.push_back(std::make_unique<ow::cli::ReceiptsCommand>());
    commands.push_back(std::make_unique<ow::cli::CaseCommand>());
    commands.push_back(std::make_unique<ow::cli::ClerkCommand>());
    commands.push_back(std::make_unique<ow::cli::SettingsCommand>());
    commands.push_back(std::make_unique<ow::cli::AuditCommand>());
    commands.push_back(std::make_unique<ow::cli::DeptCommand>());
    commands.push_back(std::make_unique<ow::cli::SyncCommand>());
    commands.push_back(std::make_unique<ow::cli::VerifyReceiptCommand>());
    commands.push_back(std::make_unique<ow::cli::VersionCommand>());

    // Global options come before the command; everything after it belongs to the command.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    ow::cli::CommandLine::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    const bool parsed = parser.parse(QCoreApplication::arguments());

    const QString wantedLanguage = parser.value(QStringLiteral("lang"));
    QString language = ow::core::chooseLanguage(QLocale::system(), wantedLanguage);
    const bool badLanguage = language.isEmpty();
    if (badLanguage)
        language = ow::core::chooseLanguage(QLocale::system(), {});
    ow::core::configureLogging(parser.isSet(QStringLiteral("verbose")));
    ow::core::installTranslations(app, language);

    ow::cli::CliContext context{out, err, parser.value(QStringLiteral("data-dir")), language};
    if (!parsed)
        return ow::cli::CommandLine::usageError(context, QString(), parser.errorText());
    if (badLanguage) {
        return ow::cli::CommandLine::usageError(
            context, QString(),
            CliMain::tr("Unknown language “%1”; use zh_CN or en.").arg(wantedLanguage));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        (parser.isSet(QStringLiteral("help")) ? out : err) << CliMain::overview(commands);
        return parser.isSet(QStringLiteral("help")) ? ow::cli::ExitOk : ow::cli::ExitUsage;
    }
    const QString name = positional.first();
    QStringList rest = positional.mid(1);
    if (parser.isSet(QStringLiteral("help")))
        rest.append(QStringLiteral("--help")); // onewindow-cli --help validate
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(rest, context);
    }
    err << CliMain::tr("Unknown command “%1”.").arg(name) << Qt::endl
        << CliMain::overview(commands);
    return ow::cli::ExitUsage;
}
