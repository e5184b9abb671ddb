#include "Case.h"

#include <array>
#include <utility>

namespace ow::core {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QLatin1String(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array outcomes{
    std::pair{CaseOutcome::Accepted, "accepted"},
    std::pair{CaseOutcome::Notice, "notice"},
    std::pair{CaseOutcome::Refused, "refused"},
};
constexpr std::array statuses{
    std::pair{CaseStatus::InProgress, "in_progress"},
    std::pair{CaseStatus::Completed, "completed"},
    std::pair{CaseStatus::Notice, "notice"},
    std::pair{CaseStatus::Refused, "refused"},
};
constexpr std::array stepStatuses{
    std::pair{StepStatus::Pending, "pending"},
    std::pair{StepStatus::InProgress, "in_progress"},
    std::pair{StepStatus::Completed, "completed"},
    std::pair{StepStatus::Rejected, "rejected"},
    std::pair{StepStatus::Supplement, "supplement"},
    std::pair{StepStatus::Suspended, "suspended"},
};
constexpr std::array dispositions{
    std::pair{MaterialDisposition::Paper, "paper"},
    std::pair{MaterialDisposition::Scanned, "scanned"},
    std::pair{MaterialDisposition::Reused, "reused"},
    std::pair{MaterialDisposition::Verified, "verified"},
    std::pair{MaterialDisposition::Commitment, "commitment"},
    std::pair{MaterialDisposition::Missing, "missing"},
    std::pair{MaterialDisposition::Incorrect, "incorrect"},
};

} // namespace

QString caseOutcomeKey(CaseOutcome outcome)
{
    return keyOf(outcomes, outcome);
}
std::optional<CaseOutcome> caseOutcomeFromKey(const QString &key)
{
    return fromKey(outcomes, key);
}
QString caseStatusKey(CaseStatus status)
{
    return keyOf(statuses, status);
}
std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    return fromKey(statuses, key);
}
QString stepStatusKey(StepStatus status)
{
    return keyOf(stepStatuses, status);
}
std::optional<StepStatus> stepStatusFromKey(const QString &key)
{
    return fromKey(stepStatuses, key);
}
QString materialDispositionKey(MaterialDisposition disposition)
{
    return keyOf(dispositions, disposition);
}
std::optional<MaterialDisposition> materialDispositionFromKey(const QString &key)
{
    return fromKey(dispositions, key);
}

QString CaseText::outcomeName(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Accepted:
        return tr("Accepted");
    case CaseOutcome::Notice:
        return tr("One-time notice");
    case CaseOutcome::Refused:
        return tr("Refused");
    }
    return {};
}

QString CaseText::statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::InProgress:
        return tr("In progress");
    case CaseStatus::Completed:
        return tr("Completed");
    case CaseStatus::Notice:
        return tr("Notice given");
    case CaseStatus::Refused:
        return tr("Refused");
    }
    return {};
}

QString CaseText::stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return tr("Pending");
    case StepStatus::InProgress:
        return tr("In progress");
    case StepStatus::Completed:
        return tr("Completed");
    case StepStatus::Rejected:
        return tr("Rejected");
    case StepStatus::Supplement:
        return tr("Supplement requested");
    case StepStatus::Suspended:
        return tr("Suspended");
    }
    return {};
}

QString CaseText::dispositionName(MaterialDisposition disposition)
{
    switch (disposition) {
    case MaterialDisposition::Paper:
        return tr("Paper original checked");
    case MaterialDisposition::Scanned:
        return tr("Scanned file attached");
    case MaterialDisposition::Reused:
        return tr("Reused from an earlier case");
    case MaterialDisposition::Verified:
        return tr("Verified by shared data");
    case MaterialDisposition::Commitment:
        return tr("Replaced by a signed commitment");
    case MaterialDisposition::Missing:
        return tr("Missing");
    case MaterialDisposition::Incorrect:
        return tr("Incorrect");
    }
    return {};
}

} // namespace ow::core
