#include "Workstation.h"

#include "storage/WorkstationDatabase.h"
#include "sync/HubCalendarStore.h"

namespace ow::core {

std::unique_ptr<Workstation> Workstation::open(const DataDirectory &directory, QString *error)
{
    if (!directory.isValid()) {
        if (error)
            *error = directory.errorMessage;
        return nullptr;
    }
    std::unique_ptr<Workstation> w(new Workstation);
    w->m_directory = directory;
    QString keyError;
    w->m_keys = WorkstationKeys::openOrCreate(directory.path, &keyError);
    if (!w->m_keys) {
        if (error)
            *error = keyError;
        return nullptr;
    }
    StorageError storageError;
    w->m_db = WorkstationDatabase::open(directory.workstationDatabasePath(), &storageError);
    if (!w->m_db) {
        if (error)
            *error = storageError.message;
        return nullptr;
    }
    w->m_vault = std::make_unique<PersonalDataVault>(*w->m_keys);
    return w;
}

WorkCalendar Workstation::calendar()
{
    StorageError error;
    WorkCalendar calendar = HubCalendarStore(*m_db).calendar(&error);
    return error ? WorkCalendar::builtIn() : calendar;
}

} // namespace ow::core
