#pragma once

#include "HubAnswers.h"
#include "HubError.h"

#include "../BackgroundWorkstation.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <QCoroTask>

namespace ow::core {

class Clock;
class HubClient;

struct EnrolmentRequest
{
    QUrl hubUrl;
    QString stationId;
    QString window;
    QString adminUser;
    QString adminPassword;
    int receiptBlockSize = 5000;
};

struct EnrolmentResult
{
    HubEnrolment enrolment;
    HubReceiptBlock block; // prefix empty when none was granted
    QString error;         // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Enrols this workstation at a hub, as `onewindow-cli sync enrol` does: an administrator logs
// in (POST /auth/login), the station's SM2 public key is registered (POST /workstations), the
// hub's URL, the station and the hub's public key are stored, and a first block of receipt
// numbers is fetched with the new workstation identity and granted locally. Enrolling again
// replaces the key at the hub; the change cursor starts over only when the hub URL changes.
class WorkstationEnrolment final
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationEnrolment)

public:
    // Station ids as the hub accepts them: 1–24 letters, digits or '-', not at either end.
    static bool isValidStationId(const QString &stationId);

    static QCoro::Task<EnrolmentResult> enrol(BackgroundWorkstation &background, HubClient &hub,
                                              const Clock &clock, EnrolmentRequest request);
};

} // namespace ow::core
