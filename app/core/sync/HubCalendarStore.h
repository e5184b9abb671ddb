#pragma once

#include "../calendar/WorkCalendar.h"
#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace ow::core {

// Calendar years the hub distributes (calendar changes), kept in calendar_year (0007). A year
// the hub sent replaces the built-in file of that year: the State Council publishes next
// year's holidays in the autumn, and the hub carries them to every window without a new
// OneWindow release.
class HubCalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(HubCalendarStore)

public:
    explicit HubCalendarStore(Database &database)
        : m_db(database)
    {}

    // Checks `content` as a calendar file of `year` (CalendarFile rules). A refused file changes
    // nothing and returns the translated reason in `refusal`. Keeps the newest seq; joins the
    // caller's transaction.
    [[nodiscard]] StorageError upsert(int year, const QByteArray &content, qint64 seq,
                                      const QDateTime &now, QString *refusal);
    // The hub took the year back ({"removed": true}): the built-in file, if any, applies again.
    [[nodiscard]] StorageError remove(int year);
    QList<int> years(StorageError *error) const;

    // The working-day calendar of this workstation: the built-in years with the hub's years in
    // their place. A row that no longer parses is logged and the built-in year (if any) used.
    WorkCalendar calendar(StorageError *error) const;

private:
    Database &m_db;
};

} // namespace ow::core
