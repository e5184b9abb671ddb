#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace ow::core {

// One person who may log in at this workstation. A plain value: ClerkDirectory reads and writes
// it; the password hash and the lockout counters never leave the directory.
struct ClerkAccount
{
    QString login;       // [a-z0-9._-]{2,32}, unique, never changes
    QString displayName; // as printed on receipts; may hold characters outside the BMP (𠮷)
    Roles roles;
    QString windowName; // the window this clerk usually serves, e.g. "W01"; may be empty
    bool disabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLoginAt; // invalid when never logged in
    QDateTime lockedUntil; // invalid when not locked out

    bool isValid() const { return !login.isEmpty(); }
    bool hasRole(Role role) const { return roles.testFlag(role); }
    // Supervisors and administrators may unlock another clerk's screen.
    bool canSupervise() const { return hasRole(Role::Supervisor) || hasRole(Role::Admin); }
};

} // namespace ow::core
