#include "VerificationStore.h"

#include "SyncLog.h"
#include "VerificationAnswer.h"

#include "../applicant/ApplicantRepository.h"
#include "../cases/CaseRepository.h"
#include "../security/PersonalDataVault.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Catalog kinds (docs/catalog-format.md) and the protocol's names for those the hub answers.
constexpr std::pair<QStringView, QStringView> kKinds[] = {
    {u"identity", u"identity"},
    {u"legal-person", u"legal_person"},
    {u"business-licence", u"business_licence"},
    {u"marriage", u"marriage"},
    {u"property-unit", u"property_unit"},
    {u"investment-project", u"investment_project"},
};

// Form fields that hold the number a kind asks about, in the order they are tried.
QString firstAnswer(const QJsonObject &answers, std::initializer_list<const char16_t *> fields)
{
    for (const char16_t *field : fields) {
        const QString value = answers.value(QStringView(field)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString VerificationStore::hubKind(const QString &catalogKind)
{
    for (const auto &[catalog, hub] : kKinds) {
        if (catalog == catalogKind)
            return hub.toString();
    }
    return {};
}

QString VerificationStore::catalogKind(const QString &hubKind)
{
    for (const auto &[catalog, hub] : kKinds) {
        if (hub == hubKind)
            return catalog.toString();
    }
    return {};
}

QString VerificationStore::evidenceContext(const QString &caseId, const QString &kind)
{
    return QStringLiteral("case.verification:%1/%2").arg(caseId, kind);
}

QJsonObject VerificationStore::subjectFor(const QString &hubKind, const ApplicantProfile &applicant,
                                          const QJsonObject &answers)
{
    const bool person = applicant.kind == ApplicantKind::Person;
    // An organization is represented by its legal representative for checks about a person.
    const QString idNumber = person ? applicant.identifier : applicant.legalRepresentative.idNumber;
    const QString name = person ? applicant.name : applicant.legalRepresentative.name;
    if (hubKind == u"identity") {
        if (idNumber.isEmpty() || name.isEmpty())
            return {};
        return {{QStringLiteral("idNumber"), idNumber}, {QStringLiteral("name"), name}};
    }
    if (hubKind == u"marriage")
        return idNumber.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("idNumber"), idNumber}};
    if (hubKind == u"legal_person" || hubKind == u"business_licence") {
        const QString code = person ? firstAnswer(answers, {u"credit_code", u"company_credit_code"})
                                    : applicant.identifier;
        return code.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("creditCode"), code}};
    }
    if (hubKind == u"property_unit") {
        const QString unit = firstAnswer(answers, {u"property_unit_no", u"unit_number"});
        return unit.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("unitNumber"), unit}};
    }
    if (hubKind == u"investment_project") {
        const QString code = firstAnswer(answers, {u"project_code"});
        return code.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("projectCode"), code}};
    }
    return {};
}

QList<PendingVerification> VerificationStore::due(int limit, const QDateTime &now,
                                                  StorageError *error)
{
    QList<PendingVerification> result;
    struct Row
    {
        QString caseId;
        QString kind;
        qint64 applicantId;
        QByteArray form;
    };
    QList<Row> rows;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT v.case_id, v.kind, c.applicant_id, c.form FROM case_verification v"
            " JOIN case_record c ON c.id = v.case_id"
            " WHERE v.state = 'pending' AND (v.next_attempt_at IS NULL OR v.next_attempt_at <= ?)"
            " ORDER BY c.created_at, v.kind LIMIT ?"));
        q.addBindValue(stamp(now));
        q.addBindValue(std::max(limit, 1));
        if (!q.exec()) {
            if (error)
                *error = StorageError::fromSql(q.lastError(), m_db.path());
            return result;
        }
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toByteArray()});
    }
    ApplicantRepository applicants(m_db, m_vault);
    for (const Row &row : std::as_const(rows)) {
        const QString hub = hubKind(row.kind);
        QString problem;
        QJsonObject subject;
        if (hub.isEmpty()) {
            problem = tr("The hub offers no “%1” verification; check the material on paper.")
                          .arg(row.kind);
        } else {
            StorageError e;
            const auto applicant = applicants.findById(row.applicantId, &e);
            if (e) {
                if (error)
                    *error = e;
                return {};
            }
            const QJsonObject answers =
                m_vault.open(row.form, CaseRepository::formContext(row.caseId))
                    .value_or(QJsonObject());
            if (applicant)
                subject = subjectFor(hub, applicant->profile, answers);
            if (subject.isEmpty())
                problem = tr("The case does not hold what the “%1” verification asks about.")
                              .arg(row.kind);
        }
        if (!problem.isEmpty()) {
            if (StorageError e = recordFailure(row.caseId, row.kind, problem, now)) {
                if (error)
                    *error = e;
                return {};
            }
            continue;
        }
        result.append({row.caseId, row.kind, hub, subject});
    }
    if (error)
        *error = {};
    return result;
}

