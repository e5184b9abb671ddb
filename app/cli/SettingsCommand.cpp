#include "SettingsCommand.h"

#include "CliActor.h"
#include "CommandLine.h"
#include "WorkstationAccess.h"

#include "core/Clock.h"
#include "core/accounts/SecuritySettings.h"

namespace ow::cli {

QString SettingsCommand::summary() const
{
    return tr("Show or change the workstation's settings (idle screen lock).");
}

int SettingsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse "
           "input the workbench locks its screen: 0 (never) to 120; the default is 5."));
    parser.addPositionalArgument(QStringLiteral("setting"), tr("idle-lock."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The new value."),
                                 QStringLiteral("[value]"));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"idle-lock" && positional.size() <= 2)
        return idleLock(positional.value(1), context);
    return CommandLine::usageError(context, name(), tr("Give one setting: idle-lock [MINUTES]."));
}

int SettingsCommand::idleLock(const QString &value, CliContext &context)
{
    using core::SecuritySettings;
    int minutes = -1;
    if (!value.isEmpty()) {
        bool ok = false;
        minutes = value.toInt(&ok);
        if (!ok)
            return CommandLine::usageError(context, name(),
                                           tr("“%1” is not a number of minutes.").arg(value));
    }
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    SecuritySettings settings(*db);
    if (!value.isEmpty()) {
        const core::ChangeResult result =
            settings.setIdleLockMinutes(minutes, cliActor(), core::Clock::system().now());
        if (!result.ok()) {
            context.err << result.message << Qt::endl;
            return ExitFailure;
        }
    }
    core::StorageError error;
    minutes = settings.idleLockMinutes(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    context.out << (minutes == 0 ? tr("idle lock: never") : tr("idle lock: %1 min").arg(minutes))
                << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
