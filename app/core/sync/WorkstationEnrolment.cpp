#include "WorkstationEnrolment.h"

#include "HubClient.h"
#include "SyncSettings.h"
#include "WorkstationSigner.h"

#include "../Clock.h"
#include "../cases/ReceiptNumberBlocks.h"
#include "../crypto/Sm2Key.h"

#include <QRegularExpression>

#include <QCoroFuture>

namespace ow::core {

bool WorkstationEnrolment::isValidStationId(const QString &stationId)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,22}[A-Za-z0-9])?$"));
    return pattern.match(stationId).hasMatch();
}

QCoro::Task<EnrolmentResult> WorkstationEnrolment::enrol(BackgroundWorkstation &background, HubClient &hub,
                                                 const Clock &clock, EnrolmentRequest request)
{
    EnrolmentResult result;
    if (!HubClient::isUsableHubUrl(request.hubUrl)) {
        result.error = tr("“%1” is not a hub address; give one like http://hub.example:8080.")
                           .arg(request.hubUrl.toString());
        co_return result;
    }
    if (!isValidStationId(request.stationId)) {
        result.error = tr("“%1” is not a station id: use 1 to 24 letters, digits and '-', not "
                          "starting or ending with '-'.")
                           .arg(request.stationId);
        co_return result;
    }
    if (request.window.trimmed().isEmpty() || request.window.size() > 64) {
        result.error = tr("Name the window (1 to 64 characters).");
        co_return result;
    }
    hub.setHubUrl(request.hubUrl);
    // Each call is made into a named task, then awaited on its own (see SyncEngine.cpp).
    auto loginCall = hub.login(request.adminUser, request.adminPassword);
    const HubResult<HubLogin> login = co_await loginCall;
    if (!login.ok()) {
        result.error = login.error.message;
        co_return result;
    }
    if (login.value.role != u"admin") {
        result.error = tr("“%1” is not a hub administrator; enrolling a workstation needs one.")
                           .arg(request.adminUser);
        co_return result;
    }
    auto keyRead = background.run<QByteArray>(
        [](Workstation &ws) { return ws.keys().publicKeyPem(); });
    const QByteArray publicKey = co_await keyRead;
    if (publicKey.isEmpty()) {
        result.error = background.openError().isEmpty()
                           ? tr("The workstation's key cannot be read.")
                           : background.openError();
        co_return result;
    }
    auto enrolCall = hub.enrolWorkstation(
        login.value.token.token, request.stationId, request.window.trimmed(), publicKey);
    const HubResult<HubEnrolment> enrolled = co_await enrolCall;
    if (!enrolled.ok()) {
        result.error = enrolled.error.message;
        co_return result;
    }
    result.enrolment = enrolled.value;
    Sm2Key hubKey;
    if (!hubKey.importPublicKeyPem(result.enrolment.hubPublicKeyPem)) {
        result.error = tr("The hub's public key is not a usable SM2 key; nothing was stored.");
        co_return result;
    }
    if (result.enrolment.stationId != request.stationId) {
        result.error = tr("The hub enrolled another station id (“%1”); nothing was stored.")
                           .arg(result.enrolment.stationId);
        co_return result;
    }

    SyncSettings settings;
    settings.hubUrl = request.hubUrl;
    settings.stationId = result.enrolment.stationId;
    settings.windowName = result.enrolment.window;
    settings.hubPublicKeyPem = result.enrolment.hubPublicKeyPem;
    settings.hubKeyId = result.enrolment.hubKeyId;
    const QDateTime now = clock.now();
    auto save = background.run<QString>([settings, now](Workstation &ws) {
        return SyncSettings::saveEnrolment(ws.database(), settings, now).message;
    });
    const QString saved = co_await save;
    if (!saved.isEmpty() || !background.openError().isEmpty()) {
        result.error = saved.isEmpty() ? background.openError() : saved;
        co_return result;
    }

    hub.setWorkstation(settings.stationId, workstationSigner(background));
    auto blockCall = hub.receiptBlock(request.receiptBlockSize);
    const HubResult<HubReceiptBlock> block = co_await blockCall;
    if (!block.ok()) {
        result.error = tr("Enrolled, but no receipt block was granted: %1").arg(block.error.message);
        co_return result;
    }
    const HubReceiptBlock b = block.value;
    const QDateTime grantedAt = clock.now();
    auto grant = background.run<QString>([b, grantedAt](Workstation &ws) {
        return ReceiptNumberBlocks(ws.database())
            .grant(b.prefix, b.first, b.last, QStringLiteral("hub"), grantedAt)
            .message;
    });
    const QString granted = co_await grant;
    if (!granted.isEmpty()) {
        result.error = tr("Enrolled, but the receipt block could not be granted: %1").arg(granted);
        co_return result;
    }
    result.block = b;
    co_return result;
}

} // namespace ow::core
