#pragma once

#include "HubAnswers.h"
#include "HubError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow::core {

class Clock;

// Talks to the hub's HTTP API (docs/api/protocol.md) from the thread it lives on, without ever
// blocking it: every call is a QCoro coroutine over QNetworkAccessManager. Each request has a
// transfer timeout and its own X-Request-Id; every answer is read strictly (HubAnswers) and any
// failure — refused connection, timeout, 5xx, garbage or a truncated body — comes back as a
// HubError, never as a partial value.
//
// Workstation calls (envelopes, changes, receipt blocks, verifications) carry the workstation
// token, obtained with POST /auth/workstation and the station's SM2 signature, renewed a minute
// before it expires and once more when the hub answers 401.
//
// Destroying the client cancels what is in flight; the coroutines waiting on it end with
// HubError::Kind::Cancelled and touch nothing of the destroyed client.
class HubClient final : public QObject
{
    Q_OBJECT

public:
    // Signs `message` with the station's SM2 key (base64 is added by the client); may run on
    // another thread, hence a coroutine. An empty signature means the key cannot sign.
    using Signer = std::function<QCoro::Task<QByteArray>(QByteArray message)>;

    static constexpr auto DefaultTimeout = std::chrono::seconds(20);
    static constexpr qint64 MaxAnswerBytes = 256LL * 1024 * 1024;
    // Renew the token when it has less than this left.
    static constexpr qint64 TokenRenewSeconds = 60;

    explicit HubClient(const Clock &clock, QObject *parent = nullptr);
    ~HubClient() override;

    // The hub's address as an administrator gives it, e.g. http://127.0.0.1:8080; the API is
    // under <hub>/api/v1. A URL that is not http(s) with a host is kept empty.
    void setHubUrl(const QUrl &hub);
    QUrl hubUrl() const { return m_hub; }
    static bool isUsableHubUrl(const QUrl &hub);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setWorkstation(const QString &stationId, Signer signer);
    void forgetToken();

    // Person calls.
    QCoro::Task<HubResult<HubLogin>> login(QString username, QString password);
    QCoro::Task<HubResult<HubEnrolment>> enrolWorkstation(QByteArray adminToken, QString stationId,
                                                          QString window, QByteArray publicKeyPem);

    // Workstation calls.
    QCoro::Task<HubError> ensureToken();
    QCoro::Task<HubResult<QList<HubEnvelopeResult>>>
    pushEnvelopes(QList<QJsonObject> envelopes, QString requestId);
    QCoro::Task<HubResult<HubChangesPage>> changes(qint64 since, int limit);
    QCoro::Task<HubResult<HubReceiptBlock>> receiptBlock(int size);
    // `caseId` empty: an immediate check that the hub does not record for a case.
    QCoro::Task<HubResult<HubSignedAnswer>> verify(QString kind, QJsonObject subject,
                                                  QString caseId);
    // ws(s)://…/api/v1/events?token=… with a fresh enough token.
    QCoro::Task<HubResult<QUrl>> eventsUrl();

    // Cancels every request in flight (their callers see Kind::Cancelled).
    void abortAll();

    static QString newRequestId();

private:
    struct Response
    {
        int status = 0;
        QJsonObject body;
        HubError error;
    };
    enum class Method { Get, Post };

    QCoro::Task<Response> send(Method method, QString path, QUrlQuery query,
                               std::optional<QJsonObject> body, QByteArray bearer,
                               QString requestId);
    QCoro::Task<Response> sendAsWorkstation(Method method, QString path, QUrlQuery query,
                                            std::optional<QJsonObject> body, QString requestId);
    QCoro::Task<HubError> renewToken();
    Response interpret(QNetworkReply *reply, const QString &requestId) const;
    QUrl apiUrl(const QString &path, const QUrlQuery &query) const;

    const Clock &m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_hub;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QString m_stationId;
    Signer m_signer;
    QByteArray m_token;
    QDateTime m_tokenExpires;
    QSet<QNetworkReply *> m_inFlight;
    // Shared with every running coroutine: false once the client is being destroyed.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace ow::core
