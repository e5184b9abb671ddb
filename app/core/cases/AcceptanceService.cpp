#include "AcceptanceService.h"

#include "ApplicationFormCheck.h"
#include "CaseRepository.h"
#include "ReceiptNumberBlocks.h"

#include "../Clock.h"
#include "../applicant/ApplicantRepository.h"
#include "../audit/AuditLog.h"
#include "../calendar/WorkCalendar.h"
#include "../security/PersonalDataVault.h"
#include "../storage/CatalogRepository.h"
#include "../storage/SqlText.h"
#include "../storage/Transaction.h"
#include "../validation/CreditCode.h"
#include "../validation/DivisionTable.h"
#include "../validation/ResidentId.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ow::core {
namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool isShortfall(MaterialDisposition d)
{
    return d == MaterialDisposition::Missing || d == MaterialDisposition::Incorrect;
}

QString auditAction(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Accepted:
        return QStringLiteral("case.accept");
    case CaseOutcome::Notice:
        return QStringLiteral("case.notice");
    case CaseOutcome::Refused:
        return QStringLiteral("case.refuse");
    }
    return {};
}

QJsonObject envelopePayload(const AcceptanceRequest &request, const QVariantMap &answers,
                            const AcceptanceResult &result, const QString &envelopeId)
{
    QJsonArray steps;
    for (const CaseStep &s : result.steps) {
        steps.append(QJsonObject{{QStringLiteral("position"), s.position},
                                 {QStringLiteral("matter"), s.matterCode},
                                 {QStringLiteral("department"), s.departmentId},
                                 {QStringLiteral("status"), stepStatusKey(s.status)},
                                 {QStringLiteral("workingDays"), s.workingDays},
                                 {QStringLiteral("deadline"), isoDate(s.deadline)}});
    }
    QJsonArray materials;
    for (const MaterialLine &m : result.materials) {
        materials.append(QJsonObject{
            {QStringLiteral("id"), m.requirement.id},
            {QStringLiteral("name"), m.requirement.name},
            {QStringLiteral("disposition"), materialDispositionKey(m.decision.disposition)},
            {QStringLiteral("detail"), m.decision.detail}});
    }
    const CaseSummary &c = result.summary;
    return {{QStringLiteral("envelope"), envelopeId},
            {QStringLiteral("type"), QStringLiteral("case.submitted")},
            {QStringLiteral("case"),
             QJsonObject{{QStringLiteral("id"), c.id},
                         {QStringLiteral("receipt"), c.receiptNumber},
                         {QStringLiteral("outcome"), caseOutcomeKey(c.outcome)},
                         {QStringLiteral("status"), caseStatusKey(c.status)},
                         {QStringLiteral("subject"), c.subjectCode},
                         {QStringLiteral("bundle"), c.isBundle},
                         {QStringLiteral("createdAt"), stamp(c.createdAt)},
                         {QStringLiteral("acceptedOn"), isoDate(c.acceptedOn)},
                         {QStringLiteral("deadline"), isoDate(c.deadline)},
                         {QStringLiteral("clerk"), c.clerk},
                         {QStringLiteral("window"), c.windowName},
                         {QStringLiteral("applicant"), request.applicant.toJson()},
                         {QStringLiteral("agent"), request.agent.toJson()},
                         {QStringLiteral("answers"), QJsonObject::fromVariantMap(answers)},
                         {QStringLiteral("steps"), steps},
                         {QStringLiteral("materials"), materials},
                         {QStringLiteral("reason"), request.reason},
                         {QStringLiteral("legalBasis"), request.legalBasis}}}};
}

} // namespace

AcceptanceService::AcceptanceService(Database &database, PersonalDataVault &vault,
                                     const Catalog &catalog, const WorkCalendar &calendar,
                                     const Clock &clock)
    : m_db(database)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_clock(clock)
{}

int AcceptanceService::limitDays(const Matter &matter)
{
    if (matter.immediate)
        return 0;
    return matter.promisedDays > 0 ? matter.promisedDays : matter.statutoryDays;
}