StorageError VerificationStore::record(const QString &caseId, const HubSignedAnswer &signedAnswer,
                                       const QByteArray &hubPublicKeyPem, QString *refusal)
{
    QString why;
    const auto refuse = [&](const QString &reason) {
        qCWarning(lcSync) << "verification answer for case" << caseId << "refused:" << reason;
        if (refusal)
            *refusal = reason;
        return StorageError{};
    };
    if (!VerificationAnswer::verifySignature(signedAnswer.answer, signedAnswer.signature,
                                             hubPublicKeyPem, &why))
        return refuse(why);
    const auto answer = VerificationAnswer::fromJson(signedAnswer.answer, &why);
    if (!answer)
        return refuse(why);
    const QString kind = catalogKind(answer->kind);
    if (kind.isEmpty())
        return refuse(tr("The answer is for the kind “%1”, which no catalog material names.")
                          .arg(answer->kind));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM case_record WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (!q.next())
        return refuse(tr("The answer is for a case this workstation does not hold."));
    q.finish();
    const QJsonObject evidence{{QStringLiteral("answer"), signedAnswer.answer},
                               {QStringLiteral("signature"),
                                QString::fromLatin1(signedAnswer.signature)}};
    const QByteArray sealed = m_vault.seal(evidence, evidenceContext(caseId, kind));
    if (sealed.isEmpty()) {
        StorageError e;
        e.code = StorageError::Code::QueryFailed;
        e.message = tr("The verification answer could not be sealed.");
        e.detail = QStringLiteral("seal failed");
        return e;
    }
    const QString state =
        answer->result == VerificationAnswer::Result::Passed ? QStringLiteral("passed")
                                                             : QStringLiteral("failed");
    q.prepare(QStringLiteral(
        "INSERT INTO case_verification (case_id, kind, state, source, answered_at, evidence,"
        " attempts, next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, '')"
        " ON CONFLICT (case_id, kind) DO UPDATE SET state = excluded.state,"
        " source = excluded.source, answered_at = excluded.answered_at,"
        " evidence = excluded.evidence, next_attempt_at = NULL, last_error = ''"));
    q.addBindValue(caseId);
    q.addBindValue(kind);
    q.addBindValue(state);
    q.addBindValue(answer->source);
    q.addBindValue(stamp(answer->answeredAt));
    q.addBindValue(sealed);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (refusal)
        refusal->clear();
    return {};
}

StorageError VerificationStore::recordFailure(const QString &caseId, const QString &kind,
                                              const QString &error, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT attempts FROM case_verification WHERE case_id = ? AND kind = ?"
                             " AND state = 'pending'"));
    q.addBindValue(caseId);
    q.addBindValue(kind);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (!q.next())
        return {}; // answered meanwhile (through the change feed): nothing to retry
    const int attempts = q.value(0).toInt() + 1;
    q.finish();
    q.prepare(QStringLiteral("UPDATE case_verification SET attempts = ?, next_attempt_at = ?,"
                             " last_error = ? WHERE case_id = ? AND kind = ? AND state = 'pending'"));
    q.addBindValue(attempts);
    q.addBindValue(stamp(m_backoff.nextAttempt(now, attempts)));
    q.addBindValue(error.isNull() ? QString(QLatin1String("")) : error);
    q.addBindValue(caseId);
    q.addBindValue(kind);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

QList<RecordedVerification> VerificationStore::ofCase(const QString &caseId, StorageError *error)
{
    QList<RecordedVerification> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, state, source, answered_at, evidence, attempts,"
                             " last_error FROM case_verification WHERE case_id = ? ORDER BY kind"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next()) {
        RecordedVerification v;
        v.caseId = caseId;
        v.kind = q.value(0).toString();
        v.state = q.value(1).toString();
        v.source = q.value(2).toString();
        v.answeredAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (!q.value(4).isNull())
            v.evidence = m_vault.open(q.value(4).toByteArray(), evidenceContext(caseId, v.kind));
        v.attempts = q.value(5).toInt();
        v.lastError = q.value(6).toString();
        result.append(std::move(v));
    }
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
