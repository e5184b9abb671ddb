#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

// What an account may do. An account holds a set of roles: a supervisor who also serves at a
// window is {Clerk, Supervisor}.
enum class Role {
    Clerk = 0x1,      // 窗口人员: accepts cases at a window
    Supervisor = 0x2, // 值班长: watches queues and windows, may unlock another clerk's screen
    Admin = 0x4,      // 管理员: manages accounts and the workstation
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QList<Role> all() { return {Role::Clerk, Role::Supervisor, Role::Admin}; }
    // The stable key stored in the database and used on the command line: "clerk",
    // "supervisor", "admin".
    static QString key(Role role);
    // Translated, for people.
    static QString displayName(Role role);
    // "clerk,supervisor" in the order of all(); empty for no roles.
    static QString keys(Roles roles);
    static QStringList keyList(Roles roles);
    // Translated names joined by the locale's list separator.
    static QString displayNames(Roles roles);
    // Parses a comma-separated list of keys (spaces and case ignored, repeats allowed). Null when
    // a key is unknown or the list is empty; `error` (translated) then says which.
    static std::optional<Roles> parse(const QString &text, QString *error = nullptr);
};

} // namespace ow::core