QList<MaterialRequirement>
AcceptanceService::applicableMaterials(const MergedApplication &application,
                                       const QVariantMap &answers)
{
    QList<MaterialRequirement> result;
    for (const MaterialRequirement &m : application.materials) {
        if (m.condition.evaluate(answers))
            result.append(m);
    }
    return result;
}

QList<CaseStep> AcceptanceService::planSteps(const ApplicationSubject &subject, QDate acceptedOn,
                                             QStringList *problems) const
{
    QList<CaseStep> steps;
    for (const QString &code : subject.matterCodes) {
        const Matter *m = m_catalog.matter(code);
        if (!m) {
            problems->append(tr("The matter %1 of this bundle is not in the catalog.").arg(code));
            continue;
        }
        CaseStep step;
        step.position = int(steps.size()) + 1;
        step.matterCode = m->implementationCode;
        step.matterName = m->name;
        step.departmentId = m->departmentId;
        step.workingDays = limitDays(*m);
        const WorkingDate due = m_calendar.addWorkingDays(acceptedOn, step.workingDays);
        if (!due.ok()) {
            problems->append(due.error);
            continue;
        }
        step.deadline = due.date;
        step.status = m->immediate ? StepStatus::Completed : StepStatus::Pending;
        steps.append(step);
    }
    return steps;
}

QStringList AcceptanceService::check(const AcceptanceRequest &request,
                                     const ApplicationSubject &subject,
                                     const QList<MaterialLine> &lines, qint64 applicantId) const
{
    Q_UNUSED(subject)
    QStringList problems;
    const ApplicantProfile &a = request.applicant;
    if (a.kind == ApplicantKind::Person) {
        const ResidentIdResult id = ResidentIdValidator::validate(a.identifier, m_clock.today());
        if (!id.valid)
            problems << tr("Applicant ID number: %1").arg(id.reason);
        else if (id.normalized != a.identifier)
            problems << tr("The applicant's ID number must be given in its normalized form.");
    } else {
        const CreditCodeResult code = CreditCodeValidator::validate(a.identifier);
        if (!code.valid)
            problems << tr("Applicant credit code: %1").arg(code.reason);
        else if (code.normalized != a.identifier)
            problems << tr("The applicant's credit code must be given in its normalized form.");
    }
    if (a.name.trimmed().isEmpty())
        problems << tr("The applicant's name is missing.");
    if (!request.agent.idNumber.isEmpty()) {
        const ResidentIdResult id =
            ResidentIdValidator::validate(request.agent.idNumber, m_clock.today());
        if (!id.valid)
            problems << tr("Agent's ID number: %1").arg(id.reason);
    }
    if (request.clerk.isEmpty() || request.windowName.isEmpty())
        problems << tr("No clerk is logged in at this window.");

    bool shortfall = false;
    for (const MaterialLine &line : lines) {
        const MaterialRequirement &r = line.requirement;
        const MaterialDecision &d = line.decision;
        switch (d.disposition) {
        case MaterialDisposition::Commitment:
            if (!r.commitmentAllowed)
                problems << tr("\"%1\" cannot be replaced by a commitment.").arg(r.name);
            break;
        case MaterialDisposition::Verified:
            if (r.verification.isEmpty())
                problems << tr("\"%1\" cannot be satisfied by shared data.").arg(r.name);
            break;
        case MaterialDisposition::Reused:
            if (r.reuseValidDays <= 0)
                problems << tr("\"%1\" cannot be reused from an earlier case.").arg(r.name);
            else if (d.libraryId <= 0 || applicantId <= 0)
                problems
                    << tr("\"%1\" is marked reused but no earlier copy was chosen.").arg(r.name);
            break;
        case MaterialDisposition::Scanned:
            if (d.detail.isEmpty())
                problems << tr("\"%1\" is marked scanned but no file is attached.").arg(r.name);
            break;
        case MaterialDisposition::Missing:
        case MaterialDisposition::Incorrect:
            if (r.required)
                shortfall = true;
            break;
        case MaterialDisposition::Paper:
            break;
        }
    }
    switch (request.outcome) {
    case CaseOutcome::Accepted:
        if (shortfall)
            problems << tr("Required materials are missing or incorrect: give a one-time notice "
                           "instead of accepting.");
        break;
    case CaseOutcome::Notice: {
        const bool anyItem = std::any_of(lines.cbegin(), lines.cend(), [](const MaterialLine &l) {
            return isShortfall(l.decision.disposition);
        });
        if (!anyItem && request.reason.trimmed().isEmpty())
            problems << tr("A one-time notice must list at least one missing or incorrect item.");
        break;
    }
    case CaseOutcome::Refused:
        if (request.reason.trimmed().isEmpty())
            problems << tr("A refusal needs its reason.");
        if (request.legalBasis.trimmed().isEmpty())
            problems << tr("A refusal needs its legal basis.");
        break;
    }
    return problems;
}

