// ClerkDirectory: creating, listing and changing accounts. Log-in and unlock are in
// ClerkAuthentication.cpp.
#include "ClerkDirectory.h"

#include "AccountRules.h"
#include "ClerkRows.h"

#include "../audit/AuditLog.h"
#include "../storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {

using namespace clerkrows;

ClerkDirectory::ClerkDirectory(Database &database, PasswordHasher::Parameters parameters)
    : m_db(database)
    , m_hasher(parameters)
{}

ChangeResult ClerkDirectory::add(const NewAccount &account, const QString &password,
                                 const QString &actor, const QDateTime &now)
{
    using Code = ChangeResult::Code;
    const QString login = AccountRules::normalizeLogin(account.login);
    const QString name = account.displayName.trimmed();
    const QString window = account.windowName.trimmed();
    if (const QString why = AccountRules::checkLogin(login); !why.isEmpty())
        return ChangeResult::refused(Code::InvalidLogin, why);
    if (const QString why = AccountRules::checkDisplayName(name); !why.isEmpty())
        return ChangeResult::refused(Code::InvalidName, why);
    if (const QString why = AccountRules::checkWindowName(window); !why.isEmpty())
        return ChangeResult::refused(Code::InvalidWindow, why);
    if (!account.roles)
        return ChangeResult::refused(Code::NoRoles,
                                     tr("Give the account at least one role: clerk, supervisor "
                                        "or administrator."));
    if (const QString why = AccountRules::checkPassword(password, login); !why.isEmpty())
        return ChangeResult::refused(Code::WeakPassword, why);

    StorageError error;
    if (load(login, &error))
        return ChangeResult::refused(Code::AlreadyExists,
                                     tr("There is already an account “%1”.").arg(login));
    if (error)
        return ChangeResult::failed(error);

    const QByteArray hash = m_hasher.hash(AccountRules::passwordBytes(password));
    if (hash.isEmpty())
        return ChangeResult::refused(
            Code::HashFailed,
            tr("The password could not be protected (%1).").arg(m_hasher.errorString()));

    Transaction tx(m_db);
    if ((error = tx.begin()))
        return ChangeResult::failed(error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO clerk (login, display_name, roles, window_name,"
                             " password_hash, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(name);
    q.addBindValue(RoleNames::keys(account.roles));
    q.addBindValue(text(window));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(timestamp(now));
    q.addBindValue(timestamp(now));
    if (!q.exec())
        return ChangeResult::failed(tx.fail(q.lastError()));
    if ((error = AuditLog(m_db).append(
             actor, QStringLiteral("clerk.add"), login,
             QStringLiteral("roles=%1").arg(RoleNames::keys(account.roles)), now)))
        return ChangeResult::failed(tx.fail(error));
    if ((error = tx.commit()))
        return ChangeResult::failed(error);
    return {};
}

QList<ClerkAccount> ClerkDirectory::list(StorageError *error) const
{
    QList<ClerkAccount> accounts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectColumns() + QStringLiteral(" ORDER BY login"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return accounts;
    }
    while (q.next())
        accounts.append(readAccount(q).account);
    if (error)
        *error = {};
    return accounts;
}

std::optional<ClerkAccount> ClerkDirectory::find(const QString &login, StorageError *error) const
{
    std::optional<StoredAccount> stored = load(AccountRules::normalizeLogin(login), error);
    if (!stored)
        return std::nullopt;
    return stored->account;
}

int ClerkDirectory::count(StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM clerk")) || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return -1;
    }
    if (error)
        *error = {};
    return q.value(0).toInt();
}

std::optional<StoredAccount> ClerkDirectory::load(const QString &login, StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns() + QStringLiteral(" WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

ChangeResult ClerkDirectory::setPassword(const QString &login, const QString &password,
                                         const QString &actor, const QDateTime &now)
{
    const QString normalized = AccountRules::normalizeLogin(login);
    if (const QString why = AccountRules::checkPassword(password, normalized); !why.isEmpty())
        return ChangeResult::refused(ChangeResult::Code::WeakPassword, why);
    const QByteArray hash = m_hasher.hash(AccountRules::passwordBytes(password));
    if (hash.isEmpty())
        return ChangeResult::refused(
            ChangeResult::Code::HashFailed,
            tr("The password could not be protected (%1).").arg(m_hasher.errorString()));
    return update(normalized,
                  QStringLiteral("password_hash = ?, failed_attempts = 0, locked_until = NULL"),
                  {QString::fromLatin1(hash)}, actor, QStringLiteral("clerk.password"), {}, now);
}

ChangeResult ClerkDirectory::setRoles(const QString &login, Roles roles, const QString &actor,
                                      const QDateTime &now)
{
    if (!roles)
        return ChangeResult::refused(ChangeResult::Code::NoRoles,
                                     tr("Give the account at least one role: clerk, supervisor "
                                        "or administrator."));
    const QString normalized = AccountRules::normalizeLogin(login);
    StorageError error;
    const std::optional<StoredAccount> stored = load(normalized, &error);
    if (error)
        return ChangeResult::failed(error);
    if (stored) {
        if (ChangeResult kept =
                checkKeepsAdministrator(normalized, roles, stored->account.disabled);
            !kept)
            return kept;
    }
    const QString keys = RoleNames::keys(roles);
    return update(normalized, QStringLiteral("roles = ?"), {keys}, actor,
                  QStringLiteral("clerk.roles"), QStringLiteral("roles=%1").arg(keys), now);
}

ChangeResult ClerkDirectory::setDisabled(const QString &login, bool disabled, const QString &actor,
                                         const QDateTime &now)
{
    const QString normalized = AccountRules::normalizeLogin(login);
    StorageError error;
    const std::optional<StoredAccount> stored = load(normalized, &error);
    if (error)
        return ChangeResult::failed(error);
    if (stored && disabled) {
        if (ChangeResult kept = checkKeepsAdministrator(normalized, stored->account.roles, true);
            !kept)
            return kept;
    }
    return update(normalized, QStringLiteral("disabled = ?"), {disabled ? 1 : 0}, actor,
                  disabled ? QStringLiteral("clerk.disable") : QStringLiteral("clerk.enable"), {},
                  now);
}

// An administrator who disables or demotes the last enabled administrator could no longer
// manage the workstation from the workbench.
ChangeResult ClerkDirectory::checkKeepsAdministrator(const QString &login, Roles roles,
                                                     bool disabled) const
{
    if (roles.testFlag(Role::Admin) && !disabled)
        return {};
    StorageError error;
    const QList<ClerkAccount> accounts = list(&error);
    if (error)
        return ChangeResult::failed(error);
    bool wasAdministrator = false;
    bool otherAdministrator = false;
    for (const ClerkAccount &a : accounts) {
        const bool enabledAdministrator = a.hasRole(Role::Admin) && !a.disabled;
        if (a.login == login)
            wasAdministrator = enabledAdministrator;
        else if (enabledAdministrator)
            otherAdministrator = true;
    }
    if (wasAdministrator && !otherAdministrator)
        return ChangeResult::refused(ChangeResult::Code::LastAdministrator,
                                     tr("“%1” is the last enabled administrator; make another "
                                        "account an administrator first.")
                                         .arg(login));
    return {};
}

ChangeResult ClerkDirectory::update(const QString &login, const QString &assignments,
                                    const QVariantList &values, const QString &actor,
                                    const QString &action, const QString &detail,
                                    const QDateTime &now)
{
    Transaction tx(m_db);
    StorageError error;
    if ((error = tx.begin()))
        return ChangeResult::failed(error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE clerk SET ") + assignments
              + QStringLiteral(", updated_at = ? WHERE login = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(timestamp(now));
    q.addBindValue(login);
    if (!q.exec())
        return ChangeResult::failed(tx.fail(q.lastError()));
    if (q.numRowsAffected() != 1)
        return ChangeResult::refused(ChangeResult::Code::NotFound,
                                     tr("There is no account “%1”.").arg(login));
    if ((error = AuditLog(m_db).append(actor, action, login, text(detail), now)))
        return ChangeResult::failed(tx.fail(error));
    if ((error = tx.commit()))
        return ChangeResult::failed(error);
    return {};
}

} // namespace ow::core
