#include "CaseRecords.h"

#include <algorithm>

namespace ow::hub {

QString isoDateOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject CaseStepRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("position"), position},
                  {QStringLiteral("matter"), matter},
                  {QStringLiteral("department"), department},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("deadline"), isoDateOrEmpty(deadline)},
                  {QStringLiteral("workingDays"), workingDays},
                  {QStringLiteral("extendedDays"), extendedDays},
                  {QStringLiteral("opinion"), opinion},
                  {QStringLiteral("updatedAt"), updatedAt}};
    if (suspendedOn.isValid())
        o.insert(QStringLiteral("suspendedOn"), isoDateOrEmpty(suspendedOn));
    return o;
}

const CaseStepRecord *CaseRecord::step(int position) const
{
    for (const CaseStepRecord &s : steps) {
        if (s.position == position)
            return &s;
    }
    return nullptr;
}

bool CaseRecord::hasDepartment(const QString &departmentId) const
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [&](const CaseStepRecord &s) { return s.department == departmentId; });
}

QJsonArray CaseRecord::stepsJson() const
{
    QJsonArray list;
    for (const CaseStepRecord &s : steps)
        list.append(s.toJson());
    return list;
}

QJsonObject CaseRecord::summaryJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("receipt"), receipt},
            {QStringLiteral("station"), station},
            {QStringLiteral("window"), window},
            {QStringLiteral("clerk"), clerk},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("status"), status},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("bundle"), bundle},
            {QStringLiteral("acceptedOn"), isoDateOrEmpty(acceptedOn)},
            {QStringLiteral("deadline"), isoDateOrEmpty(deadline)},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("receivedAt"), receivedAt},
            {QStringLiteral("updatedAt"), updatedAt},
            {QStringLiteral("intakeSeq"), intakeSeq},
            {QStringLiteral("steps"), stepsJson()}};
}

QJsonObject CaseRecord::statusChangeJson() const
{
    return {{QStringLiteral("caseId"), id},
            {QStringLiteral("receipt"), receipt},
            {QStringLiteral("status"), status},
            {QStringLiteral("deadline"), isoDateOrEmpty(deadline)},
            {QStringLiteral("steps"), stepsJson()}};
}

} // namespace ow::hub
