#include "ChildProcessSetup.h"

#include <QProcess>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <vector>

namespace ow::test {

std::optional<UnixAccount> lookUpAccount(const QString &name)
{
    const QByteArray encoded = name.toLocal8Bit();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? static_cast<std::size_t>(size) : 16384);
    passwd entry{};
    passwd *found = nullptr;
    if (getpwnam_r(encoded.constData(), &entry, buffer.data(), buffer.size(), &found) != 0
        || found == nullptr)
        return std::nullopt;
    return UnixAccount{name, found->pw_uid, found->pw_gid};
}

void prepareChildProcess(QProcess &process, int deathSignal,
                         const std::optional<UnixAccount> &account)
{
    // Everything the modifier needs is copied now: between fork and exec only system calls
    // are safe, no allocation and no password-database look-up.
    const pid_t parent = getpid();
    const bool switchAccount = account.has_value();
    const uid_t uid = switchAccount ? account->uid : 0;
    const gid_t gid = switchAccount ? account->gid : 0;
    process.setChildProcessModifier([parent, deathSignal, switchAccount, uid, gid] {
        if (switchAccount
            && (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0))
            _exit(126);
        // After setuid: a change of credentials clears the parent-death signal.
        prctl(PR_SET_PDEATHSIG, deathSignal);
        // The parent may have died before prctl took effect; then nobody would ever stop us.
        if (getppid() != parent)
            _exit(126);
    });
}

} // namespace ow::test
