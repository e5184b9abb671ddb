#pragma once

#include "ChangeResult.h"
#include "ClerkAccount.h"
#include "Session.h"

#include "../crypto/PasswordHasher.h"
#include "../storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <optional>

namespace ow::core {

namespace clerkrows {
struct StoredAccount;
}

struct AuthenticationResult
{
    enum class Code {
        Ok,
        WrongCredentials, // unknown login or wrong password: the two are not told apart
        LockedOut,        // too many failures; minutesRemaining says for how long
        Disabled,         // right password, but the account is disabled
        NotPermitted,     // right password, but the account may not do this (unlock another)
        StorageFailed,
    };

    Code code = Code::WrongCredentials;
    ClerkAccount account; // who was authenticated; valid only when ok()
    QString message;      // translated; empty when ok
    int minutesRemaining = 0;

    bool ok() const { return code == Code::Ok; }
};

// The clerk accounts of this workstation (table `clerk`, sql/workstation/0006_clerks.sql).
//
// Passwords are stored as scrypt hashes (PasswordHasher) and must have at least 8 characters
// and differ from the login. After MaximumFailedAttempts consecutive wrong passwords an account
// is locked out for LockoutMinutes; that state lives in the database, so restarting the
// workbench does not reset it, and all timing comes from the `now` the caller passes (from an
// injected Clock). An unknown login costs the same scrypt verification as a known one.
//
// Every change, every log-in (success and failure), lock, unlock and log-out writes an audit
// entry (AuditLog) in the same transaction as the change it reports. `actor` is the login of
// whoever makes the change ("setup" for the first-run account, "cli:<user>" for the CLI).
//
// Uses one Database from one thread, like the Database itself. A verification takes about
// 100 ms at the recommended parameters.
class ClerkDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(ClerkDirectory)

public:
    static constexpr int MaximumFailedAttempts = 5;
    static constexpr int LockoutMinutes = 15;

    explicit ClerkDirectory(Database &database, PasswordHasher::Parameters parameters =
                                                    PasswordHasher::Parameters::recommended());

    struct NewAccount
    {
        QString login;
        QString displayName;
        Roles roles;
        QString windowName;
    };

    [[nodiscard]] ChangeResult add(const NewAccount &account, const QString &password,
                                   const QString &actor, const QDateTime &now);
    // By login, in login order.
    QList<ClerkAccount> list(StorageError *error) const;
    std::optional<ClerkAccount> find(const QString &login, StorageError *error) const;
    // How many accounts exist (disabled ones included); -1 on a storage error.
    int count(StorageError *error) const;

    // Also clears a lockout: an administrator's reset is how a locked-out clerk gets back in.
    [[nodiscard]] ChangeResult setPassword(const QString &login, const QString &password,
                                           const QString &actor, const QDateTime &now);
    [[nodiscard]] ChangeResult setRoles(const QString &login, Roles roles, const QString &actor,
                                        const QDateTime &now);
    [[nodiscard]] ChangeResult setDisabled(const QString &login, bool disabled,
                                           const QString &actor, const QDateTime &now);

    // Log-in. Audited as clerk.login / clerk.login_failed (and clerk.locked_out).
    AuthenticationResult authenticate(const QString &login, const QString &password,
                                      const QDateTime &now);
    // Unlocking `locked`'s screen: with that clerk's own password, or with the credentials of a
    // supervisor or administrator (audited with them as the actor). Failures count towards the
    // lockout of the account whose password was tried.
    AuthenticationResult unlock(const Session &locked, const QString &login,
                                const QString &password, const QDateTime &now);
    // Audit entries for what the workbench does with a session.
    [[nodiscard]] StorageError recordLock(const Session &session, const QString &reason,
                                          const QDateTime &now);
    [[nodiscard]] StorageError recordLogout(const Session &session, const QDateTime &now);

private:
    struct Attempt
    {
        QString successAction;
        QString failureAction;
        QString subject; // empty: the login tried
        QString successDetail;
        bool requireSupervisor = false;
        bool recordLogin = false;
    };

    AuthenticationResult attempt(const QString &login, const QString &password,
                                 const QDateTime &now, const Attempt &what);
    AuthenticationResult recordFailure(const QString &login, bool known, const QDateTime &now,
                                       const Attempt &what);
    std::optional<clerkrows::StoredAccount> load(const QString &login, StorageError *error) const;
    ChangeResult checkKeepsAdministrator(const QString &login, Roles roles, bool disabled) const;
    ChangeResult update(const QString &login, const QString &assignments,
                        const QVariantList &values, const QString &actor, const QString &action,
                        const QString &detail, const QDateTime &now);
    const QByteArray &dummyHash();
    static QString lockedOutMessage(int minutes);

    Database &m_db;
    PasswordHasher m_hasher;
    QByteArray m_dummyHash;
};

} // namespace ow::core
