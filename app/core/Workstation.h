#pragma once

#include "DataDirectory.h"
#include "calendar/WorkCalendar.h"
#include "security/PersonalDataVault.h"
#include "security/WorkstationKeys.h"
#include "storage/Database.h"

#include <memory>

namespace ow::core {

// One workstation's cache as the workbench and the CLI use it: the database of a data
// directory and the keys that seal its personal data, opened together.
class Workstation final
{
public:
    // Null with a translated `error` when the directory, the database or the key file cannot
    // be used; nothing is created or changed except a missing database or key file.
    static std::unique_ptr<Workstation> open(const DataDirectory &directory, QString *error);

    Database &database() { return *m_db; }
    WorkstationKeys &keys() { return *m_keys; }
    PersonalDataVault &vault() { return *m_vault; }
    const DataDirectory &directory() const { return m_directory; }
    // The working-day calendar for deadlines: the built-in years, each replaced by the year
    // the hub distributed when there is one (sync/HubCalendarStore). Read anew on each call;
    // callers keep the copy until the sync engine says calendarChanged().
    WorkCalendar calendar();

private:
    Workstation() = default;
    DataDirectory m_directory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationKeys> m_keys;
    std::unique_ptr<PersonalDataVault> m_vault;
};

} // namespace ow::core
