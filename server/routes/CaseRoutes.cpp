#include "Routes.h"

#include "../HubContext.h"
#include "../cases/CaseIntake.h"
#include "../cases/CaseStore.h"
#include "../cases/EnvelopeReader.h"
#include "../cases/StepActions.h"
#include "../http/ApiRouter.h"

#include <QJsonArray>

namespace ow::hub {

namespace {

class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseRoutes)
};

constexpr int DefaultPage = 50;
constexpr int MaxPage = 500;

const QStringList &caseStatuses()
{
    static const QStringList all{QStringLiteral("in_progress"), QStringLiteral("completed"),
                                 QStringLiteral("rejected"),    QStringLiteral("supplement"),
                                 QStringLiteral("suspended"),   QStringLiteral("notice"),
                                 QStringLiteral("refused")};
    return all;
}

ApiResponse unavailable(const QString &detail)
{
    return ApiResponse::error(
        503, QStringLiteral("unavailable"),
        CaseText::tr("The hub's storage failed (%1). Try again.").arg(detail));
}

ApiResponse noCase(const QString &id)
{
    return ApiResponse::error(
        404, QStringLiteral("not_found"),
        CaseText::tr("There is no case %1 that you may see.").arg(id.left(64)));
}

// Departments see the cases they have a step in; clerks and administrators see every case.
bool visible(const CaseRecord &record, const Caller &caller)
{
    return caller.role != QLatin1String("department") || record.hasDepartment(caller.department);
}

ApiResponse envelopes(HubContext &hub, const ApiRequest &request)
{
    const QJsonValue list = request.body.value(QStringLiteral("envelopes"));
    const qsizetype count = list.toArray().size();
    if (!list.isArray() || count < 1 || count > CaseIntake::MaxBatch)
        return ApiResponse::badRequest(
            CaseText::tr("envelopes must be a list of 1 to %1 envelopes.")
                .arg(CaseIntake::MaxBatch));
    QString error;
    CaseIntake intake(hub);
    const std::optional<CaseIntake::Result> result =
        intake.apply(list.toArray(), request.caller, &error);
    if (!result)
        return ApiResponse::error(503, QStringLiteral("unavailable"),
                                  CaseText::tr("The hub could not store the batch (%1); none of "
                                               "it was applied. Send it again.")
                                      .arg(error));
    // Intake records nothing in the change log (a workstation learns the outcome from this
    // answer), so live events have nothing to announce: telling them would only make every
    // connected workstation pull an empty page.
    QJsonArray answers;
    for (const CaseIntake::Answer &a : result->answers)
        answers.append(a.toJson());
    return ApiResponse::json({{QStringLiteral("results"), answers}});
}

ApiResponse listCases(HubContext &hub, const ApiRequest &request)
{
    CaseStore::Filter filter;
    const QString limit = request.query.queryItemValue(QStringLiteral("limit"));
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    bool limitOk = true;
    bool afterOk = true;
    filter.limit = limit.isEmpty() ? DefaultPage : limit.toInt(&limitOk);
    filter.after = after.isEmpty() ? 0 : after.toLongLong(&afterOk);
    if (!limitOk || filter.limit < 1 || filter.limit > MaxPage || !afterOk || filter.after < 0)
        return ApiResponse::badRequest(
            CaseText::tr("limit must be from 1 to %1 and after a cursor (0 or more).")
                .arg(MaxPage));
    filter.status = request.query.queryItemValue(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !caseStatuses().contains(filter.status))
        return ApiResponse::badRequest(CaseText::tr("status must be one of: %1.")
                                           .arg(caseStatuses().join(QStringLiteral(", "))));
    filter.department = request.query.queryItemValue(QStringLiteral("department"));
    if (request.caller.role == QLatin1String("department")) {
        if (!filter.department.isEmpty() && filter.department != request.caller.department)
            return ApiResponse::error(
                403, QStringLiteral("forbidden"),
                CaseText::tr("Your account sees the cases of department %1 only.")
                    .arg(request.caller.department));
        filter.department = request.caller.department;
    }
    QString error;
    const std::optional<CaseStore::Page> page = CaseStore(hub.db).list(filter, &error);
    if (!page)
        return unavailable(error);
    QJsonArray cases;
    for (const CaseRecord &c : page->cases)
        cases.append(c.summaryJson());
    return ApiResponse::json(
        {{QStringLiteral("cases"), cases},
         {QStringLiteral("next"), page->next > 0 ? QJsonValue(page->next) : QJsonValue()}});
}

// The case as GET /cases/{id} shows it: the summary with its steps, what the workstation sent
// about the applicant and the application, and the history of actions.
ApiResponse caseDetail(HubContext &hub, const QString &id, const Caller &caller)
{
    const QString caseId = EnvelopeReader::canonicalUuid(id);
    if (caseId.isEmpty())
        return noCase(id);
    QString error;
    CaseStore store(hub.db);
    const std::optional<CaseRecord> record = store.find(caseId, &error);
    if (!record)
        return error.isEmpty() ? noCase(id) : unavailable(error);
    if (!visible(*record, caller))
        return noCase(id);
    const std::optional<QJsonObject> payload = store.payload(caseId, &error);
    const std::optional<QJsonArray> history =
        payload ? store.history(caseId, &error) : std::nullopt;
    if (!history)
        return unavailable(error);
    QJsonObject body = record->summaryJson();
    for (const char *key : {"applicant", "agent", "answers", "materials", "reason", "legalBasis"})
        body.insert(QLatin1String(key), payload->value(QLatin1String(key)));
    body.insert(QStringLiteral("history"), *history);
    return ApiResponse::json(body);
}

ApiResponse actOnStep(HubContext &hub, const ApiRequest &request)
{
    const QString caseId = EnvelopeReader::canonicalUuid(request.args.value(0));
    bool positionOk = false;
    const int position = request.args.value(1).toInt(&positionOk);
    if (caseId.isEmpty())
        return noCase(request.args.value(0));
    if (!positionOk || position < 1)
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  CaseText::tr("A step is named by its position: 1, 2, 3 …"));
    QString why;
    const std::optional<StepCommand> command = StepWorkflow::readCommand(request.body, &why);
    if (!command)
        return ApiResponse::badRequest(why);
    const ApiResponse done = StepActions(hub).act(caseId, position, *command, request.caller);
    if (done.status != 200)
        return done;
    return caseDetail(hub, caseId, request.caller);
}

} // namespace

void addCaseRoutes(ApiRouter &router, HubContext &hub)
{
    using Method = QHttpServerRequest::Method;
    const QString workstation = QStringLiteral("workstation");
    const QString clerk = QStringLiteral("clerk");
    const QString department = QStringLiteral("department");
    const QString admin = QStringLiteral("admin");
    router.add(Method::Post, QStringLiteral("/api/v1/envelopes"), {workstation},
               [&hub](const ApiRequest &r) { return envelopes(hub, r); });
    router.add(Method::Get, QStringLiteral("/api/v1/cases"), {clerk, department, admin},
               [&hub](const ApiRequest &r) { return listCases(hub, r); });
    router.add(Method::Get, QStringLiteral("/api/v1/cases/{id}"), {clerk, department, admin},
               [&hub](const ApiRequest &r) { return caseDetail(hub, r.args.value(0), r.caller); });
    router.add(Method::Post, QStringLiteral("/api/v1/cases/{id}/steps/{position}"),
               {department, admin}, [&hub](const ApiRequest &r) { return actOnStep(hub, r); });
}

} // namespace ow::hub
