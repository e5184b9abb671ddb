#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::hub {

// One department step of a case as the hub keeps it (hub_case_step).
struct CaseStepRecord
{
    int position = 0;
    QString matter;     // the matter's implementation code
    QString department; // the department that acts on it
    QString status; // pending, in_progress, approved, completed, rejected, supplement, suspended
    int workingDays = 0;
    QDate deadline;
    QDate suspendedOn; // invalid unless the clock stands still (suspended)
    int extendedDays = 0;
    QString opinion;
    QString updatedAt; // ISO-8601 UTC

    // The protocol's `step`: {position, matter, department, status, deadline, workingDays,
    // suspendedOn?, extendedDays, opinion, updatedAt}.
    QJsonObject toJson() const;
};

// A case as lists show it: no personal data (that stays in GET /cases/{id}).
struct CaseRecord
{
    QString id;
    QString receipt;
    QString station; // the accepting workstation: case.status changes go to it
    QString window;
    QString clerk;
    QString outcome; // accepted, notice, refused
    QString status;  // in_progress, completed, rejected, supplement, suspended, notice, refused
    QString subject; // matter or bundle code
    bool bundle = false;
    QDate acceptedOn;
    QDate deadline; // invalid without steps
    QString createdAt;
    QString receivedAt;
    QString updatedAt;
    qint64 intakeSeq = 0;
    QList<CaseStepRecord> steps;

    const CaseStepRecord *step(int position) const;
    bool hasDepartment(const QString &departmentId) const;
    QJsonArray stepsJson() const;
    QJsonObject summaryJson() const; // with the steps
    // The body of a `case.status` change: {caseId, receipt, status, deadline, steps}.
    QJsonObject statusChangeJson() const;
};

// "" for an invalid date, else YYYY-MM-DD.
QString isoDateOrEmpty(QDate date);

} // namespace ow::hub
