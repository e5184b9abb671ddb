#pragma once

#include "support/HubProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

// Building blocks of the case-intake and department-step tests: case payloads as a
// workstation's AcceptanceService writes them, envelopes, an enrolled workstation, and SQL
// straight on the hub's database (to let time pass for a suspended step).
namespace ow::test::casekit {

struct StepSpec
{
    QString department;
    QDate deadline;
    int workingDays = 20;
    QString status = QStringLiteral("pending");
    QString matter = QStringLiteral("1144030069398421614000118001000");
};

// A fresh lower-case UUID.
QString newId();

// The `case` object of a case.submitted payload (AcceptanceService's envelopePayload()).
// `outcome` accepted, notice or refused; notices and refusals get no steps whatever `steps` is.
QJsonObject caseObject(const QString &receipt, const QList<StepSpec> &steps,
                       const QString &outcome = QStringLiteral("accepted"),
                       QDate acceptedOn = QDate(2026, 9, 1));

// {"id", "type", "payload": {"case": …}}.
QJsonObject envelope(const QJsonObject &caseObject, const QString &envelopeId = newId(),
                     const QString &type = QStringLiteral("case.submitted"));

// POST /workstations as admin with a new SM2 key, then POST /auth/workstation signed with it
// as docs/api/protocol.md says; the workstation token, or empty with `error` set.
QString enrolWorkstation(const HubProcess &hub, const QString &adminToken, const QString &stationId,
                         QString *error);

// Runs one statement with bound `values` on the hub's own database (SQLite file or
// PostgreSQL); false with `error` set on failure.
bool execOnHubDatabase(const QString &storage, const QString &sql, const QVariantList &values,
                       QString *error);

// The step with `position` of a case JSON object (GET /cases/{id}); empty when missing.
QJsonObject stepOf(const QJsonObject &caseJson, int position);

} // namespace ow::test::casekit
