#include "CommandLine.h"

namespace ow::cli {

QCommandLineOption CommandLine::dataDirOption()
{
    return {QStringLiteral("data-dir"),
            tr("Workstation data directory (default: the platform's application data location, "
               "or $OW_DATA_DIR)."),
            tr("directory")};
}

QCommandLineOption CommandLine::langOption()
{
    return {QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), tr("language")};
}

QCommandLineOption CommandLine::verboseOption()
{
    return {QStringLiteral("verbose"), tr("Log debug messages to standard error.")};
}

QCommandLineOption CommandLine::helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
    parser.addOption(langOption());
    parser.addOption(verboseOption());
    parser.addOption(helpOption());
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program after argv[0]; a command's help names the command.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0) {
        const QString name = command.isEmpty() ? QStringLiteral("onewindow-cli")
                                               : QStringLiteral("onewindow-cli %1").arg(command);
        text.replace(at, program.size(), name);
    }
    return text;
}

int CommandLine::parse(QCommandLineParser &parser, const QString &command,
                       const QStringList &arguments, CliContext &context)
{
    addGlobalOptions(parser);
    QStringList full{QStringLiteral("onewindow-cli %1").arg(command)};
    full.append(arguments);
    if (!parser.parse(full))
        return usageError(context, command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << helpText(parser, command);
        context.out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("data-dir")))
        context.dataDir = parser.value(QStringLiteral("data-dir"));
    return -1;
}

int CommandLine::usageError(CliContext &context, const QString &command, const QString &message)
{
    const QString invocation = command.isEmpty()
                                   ? QStringLiteral("onewindow-cli --help")
                                   : QStringLiteral("onewindow-cli %1 --help").arg(command);
    context.err << message << Qt::endl
                << tr("Run “%1” for usage.").arg(invocation) << Qt::endl;
    return ExitUsage;
}

} // namespace ow::cli
