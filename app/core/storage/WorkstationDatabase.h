#pragma once

#include "Database.h"

#include <memory>

namespace ow::core {

// The workstation's local cache: sql/workstation/ migrations embedded in the binary.
class WorkstationDatabase
{
public:
    static QList<Migration> migrations();
    static int latestSchemaVersion();
    static std::unique_ptr<Database> open(const QString &path, StorageError *error,
                                          const Database::Options &options = {});
};

} // namespace ow::core
