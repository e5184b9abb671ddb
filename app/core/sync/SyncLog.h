#pragma once

#include <QLoggingCategory>

namespace ow::core {

// "ow.sync": the sync engine, the hub client and what they skip or retry.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace ow::core
