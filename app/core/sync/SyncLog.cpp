#include "SyncLog.h"

namespace ow::core {

Q_LOGGING_CATEGORY(lcSync, "ow.sync")

} // namespace ow::core
