#include "CaseHubStatusStore.h"

#include "HubAnswers.h"

#include "../calendar/CalendarFile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

const QStringList &caseStatuses()
{
    static const QStringList all{QStringLiteral("in_progress"), QStringLiteral("completed"),
                                 QStringLiteral("rejected"),    QStringLiteral("supplement"),
                                 QStringLiteral("suspended"),   QStringLiteral("notice"),
                                 QStringLiteral("refused")};
    return all;
}

const QStringList &stepStatuses()
{
    static const QStringList all{QStringLiteral("pending"),    QStringLiteral("in_progress"),
                                 QStringLiteral("approved"),   QStringLiteral("completed"),
                                 QStringLiteral("rejected"),   QStringLiteral("supplement"),
                                 QStringLiteral("suspended")};
    return all;
}

// "" or YYYY-MM-DD.
bool readDate(const QJsonValue &v, bool optional, QDate *date)
{
    if (optional && (v.isUndefined() || v.isNull() || v.toString().isEmpty()))
        return v.isUndefined() || v.isNull() || v.isString();
    if (!v.isString())
        return false;
    *date = CalendarFile::parseDate(v.toString());
    return date->isValid();
}

std::optional<HubCaseStep> readStep(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = CaseHubStatusStore::tr("a step is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    HubCaseStep s;
    const auto position = HubAnswers::wholeNumber(o.value(u"position"), 0, 10000);
    const auto workingDays = HubAnswers::wholeNumber(o.value(u"workingDays"), 0, 100000);
    const auto extendedDays = HubAnswers::wholeNumber(o.value(u"extendedDays"), 0, 100000);
    if (!position || !workingDays || !extendedDays) {
        *why = CaseHubStatusStore::tr("a step's position or days are not whole numbers");
        return std::nullopt;
    }
    s.position = int(*position);
    s.workingDays = int(*workingDays);
    s.extendedDays = int(*extendedDays);
    const QJsonValue matter = o.value(u"matter");
    const QJsonValue department = o.value(u"department");
    const QJsonValue opinion = o.value(u"opinion");
    if (!matter.isString() || !department.isString()
        || !(opinion.isString() || opinion.isNull() || opinion.isUndefined())) {
        *why = CaseHubStatusStore::tr("step %1: matter, department or opinion is not text").arg(s.position);
        return std::nullopt;
    }
    s.matter = matter.toString();
    s.department = department.toString();
    s.opinion = opinion.toString();
    s.status = o.value(u"status").toString();
    if (!stepStatuses().contains(s.status)) {
        *why = CaseHubStatusStore::tr("step %1 has the unknown status “%2”").arg(s.position).arg(s.status.left(32));
        return std::nullopt;
    }
    if (!readDate(o.value(u"deadline"), true, &s.deadline)
        || !readDate(o.value(u"suspendedOn"), true, &s.suspendedOn)) {
        *why = CaseHubStatusStore::tr("step %1 has a date that is not YYYY-MM-DD").arg(s.position);
        return std::nullopt;
    }
    const QJsonValue updated = o.value(u"updatedAt");
    if (updated.isString() && !updated.toString().isEmpty()) {
        s.updatedAt = QDateTime::fromString(updated.toString(), Qt::ISODateWithMs);
        if (!s.updatedAt.isValid()) {
            *why = CaseHubStatusStore::tr("step %1's updatedAt is not an ISO-8601 time").arg(s.position);
            return std::nullopt;
        }
    } else if (!(updated.isUndefined() || updated.isNull() || updated.isString())) {
        *why = CaseHubStatusStore::tr("step %1's updatedAt is not text").arg(s.position);
        return std::nullopt;
    }
    return s;
}

} // namespace

std::optional<CaseHubStatus> CaseHubStatus::fromChange(const QString &key, const QJsonObject &body,
                                                       QString *why)
{
    QString reason;
    CaseHubStatus s;
    s.caseId = body.value(u"caseId").toString();
    s.receipt = body.value(u"receipt").toString();
    s.status = body.value(u"status").toString();
    const QJsonValue steps = body.value(u"steps");
    if (s.caseId.isEmpty() || s.caseId.size() > 64 || s.caseId != key)
        reason = CaseHubStatusStore::tr("its caseId does not match the change's key");
    else if (s.receipt.isEmpty() || s.receipt.size() > 64)
        reason = CaseHubStatusStore::tr("it has no receipt number");
    else if (!caseStatuses().contains(s.status))
        reason = CaseHubStatusStore::tr("it has the unknown status “%1”").arg(s.status.left(32));
    else if (!readDate(body.value(u"deadline"), true, &s.deadline))
        reason = CaseHubStatusStore::tr("its deadline is not YYYY-MM-DD");
    else if (!steps.isArray())
        reason = CaseHubStatusStore::tr("its steps are not a list");
    if (reason.isEmpty()) {
        for (const QJsonValue &step : steps.toArray()) {
            const auto parsed = readStep(step, &reason);
            if (!parsed)
                break;
            s.steps.append(*parsed);
        }
    }
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    return s;
}

QJsonArray CaseHubStatus::stepsJson() const
{
    QJsonArray array;
    const auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const HubCaseStep &s : steps) {
        QJsonObject o{{QStringLiteral("position"), s.position},
                      {QStringLiteral("matter"), s.matter},
                      {QStringLiteral("department"), s.department},
                      {QStringLiteral("status"), s.status},
                      {QStringLiteral("deadline"), date(s.deadline)},
                      {QStringLiteral("workingDays"), s.workingDays},
                      {QStringLiteral("extendedDays"), s.extendedDays},
                      {QStringLiteral("opinion"), s.opinion},
                      {QStringLiteral("updatedAt"),
                       s.updatedAt.isValid() ? s.updatedAt.toUTC().toString(Qt::ISODate)
                                             : QString()}};
        if (s.suspendedOn.isValid())
            o.insert(QStringLiteral("suspendedOn"), date(s.suspendedOn));
        array.append(o);
    }
    return array;
}

StorageError CaseHubStatusStore::upsert(const CaseHubStatus &status, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO case_hub_status (case_id, receipt, status, deadline, steps, seq, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET"
        " receipt = excluded.receipt, status = excluded.status, deadline = excluded.deadline,"
        " steps = excluded.steps, seq = excluded.seq, updated_at = excluded.updated_at"
        " WHERE excluded.seq > case_hub_status.seq"));
    q.addBindValue(status.caseId);
    q.addBindValue(status.receipt);
    q.addBindValue(status.status);
    q.addBindValue(status.deadline.isValid() ? status.deadline.toString(Qt::ISODate)
                                             : QString(QLatin1String("")));
    q.addBindValue(QString::fromUtf8(QJsonDocument(status.stepsJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(status.seq);
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

std::optional<CaseHubStatus> CaseHubStatusStore::find(const QString &caseId,
                                                      StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT receipt, status, deadline, steps, seq, updated_at"
                             " FROM case_hub_status WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    const QJsonObject body{
        {QStringLiteral("caseId"), caseId},
        {QStringLiteral("receipt"), q.value(0).toString()},
        {QStringLiteral("status"), q.value(1).toString()},
        {QStringLiteral("deadline"), q.value(2).toString()},
        {QStringLiteral("steps"),
         QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()}};
    QString why;
    auto status = CaseHubStatus::fromChange(caseId, body, &why);
    if (!status)
        return std::nullopt; // only the feed writes the row, after the same check
    status->seq = q.value(4).toLongLong();
    status->appliedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return status;
}

} // namespace ow::core
