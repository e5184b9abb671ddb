#include "Routes.h"

#include "../HubContext.h"
#include "../http/ApiRouter.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"

#include "core/BuildInfo.h"

namespace ow::hub {

void addSystemRoutes(ApiRouter &router, HubContext &hub)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/api/v1/health"), {}, [&hub](const ApiRequest &) {
        QString error;
        hub.changes.latest(&error);
        if (!error.isEmpty())
            return ApiResponse::error(503, QStringLiteral("unavailable"), error);
        return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("storage"), hub.db.dialectName()},
                                  {QStringLiteral("version"), core::applicationVersion()},
                                  {QStringLiteral("time"), hub.now()}});
    });
    router.add(Method::Get, QStringLiteral("/api/v1/metrics"), {},
               [&router, &hub](const ApiRequest &) {
                   QString error;
                   QByteArray text = router.metricsText();
                   text += "# HELP onewindow_hub_change_cursor The newest change number.\n"
                           "# TYPE onewindow_hub_change_cursor gauge\n"
                           "onewindow_hub_change_cursor "
                           + QByteArray::number(hub.changes.latest(&error)) + '\n';
                   return ApiResponse::text(text, QByteArrayLiteral("text/plain; version=0.0.4"));
               });
}

} // namespace ow::hub
