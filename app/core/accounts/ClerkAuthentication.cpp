// ClerkDirectory: log-in, unlock, lockout and the audit entries of a session.
#include "ClerkDirectory.h"

#include "AccountRules.h"
#include "ClerkRows.h"

#include "../audit/AuditLog.h"
#include "../crypto/SecureRandom.h"
#include "../storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {

using namespace clerkrows;

namespace {

AuthenticationResult storageFailure(const StorageError &error)
{
    AuthenticationResult result;
    result.code = AuthenticationResult::Code::StorageFailed;
    result.message = error.message;
    return result;
}

// Whole minutes, rounded up: "locked for 1 more minute" until the lockout is really over.
int minutesUntil(const QDateTime &now, const QDateTime &until)
{
    const qint64 seconds = now.secsTo(until);
    return int(qMax<qint64>(1, (seconds + 59) / 60));
}

} // namespace

const QByteArray &ClerkDirectory::dummyHash()
{
    // Made with this directory's parameters, so verifying against it costs what a real
    // verification costs.
    if (m_dummyHash.isEmpty())
        m_dummyHash = m_hasher.hash(SecureRandom::bytes(16).toHex());
    return m_dummyHash;
}

QString ClerkDirectory::lockedOutMessage(int minutes)
{
    return tr("Too many wrong passwords: this account is locked. Try again in %1 min.")
        .arg(minutes);
}

AuthenticationResult ClerkDirectory::authenticate(const QString &login, const QString &password,
                                                  const QDateTime &now)
{
    Attempt what;
    what.successAction = QStringLiteral("clerk.login");
    what.failureAction = QStringLiteral("clerk.login_failed");
    what.recordLogin = true;
    return attempt(login, password, now, what);
}

AuthenticationResult ClerkDirectory::unlock(const Session &locked, const QString &login,
                                            const QString &password, const QDateTime &now)
{
    Attempt what;
    what.successAction = QStringLiteral("screen.unlock");
    what.failureAction = QStringLiteral("screen.unlock_failed");
    what.subject = locked.login();
    const bool own = AccountRules::normalizeLogin(login) == locked.login();
    what.requireSupervisor = !own || !locked.isValid();
    what.successDetail =
        own ? QStringLiteral("own password") : QStringLiteral("supervisor override");
    AuthenticationResult result = attempt(login, password, now, what);
    if (result.code == AuthenticationResult::Code::NotPermitted) {
        result.message = tr("Only %1, a supervisor or an administrator can unlock this screen.")
                             .arg(locked.account.displayName);
    }
    return result;
}

