#pragma once

#include "Database.h"
#include "StorageError.h"

class QSqlError;

namespace ow::core {

// One SQLite transaction on a Database: rolled back unless commit() succeeded, so an early
// return or a failed statement leaves the database as it was.
class Transaction final
{
public:
    explicit Transaction(Database &database)
        : m_db(database)
    {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] StorageError begin();
    [[nodiscard]] StorageError commit();
    // Rolls back now and returns `error` mapped to a StorageError, for `return
    // tx.fail(q.lastError())`.
    [[nodiscard]] StorageError fail(const QSqlError &error);
    [[nodiscard]] StorageError fail(StorageError error);

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace ow::core
