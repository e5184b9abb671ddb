#pragma once

// Internal to ClerkDirectory: how an account is read from and written to the `clerk` table.

#include "ClerkDirectory.h"

#include <QSqlQuery>

namespace ow::core {

namespace clerkrows {

// An account with what never leaves ClerkDirectory.
struct StoredAccount
{
    ClerkAccount account;
    QByteArray passwordHash;
};

// The columns readAccount() expects, in its order.
QString selectColumns();
StoredAccount readAccount(const QSqlQuery &query);
// UTC with milliseconds, the form every table of the workstation uses.
QString timestamp(const QDateTime &at);
QDateTime parseTimestamp(const QVariant &value);
// The audit and clerk tables take empty text, never NULL (a null QString binds as NULL).
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace clerkrows
} // namespace ow::core
