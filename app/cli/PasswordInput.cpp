#include "PasswordInput.h"

#include <QByteArray>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace ow::cli {
namespace {

constexpr int MaximumPasswordBytes = 4096;

// Restores the terminal's echo even when reading fails.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<QString> PasswordInput::readLine(int maximumBytes)
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (line.size() >= maximumBytes)
            return std::nullopt;
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

std::optional<QString> PasswordInput::promptHidden(const QString &prompt, CliContext &context)
{
    context.err << prompt;
    context.err.flush();
    std::optional<QString> text;
    {
        const EchoOff echoOff;
        text = readLine(MaximumPasswordBytes);
    }
    context.err << Qt::endl;
    return text;
}

std::optional<QString> PasswordInput::readExisting(const char *environmentVariable,
                                                   CliContext &context, int *exitCode)
{
    *exitCode = ExitFailure;
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        const QString password = qEnvironmentVariable(environmentVariable);
        if (password.isEmpty()) {
            context.err << tr("%1 is set but empty.").arg(QLatin1String(environmentVariable))
                        << Qt::endl;
            return std::nullopt;
        }
        return password;
    }
    const std::optional<QString> password =
        isatty(STDIN_FILENO) ? promptHidden(tr("Password: "), context)
                             : readLine(MaximumPasswordBytes);
    if (!password) {
        context.err << tr("The password on standard input is too long.") << Qt::endl;
        return std::nullopt;
    }
    if (password->isEmpty()) {
        context.err << tr("No password: give it on standard input or in %1.")
                           .arg(QLatin1String(environmentVariable))
                    << Qt::endl;
        return std::nullopt;
    }
    return password;
}

std::optional<QString> PasswordInput::readNew(bool fromStdin, CliContext &context, int *exitCode)
{
    *exitCode = ExitFailure;
    if (fromStdin) {
        std::optional<QString> password = readLine(MaximumPasswordBytes);
        if (!password) {
            context.err << tr("The password on standard input is too long.") << Qt::endl;
            return std::nullopt;
        }
        if (password->isEmpty()) {
            context.err << tr("No password on standard input.") << Qt::endl;
            return std::nullopt;
        }
        return password;
    }
    if (!isatty(STDIN_FILENO)) {
        context.err << tr("Give the password on standard input with --password-stdin, or run "
                          "the command in a terminal.")
                    << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const std::optional<QString> first = promptHidden(tr("New password: "), context);
    if (!first || first->isEmpty()) {
        context.err << tr("No password given; nothing was changed.") << Qt::endl;
        return std::nullopt;
    }
    const std::optional<QString> second = promptHidden(tr("Repeat the password: "), context);
    if (second != first) {
        context.err << tr("The two passwords differ; nothing was changed.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

} // namespace ow::cli
