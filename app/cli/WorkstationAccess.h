#pragma once

#include "CliContext.h"

#include "core/storage/Database.h"

#include <memory>

namespace ow::cli {

// Opens (creating or upgrading) the workstation database of --data-dir, or prints why it
// cannot be opened to the context's error stream and returns null.
std::unique_ptr<core::Database> openWorkstation(CliContext &context);

} // namespace ow::cli
