#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// One department step of a case as the hub reports it.
struct HubCaseStep
{
    int position = 0;
    QString matter;
    QString department;
    QString status; // pending, in_progress, approved, completed, rejected, supplement, suspended
    QDate deadline;
    int workingDays = 0;
    QDate suspendedOn; // invalid unless suspended
    int extendedDays = 0;
    QString opinion;
    QDateTime updatedAt;
};

// The hub's view of a case (a case.status change): what the departments did since acceptance.
struct CaseHubStatus
{
    QString caseId;
    QString receipt;
    QString status; // in_progress, completed, rejected, supplement, suspended (notice, refused)
    QDate deadline; // may be invalid
    QList<HubCaseStep> steps;
    qint64 seq = 0;
    QDateTime appliedAt;

    // Strict reading of a change body {caseId, receipt, status, deadline, steps}; the caseId
    // must equal the change's key. Nothing, with a translated reason, otherwise.
    static std::optional<CaseHubStatus> fromChange(const QString &key, const QJsonObject &body,
                                                   QString *why);
    QJsonArray stepsJson() const;
};

// case_hub_status (0007): written by the change feed, read by lists and the case view.
class CaseHubStatusStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseHubStatusStore)

public:
    explicit CaseHubStatusStore(Database &database)
        : m_db(database)
    {}

    // Keeps the state of the newest seq: an older change never overwrites a newer one. Joins
    // the caller's transaction.
    [[nodiscard]] StorageError upsert(const CaseHubStatus &status, const QDateTime &now);
    std::optional<CaseHubStatus> find(const QString &caseId, StorageError *error) const;

private:
    Database &m_db;
};

} // namespace ow::core
