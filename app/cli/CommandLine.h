#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace ow::cli {

// Helpers so that every command parses the same way: the global options are accepted before
// or after the command, `--help` prints the command's help, and a usage error prints the
// reason and exits with ExitUsage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static QCommandLineOption dataDirOption();
    static QCommandLineOption langOption();
    static QCommandLineOption verboseOption();
    static QCommandLineOption helpOption();
    static void addGlobalOptions(QCommandLineParser &parser);

    // Parses `arguments` (the words after "onewindow-cli <command>"). Returns -1 to go on,
    // or the exit code to return at once (help printed, or a usage error reported).
    static int parse(QCommandLineParser &parser, const QString &command,
                     const QStringList &arguments, CliContext &context);
    static QString helpText(const QCommandLineParser &parser, const QString &command);
    static int usageError(CliContext &context, const QString &command, const QString &message);
};

} // namespace ow::cli
