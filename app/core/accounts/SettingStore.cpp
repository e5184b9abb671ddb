#include "SettingStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {

std::optional<QString> SettingStore::read(const QString &key, StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

StorageError SettingStore::write(const QString &key, const QString &value, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

} // namespace ow::core