AuthenticationResult ClerkDirectory::attempt(const QString &login, const QString &password,
                                             const QDateTime &now, const Attempt &what)
{
    const QString normalized = AccountRules::normalizeLogin(login);
    const bool wellFormed = AccountRules::checkLogin(normalized).isEmpty();
    StorageError error;
    const std::optional<StoredAccount> stored =
        wellFormed ? load(normalized, &error) : std::nullopt;
    if (error)
        return storageFailure(error);
    const QByteArray passwordBytes = AccountRules::passwordBytes(password);
    if (!stored) {
        // Costs the same as a wrong password for a real account, so timing does not tell
        // which logins exist.
        (void)m_hasher.verify(passwordBytes, dummyHash());
        return recordFailure(wellFormed ? normalized : QString(), false, now, what);
    }
    const ClerkAccount &account = stored->account;
    const QString subject = what.subject.isEmpty() ? normalized : what.subject;
    AuditLog audit(m_db);

    AuthenticationResult result;
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        result.code = AuthenticationResult::Code::LockedOut;
        result.minutesRemaining = minutesUntil(now, account.lockedUntil);
        result.message = lockedOutMessage(result.minutesRemaining);
        if ((error = audit.append(normalized, what.failureAction, subject,
                                  QStringLiteral("locked out"), now)))
            return storageFailure(error);
        return result;
    }
    if (!m_hasher.verify(passwordBytes, stored->passwordHash))
        return recordFailure(normalized, true, now, what);
    if (account.disabled || (what.requireSupervisor && !account.canSupervise())) {
        result.code = account.disabled ? AuthenticationResult::Code::Disabled
                                       : AuthenticationResult::Code::NotPermitted;
        result.message = account.disabled ? tr("This account is disabled; ask an administrator.")
                                          : tr("This account may not do that.");
        if ((error = audit.append(normalized, what.failureAction, subject,
                                  account.disabled ? QStringLiteral("account disabled")
                                                   : QStringLiteral("not a supervisor"),
                                  now)))
            return storageFailure(error);
        return result;
    }

    // Success: the failure count starts again, and a hash made with weaker parameters than
    // today's is replaced while the password is at hand.
    QString assignments = QStringLiteral("failed_attempts = 0, locked_until = NULL");
    QVariantList values;
    if (what.recordLogin) {
        assignments += QStringLiteral(", last_login_at = ?");
        values << timestamp(now);
    }
    if (m_hasher.needsRehash(stored->passwordHash)) {
        const QByteArray rehashed = m_hasher.hash(passwordBytes);
        if (!rehashed.isEmpty()) {
            assignments += QStringLiteral(", password_hash = ?");
            values << QString::fromLatin1(rehashed);
        }
    }
    Transaction tx(m_db);
    if ((error = tx.begin()))
        return storageFailure(error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE clerk SET ") + assignments
              + QStringLiteral(" WHERE login = ?"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(normalized);
    if (!q.exec())
        return storageFailure(tx.fail(q.lastError()));
    if ((error =
             audit.append(normalized, what.successAction, subject, text(what.successDetail), now)))
        return storageFailure(tx.fail(error));
    if ((error = tx.commit()))
        return storageFailure(error);
    result.code = AuthenticationResult::Code::Ok;
    result.account = account;
    result.account.lockedUntil = {};
    if (what.recordLogin)
        result.account.lastLoginAt = now;
    return result;
}

AuthenticationResult ClerkDirectory::recordFailure(const QString &login, bool known,
                                                   const QDateTime &now, const Attempt &what)
{
    AuthenticationResult result;
    result.code = AuthenticationResult::Code::WrongCredentials;
    result.message = tr("Wrong login or password.");

    Transaction tx(m_db);
    StorageError error;
    if ((error = tx.begin()))
        return storageFailure(error);
    QDateTime lockedUntil;
    if (known) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE clerk SET failed_attempts = failed_attempts + 1 WHERE login = ?"));
        q.addBindValue(login);
        if (!q.exec())
            return storageFailure(tx.fail(q.lastError()));
        q.prepare(QStringLiteral("SELECT failed_attempts FROM clerk WHERE login = ?"));
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return storageFailure(tx.fail(q.lastError()));
        if (q.value(0).toInt() >= MaximumFailedAttempts) {
            lockedUntil = now.addSecs(qint64(LockoutMinutes) * 60);
            q.prepare(QStringLiteral(
                "UPDATE clerk SET failed_attempts = 0, locked_until = ? WHERE login = ?"));
            q.addBindValue(timestamp(lockedUntil));
            q.addBindValue(login);
            if (!q.exec())
                return storageFailure(tx.fail(q.lastError()));
        }
    }
    AuditLog audit(m_db);
    const QString actor = login.isEmpty() ? QStringLiteral("unknown") : login;
    const QString subject = !what.subject.isEmpty() ? what.subject
                            : login.isEmpty()       ? QStringLiteral("(malformed login)")
                                                    : login;
    if ((error = audit.append(
             actor, what.failureAction, subject,
             known ? QStringLiteral("wrong password") : QStringLiteral("unknown login"), now)))
        return storageFailure(tx.fail(error));
    if (lockedUntil.isValid()
        && (error =
                audit.append(QStringLiteral("system"), QStringLiteral("clerk.locked_out"), login,
                             QStringLiteral("%1 wrong passwords; locked until %2")
                                 .arg(MaximumFailedAttempts)
                                 .arg(timestamp(lockedUntil)),
                             now)))
        return storageFailure(tx.fail(error));
    if ((error = tx.commit()))
        return storageFailure(error);

    if (lockedUntil.isValid()) {
        result.code = AuthenticationResult::Code::LockedOut;
        result.minutesRemaining = LockoutMinutes;
        result.message = lockedOutMessage(result.minutesRemaining);
    }
    return result;
}

StorageError ClerkDirectory::recordLock(const Session &session, const QString &reason,
                                        const QDateTime &now)
{
    return AuditLog(m_db).append(session.login(), QStringLiteral("screen.lock"), session.login(),
                                 text(reason), now);
}

StorageError ClerkDirectory::recordLogout(const Session &session, const QDateTime &now)
{
    return AuditLog(m_db).append(session.login(), QStringLiteral("clerk.logout"), session.login(),
                                 QStringLiteral(""), now);
}

} // namespace ow::core
