#pragma once

#include "CliContext.h"

#include <QCoreApplication>

#include <optional>

namespace ow::cli {

// Where a new password for `clerk add` and `clerk passwd` comes from: the first line of
// standard input with --password-stdin (for scripts), otherwise the terminal, asked twice
// without echo. Never from the command line, where every user of the machine could read it.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    // The password, or null after printing why there is none (and setting `exitCode`).
    static std::optional<QString> readNew(bool fromStdin, CliContext &context, int *exitCode);
    // The password of an existing account, for commands that log in somewhere: the environment
    // variable `environmentVariable` when it is set, else the first line of standard input
    // (asked once, without echo, on a terminal). Null after printing why there is none.
    static std::optional<QString> readExisting(const char *environmentVariable,
                                               CliContext &context, int *exitCode);

private:
    static std::optional<QString> readLine(int maximumBytes);
    static std::optional<QString> promptHidden(const QString &prompt, CliContext &context);
};

} // namespace ow::cli
