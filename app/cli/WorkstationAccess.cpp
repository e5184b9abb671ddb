#include "WorkstationAccess.h"

#include "core/DataDirectory.h"
#include "core/storage/WorkstationDatabase.h"

namespace ow::cli {

std::unique_ptr<core::Database> openWorkstation(CliContext &context)
{
    const core::DataDirectory dir = core::DataDirectory::resolve(context.dataDir);
    if (!dir.isValid()) {
        context.err << dir.errorMessage << Qt::endl;
        return nullptr;
    }
    core::StorageError error;
    auto db = core::WorkstationDatabase::open(dir.workstationDatabasePath(), &error);
    if (!db)
        context.err << error.message << Qt::endl;
    return db;
}

} // namespace ow::cli
