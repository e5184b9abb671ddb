#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ow::core {

// Text values in the workstation's `setting` table (sql/workstation/0001_settings.sql). The
// code that owns a key knows its type and default; write() joins the caller's open transaction
// when there is one.
class SettingStore final
{
public:
    explicit SettingStore(Database &database)
        : m_db(database)
    {}

    // Null when the key is not set (or on a storage error, then `error` is set).
    std::optional<QString> read(const QString &key, StorageError *error) const;
    [[nodiscard]] StorageError write(const QString &key, const QString &value,
                                     const QDateTime &now);

private:
    Database &m_db;
};

} // namespace ow::core
