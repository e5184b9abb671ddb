#pragma once

#include <QString>

namespace ow::cli {

// Who the audit trail names for a change made with onewindow-cli: "cli:<system user>". The CLI
// has no log-in of its own; whoever may run it on the workstation may change its database.
inline QString cliActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + user.left(64);
}

} // namespace ow::cli
