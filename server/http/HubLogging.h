#pragma once

#include <QLoggingCategory>

namespace ow::hub {
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcHubHttp)
Q_DECLARE_LOGGING_CATEGORY(lcHubEvents)
} // namespace ow::hub
