#include "SecuritySettings.h"

#include "SettingStore.h"

#include "../audit/AuditLog.h"
#include "../storage/Transaction.h"

namespace ow::core {

int SecuritySettings::idleLockMinutes(StorageError *error) const
{
    const std::optional<QString> stored = SettingStore(m_db).read(idleLockKey(), error);
    if (!stored)
        return DefaultIdleLockMinutes;
    bool ok = false;
    const int minutes = stored->toInt(&ok);
    if (!ok || minutes < MinimumIdleLockMinutes || minutes > MaximumIdleLockMinutes)
        return DefaultIdleLockMinutes;
    return minutes;
}

ChangeResult SecuritySettings::setIdleLockMinutes(int minutes, const QString &actor,
                                                  const QDateTime &now)
{
    if (minutes < MinimumIdleLockMinutes || minutes > MaximumIdleLockMinutes) {
        return ChangeResult::refused(ChangeResult::Code::OutOfRange,
                                     tr("The idle lock takes %1 to %2 minutes (0: never lock).")
                                         .arg(MinimumIdleLockMinutes)
                                         .arg(MaximumIdleLockMinutes));
    }
    StorageError error;
    const int before = idleLockMinutes(&error);
    if (error)
        return ChangeResult::failed(error);
    Transaction tx(m_db);
    if ((error = tx.begin()))
        return ChangeResult::failed(error);
    if ((error = SettingStore(m_db).write(idleLockKey(), QString::number(minutes), now)))
        return ChangeResult::failed(tx.fail(error));
    if ((error = AuditLog(m_db).append(actor, QStringLiteral("setting.change"), idleLockKey(),
                                       QStringLiteral("%1 -> %2").arg(before).arg(minutes), now)))
        return ChangeResult::failed(tx.fail(error));
    if ((error = tx.commit()))
        return ChangeResult::failed(error);
    return {};
}

} // namespace ow::core
