#pragma once

#include "CaseRecords.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ow::hub {

class HubDatabase;

// Reads and updates cases already received (hub_case, hub_case_step, hub_case_event). Writes
// join the caller's HubTransaction. Every method that fails sets `error` (the storage's text)
// and returns nothing or false.
class CaseStore final
{
public:
    explicit CaseStore(HubDatabase &db)
        : m_db(db)
    {}

    // The case with its steps; nothing (error left empty) when there is no such case.
    std::optional<CaseRecord> find(const QString &id, QString *error) const;
    // The case object the workstation sent (applicant, answers, materials …).
    std::optional<QJsonObject> payload(const QString &id, QString *error) const;
    // Every action on the case, oldest first: [{position?, action, actor, opinion, at, detail}].
    std::optional<QJsonArray> history(const QString &id, QString *error) const;

    struct Filter
    {
        QString department; // cases with a step of this department; empty: all
        QString status;     // the case status; empty: any
        qint64 after = 0;   // intake order: cases received after this one
        int limit = 50;
    };
    struct Page
    {
        QList<CaseRecord> cases; // in intake order, with their steps
        qint64 next = 0;         // the `after` of the next page; 0 when this was the last
    };
    std::optional<Page> list(const Filter &filter, QString *error) const;

    // Inside a transaction: marks the case updated, which also locks its row on PostgreSQL so
    // two departments acting at once take turns. False with `error` empty: no such case.
    bool touch(const QString &id, const QString &now, QString *error);
    bool saveStep(const QString &caseId, const CaseStepRecord &step, QString *error);
    bool saveState(const CaseRecord &record, QString *error); // status, deadline, updatedAt
    bool addEvent(const QString &caseId, int position, const QString &action, const QString &actor,
                  const QString &opinion, const QJsonObject &detail, const QString &at,
                  QString *error);

private:
    bool loadSteps(QList<CaseRecord> &cases, QString *error) const;

    HubDatabase &m_db;
};

} // namespace ow::hub
