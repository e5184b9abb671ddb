#pragma once

#include "CaseRecords.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ow::core {
class WorkCalendar;
}

namespace ow::hub {

enum class StepAction {
    Approve,
    Complete,
    Reject,
    Supplement,
    Suspend,
    Resume,
    Extend
};

// What a department asks of one step: the body of POST /cases/{id}/steps/{position}.
struct StepCommand
{
    StepAction action = StepAction::Approve;
    QString opinion;
    int days = 0; // extend only: working days added
};

struct StepDecision
{
    CaseStepRecord step; // the step after the action (when ok)
    QJsonObject detail;  // what changed, kept in the case history
    QString error;       // translated: why the action is not possible in the step's state (409)
    bool ok() const { return error.isEmpty(); }
};

// The rules of department steps (docs/api/protocol.md, "Cases and department steps"), with no
// storage: which action is legal in which state, what it does to the status and the working-day
// clock, and what status the steps give the case.
//
//   action      legal from                                         → status
//   approve     pending, in_progress, supplement                   → approved
//   complete    pending, in_progress, supplement, approved         → completed
//   reject      pending, in_progress, supplement, suspended        → rejected
//   supplement  pending, in_progress                               → supplement
//   suspend     pending, in_progress                               → suspended (clock stops)
//   resume      suspended (deadline moves by the working days it stood still), supplement
//                                                                  → in_progress
//   extend      any step not yet completed or rejected (days added) → unchanged
//
// Completed and rejected are final. A suspended step must be resumed before it is approved
// or completed: its clock stands still, so its deadline is not known yet.
class StepWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(StepWorkflow)

public:
    static constexpr int MaxExtensionDays = 60;
    static constexpr int MaxOpinionLength = 2000;

    static std::optional<StepAction> actionFromKey(const QString &key);
    static QString actionKey(StepAction action);
    static QString statusName(const QString &status); // translated step status

    // {action, opinion, days?}; nothing, with a translated reason (a 400), when malformed.
    static std::optional<StepCommand> readCommand(const QJsonObject &body, QString *why);

    // The step after `command`, acted on `today` (the hub's date) at `now` (ISO-8601 UTC).
    static StepDecision apply(const CaseStepRecord &step, const StepCommand &command, QDate today,
                              const QString &now, const core::WorkCalendar &calendar);

    // rejected when a step is rejected; completed when every step is approved or completed;
    // supplement, then suspended, when a step waits; else in_progress.
    static QString caseStatus(const QList<CaseStepRecord> &steps);
    // The latest step deadline; invalid without steps.
    static QDate caseDeadline(const QList<CaseStepRecord> &steps);
};

} // namespace ow::hub
