#pragma once

#include "Case.h"

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace ow::core {

class PersonalDataVault;

// An answer the applicant gave in an earlier case, for pre-filling "case.<field id>".
struct EarlierAnswer
{
    QVariant value;
    QString receiptNumber;
    QDate date;
};

struct CaseMaterialRecord
{
    QString materialId;
    QString name;
    MaterialDisposition disposition = MaterialDisposition::Missing;
    QString detail;
};

// Everything about one case, its form answers opened.
struct CaseDetail
{
    CaseSummary summary;
    qint64 applicantId = 0;
    QVariantMap answers;
    PersonRef agent;
    QList<CaseStep> steps;
    QList<CaseMaterialRecord> materials;
    QString reason;
    QString legalBasis;
};

// Reading cases from the workstation cache.
class CaseRepository final
{
public:
    CaseRepository(Database &database, PersonalDataVault &vault)
        : m_db(database)
        , m_vault(vault)
    {}

    // Newest first.
    QList<CaseSummary> casesOfApplicant(qint64 applicantId, int limit, StorageError *error);
    QList<CaseSummary> recent(int limit, StorageError *error);
    std::optional<CaseDetail> findByReceipt(const QString &receiptNumber, StorageError *error);
    qint64 count(StorageError *error);

    // Materials this applicant handed in that may still be reused on `today`, newest per
    // material id.
    QList<ReusableMaterial> reusableMaterials(qint64 applicantId, QDate today, StorageError *error);
    // The newest answer to every field across the applicant's last accepted cases.
    QHash<QString, EarlierAnswer> earlierAnswers(qint64 applicantId, StorageError *error);

    static QString formContext(const QString &caseId);
    static QString agentContext(const QString &caseId);

private:
    QList<CaseSummary> summaries(const QString &where, const QVariantList &binds,
                                 StorageError *error);

    Database &m_db;
    PersonalDataVault &m_vault;
};

} // namespace ow::core
