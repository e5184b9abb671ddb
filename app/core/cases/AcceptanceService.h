#pragma once

#include "Case.h"

#include "../catalog/Catalog.h"
#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace ow::core {

class Clock;
struct CheckedAnswers;
class PersonalDataVault;
class WorkCalendar;

// What the clerk submits at the end of a visit.
struct AcceptanceRequest
{
    ApplicantProfile applicant;
    PersonRef agent;     // 经办人, when someone else came on the applicant's behalf
    QString subjectCode; // matter implementation code or bundle code
    // Keyed by the merged form's field ids; recorded normalized, answers to fields that do not
    // apply left out. An accepted case needs them to pass the form's validation.
    QVariantMap answers;
    QList<MaterialDecision> materials; // a material without a decision counts as missing
    CaseOutcome outcome = CaseOutcome::Accepted;
    QString reason;     // Refused: why (required); Notice: anything besides the materials
    QString legalBasis; // Refused: the provision relied on
    QString clerk;      // login of the clerk at the counter
    QString windowName;
};

// A material as this application needs it, with the decision taken for it.
struct MaterialLine
{
    MaterialRequirement requirement;
    MaterialDecision decision;
};

struct AcceptanceResult
{
    QStringList problems; // translated; when not empty nothing was written
    StorageError storageError;
    CaseSummary summary;
    QList<CaseStep> steps;
    QList<MaterialLine> materials; // every applicable material and its decision
    QList<QDate> commitmentChecks; // due dates of the post-checks created (告知承诺)
    bool ok() const { return problems.isEmpty() && !storageError; }
};

// Ends a visit: validates the request against the catalog (an accepted case's answers through
// the same form validation as the clerk's screen) and writes the case, its steps, materials,
// reusable-material records, commitment post-checks, pending verifications, the audit entry
// and the outbox envelope in ONE transaction, with a receipt number from this window's block.
// Either all of it is in the database afterwards or none of it.
class AcceptanceService final
{
    Q_DECLARE_TR_FUNCTIONS(AcceptanceService)

public:
    // Post-checks of 告知承诺 are due this many working days after acceptance.
    static constexpr int CommitmentCheckWorkingDays = 20;

    AcceptanceService(Database &database, PersonalDataVault &vault, const Catalog &catalog,
                      const WorkCalendar &calendar, const Clock &clock);

    AcceptanceResult submit(const AcceptanceRequest &request);

    // The materials `subject` asks for given these answers, in catalog order.
    static QList<MaterialRequirement> applicableMaterials(const MergedApplication &application,
                                                          const QVariantMap &answers);
    // Working days of a matter's limit as the hall promises it (承诺时限 when set, else 法定).
    static int limitDays(const Matter &matter);

private:
    QStringList check(const AcceptanceRequest &request, const ApplicationSubject &subject,
                      const QList<MaterialLine> &lines, qint64 applicantId) const;
    QStringList checkForm(const AcceptanceRequest &request, const MergedApplication &application,
                          const CheckedAnswers &form) const;
    QList<CaseStep> planSteps(const ApplicationSubject &subject, QDate acceptedOn,
                              QStringList *problems) const;

    Database &m_db;
    PersonalDataVault &m_vault;
    const Catalog &m_catalog;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace ow::core
