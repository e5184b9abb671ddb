#include "Transaction.h"

#include "../Logging.h"

#include <QSqlError>

namespace ow::core {

Transaction::~Transaction()
{
    if (m_open)
        m_db.connection().rollback();
}

StorageError Transaction::begin()
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return StorageError::fromSql(db.lastError(), m_db.path());
    m_open = true;
    return {};
}

StorageError Transaction::commit()
{
    QSqlDatabase db = m_db.connection();
    if (!db.commit())
        return fail(db.lastError());
    m_open = false;
    return {};
}

StorageError Transaction::fail(const QSqlError &error)
{
    return fail(StorageError::fromSql(error, m_db.path()));
}

StorageError Transaction::fail(StorageError error)
{
    if (m_open) {
        m_db.connection().rollback();
        m_open = false;
    }
    qCWarning(lcStorage) << "transaction rolled back:" << error.detail;
    return error;
}

} // namespace ow::core
