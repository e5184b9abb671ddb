#include "HubAccounts.h"

#include "core/Clock.h"
#include "core/crypto/PasswordHasher.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

bool HubAccounts::put(const Account &account, const QString &password, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!name.match(account.username).hasMatch()) {
        *error = tr("An account name is 2–64 letters, digits, '.', '_' or '-'.");
        return false;
    }
    if (!QStringList{QStringLiteral("clerk"), QStringLiteral("department"), QStringLiteral("admin")}
             .contains(account.role)) {
        *error = tr("Unknown role \"%1\": use clerk, department or admin.").arg(account.role);
        return false;
    }
    if ((account.role == QLatin1String("department")) == account.department.isEmpty()) {
        *error = tr("A department account names its department; other accounts do not.");
        return false;
    }
    if (password.size() < 8) {
        *error = tr("The password must have at least 8 characters.");
        return false;
    }
    core::PasswordHasher hasher;
    const QByteArray hash = hasher.hash(password.toUtf8());
    if (hash.isEmpty()) {
        *error = hasher.errorString();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO hub_account (username, display_name, role, department_id, password_hash, "
        "failed_attempts, locked_until, created_at) VALUES (?, ?, ?, ?, ?, 0, NULL, ?) "
        "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, "
        "role = excluded.role, department_id = excluded.department_id, "
        "password_hash = excluded.password_hash, failed_attempts = 0, locked_until = NULL"));
    q.addBindValue(account.username);
    q.addBindValue(account.displayName.isEmpty() ? account.username : account.displayName);
    q.addBindValue(account.role);
    q.addBindValue(account.department.isEmpty() ? QVariant() : QVariant(account.department));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(stamp(m_clock.now()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

HubAccounts::LoginResult HubAccounts::login(const QString &username, const QString &password)
{
    LoginResult result;
    const QString wrong = tr("Unknown account or wrong password.");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT display_name, role, department_id, password_hash, "
                             "failed_attempts, locked_until FROM hub_account WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec()) {
        result.failure = Failure::Storage;
        result.message = q.lastError().text();
        return result;
    }
    if (!q.next()) {
        // Hash anyway, so the answer's timing does not tell which names exist.
        core::PasswordHasher hasher;
        (void)hasher.hash(password.toUtf8());
        result.failure = Failure::Wrong;
        result.message = wrong;
        return result;
    }
    const Account account{username, q.value(0).toString(), q.value(1).toString(),
                          q.value(2).toString()};
    const QByteArray hash = q.value(3).toString().toLatin1();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    q.finish();
    const QDateTime now = m_clock.now().toUTC();
    if (lockedUntil.isValid() && lockedUntil > now) {
        result.failure = Failure::Locked;
        result.message = tr("Too many wrong passwords: this account is locked until %1 (UTC).")
                             .arg(lockedUntil.toString(QStringLiteral("HH:mm")));
        return result;
    }
    core::PasswordHasher hasher;
    const bool ok = hasher.verify(password.toUtf8(), hash);
    QSqlQuery update(m_db.connection());
    if (ok) {
        update.prepare(QStringLiteral("UPDATE hub_account SET failed_attempts = 0, "
                                      "locked_until = NULL WHERE username = ?"));
        update.addBindValue(username);
    } else {
        // Counted in the database in one statement: hub processes answering wrong passwords
        // for one account at the same moment cannot each count from the same old number.
        update.prepare(QStringLiteral(
            "UPDATE hub_account SET "
            "locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END, "
            "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 "
            "ELSE failed_attempts + 1 END WHERE username = ?"));
        update.addBindValue(MaxFailures);
        update.addBindValue(stamp(now.addSecs(LockMinutes * 60)));
        update.addBindValue(MaxFailures);
        update.addBindValue(username);
    }
    if (!update.exec()) {
        result.failure = Failure::Storage;
        result.message = update.lastError().text();
        return result;
    }
    if (!ok) {
        result.failure = Failure::Wrong;
        result.message = wrong;
        return result;
    }
    result.account = account;
    return result;
}

} // namespace ow::hub
