#pragma once

#include "StepWorkflow.h"

#include "../http/ApiTypes.h"

#include <QCoreApplication>

namespace ow::hub {

struct HubContext;

// A department's action on one step of a case (POST /cases/{id}/steps/{position}), in one
// transaction: the step, the case's status and deadline, a history event and a `case.status`
// change for the accepting station; live events are told after the commit.
class StepActions final
{
    Q_DECLARE_TR_FUNCTIONS(StepActions)

public:
    explicit StepActions(HubContext &hub)
        : m_hub(hub)
    {}

    // 200 with {"caseId"} on success, else the error answer (404, 403, 409, 503). The route
    // answers with the case as GET /cases/{id} shows it.
    ApiResponse act(const QString &caseId, int position, const StepCommand &command,
                    const Caller &caller);

private:
    HubContext &m_hub;
};

} // namespace ow::hub
