#pragma once

#include "Applicant.h"

#include "../cases/Case.h"
#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ow::core {

class PersonalDataVault;

struct StoredApplicant
{
    qint64 id = 0;
    ApplicantProfile profile;
};

// Applicants in the workstation cache. Profiles are stored sealed and found by the keyed hash of
// their identifier, so the file never holds a name or an ID number in clear. Writes join the
// caller's transaction when one is open.
class ApplicantRepository final
{
public:
    ApplicantRepository(Database &database, PersonalDataVault &vault)
        : m_db(database)
        , m_vault(vault)
    {}

    // Nothing (and no error) when the applicant is not known here.
    std::optional<StoredApplicant> find(const QString &identifier, StorageError *error);
    std::optional<StoredApplicant> findById(qint64 id, StorageError *error);
    // Inserts a new applicant, or merges `profile` into the stored one field by field (newer
    // non-empty values win, with their provenance). Returns the row id; 0 on error.
    qint64 save(const ApplicantProfile &profile, const QDateTime &now, StorageError *error);

    [[nodiscard]] StorageError recordLicence(qint64 applicantId, const HeldLicence &licence,
                                             const QDateTime &now);
    QList<HeldLicence> licences(qint64 applicantId, StorageError *error);

private:
    static QString context(const QByteArray &identifierHash);
    std::optional<StoredApplicant> read(const QString &where, const QVariant &key,
                                        StorageError *error);

    Database &m_db;
    PersonalDataVault &m_vault;
};

} // namespace ow::core
