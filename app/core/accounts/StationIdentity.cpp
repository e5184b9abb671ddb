#include "StationIdentity.h"

#include "SettingStore.h"

namespace ow::core {

StationIdentity StationIdentity::read(Database &database)
{
    const SettingStore settings(database);
    StorageError error;
    StationIdentity station;
    station.hallName = settings.read(hallKey(), &error).value_or(QString()).trimmed();
    station.windowName = settings.read(windowKey(), &error).value_or(QString()).trimmed();
    return station;
}

} // namespace ow::core
