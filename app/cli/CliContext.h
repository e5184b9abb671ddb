#pragma once

#include <QString>
#include <QTextStream>

namespace ow::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the answer is "no" (invalid value) or the operation failed
    ExitUsage = 2,   // the command line itself is wrong
};

// What every command receives: output streams (UTF-8) and the global options.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString dataDir;  // --data-dir, empty for the default
    QString language; // resolved UI language
};

} // namespace ow::cli
