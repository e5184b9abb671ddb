#pragma once

#include "ClerkAccount.h"

#include <QDateTime>
#include <QString>

namespace ow::core {

// A clerk's time at the workstation, from log-in to log-out. Every action in it is audited
// with account.login as the actor. A default-constructed Session is "nobody logged in".
struct Session
{
    ClerkAccount account;
    QDateTime loggedInAt;
    QString windowName; // where the clerk works in this session

    bool isValid() const { return account.isValid(); }
    QString login() const { return account.login; }

    // The workstation's own window (from its settings) wins over the account's usual one.
    static Session begin(const ClerkAccount &account, const QDateTime &at,
                         const QString &stationWindow = {})
    {
        return {account, at, stationWindow.isEmpty() ? account.windowName : stationWindow};
    }
};

} // namespace ow::core
