#pragma once

#include <QString>

#include <optional>
#include <sys/types.h>

class QProcess;

namespace ow::test {

// An unprivileged account a child process runs as (PostgreSQL refuses to run as root).
struct UnixAccount
{
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
};

// The account from the password database, or nothing when it does not exist.
std::optional<UnixAccount> lookUpAccount(const QString &name);

// Prepares `process` before it starts: it receives `deathSignal` when the test process dies, so
// a crashed or killed test leaves no server (hub, PostgreSQL) running behind it; and, when
// `account` is given, it drops root for that account (group list, gid, uid — in that order,
// before exec). A child that cannot switch account exits at once with code 126 rather than
// going on as root.
void prepareChildProcess(QProcess &process, int deathSignal,
                         const std::optional<UnixAccount> &account = std::nullopt);

} // namespace ow::test
