#pragma once

#include "ChangeResult.h"

#include "../storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ow::core {

// The workstation's security settings: after how many idle minutes the screen locks.
class SecuritySettings final
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySettings)

public:
    static QString idleLockKey() { return QStringLiteral("security.idle_lock_minutes"); }
    static constexpr int DefaultIdleLockMinutes = 5;
    static constexpr int MinimumIdleLockMinutes = 0; // 0: never lock
    static constexpr int MaximumIdleLockMinutes = 120;

    explicit SecuritySettings(Database &database)
        : m_db(database)
    {}

    // The stored value, or the default when unset or out of bounds (a hand-edited row).
    int idleLockMinutes(StorageError *error) const;
    // Refuses values outside 0–120; the change and its audit entry commit together.
    [[nodiscard]] ChangeResult setIdleLockMinutes(int minutes, const QString &actor,
                                                  const QDateTime &now);

private:
    Database &m_db;
};

} // namespace ow::core
