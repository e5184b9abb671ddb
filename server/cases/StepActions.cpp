#include "StepActions.h"

#include "CaseStore.h"

#include "../HubContext.h"
#include "../events/LiveEvents.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"

#include "core/Clock.h"

namespace ow::hub {

namespace {

ApiResponse unavailable(const QString &detail)
{
    return ApiResponse::error(503, QStringLiteral("unavailable"),
                              StepActions::tr("The hub's storage failed (%1); nothing was "
                                              "changed. Try again.")
                                  .arg(detail));
}

} // namespace

ApiResponse StepActions::act(const QString &caseId, int position, const StepCommand &command,
                             const Caller &caller)
{
    const QString now = m_hub.now();
    QString error;
    HubTransaction tx(m_hub.db);
    if (!tx.begin(&error))
        return unavailable(error);
    CaseStore store(m_hub.db);
    // Touching the case first locks it on PostgreSQL: two officers acting on one case at the
    // same moment take turns instead of overwriting each other's step.
    if (!store.touch(caseId, now, &error)) {
        if (!error.isEmpty())
            return unavailable(error);
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  tr("There is no case %1.").arg(caseId));
    }
    std::optional<CaseRecord> record = store.find(caseId, &error);
    if (!record)
        return unavailable(error);
    const CaseStepRecord *step = record->step(position);
    if (!step)
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  tr("Case %1 has no step %2.").arg(record->receipt).arg(position));
    if (!caller.isAdmin() && step->department != caller.department)
        return ApiResponse::error(
            403, QStringLiteral("forbidden"),
            tr("Step %1 of case %2 belongs to department %3; your account "
               "acts for %4.")
                .arg(position)
                .arg(record->receipt, step->department,
                     caller.department.isEmpty() ? QStringLiteral("-") : caller.department));

    const StepDecision decision =
        StepWorkflow::apply(*step, command, m_hub.clock.today(), now, m_hub.calendar);
    if (!decision.ok())
        return ApiResponse::error(409, QStringLiteral("conflict"), decision.error);
    for (CaseStepRecord &s : record->steps) {
        if (s.position == position)
            s = decision.step;
    }
    record->status = StepWorkflow::caseStatus(record->steps);
    record->deadline = StepWorkflow::caseDeadline(record->steps);
    record->updatedAt = now;
    if (!store.saveStep(caseId, decision.step, &error) || !store.saveState(*record, &error)
        || !store.addEvent(caseId, position, StepWorkflow::actionKey(command.action),
                           caller.subject, command.opinion, decision.detail, now, &error)
        || !m_hub.changes.record(QStringLiteral("case.status"), caseId, record->station,
                                 record->statusChangeJson(), now, &error)
        || !tx.commit(&error))
        return unavailable(error);
    m_hub.events.changesCommitted();
    return ApiResponse::json({{QStringLiteral("caseId"), caseId}});
}

} // namespace ow::hub
