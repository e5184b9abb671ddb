#include "Routes.h"

#include "../HubContext.h"
#include "../events/LiveEvents.h"
#include "../http/ApiRouter.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"
#include "../verification/VerificationService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ow::hub {

namespace {

class VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(VerificationRoutes)
};

// With a caseId the answer also travels back as a `verification` change to the station that
// accepted the case, so a workstation that went offline after asking still gets it.
ApiResponse verify(HubContext &hub, const ApiRequest &request)
{
    if (!hub.verification)
        return ApiResponse::error(503, QStringLiteral("unavailable"),
                                  VerificationText::tr("This hub has no reference registries "
                                                       "loaded (start it with --registries)."));
    const QString kind = request.body.value(QStringLiteral("kind")).toString();
    const QJsonValue subject = request.body.value(QStringLiteral("subject"));
    const QString caseId = request.body.value(QStringLiteral("caseId")).toString();
    if (!subject.isObject())
        return ApiResponse::badRequest(VerificationText::tr("subject must be a JSON object."));
    if (!caseId.isEmpty() && QUuid::fromString(caseId).isNull())
        return ApiResponse::badRequest(VerificationText::tr("caseId must be a UUID."));
    const VerificationService::Outcome outcome = hub.verification->answer(kind, subject.toObject());
    switch (outcome.status) {
    case VerificationService::Outcome::Status::Answered:
        break;
    case VerificationService::Outcome::Status::BadRequest:
        return ApiResponse::badRequest(outcome.error);
    case VerificationService::Outcome::Status::Unavailable:
        return ApiResponse::error(503, QStringLiteral("unavailable"), outcome.error);
    }
    const QJsonObject body = outcome.toJson();
    if (caseId.isEmpty() || request.caller.station.isEmpty())
        return ApiResponse::json(body);

    QString error;
    HubTransaction tx(hub.db);
    if (!tx.begin(&error))
        return ApiResponse::internal(error);
    if (!hub.changes.record(QStringLiteral("verification"), caseId + QLatin1Char('/') + kind,
                            request.caller.station, body, hub.now(), &error)
        || !tx.commit(&error))
        return ApiResponse::internal(error);
    hub.events.changesCommitted();
    return ApiResponse::json(body);
}

} // namespace

void addVerificationRoutes(ApiRouter &router, HubContext &hub)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/verifications"),
               {QStringLiteral("workstation"), QStringLiteral("clerk"), QStringLiteral("admin")},
               [&hub](const ApiRequest &r) { return verify(hub, r); });
}

} // namespace ow::hub
