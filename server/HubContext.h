#pragma once

#include <QString>

namespace ow::core {
class Clock;
class WorkCalendar;
} // namespace ow::core

namespace ow::hub {

class ChangeLog;
class HubAccounts;
class HubDatabase;
class HubSecrets;
class LiveEvents;
class TokenService;
class VerificationService;

// What route handlers share. One per hub process; everything lasting lives in the database.
struct HubContext
{
    HubDatabase &db;
    const HubSecrets &secrets;
    const TokenService &tokens;
    HubAccounts &accounts;
    ChangeLog &changes;
    const core::Clock &clock;
    const core::WorkCalendar &calendar;
    LiveEvents &events;
    VerificationService *verification = nullptr; // null: no registries loaded

    // ISO-8601 UTC with milliseconds, as every hub timestamp is written.
    QString now() const;
};

} // namespace ow::hub
