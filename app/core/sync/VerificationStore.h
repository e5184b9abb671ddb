#pragma once

#include "HubAnswers.h"
#include "SyncBackoff.h"

#include "../applicant/Applicant.h"
#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

class PersonalDataVault;

// A pending shared-data verification (共享核验) of a case, ready to ask the hub.
struct PendingVerification
{
    QString caseId;
    QString kind;     // as the catalog names it: identity, legal-person, property-unit, …
    QString hubKind;  // as the protocol names it: identity, legal_person, property_unit, …
    QJsonObject subject;
};

// What the workstation keeps of one answered verification.
struct RecordedVerification
{
    QString caseId;
    QString kind;
    QString state; // pending | passed | failed
    QString source;
    QDateTime answeredAt;
    int attempts = 0;
    QString lastError;
    std::optional<QJsonObject> evidence; // {answer, signature}, opened
};

// The case_verification rows (0005, retry columns from 0007): pending until the hub answers,
// then passed or failed with the registry that answered, when, and the hub's signed answer as
// evidence (sealed: the subject holds the applicant's ID number and name). Synchronous, on one
// connection; the sync engine calls it through BackgroundWorkstation.
class VerificationStore final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationStore)

public:
    VerificationStore(Database &database, PersonalDataVault &vault,
                      SyncBackoff backoff = SyncBackoff{})
        : m_db(database)
        , m_vault(vault)
        , m_backoff(std::move(backoff))
    {}

    // The protocol's name of a catalog verification kind ("legal-person" → "legal_person");
    // empty for kinds the hub does not answer (household-register, social-insurance, …).
    static QString hubKind(const QString &catalogKind);
    static QString catalogKind(const QString &hubKind);
    static QString evidenceContext(const QString &caseId, const QString &kind);

    // Up to `limit` pending rows whose retry time has come, with the subject built from the
    // case's sealed applicant and answers. Rows that cannot be asked (a kind the hub does not
    // answer, no subject in the case) are given a retry time and the reason instead.
    QList<PendingVerification> due(int limit, const QDateTime &now, StorageError *error);

    // Checks the hub's signature over `answer` with the hub's key, reads it and records it for
    // (caseId, its kind). A refused answer (bad signature, malformed, another case's kind)
    // changes nothing and returns the translated reason in `refusal`. Joins the caller's
    // transaction when there is one.
    [[nodiscard]] StorageError record(const QString &caseId, const HubSignedAnswer &signedAnswer,
                                      const QByteArray &hubPublicKeyPem, QString *refusal);
    // The hub could not answer now: try again later (backoff), keep the reason.
    [[nodiscard]] StorageError recordFailure(const QString &caseId, const QString &kind,
                                             const QString &error, const QDateTime &now);

    QList<RecordedVerification> ofCase(const QString &caseId, StorageError *error);

    // The subject the hub needs for `hubKind`, from the applicant and the form answers; empty
    // when the case does not hold it.
    static QJsonObject subjectFor(const QString &hubKind, const ApplicantProfile &applicant,
                                  const QJsonObject &answers);

private:
    Database &m_db;
    PersonalDataVault &m_vault;
    SyncBackoff m_backoff;
};

} // namespace ow::core
