#include "StepWorkflow.h"

#include "core/calendar/WorkCalendar.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ow::hub {

namespace {

constexpr std::array actionKeys{
    std::pair{StepAction::Approve, "approve"}, std::pair{StepAction::Complete, "complete"},
    std::pair{StepAction::Reject, "reject"},   std::pair{StepAction::Supplement, "supplement"},
    std::pair{StepAction::Suspend, "suspend"}, std::pair{StepAction::Resume, "resume"},
    std::pair{StepAction::Extend, "extend"},
};

const QString Pending = QStringLiteral("pending");
const QString InProgress = QStringLiteral("in_progress");
const QString Approved = QStringLiteral("approved");
const QString Completed = QStringLiteral("completed");
const QString Rejected = QStringLiteral("rejected");
const QString Supplement = QStringLiteral("supplement");
const QString Suspended = QStringLiteral("suspended");

// The states each action may start from (see the table in the header).
QStringList legalFrom(StepAction action)
{
    switch (action) {
    case StepAction::Approve:
        return {Pending, InProgress, Supplement};
    case StepAction::Complete:
        return {Pending, InProgress, Supplement, Approved};
    case StepAction::Reject:
        return {Pending, InProgress, Supplement, Suspended};
    case StepAction::Supplement:
    case StepAction::Suspend:
        return {Pending, InProgress};
    case StepAction::Resume:
        return {Suspended, Supplement};
    case StepAction::Extend:
        return {Pending, InProgress, Approved, Supplement, Suspended};
    }
    return {};
}

// The applicant is told why: these actions need an opinion.
bool needsOpinion(StepAction action)
{
    return action == StepAction::Reject || action == StepAction::Supplement
           || action == StepAction::Suspend || action == StepAction::Extend;
}

} // namespace

std::optional<StepAction> StepWorkflow::actionFromKey(const QString &key)
{
    for (const auto &[action, name] : actionKeys) {
        if (key == QLatin1String(name))
            return action;
    }
    return std::nullopt;
}

QString StepWorkflow::actionKey(StepAction action)
{
    for (const auto &[a, name] : actionKeys) {
        if (a == action)
            return QLatin1String(name);
    }
    return {};
}

QString StepWorkflow::statusName(const QString &status)
{
    if (status == Pending)
        return tr("pending");
    if (status == InProgress)
        return tr("in progress");
    if (status == Approved)
        return tr("approved");
    if (status == Completed)
        return tr("completed");
    if (status == Rejected)
        return tr("rejected");
    if (status == Supplement)
        return tr("waiting for a supplement");
    if (status == Suspended)
        return tr("suspended");
    return status;
}

std::optional<StepCommand> StepWorkflow::readCommand(const QJsonObject &body, QString *why)
{
    const QJsonValue action = body.value(QStringLiteral("action"));
    const std::optional<StepAction> parsed = actionFromKey(action.toString());
    if (!parsed) {
        *why = tr("action must be one of: approve, complete, reject, supplement, suspend, "
                  "resume, extend.");
        return std::nullopt;
    }
    StepCommand command;
    command.action = *parsed;
    const QJsonValue opinion = body.value(QStringLiteral("opinion"));
    if (!opinion.isUndefined() && !opinion.isNull() && !opinion.isString()) {
        *why = tr("opinion must be text.");
        return std::nullopt;
    }
    command.opinion = opinion.toString().trimmed();
    if (command.opinion.size() > MaxOpinionLength) {
        *why = tr("The opinion is longer than %1 characters.").arg(MaxOpinionLength);
        return std::nullopt;
    }
    if (command.opinion.isEmpty() && needsOpinion(command.action)) {
        *why = tr("Give an opinion with “%1”: the applicant is told why.")
                   .arg(actionKey(command.action));
        return std::nullopt;
    }
    const QJsonValue days = body.value(QStringLiteral("days"));
    if (command.action == StepAction::Extend) {
        const double value = days.toDouble(-1);
        if (!days.isDouble() || value != double(qint64(value)) || value < 1
            || value > MaxExtensionDays) {
            *why = tr("An extension needs days: a whole number of working days from 1 to %1.")
                       .arg(MaxExtensionDays);
            return std::nullopt;
        }
        command.days = int(value);
    } else if (!days.isUndefined() && !days.isNull()) {
        *why = tr("days goes only with the action extend.");
        return std::nullopt;
    }
    return command;
}