QStringList AcceptanceService::checkForm(const AcceptanceRequest &request,
                                         const MergedApplication &application,
                                         const CheckedAnswers &form) const
{
    QStringList problems;
    // What the clerk's screen can never send is refused whatever the outcome: the case would
    // record answers or materials that belong to no form.
    for (const QString &id : form.unknownFields)
        problems << tr("The application form has no field \"%1\".").arg(id.left(64));
    for (const MaterialDecision &d : request.materials) {
        const bool known = std::any_of(
            application.materials.cbegin(), application.materials.cend(),
            [&d](const MaterialRequirement &r) { return r.id == d.materialId; });
        if (!known)
            problems << tr("This application asks for no material \"%1\".")
                            .arg(d.materialId.left(64));
    }
    // Only an accepted case needs a complete, valid form: a one-time notice exists because
    // something is missing or wrong (the screen lists the form's problems on it), and a
    // refusal does not depend on the answers.
    if (request.outcome == CaseOutcome::Accepted) {
        for (const FieldIssue &issue : form.issues)
            problems << ApplicationFormCheck::describe(application.fields, issue);
    }
    return problems;
}

AcceptanceResult AcceptanceService::submit(const AcceptanceRequest &request)
{
    AcceptanceResult result;
    const std::optional<ApplicationSubject> subject = m_catalog.subject(request.subjectCode);
    if (!subject) {
        result.problems << tr("The matter or bundle %1 is not in the catalog.")
                               .arg(request.subjectCode.left(64));
        return result;
    }
    const MergedApplication application = m_catalog.mergedApplication(subject->matterCodes);
    // The answers as the form engine keeps them (normalized, applicable fields only) decide
    // the materials and are what the case records, exactly as on the clerk's screen.
    const CheckedAnswers form = ApplicationFormCheck::check(application.fields, request.answers,
                                                            m_clock, DivisionTable::builtIn());
    for (const MaterialRequirement &r : applicableMaterials(application, form.answers)) {
        MaterialLine line{r, MaterialDecision{r.id, MaterialDisposition::Missing, {}, 0}};
        for (const MaterialDecision &d : request.materials) {
            if (d.materialId == r.id)
                line.decision = d;
        }
        result.materials.append(line);
    }

    ApplicantRepository applicants(m_db, m_vault);
    StorageError error;
    const auto known = applicants.find(request.applicant.identifier, &error);
    if (error) {
        result.storageError = error;
        return result;
    }
    const qint64 knownId = known ? known->id : 0;
    result.problems = check(request, *subject, result.materials, knownId);
    result.problems += checkForm(request, application, form);

    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    if (request.outcome == CaseOutcome::Accepted)
        result.steps = planSteps(*subject, today, &result.problems);

    // A reused material must be this applicant's, the same material, and still valid.
    if (knownId > 0) {
        CaseRepository cases(m_db, m_vault);
        const QList<ReusableMaterial> reusable = cases.reusableMaterials(knownId, today, &error);
        for (const MaterialLine &line : std::as_const(result.materials)) {
            if (line.decision.disposition != MaterialDisposition::Reused
                || line.decision.libraryId <= 0)
                continue;
            const bool valid =
                std::any_of(reusable.cbegin(), reusable.cend(), [&](const ReusableMaterial &m) {
                    return m.libraryId == line.decision.libraryId
                           && m.materialId == line.requirement.id;
                });
            if (!valid)
                result.problems << tr("The earlier copy chosen for \"%1\" is not this "
                                      "applicant's or is no longer valid.")
                                       .arg(line.requirement.name);
        }
    }
    if (!result.problems.isEmpty())
        return result;

    Transaction tx(m_db);
    if ((error = tx.begin())) {
        result.storageError = error;
        return result;
    }
    const auto abort = [&](StorageError e) {
        result.storageError = tx.fail(std::move(e));
        return result;
    };

    const qint64 applicantId = applicants.save(request.applicant, now, &error);
    if (error)
        return abort(error);
    ReceiptNumberBlocks numbers(m_db);
    const std::optional<QString> receipt = numbers.take(&error);
    if (!receipt)
        return abort(error);

    CaseSummary &c = result.summary;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.receiptNumber = *receipt;
    c.outcome = request.outcome;
    c.subjectCode = subject->code;
    c.subjectName = subject->name;
    c.isBundle = subject->isBundle;
    c.createdAt = now;
    c.acceptedOn = today;
    c.clerk = request.clerk;
    c.windowName = request.windowName;
    switch (request.outcome) {
    case CaseOutcome::Accepted: {
        const bool allDone =
            std::all_of(result.steps.cbegin(), result.steps.cend(),
                        [](const CaseStep &s) { return s.status == StepStatus::Completed; });
        c.status = allDone ? CaseStatus::Completed : CaseStatus::InProgress;
        for (const CaseStep &s : std::as_const(result.steps))
            c.deadline = std::max(c.deadline, s.deadline);
        break;
    }
    case CaseOutcome::Notice:
        c.status = CaseStatus::Notice;
        break;
    case CaseOutcome::Refused:
        c.status = CaseStatus::Refused;
        break;
    }

    const QByteArray sealedForm = m_vault.seal(QJsonObject::fromVariantMap(form.answers),
                                               CaseRepository::formContext(c.id));
    const QByteArray agent =
        request.agent.isEmpty()
            ? QByteArray()
            : m_vault.seal(request.agent.toJson(), CaseRepository::agentContext(c.id));
    if (sealedForm.isEmpty() || (!request.agent.isEmpty() && agent.isEmpty())) {
        StorageError e;
        e.code = StorageError::Code::QueryFailed;
        e.message = StorageError::describe(e.code, m_db.path());
        e.detail = QStringLiteral("the case could not be sealed");
        return abort(e);
    }

    QSqlQuery q(m_db.connection());
    const auto run = [&]() {
        return q.exec();
    };
    q.prepare(QStringLiteral(
        "INSERT INTO case_record (id, receipt_number, outcome, status, applicant_id,"
        " subject_code, subject_name, is_bundle, created_at, accepted_on, deadline, clerk,"
        " window_name, form, agent, reason, legal_basis)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(c.id), QVariant(c.receiptNumber), QVariant(caseOutcomeKey(c.outcome)),
          QVariant(caseStatusKey(c.status)), QVariant(applicantId), QVariant(c.subjectCode),
          QVariant(c.subjectName), QVariant(c.isBundle ? 1 : 0), QVariant(stamp(now)),
          QVariant(isoDate(today)),
          c.deadline.isValid() ? QVariant(isoDate(c.deadline)) : QVariant(), QVariant(c.clerk),
          QVariant(c.windowName), QVariant(sealedForm),
          agent.isEmpty() ? QVariant() : QVariant(agent), sqlText(request.reason),
          sqlText(request.legalBasis)})
        q.addBindValue(v);
    if (!run())
        return abort(StorageError::fromSql(q.lastError(), m_db.path()));

    q.prepare(QStringLiteral("INSERT INTO case_step (case_id, position, matter_code, matter_name,"
                             " department_id, status, working_days, deadline)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CaseStep &s : std::as_const(result.steps)) {
        for (const QVariant &v :
             {QVariant(c.id), QVariant(s.position), QVariant(s.matterCode), QVariant(s.matterName),
              QVariant(s.departmentId), QVariant(stepStatusKey(s.status)), QVariant(s.workingDays),
              QVariant(isoDate(s.deadline))})
            q.addBindValue(v);
        if (!run())
            return abort(StorageError::fromSql(q.lastError(), m_db.path()));
    }

    for (const MaterialLine &line : std::as_const(result.materials)) {
        const MaterialDecision &d = line.decision;
        q.prepare(QStringLiteral("INSERT INTO case_material (case_id, material_id, name,"
                                 " disposition, detail, library_id) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(c.id), QVariant(line.requirement.id), QVariant(line.requirement.name),
              QVariant(materialDispositionKey(d.disposition)), sqlText(d.detail),
              d.libraryId > 0 ? QVariant(d.libraryId) : QVariant()})
            q.addBindValue(v);
        if (!run())
            return abort(StorageError::fromSql(q.lastError(), m_db.path()));
        if (request.outcome != CaseOutcome::Accepted)
            continue;
        const bool handedIn = d.disposition == MaterialDisposition::Paper
                              || d.disposition == MaterialDisposition::Scanned;
        if (handedIn && line.requirement.reuseValidDays > 0) {
            q.prepare(QStringLiteral("INSERT INTO material_library (applicant_id, material_id,"
                                     " name, case_id, received_on, valid_until)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(applicantId), QVariant(line.requirement.id),
                  QVariant(line.requirement.name), QVariant(c.id), QVariant(isoDate(today)),
                  QVariant(isoDate(today.addDays(line.requirement.reuseValidDays)))})
                q.addBindValue(v);
            if (!run())
                return abort(StorageError::fromSql(q.lastError(), m_db.path()));
        }
        if (d.disposition == MaterialDisposition::Commitment) {
            const WorkingDate due = m_calendar.addWorkingDays(today, CommitmentCheckWorkingDays);
            q.prepare(QStringLiteral("INSERT INTO commitment_check (case_id, material_id,"
                                     " due_on) VALUES (?, ?, ?)"));
            q.addBindValue(c.id);
            q.addBindValue(line.requirement.id);
            q.addBindValue(isoDate(due.date));
            if (!run())
                return abort(StorageError::fromSql(q.lastError(), m_db.path()));
            result.commitmentChecks.append(due.date);
        }
        if (d.disposition == MaterialDisposition::Verified) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_verification (case_id, kind,"
                                     " state) VALUES (?, ?, 'pending')"));
            q.addBindValue(c.id);
            q.addBindValue(line.requirement.verification);
            if (!run())
                return abort(StorageError::fromSql(q.lastError(), m_db.path()));
        }
    }

    const QString envelopeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray payload =
        m_vault.seal(envelopePayload(request, form.answers, result, envelopeId),
                     QStringLiteral("outbox:") + envelopeId);
    q.prepare(QStringLiteral("INSERT INTO outbox (envelope_id, kind, case_id, payload, created_at)"
                             " VALUES (?, 'case.submitted', ?, ?, ?)"));
    q.addBindValue(envelopeId);
    q.addBindValue(c.id);
    q.addBindValue(payload);
    q.addBindValue(stamp(now));
    if (payload.isEmpty() || !run())
        return abort(StorageError::fromSql(q.lastError(), m_db.path()));

    if ((error = AuditLog(m_db).append(request.clerk, auditAction(request.outcome), c.receiptNumber,
                                       c.subjectCode, now)))
        return abort(error);
    if ((error = CatalogRepository(m_db).recordUse(c.subjectCode, now)))
        return abort(error);
    if ((error = tx.commit())) {
        result.storageError = error;
        return result;
    }
    return result;
}

} // namespace ow::core
