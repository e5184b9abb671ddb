#pragma once

#include "../storage/Database.h"

#include <QString>

namespace ow::core {

// Where this workstation stands, as its settings say: the hall's name and the window's name,
// shown on the log-in dialog and the status bar. Either may be empty (not configured yet); a
// session then uses the clerk's usual window (Session::begin).
struct StationIdentity
{
    QString hallName;
    QString windowName;

    static QString hallKey() { return QStringLiteral("station.hall_name"); }
    static QString windowKey() { return QStringLiteral("station.window_name"); }

    // Empty fields when unset or unreadable: the station's name is a label, not a reason to
    // refuse a log-in.
    static StationIdentity read(Database &database);
};

} // namespace ow::core
