#pragma once

#include "../applicant/Applicant.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ow::core {

// How the end of a visit is recorded.
enum class CaseOutcome {
    Accepted, // 受理
    Notice,   // 一次性告知: something is missing or wrong; nothing is accepted yet
    Refused,  // 不予受理
};

enum class CaseStatus {
    InProgress,
    Completed,
    Notice,
    Refused
};

enum class StepStatus {
    Pending,
    InProgress,
    Completed,
    Rejected,
    Supplement,
    Suspended
};

// How one material of the application was satisfied — or is not.
enum class MaterialDisposition {
    Paper,      // 纸质原件已核验 / paper handed in
    Scanned,    // scanned file attached
    Reused,     // 材料复用: taken from the applicant's earlier case
    Verified,   // 共享核验: shared data stands in (pending until the hub answers)
    Commitment, // 告知承诺: a signed pledge replaces it
    Missing,    // not provided (one-time notice)
    Incorrect,  // provided but wrong (one-time notice)
};

struct MaterialDecision
{
    QString materialId;
    MaterialDisposition disposition = MaterialDisposition::Missing;
    QString detail;       // what is needed / what is wrong / the scanned file name
    qint64 libraryId = 0; // Reused: the material_library row
};

struct CaseStep
{
    int position = 0;
    QString matterCode;
    QString matterName;
    QString departmentId;
    StepStatus status = StepStatus::Pending;
    int workingDays = 0;
    QDate deadline;
};

// A case as lists and the applicant panel show it (no form answers).
struct CaseSummary
{
    QString id;
    QString receiptNumber;
    CaseOutcome outcome = CaseOutcome::Accepted;
    CaseStatus status = CaseStatus::InProgress;
    QString subjectCode;
    QString subjectName;
    bool isBundle = false;
    QDateTime createdAt;
    QDate acceptedOn;
    QDate deadline; // invalid for notices and refusals
    QString clerk;
    QString windowName;
};

// A material handed in earlier that may stand in for the same material now (材料复用).
struct ReusableMaterial
{
    qint64 libraryId = 0;
    QString materialId;
    QString name;
    QString receiptNumber; // the case it came with
    QDate receivedOn;
    QDate validUntil;
};

// An electronic licence (电子证照) the applicant holds.
struct HeldLicence
{
    QString kind; // e.g. 营业执照, 不动产权证书
    QString number;
    QString issuer;
    QDate validUntil; // invalid: no expiry
};

QString caseOutcomeKey(CaseOutcome outcome);
std::optional<CaseOutcome> caseOutcomeFromKey(const QString &key);
QString caseStatusKey(CaseStatus status);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
QString stepStatusKey(StepStatus status);
std::optional<StepStatus> stepStatusFromKey(const QString &key);
QString materialDispositionKey(MaterialDisposition disposition);
std::optional<MaterialDisposition> materialDispositionFromKey(const QString &key);

// Translated names for the UI.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    static QString outcomeName(CaseOutcome outcome);
    static QString statusName(CaseStatus status);
    static QString stepStatusName(StepStatus status);
    static QString dispositionName(MaterialDisposition disposition);
};

} // namespace ow::core
