#pragma once

#include "../http/ApiTypes.h"
#include "../storage/HubDatabase.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace ow::core {
class Clock;
}

namespace ow::hub {

// The hub's own accounts: clerks, department officers and administrators, with scrypt password
// hashes and a lock after repeated failures (5 failures → 15 minutes).
class HubAccounts final
{
    Q_DECLARE_TR_FUNCTIONS(HubAccounts)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    HubAccounts(HubDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    struct Account
    {
        QString username;
        QString displayName;
        QString role;
        QString department;
    };
    // Creates or replaces the account. Refuses (translated) bad names, roles, a department
    // account without a department, or a password shorter than 8 characters.
    bool put(const Account &account, const QString &password, QString *error);

    enum class Failure { None, Wrong, Locked, Storage };
    struct LoginResult
    {
        std::optional<Account> account;
        Failure failure = Failure::None;
        QString message;
    };
    LoginResult login(const QString &username, const QString &password);

private:
    HubDatabase &m_db;
    const core::Clock &m_clock;
};

} // namespace ow::hub
