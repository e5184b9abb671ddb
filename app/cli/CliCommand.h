#pragma once

#include "CliContext.h"

#include <QStringList>

namespace ow::cli {

// One `onewindow-cli <name> …` command.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated, one line for the command list
    // `arguments` are the words after the command name. Returns an ExitCode.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

} // namespace ow::cli