StepDecision StepWorkflow::apply(const CaseStepRecord &step, const StepCommand &command,
                                 QDate today, const QString &now,
                                 const core::WorkCalendar &calendar)
{
    StepDecision d;
    const QString position = QString::number(step.position);
    if (step.status == Completed || step.status == Rejected) {
        d.error = tr("Step %1 is already %2; nothing more can be done on it.")
                      .arg(position, statusName(step.status));
        return d;
    }
    if (!legalFrom(command.action).contains(step.status)) {
        if (command.action == StepAction::Resume)
            d.error = tr("Only a suspended step (or one waiting for a supplement) can be "
                         "resumed; step %1 is %2.")
                          .arg(position, statusName(step.status));
        else if (step.status == Suspended && command.action == StepAction::Suspend)
            d.error = tr("Step %1 is already suspended (since %2).")
                          .arg(position, isoDateOrEmpty(step.suspendedOn));
        else if (step.status == Suspended)
            d.error = tr("Step %1 is suspended since %2: resume it first.")
                          .arg(position, isoDateOrEmpty(step.suspendedOn));
        else
            d.error = tr("“%1” is not possible on step %2 while it is %3.")
                          .arg(actionKey(command.action), position, statusName(step.status));
        return d;
    }

    CaseStepRecord next = step;
    next.opinion = command.opinion;
    next.updatedAt = now;
    d.detail.insert(QStringLiteral("from"), step.status);
    d.detail.insert(QStringLiteral("deadlineBefore"), isoDateOrEmpty(step.deadline));
    switch (command.action) {
    case StepAction::Approve:
        next.status = Approved;
        break;
    case StepAction::Complete:
        next.status = Completed;
        break;
    case StepAction::Reject:
        next.status = Rejected;
        next.suspendedOn = QDate();
        break;
    case StepAction::Supplement:
        next.status = Supplement;
        break;
    case StepAction::Suspend:
        next.status = Suspended;
        next.suspendedOn = today;
        break;
    case StepAction::Resume: {
        next.status = InProgress;
        next.suspendedOn = QDate();
        if (step.status != Suspended)
            break; // waiting for a supplement does not stop the clock
        // The start day is not counted (as in every working-day count): suspended and resumed
        // on the same day moves nothing; suspended on a Friday, resumed on Monday moves one.
        const core::WorkingDayCount stood = calendar.workingDaysBetween(step.suspendedOn, today);
        if (!stood.ok()) {
            d.error = stood.error;
            return d;
        }
        const int days = std::max(0, stood.days);
        const core::WorkingDate moved = calendar.addWorkingDays(step.deadline, days);
        if (!moved.ok()) {
            d.error = moved.error;
            return d;
        }
        next.deadline = moved.date;
        d.detail.insert(QStringLiteral("suspendedOn"), isoDateOrEmpty(step.suspendedOn));
        d.detail.insert(QStringLiteral("suspendedDays"), days);
        break;
    }
    case StepAction::Extend: {
        const core::WorkingDate moved = calendar.addWorkingDays(step.deadline, command.days);
        if (!moved.ok()) {
            d.error = moved.error;
            return d;
        }
        next.deadline = moved.date;
        next.extendedDays = step.extendedDays + command.days;
        d.detail.insert(QStringLiteral("days"), command.days);
        break;
    }
    }
    d.detail.insert(QStringLiteral("to"), next.status);
    d.detail.insert(QStringLiteral("deadline"), isoDateOrEmpty(next.deadline));
    d.step = next;
    return d;
}

QString StepWorkflow::caseStatus(const QList<CaseStepRecord> &steps)
{
    const auto any = [&](const QString &status) {
        return std::any_of(steps.cbegin(), steps.cend(),
                           [&](const CaseStepRecord &s) { return s.status == status; });
    };
    if (any(Rejected))
        return Rejected;
    if (std::all_of(steps.cbegin(), steps.cend(), [](const CaseStepRecord &s) {
            return s.status == Approved || s.status == Completed;
        }))
        return Completed;
    if (any(Supplement))
        return Supplement;
    if (any(Suspended))
        return Suspended;
    return InProgress;
}

QDate StepWorkflow::caseDeadline(const QList<CaseStepRecord> &steps)
{
    QDate latest;
    for (const CaseStepRecord &s : steps) {
        if (s.deadline.isValid() && (!latest.isValid() || s.deadline > latest))
            latest = s.deadline;
    }
    return latest;
}

} // namespace ow::hub
