#include "HubLogging.h"

namespace ow::hub {
Q_LOGGING_CATEGORY(lcHub, "onewindow.hub")
Q_LOGGING_CATEGORY(lcHubHttp, "onewindow.hub.http")
Q_LOGGING_CATEGORY(lcHubEvents, "onewindow.hub.events")
} // namespace ow::hub
