#include "CaseRepository.h"

#include "../security/PersonalDataVault.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

constexpr int EarlierCasesForAnswers = 20;

const QString summaryColumns = QStringLiteral(
    "SELECT id, receipt_number, outcome, status, subject_code, subject_name, is_bundle,"
    " created_at, accepted_on, deadline, clerk, window_name FROM case_record");

CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary s;
    s.id = q.value(0).toString();
    s.receiptNumber = q.value(1).toString();
    s.outcome = caseOutcomeFromKey(q.value(2).toString()).value_or(CaseOutcome::Accepted);
    s.status = caseStatusFromKey(q.value(3).toString()).value_or(CaseStatus::InProgress);
    s.subjectCode = q.value(4).toString();
    s.subjectName = q.value(5).toString();
    s.isBundle = q.value(6).toInt() != 0;
    s.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.acceptedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    s.deadline = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    s.clerk = q.value(10).toString();
    s.windowName = q.value(11).toString();
    return s;
}

template <typename T> T failed(StorageError *error, const QSqlQuery &q, const QString &path)
{
    if (error)
        *error = StorageError::fromSql(q.lastError(), path);
    return T{};
}

} // namespace

QString CaseRepository::formContext(const QString &caseId)
{
    return QStringLiteral("case.form:") + caseId;
}

QString CaseRepository::agentContext(const QString &caseId)
{
    return QStringLiteral("case.agent:") + caseId;
}

QList<CaseSummary> CaseRepository::summaries(const QString &where, const QVariantList &binds,
                                             StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(summaryColumns + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return failed<QList<CaseSummary>>(error, q, m_db.path());
    QList<CaseSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    if (error)
        *error = {};
    return result;
}

QList<CaseSummary> CaseRepository::casesOfApplicant(qint64 applicantId, int limit,
                                                    StorageError *error)
{
    return summaries(QStringLiteral(" WHERE applicant_id = ? ORDER BY created_at DESC, rowid DESC"
                                    " LIMIT ?"),
                     {applicantId, qMax(0, limit)}, error);
}

QList<CaseSummary> CaseRepository::recent(int limit, StorageError *error)
{
    return summaries(QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT ?"),
                     {qMax(0, limit)}, error);
}

qint64 CaseRepository::count(StorageError *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM case_record")) || !q.next())
        return failed<qint64>(error, q, m_db.path());
    if (error)
        *error = {};
    return q.value(0).toLongLong();
}

std::optional<CaseDetail> CaseRepository::findByReceipt(const QString &receiptNumber,
                                                        StorageError *error)
{
    const QList<CaseSummary> found =
        summaries(QStringLiteral(" WHERE receipt_number = ?"), {receiptNumber}, error);
    if (found.isEmpty())
        return std::nullopt;
    CaseDetail detail;
    detail.summary = found.first();
    const QString &id = detail.summary.id;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT applicant_id, form, agent, reason, legal_basis FROM"
                             " case_record WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failed<std::optional<CaseDetail>>(error, q, m_db.path());
    detail.applicantId = q.value(0).toLongLong();
    detail.answers = m_vault.open(q.value(1).toByteArray(), formContext(id))
                         .value_or(QJsonObject())
                         .toVariantMap();
    if (!q.value(2).isNull())
        detail.agent = PersonRef::fromJson(
            m_vault.open(q.value(2).toByteArray(), agentContext(id)).value_or(QJsonObject()));
    detail.reason = q.value(3).toString();
    detail.legalBasis = q.value(4).toString();

    q.prepare(QStringLiteral("SELECT position, matter_code, matter_name, department_id, status,"
                             " working_days, deadline FROM case_step WHERE case_id = ?"
                             " ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return failed<std::optional<CaseDetail>>(error, q, m_db.path());
    while (q.next()) {
        detail.steps.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(),
                             stepStatusFromKey(q.value(4).toString()).value_or(StepStatus::Pending),
                             q.value(5).toInt(),
                             QDate::fromString(q.value(6).toString(), Qt::ISODate)});
    }
    q.prepare(QStringLiteral("SELECT material_id, name, disposition, detail FROM case_material"
                             " WHERE case_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (!q.exec())
        return failed<std::optional<CaseDetail>>(error, q, m_db.path());
    while (q.next()) {
        detail.materials.append({q.value(0).toString(), q.value(1).toString(),
                                 materialDispositionFromKey(q.value(2).toString())
                                     .value_or(MaterialDisposition::Missing),
                                 q.value(3).toString()});
    }
    if (error)
        *error = {};
    return detail;
}

QList<ReusableMaterial> CaseRepository::reusableMaterials(qint64 applicantId, QDate today,
                                                          StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.id, l.material_id, l.name, c.receipt_number, l.received_on, l.valid_until"
        " FROM material_library l JOIN case_record c ON c.id = l.case_id"
        " WHERE l.applicant_id = ? AND l.valid_until >= ?"
        " ORDER BY l.received_on DESC, l.id DESC"));
    q.addBindValue(applicantId);
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec())
        return failed<QList<ReusableMaterial>>(error, q, m_db.path());
    QList<ReusableMaterial> result;
    QSet<QString> seen;
    while (q.next()) {
        const QString materialId = q.value(1).toString();
        if (seen.contains(materialId))
            continue;
        seen.insert(materialId);
        result.append({q.value(0).toLongLong(), materialId, q.value(2).toString(),
                       q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
                       QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    }
    if (error)
        *error = {};
    return result;
}

QHash<QString, EarlierAnswer> CaseRepository::earlierAnswers(qint64 applicantId,
                                                             StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, receipt_number, accepted_on, form FROM case_record"
                             " WHERE applicant_id = ? AND outcome = 'accepted'"
                             " ORDER BY created_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(applicantId);
    q.addBindValue(EarlierCasesForAnswers);
    if (!q.exec())
        return failed<QHash<QString, EarlierAnswer>>(error, q, m_db.path());
    QHash<QString, EarlierAnswer> result;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const auto form = m_vault.open(q.value(3).toByteArray(), formContext(id));
        if (!form)
            continue;
        const QString receipt = q.value(1).toString();
        const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        for (auto it = form->begin(); it != form->end(); ++it) {
            if (result.contains(it.key()))
                continue; // a newer case already answered it
            const QVariant value = it.value().toVariant();
            if (value.isNull()
                || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                continue;
            result.insert(it.key(), {value, receipt, date});
        }
    }
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
