#include "ClerkRows.h"

#include <QVariant>

namespace ow::core::clerkrows {

QString selectColumns()
{
    return QStringLiteral("SELECT login, display_name, roles, window_name, disabled, created_at,"
                          " updated_at, last_login_at, locked_until, password_hash FROM clerk");
}

StoredAccount readAccount(const QSqlQuery &q)
{
    StoredAccount stored;
    ClerkAccount &a = stored.account;
    a.login = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a.roles = RoleNames::parse(q.value(2).toString()).value_or(Roles());
    a.windowName = q.value(3).toString();
    a.disabled = q.value(4).toInt() != 0;
    a.createdAt = parseTimestamp(q.value(5));
    a.updatedAt = parseTimestamp(q.value(6));
    a.lastLoginAt = parseTimestamp(q.value(7));
    a.lockedUntil = parseTimestamp(q.value(8));
    stored.passwordHash = q.value(9).toString().toLatin1();
    return stored;
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace ow::core::clerkrows
